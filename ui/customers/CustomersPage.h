#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cd {

class CustomerDetailPage;
class CustomerDialog;
class CustomerListModel;

// The Customers area: the list searched in SQL by name or credit code, with
// who developed and who serves each customer and its qualification; New
// Customer…; opening a customer shows its detail in place (Back or Esc
// returns).
class CustomersPage : public QWidget, public RefreshablePage, public FilterablePage
{
    Q_OBJECT

public:
    explicit CustomersPage(const PageContext &context, QWidget *parent = nullptr);
    ~CustomersPage() override;

    CustomerListModel *model() const { return m_model; }
    CustomerDetailPage *detailPage() const { return m_detail; }
    bool isShowingDetail() const;

    // Opens window-modal and returns at once; closes on success.
    CustomerDialog *newCustomer();
    bool openCustomer(const QString &uscc);
    void showList();
    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void applyFilter();
    void selectCustomer(const QString &uscc);
    // Filter keys: "customer" (a USCC) opens that customer's detail.
    void applyFilter(const QVariantMap &filter) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString selectedUscc() const;
    void updateButtons();

    PageContext m_context;
    CustomerListModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_listView;
    CustomerDetailPage *m_detail;
    QLineEdit *m_searchEdit;
    QComboBox *m_servedCombo;
    QLabel *m_countLabel;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QTimer *m_searchTimer;
    bool m_shownOnce = false;
};

} // namespace cd
