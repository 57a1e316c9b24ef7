#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeView;

namespace cd {

class PaymentDialog;
class RenewalsModel;

// The Payments area's renewals view (§2.10): the numbers overdue in their
// grace period and those suspended for arrears on top, then the numbers due
// in each of the next 12 weeks under a heading per week. Record Payment…
// (or a double-click on a number) opens the payment dialog.
//
// FilterablePage keys:
//   "week"     a date: scrolls to the heading of its week (Monday to Sunday),
//              or of the next week with numbers due when that one has none
//   "overdue"  true: scrolls to the overdue and arrears headings on top
//   "asOf"     a date: the view's date (default: as it is)
class RenewalsPage : public QWidget, public FilterablePage, public RefreshablePage
{
    Q_OBJECT

public:
    explicit RenewalsPage(const PageContext &context, QWidget *parent = nullptr);
    ~RenewalsPage() override;

    RenewalsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    void setAsOf(const QDate &date);
    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void applyFilter(const QVariantMap &filter) override;
    // The selected number, "" when a heading or nothing is selected.
    QString selectedNumber() const;
    bool selectNumber(const QString &number);
    // Opens window-modal and returns at once; nullptr without a number.
    PaymentDialog *recordPayment(const QString &number = {});

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadMoreIfAtEnd();
    void updateButtons();

    PageContext m_context;
    RenewalsModel *m_model;
    QDateEdit *m_asOfEdit;
    QLabel *m_summaryLabel;
    QTreeView *m_tree;
    QLabel *m_emptyLabel;
    QPushButton *m_paymentButton;
    bool m_shownOnce = false;
};

} // namespace cd
