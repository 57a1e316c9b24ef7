#pragma once

#include "common/Actor.h"
#include "contracts/Contract.h"

#include <QDate>
#include <QDialog>

#include <array>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd {

class AgentCombo;
class Database;
class FieldErrorLabel;
class MessageBar;

// Signs an annual contract (§9.2): agent, year, start (by default from
// signing for a first contract, else 1 January) and the four quarterly
// tasks. As the user types it says what the contract will do and what is in
// the way (a start outside the year, another active contract); the service's
// refusal on OK is the final word and shows inline.
class ContractDialog : public QDialog
{
    Q_OBJECT

public:
    ContractDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // Preselects the agent and keeps the choice fixed when `fixed`.
    void setAgent(const QString &uscc, bool fixed = false);
    void setYear(int year);
    void setStart(const QDate &start); // invalid: the default start
    void setTasks(const std::array<int, 4> &tasks);

    QString agentUscc() const;
    int year() const;
    QDate start() const; // invalid when the default applies
    std::array<int, 4> tasks() const;
    const Contract &created() const { return m_created; }
    MessageBar *messageBar() const { return m_messageBar; }
    // What the checks found, as shown ("" when nothing is in the way).
    QString problem() const;

    void accept() override;

private:
    void recheck();

    Database &m_db;
    Actor m_actor;
    QDate m_today;
    Contract m_created;
    MessageBar *m_messageBar;
    AgentCombo *m_agentCombo;
    QSpinBox *m_yearSpin;
    QCheckBox *m_startCheck;
    QDateEdit *m_startEdit;
    QLabel *m_startHint;
    std::array<QSpinBox *, 4> m_taskSpins{};
    FieldErrorLabel *m_problem;
    QLabel *m_outlook;
    QPushButton *m_okButton;
};

} // namespace cd
