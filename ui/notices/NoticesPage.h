#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class AgentCombo;
class NoticeListModel;

// The Notices area: the renewal reminders, suspensions, reclaim warnings,
// reclaims (written by the daily sweep, §2.10) and maintenance notices
// (written with an incident, §2.8), newest first, filtered in SQL by kind,
// recipient agent and date range. Double-clicking a number's notice opens the
// number in the Numbers area.
class NoticesPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit NoticesPage(const PageContext &context, QWidget *parent = nullptr);
    ~NoticesPage() override;

    NoticeListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // A kind key ("renewal_due"), empty for all.
    void setKind(const QString &kind);
    // An agent's code, empty for all agents.
    void setAgent(const QString &uscc);
    // Both valid: only notices dated in [from, to]; otherwise no date filter.
    void setDateRange(const QDate &from, const QDate &to);
    void applyFilter();
    // Opens the number of a notice row in the Numbers area; false when the
    // notice has no number or the page cannot navigate.
    bool openNumberOf(int row);

    void refreshFromDatabase() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadAgents();
    void updateButtons();

    PageContext m_context;
    NoticeListModel *m_model;
    QComboBox *m_kindCombo;
    AgentCombo *m_agentCombo;
    QCheckBox *m_datesCheck;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_countLabel;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QPushButton *m_openButton;
    bool m_shownOnce = false;
    bool m_loading = false;
};

} // namespace cd
