#pragma once

#include "customers/Customer.h"
#include "widgets/PageContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd {

class ActivationDialog;
class CustomerDialog;
class NumberListModel;
class QualificationPanel;
class ReviewListModel;
class StatusBadge;

// One customer in full: who it is and who serves it (§2.3, §9.6), its numbers
// (paged like the Numbers area), its qualification review with documents and
// decision (§3.9), and the history of its reviews, follow-ups and spot
// checks. Back (or Esc) returns to the list.
class CustomerDetailPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailPage(const PageContext &context, QWidget *parent = nullptr);
    ~CustomerDetailPage() override;

    bool setCustomer(const QString &uscc);
    const Customer &customer() const { return m_customer; }
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    NumberListModel *numberModel() const { return m_numbers; }
    ReviewListModel *reviewModel() const { return m_reviews; }
    QualificationPanel *qualificationPanel() const { return m_panel; }

    // Opens the activation dialog for this customer (window-modal; returns at once).
    ActivationDialog *activateNumber();
    // Opens the editor of the customer's details (window-modal; returns at
    // once). Once saved, the message bar offers Undo (Ctrl+Z).
    CustomerDialog *editCustomer();

signals:
    void backRequested();
    void customerChanged(const QString &uscc);

private:
    QWidget *buildOverview();

    PageContext m_context;
    Customer m_customer;
    NumberListModel *m_numbers;
    ReviewListModel *m_reviews;
    QPushButton *m_backButton;
    QLabel *m_nameLabel;
    QLabel *m_codeLabel;
    StatusBadge *m_qualificationBadge;
    StatusBadge *m_ownerBadge;
    QPushButton *m_editButton;
    QPushButton *m_activateButton;
    QTabWidget *m_tabs;
    QTableView *m_numberTable = nullptr;
    QTableView *m_reviewTable = nullptr;
    QualificationPanel *m_panel = nullptr;
};

} // namespace cd
