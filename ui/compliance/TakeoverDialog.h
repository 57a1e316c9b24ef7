#pragma once

#include "agents/Agent.h"
#include "common/Actor.h"
#include "compliance/TakeoverService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd {

class Database;
class MessageBar;

// The provider takes over an agent's customers (§2.3, §9.6). While the user
// chooses grounds, date and customers, the dialog shows what
// TakeoverService::check() says the takeover would rest on, or why it is not
// allowed yet; OK stays disabled until it is. For a terminated agent that
// stopped serving, the reminder that starts the wait is recorded from here.
class TakeoverDialog : public QDialog
{
    Q_OBJECT

public:
    TakeoverDialog(Database &db, const Actor &actor, const Agent &agent, QWidget *parent = nullptr);

    void setGrounds(TakeoverGrounds grounds);
    void setReason(const QString &reason);
    void setDate(const QDate &date);
    TakeoverGrounds grounds() const;
    QDate date() const;
    QStringList checkedCustomers() const;
    // The check's text as shown, and whether it allows the takeover.
    QString checkText() const;
    bool checkAllows() const { return m_allowed; }
    QString outcome() const { return m_outcome; }
    MessageBar *messageBar() const { return m_messageBar; }

    // Records a reminder sent today (after asking); then checks again.
    void recordReminder();
    void accept() override;

private:
    void recheck();
    void loadCustomers();
    void showReminders();

    Database &m_db;
    Actor m_actor;
    Agent m_agent;
    bool m_allowed = false;
    QString m_outcome;
    MessageBar *m_messageBar;
    QFormLayout *m_form;
    QComboBox *m_groundsCombo;
    QLineEdit *m_reasonEdit;
    QDateEdit *m_dateEdit;
    QListWidget *m_customerList;
    QLabel *m_selectionLabel;
    QFrame *m_checkPanel;
    QLabel *m_checkLabel;
    QLabel *m_remindersLabel;
    QPushButton *m_remindButton;
    QPushButton *m_okButton;
};

} // namespace cd
