#pragma once

#include "common/Actor.h"
#include "incidents/Incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class Database;
class MessageBar;
class StatusBadge;

// Records a platform incident (§2.8): planned maintenance or an outage, its
// start and end (an outage may still go on), cause, when and how agents were
// told, and which agents it affects (all active agents by default). The
// flags it will carry show as badges while the form is filled, decided by the
// core rules. Times are entered in local time and stored in UTC.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // What the form says, as the service will get it.
    IncidentInput input() const;
    const Incident &recorded() const { return m_recorded; }
    MessageBar *messageBar() const { return m_messageBar; }
    // Checks the agent's item in the list (and leaves "all active agents").
    bool checkAgent(const QString &uscc);

    void accept() override;

private:
    void updateForm();

    Database &m_db;
    Actor m_actor;
    Incident m_recorded;
    MessageBar *m_messageBar;
    QComboBox *m_kindCombo;
    QLineEdit *m_titleEdit;
    QComboBox *m_causeCombo;
    QDateTimeEdit *m_startEdit;
    QDateTimeEdit *m_endEdit;
    QCheckBox *m_ongoingCheck;
    QCheckBox *m_noticeCheck;
    QDateTimeEdit *m_noticeEdit;
    QComboBox *m_channelCombo;
    QCheckBox *m_allAgentsCheck;
    QListWidget *m_agentList;
    QPlainTextEdit *m_descriptionEdit;
    StatusBadge *m_lateBadge;
    StatusBadge *m_liableBadge;
    QPushButton *m_okButton;
};

} // namespace cd
