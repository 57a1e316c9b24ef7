#pragma once

#include "common/Actor.h"
#include "numbers/Number.h"
#include "numbers/PaymentService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cd {

class CheckPanel;
class Database;
class FieldErrorLabel;
class MessageBar;

// Records a renewal payment (PaymentService::record). The amount is typed in
// yuan and read exactly into fen. A live line says which period the payment
// covers (the months after the old paid-through date, §2.10, through
// PaymentService::extend) and what happens to the number: active again from
// the payment date after an arrears suspension, still blocked after fraud
// (§3.9); a reclaimed number takes no payment (§2.10).
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    // Loads the number; false (and an inline message) when it is not found.
    bool setNumber(const QString &number);
    void setAmountText(const QString &yuan);
    void setPaidOn(const QDate &date);
    void setMonths(int months);

    // The "covers …" line and what the payment does to the number.
    QString coverage() const;
    QStringList blockers() const;
    const Payment &recorded() const { return m_recorded; }
    const Number &number() const { return m_number; }
    MessageBar *messageBar() const { return m_messageBar; }

    void updateNow();
    void accept() override;

private:
    void scheduleUpdate();

    Database &m_db;
    Actor m_actor;
    Number m_number;
    Money m_annualFee;
    bool m_amountEdited = false;
    Payment m_recorded;
    MessageBar *m_messageBar;
    QLineEdit *m_numberEdit;
    QLabel *m_stateLabel;
    QLineEdit *m_amountEdit;
    FieldErrorLabel *m_amountError;
    QDateEdit *m_paidOnEdit;
    QSpinBox *m_monthsSpin;
    CheckPanel *m_check;
    QPushButton *m_okButton;
    QTimer *m_timer;
};

} // namespace cd
