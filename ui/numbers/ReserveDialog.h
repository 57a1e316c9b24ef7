#pragma once

#include "common/Actor.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace cd {

class CustomerPicker;
class Database;
class MessageBar;

// Holds an available number for a customer (NumberService::reserve): at most
// the reservation limit per customer, released by the sweep after the
// reservation days (both business parameters). A refusal shows inline.
class ReserveDialog : public QDialog
{
    Q_OBJECT

public:
    ReserveDialog(Database &db, const Actor &actor, const QString &number,
                  QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_customer; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString reservedFor() const { return m_reservedFor; }
    void setDate(const QDate &date);
    void accept() override;

private:
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    QString m_number;
    QString m_reservedFor;
    MessageBar *m_messageBar;
    CustomerPicker *m_customer;
    QDateEdit *m_dateEdit;
    QLabel *m_untilLabel;
    QPushButton *m_okButton;
};

} // namespace cd
