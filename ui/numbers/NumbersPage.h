#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cd {

class ActivationDialog;
class DestinationsDialog;
class NumberDetailPage;
class NumberListModel;
class PaymentDialog;
class ReserveDialog;
struct Number;

// The Numbers area: the pool in pages of 200 (a million numbers stay fast),
// filtered in SQL by digits, status, grade and the opening agent's code;
// activation, payments, reservation, release, cancellation and destinations;
// double-click opens the number's detail in place (Back or Esc returns).
//
// FilterablePage keys (another page linking here, e.g. the dashboard):
//   "status"  a status key ("active", "suspended", …)
//   "number"  digits the number contains
//   "agent"   the opening agent's credit code
//   "atRisk"  true: the suspended numbers, among them those heading for reclaim
// A key not given clears its filter, so the list shows exactly what was asked.
class NumbersPage : public QWidget, public FilterablePage, public RefreshablePage
{
    Q_OBJECT

public:
    explicit NumbersPage(const PageContext &context, QWidget *parent = nullptr);
    ~NumbersPage() override;

    NumberListModel *model() const { return m_model; }
    NumberDetailPage *detailPage() const { return m_detail; }
    QTableView *table() const { return m_table; }
    bool isShowingDetail() const;

    // Each opens window-modal and returns at once (nullptr when the action does
    // not apply); the list follows the change on success. An empty number
    // means the selected one.
    ActivationDialog *activateNumber(const QString &number = {});
    PaymentDialog *recordPayment(const QString &number = {});
    ReserveDialog *reserveNumber(const QString &number = {});
    DestinationsDialog *editDestinations(const QString &number = {});
    // Asks first; true when the number was changed.
    bool releaseNumber(const QString &number = {});
    bool cancelNumber(const QString &number = {});

    bool openNumber(const QString &number);
    void showList();
    void refresh();
    // Re-runs the filters now (they otherwise wait for a pause in typing).
    void applyFilter();
    // Sets the filters from the keys above and runs them; back to the list.
    void applyFilter(const QVariantMap &filter) override;
    void refreshFromDatabase() override { refresh(); }
    void selectNumber(const QString &number);
    QString selectedNumber() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changed(const QString &number, const QString &message);
    void offerUndo(std::function<void()> undo);
    void updateButtons();
    void loadAgentCompletions();
    const Number *selected() const;

    PageContext m_context;
    NumberListModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_listView;
    NumberDetailPage *m_detail;
    QLineEdit *m_digitsEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_gradeCombo;
    QLineEdit *m_agentEdit;
    QLabel *m_countLabel;
    QLabel *m_selectionLabel;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QPushButton *m_activateButton;
    QPushButton *m_paymentButton;
    QPushButton *m_reserveButton;
    QPushButton *m_releaseButton;
    QPushButton *m_cancelButton;
    QPushButton *m_destinationsButton;
    QPushButton *m_openButton;
    QTimer *m_filterTimer;
    // The dashboard's "at risk of reclaim" filter (DashboardQuery), shown as
    // a chip that removes it; null when not applied.
    QDate m_arrearsSuspendedBy;
    QPushButton *m_riskChip = nullptr;
    bool m_shownOnce = false;
};

} // namespace cd
