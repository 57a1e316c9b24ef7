#pragma once

#include "common/Actor.h"
#include "numbers/Number.h"
#include "pricing/Plan.h"
#include "settings/Parameters.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cd {

class CheckPanel;
class CustomerPicker;
class Database;
class FieldErrorLabel;
class MessageBar;

// Activates a number for a customer (NumberService::activate). Before OK it
// explains, live, everything that would refuse it: the customer's
// qualification (§3.9), the developing agent's right to open numbers (no
// contract §9.2, terminated §9.6, stopped §3.2, by OperatingRights), a plan
// below the grade's minimum, bad destinations. OK waits until nothing does;
// a refusal at OK shows inline with its clause.
class ActivationDialog : public QDialog
{
    Q_OBJECT

public:
    ActivationDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    void setNumber(const QString &number);
    // Any customer, approved or not (the explanation then says why not).
    bool setCustomer(const QString &uscc);
    bool setPlan(const QString &code);
    void setDate(const QDate &date);
    void setMonths(int months);

    // What stops the activation now, one line each; empty when it may go ahead.
    QStringList blockers() const;
    const Number &activated() const { return m_activated; }
    MessageBar *messageBar() const { return m_messageBar; }
    CustomerPicker *customerPicker() const { return m_customer; }

    // Re-checks at once instead of after the typing pause.
    void updateNow();
    void accept() override;

private:
    void scheduleUpdate();

    Database &m_db;
    Actor m_actor;
    BusinessParameters m_params;
    QVector<Plan> m_plans;
    Number m_activated;
    MessageBar *m_messageBar;
    QLineEdit *m_numberEdit;
    QLabel *m_numberHint;
    CustomerPicker *m_customer;
    QLabel *m_customerHint;
    QComboBox *m_planCombo;
    QLabel *m_planHint;
    QDateEdit *m_dateEdit;
    QSpinBox *m_monthsSpin;
    QPlainTextEdit *m_destinationsEdit;
    FieldErrorLabel *m_destinationsError;
    CheckPanel *m_check;
    QPushButton *m_okButton;
    QTimer *m_timer;
};

} // namespace cd
