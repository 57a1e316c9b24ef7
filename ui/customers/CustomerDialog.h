#pragma once

#include "common/Actor.h"
#include "customers/CustomerService.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cd {

class AgentCombo;
class Database;
class FieldErrorLabel;
class MessageBar;

// A new customer (SPEC §2 "Customer"): every edit re-runs
// CustomerService::validate after a short pause and shows each field's
// problem under it; OK waits until there is none. The customer starts
// pending, with its qualification review opened (§3.9); a handler other
// than the legal representative adds two documents to its checklist.
//
// With editCustomer() the same form changes an existing customer's details
// (CustomerService::update): the credit code and the developing agent are
// shown but fixed, and the qualification stays with its review (§3.9).
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    CustomerInput input() const;
    const Customer &created() const { return m_created; }
    // The shown problem of a field (keys of CustomerService::validate), "" if none.
    QString fieldError(const QString &key) const;
    MessageBar *messageBar() const { return m_messageBar; }
    void setAgent(const QString &uscc);
    // Turns the dialog into the editor of `customer`'s details.
    void editCustomer(const Customer &customer);
    bool isEditing() const { return !m_editedUscc.isEmpty(); }
    // The details as they were before the edit (for Undo).
    const CustomerInput &before() const { return m_before; }

    void validateNow();
    void accept() override;

private:
    void edited(const QString &key);
    QLineEdit *lineEdit(const QString &objectName, int maxLength);

    Database &m_db;
    Actor m_actor;
    Customer m_created;
    QString m_editedUscc;
    CustomerInput m_before;
    MessageBar *m_messageBar;
    QLabel *m_heading;
    QLabel *m_intro;
    QLineEdit *m_nameEdit;
    QLineEdit *m_usccEdit;
    AgentCombo *m_agentCombo;
    QLineEdit *m_legalRepEdit;
    QLineEdit *m_handlerEdit;
    QLabel *m_handlerHint;
    QLineEdit *m_contactEdit;
    QLineEdit *m_phoneEdit;
    QLineEdit *m_industryEdit;
    QPushButton *m_okButton;
    QTimer *m_timer;
    QHash<QString, FieldErrorLabel *> m_errors;
    QSet<QString> m_touched;
    bool m_valid = false;
};

} // namespace cd
