#pragma once

#include "common/Actor.h"
#include "common/Money.h"
#include "common/Result.h"
#include "csv/RowImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

struct Payment {
    qint64 id = 0;
    QString number;
    Money amount;
    QDate paidOn;
    int months = 0;
    QDate periodFrom;   // old paid_through + 1 day
    QDate periodTo;     // the new paid_through
    QString payerUscc;  // the service owner's agent; empty for the provider
};

// Renewals (§2.10): a payment of M months covers the M calendar months after
// the old paid_through, whatever the payment date: new paid_through =
// (old + 1 day) + M months − 1 day. An arrears suspension ends on the payment
// date; a fraud block does not; a reclaimed number takes no payment.
class PaymentService
{
    Q_DECLARE_TR_FUNCTIONS(cd::PaymentService)

public:
    explicit PaymentService(Database &db) : m_db(db) {}

    static QDate extend(const QDate &paidThrough, int months);

    Result<Payment> record(const Actor &actor, const QString &number, Money amount, const QDate &paidOn,
                           int months);
    // Inside the caller's transaction (the import).
    Result<Payment> recordIn(const Actor &actor, const QString &number, Money amount, const QDate &paidOn,
                             int months);
    Result<QVector<Payment>> ofNumber(const QString &number);

private:
    Database &m_db;
};

// `import payments` (SPEC §5).
class PaymentImporter : public RowImporter
{
public:
    QString kind() const override { return QStringLiteral("payments"); }
    QVector<CsvColumn> columns() const override;
    QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) override;
};

} // namespace cd
