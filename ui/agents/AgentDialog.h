#pragma once

#include "agents/AgentService.h"
#include "common/Actor.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cd {

class AgentCombo;
class Database;
class FieldErrorLabel;
class MessageBar;

// A new agent (SPEC §2 "Agent"). Every edit re-runs AgentService::validate
// after a short pause and shows each field's problem under the field (§1.1
// for codes, the parent rules, §2.6 for the portal password); OK stays
// disabled while there is one. OK creates the agent; a refusal shows inline.
class AgentDialog : public QDialog
{
    Q_OBJECT

public:
    AgentDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    AgentInput input() const;
    // The agent created by OK.
    const Agent &created() const { return m_created; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The shown problem of a field (keys as AgentService::validate uses), "" if none.
    QString fieldError(const QString &key) const;

    // Runs the pending validation now.
    void validateNow();
    void accept() override;

private:
    void edited(const QString &key);
    void levelChanged();
    QLineEdit *lineEdit(const QString &objectName, int maxLength);

    Database &m_db;
    Actor m_actor;
    Agent m_created;
    MessageBar *m_messageBar;
    QLineEdit *m_nameEdit;
    QLineEdit *m_usccEdit;
    QLabel *m_usccHint;
    QComboBox *m_levelCombo;
    AgentCombo *m_parentCombo;
    QLineEdit *m_legalRepEdit;
    QLineEdit *m_contactEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_addressEdit;
    QLineEdit *m_regionEdit;
    QComboBox *m_tierCombo;
    QLineEdit *m_accountEdit;
    QLineEdit *m_passwordEdit;
    QPushButton *m_okButton;
    QTimer *m_timer;
    QHash<QString, FieldErrorLabel *> m_errors; // by validate()'s field key
    QSet<QString> m_touched;
    bool m_valid = false;
};

} // namespace cd
