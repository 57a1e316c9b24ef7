#include "PaymentService.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "contracts/OperatingRights.h"
#include "numbers/NumberService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace cd {

QDate PaymentService::extend(const QDate &paidThrough, int months)
{
    // §2.10 The M calendar months after the old paid_through, not after the
    // payment date; QDate::addMonths keeps month ends (Jan 31 + 1 → Feb 28/29).
    return paidThrough.addDays(1).addMonths(months).addDays(-1);
}

Result<Payment> PaymentService::recordIn(const Actor &actor, const QString &number, Money amount,
                                         const QDate &paidOn, int months)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record payments."));
    if (amount <= Money())
        return Error::rule(tr("A payment must be above zero."), QStringLiteral("§2.10"));
    if (months < 1 || months > 120)
        return Error::rule(tr("A payment covers 1 to 120 months, not %1.").arg(months), QStringLiteral("§2.10"));
    if (!paidOn.isValid())
        return Error::rule(tr("A payment needs its date."), QStringLiteral("§2.10"));
    NumberService numbers(m_db);
    Result<Number> n = numbers.find(number);
    if (!n)
        return n.error();
    switch (n->status) {
    case NumberStatus::Reclaimed:
        // §2.10 Reclaimed for good by the carrier.
        return Error::rule(tr("%1 was reclaimed by the carrier on %2; it can no longer be renewed.")
                               .arg(n->number, Dates::format(n->reclaimedOn)),
                           QStringLiteral("§2.10"));
    case NumberStatus::Cancelled:
        return Error::rule(tr("%1 was cancelled on %2; it takes no payment.").arg(n->number, Dates::format(n->cancelledOn)));
    case NumberStatus::Available:
    case NumberStatus::Reserved:
        return Error::rule(tr("%1 is not in service; activate it first.").arg(n->number));
    case NumberStatus::Active:
    case NumberStatus::Suspended:
        break;
    }
    // §9.6 The developing agent keeps the right and duty to renew, terminated or not.
    SqlQuery owner(m_db, QStringLiteral("SELECT c.agent_id, a.uscc, c.taken_over_on FROM customers c"
                                        " JOIN agents a ON a.id = c.agent_id WHERE c.id = :c"));
    owner.bind(QStringLiteral(":c"), n->customerId);
    if (Status s = owner.exec(); !s)
        return s.error();
    qint64 payerId = 0;
    QString payerUscc;
    if (owner.next() && owner.value(2).isNull()) {
        payerId = owner.value(0).toLongLong();
        payerUscc = owner.value(1).toString();
    }
    owner.finish();
    if (payerId) {
        if (Status s = OperatingRights::canRenew(m_db, payerId, paidOn); !s)
            return s.error();
    }

    const QDate from = n->paidThrough.addDays(1);
    const QDate to = extend(n->paidThrough, months);
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO payments (number_id, amount_fen, paid_on, months, period_from,"
                                      " period_to, payer_agent_id, created_at, created_by) VALUES (:n, :a, :d, :m,"
                                      " :f, :t, :payer, :now, :by) RETURNING id"));
    ins.bind(QStringLiteral(":n"), n->id)
        .bind(QStringLiteral(":a"), amount.fen())
        .bind(QStringLiteral(":d"), Dates::format(paidOn))
        .bind(QStringLiteral(":m"), months)
        .bind(QStringLiteral(":f"), Dates::format(from))
        .bind(QStringLiteral(":t"), Dates::format(to))
        .bind(QStringLiteral(":payer"), payerId ? QVariant(payerId) : QVariant())
        .bind(QStringLiteral(":now"), Dates::nowTimestamp())
        .bind(QStringLiteral(":by"), actor.userName);
    Result<QVariant> id = ins.scalar();
    if (!id)
        return id.error();

    // An arrears suspension ends on the payment date; a fraud block stays (§3.9).
    const bool reactivate = n->status == NumberStatus::Suspended && n->suspension == QLatin1String("arrears");
    SqlQuery u(m_db, reactivate
                         ? QStringLiteral("UPDATE numbers SET paid_through = :pt, status = 'active', status_since = :d,"
                                          " suspended_on = NULL, suspension = NULL WHERE id = :id")
                         : QStringLiteral("UPDATE numbers SET paid_through = :pt WHERE id = :id"));
    u.bind(QStringLiteral(":pt"), Dates::format(to)).bind(QStringLiteral(":id"), n->id);
    if (reactivate)
        u.bind(QStringLiteral(":d"), Dates::format(paidOn));
    if (Status s = u.exec(); !s)
        return s.error();
    if (reactivate) {
        if (Status s = numbers.recordEvent(n->id, paidOn, QStringLiteral("suspended"), QStringLiteral("active"),
                                           QStringLiteral("payment"));
            !s)
            return s.error();
    }
    AuditEntry e;
    e.action = QStringLiteral("payment");
    e.entity = QStringLiteral("number");
    e.entityId = n->number;
    e.oldValue = QStringLiteral("paid through %1; %2").arg(Dates::format(n->paidThrough), numberStatusKey(n->status));
    e.newValue = QStringLiteral("%1 fen for %2 months paid %3: %4..%5%6")
                     .arg(amount.fen())
                     .arg(months)
                     .arg(Dates::format(paidOn), Dates::format(from), Dates::format(to),
                          reactivate ? QStringLiteral("; active again") : (n->blocked() ? QStringLiteral("; stays blocked") : QString()));
    e.clause = QStringLiteral("§2.10");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    Payment p;
    p.id = id->toLongLong();
    p.number = n->number;
    p.amount = amount;
    p.paidOn = paidOn;
    p.months = months;
    p.periodFrom = from;
    p.periodTo = to;
    p.payerUscc = payerUscc;
    return p;
}

