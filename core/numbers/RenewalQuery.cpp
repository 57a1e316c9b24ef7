#include "RenewalQuery.h"

#include "common/Dates.h"
#include "storage/SqlQuery.h"

namespace cd {

namespace {
QString bucketWhere(const RenewalFilter &f)
{
    switch (f.bucket) {
    case RenewalBucket::Due:
        return QStringLiteral(
            "n.status = 'active' AND n.paid_through >= :from AND n.paid_through <= :to");
    case RenewalBucket::Overdue:
        return QStringLiteral("n.status = 'active' AND n.paid_through < :from");
    case RenewalBucket::ArrearsSuspended:
        return QStringLiteral("n.status = 'suspended' AND n.suspension = 'arrears'");
    }
    return QStringLiteral("1 = 0");
}

QString whereFor(const RenewalFilter &f)
{
    QString where = bucketWhere(f);
    if (f.ownerAgentId)
        // The complement of the page's "taken over by then" service owner.
        where += QStringLiteral(" AND n.customer_id IN (SELECT id FROM customers WHERE agent_id = :owner"
                                " AND (taken_over_on IS NULL OR taken_over_on > :owner_on))");
    return where;
}

QDate ownerDay(const RenewalFilter &f)
{
    return f.from.isValid() ? f.from : QDate::currentDate();
}

void bindFilter(SqlQuery &q, const RenewalFilter &f)
{
    if (f.ownerAgentId)
        q.bind(QStringLiteral(":owner"), f.ownerAgentId)
            .bind(QStringLiteral(":owner_on"), Dates::format(ownerDay(f)));
    if (f.bucket != RenewalBucket::ArrearsSuspended)
        q.bind(QStringLiteral(":from"), Dates::format(f.from));
    if (f.bucket == RenewalBucket::Due)
        q.bind(QStringLiteral(":to"), Dates::format(f.to));
}
} // namespace

Result<QVector<RenewalRow>> RenewalQuery::page(const RenewalFilter &filter, const QDate &afterDate,
                                               const QString &afterNumber, int limit)
{
    QString sql = QStringLiteral(
        "SELECT n.id, n.number, n.status, n.suspension, n.paid_through, n.suspended_on, c.uscc, "
        "c.name,"
        // The service owner on the view's date (§2.3, §9.6), as the renewals report reads it.
        " CASE WHEN c.taken_over_on IS NOT NULL AND c.taken_over_on <= :owner_on THEN NULL ELSE a.uscc END,"
        " CASE WHEN c.taken_over_on IS NOT NULL AND c.taken_over_on <= :owner_on THEN NULL ELSE a.name END,"
        " p.code, p.annual_fee_fen"
        " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
        " LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN plans p ON p.id = n.plan_id WHERE ");
    sql += whereFor(filter);
    const bool after = afterDate.isValid() && !afterNumber.isEmpty();
    if (after)
        sql += QStringLiteral(
            " AND (n.paid_through > :ad OR (n.paid_through = :ad AND n.number > :an))");
    sql += QStringLiteral(" ORDER BY n.paid_through, n.number LIMIT :limit");
    SqlQuery q(m_db, sql);
    bindFilter(q, filter);
    if (after)
        q.bind(QStringLiteral(":ad"), Dates::format(afterDate))
            .bind(QStringLiteral(":an"), afterNumber);
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    q.bind(QStringLiteral(":owner_on"), Dates::format(ownerDay(filter)));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<RenewalRow> out;
    while (q.next()) {
        RenewalRow r;
        r.numberId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.status = q.value(2).toString();
        r.suspension = q.value(3).toString();
        r.paidThrough = Dates::parse(q.value(4).toString());
        r.suspendedOn = Dates::parse(q.value(5).toString());
        r.customerUscc = q.value(6).toString();
        r.customerName = q.value(7).toString();
        r.ownerUscc = q.value(8).toString();
        r.ownerName = q.value(9).toString();
        r.planCode = q.value(10).toString();
        r.annualFee = Money::fromFen(q.value(11).toLongLong());
        out.append(r);
    }
    return out;
}

Result<qint64> RenewalQuery::count(const RenewalFilter &filter)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM numbers n WHERE ") + whereFor(filter));
    bindFilter(q, filter);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace cd
