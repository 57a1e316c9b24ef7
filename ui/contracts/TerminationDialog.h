#pragma once

#include "common/Actor.h"
#include "contracts/Contract.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Database;
class MessageBar;

// Ends a contract (§3.9, §3.2). Before the user confirms it says which clause
// the chosen reason rests on and what follows: the end date, the agent
// terminated, its customers kept for renewal and service but no new numbers
// (§9.6), drafts and sub-agents affected. The confirm button terminates.
class TerminationDialog : public QDialog
{
    Q_OBJECT

public:
    TerminationDialog(Database &db, const Actor &actor, const Contract &contract,
                      QWidget *parent = nullptr);

    void setReason(TerminationReason reason);
    void setDate(const QDate &date);
    TerminationReason reason() const;
    QDate date() const;
    QString note() const;
    // The explanation as shown.
    QString explanation() const;
    MessageBar *messageBar() const { return m_messageBar; }

    void accept() override;

private:
    void explain();

    Database &m_db;
    Actor m_actor;
    Contract m_contract;
    int m_customers = 0;
    QStringList m_drafts;
    int m_subAgents = 0;
    MessageBar *m_messageBar;
    QComboBox *m_reasonCombo;
    QDateEdit *m_dateEdit;
    QLineEdit *m_noteEdit;
    QLabel *m_explanation;
    QPushButton *m_okButton;
};

} // namespace cd
