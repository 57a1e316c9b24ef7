#pragma once

#include "numbers/Number.h"
#include "widgets/PageContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd {

class NumberEventsModel;
class PaymentListModel;
class StatusBadge;

// One number in full: status and grade, what its state means (a fraud block
// in red, §3.9), its customer and plan, its status history, payments and
// destinations. The actions are the Numbers page's; Back (or Esc) returns.
class NumberDetailPage : public QWidget
{
    Q_OBJECT

public:
    explicit NumberDetailPage(const PageContext &context, QWidget *parent = nullptr);
    ~NumberDetailPage() override;

    // Loads the number; false (and a message) when it is not found.
    bool setNumber(const QString &number);
    const Number &number() const { return m_number; }
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    NumberEventsModel *eventsModel() const { return m_events; }
    PaymentListModel *paymentsModel() const { return m_payments; }

signals:
    void backRequested();
    void activateRequested(const QString &number);
    void paymentRequested(const QString &number);
    void destinationsRequested(const QString &number);
    void cancelRequested(const QString &number);

private:
    QWidget *buildOverview();
    void updateButtons();

    PageContext m_context;
    Number m_number;
    NumberEventsModel *m_events;
    PaymentListModel *m_payments;
    QPushButton *m_backButton;
    QLabel *m_numberLabel;
    QLabel *m_subtitle;
    StatusBadge *m_statusBadge;
    StatusBadge *m_gradeBadge;
    QLabel *m_banner;
    QPushButton *m_activateButton;
    QPushButton *m_paymentButton;
    QPushButton *m_destinationsButton;
    QPushButton *m_cancelButton;
    QTabWidget *m_tabs;
    QTableView *m_eventsTable = nullptr;
    QTableView *m_paymentsTable = nullptr;
    QListWidget *m_destinationsList = nullptr;
};

} // namespace cd