Result<Payment> PaymentService::record(const Actor &actor, const QString &number, Money amount,
                                       const QDate &paidOn, int months)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record payments."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Payment> p = recordIn(actor, number, amount, paidOn, months);
    if (!p)
        return p;
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<QVector<Payment>> PaymentService::ofNumber(const QString &number)
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, n.number, p.amount_fen, p.paid_on, p.months, p.period_from,"
                                    " p.period_to, a.uscc FROM payments p JOIN numbers n ON n.id = p.number_id"
                                    " LEFT JOIN agents a ON a.id = p.payer_agent_id WHERE n.number = :n"
                                    " ORDER BY p.paid_on DESC, p.id DESC"));
    q.bind(QStringLiteral(":n"), normaliseNumber(number));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Payment> out;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.number = q.value(1).toString();
        p.amount = Money::fromFen(q.value(2).toLongLong());
        p.paidOn = Dates::parse(q.value(3).toString());
        p.months = q.value(4).toInt();
        p.periodFrom = Dates::parse(q.value(5).toString());
        p.periodTo = Dates::parse(q.value(6).toString());
        p.payerUscc = q.value(7).toString();
        out.append(p);
    }
    return out;
}

QVector<CsvColumn> PaymentImporter::columns() const
{
    return {{QStringLiteral("number"), true}, {QStringLiteral("amount_fen"), true},
            {QStringLiteral("paid_on"), true}, {QStringLiteral("months"), true}};
}

QVector<FieldError> PaymentImporter::importRow(Database &db, const Actor &actor, const CsvRow &row)
{
    QVector<FieldError> errors;
    Money amount;
    if (!Money::parseFen(row.value(QStringLiteral("amount_fen")), &amount) || amount <= Money())
        errors.append({QStringLiteral("amount_fen"), PaymentService::tr("\"%1\" is not an amount in fen above zero.")
                                                         .arg(row.value(QStringLiteral("amount_fen")).trimmed())});
    const QDate paidOn = Dates::parse(row.value(QStringLiteral("paid_on")).trimmed());
    if (!paidOn.isValid())
        errors.append({QStringLiteral("paid_on"), PaymentService::tr("\"%1\" is not a date written YYYY-MM-DD.")
                                                      .arg(row.value(QStringLiteral("paid_on")).trimmed())});
    bool ok = false;
    const int months = row.value(QStringLiteral("months")).trimmed().toInt(&ok);
    if (!ok || months < 1 || months > 120)
        errors.append({QStringLiteral("months"), PaymentService::tr("\"%1\" is not a number of months from 1 to 120.")
                                                     .arg(row.value(QStringLiteral("months")).trimmed())});
    if (!errors.isEmpty())
        return errors;
    Result<Payment> p = PaymentService(db).recordIn(actor, row.value(QStringLiteral("number")), amount, paidOn, months);
    if (!p)
        return {{QStringLiteral("number"), p.error().text()}};
    return {};
}

} // namespace cd
