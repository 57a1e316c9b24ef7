#include "RenewalsReport.h"

#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString RenewalsReport::name() const
{
    return QStringLiteral("renewals");
}

QString RenewalsReport::title() const
{
    return tr("Renewals due");
}

QVector<ReportColumn> RenewalsReport::columns() const
{
    return {
        {QStringLiteral("number"), tr("Number")},
        {QStringLiteral("customer_uscc"), tr("Customer's code")},
        {QStringLiteral("customer_name"), tr("Customer")},
        {QStringLiteral("agent_uscc"), tr("Agent's code")},
        {QStringLiteral("service_owner"), tr("Service owner")},
        {QStringLiteral("plan"), tr("Plan")},
        {QStringLiteral("paid_through"), tr("Paid through")},
        {QStringLiteral("days_left"), tr("Days left")},
        {QStringLiteral("status"), tr("Status"), PersonalDataKind::None, KeyKind::NumberStatus},
        {QStringLiteral("suspension"), tr("Suspension")},
        {QStringLiteral("suspended_on"), tr("Suspended on")},
    };
}

Status RenewalsReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    const QDate date = options.effectiveDate();
    // Dates compare as YYYY-MM-DD text; the bounds are computed here so the
    // SQL stays free of date functions (portable) and uses numbers_status.
    SqlQuery q(db,
               QStringLiteral("SELECT n.number, c.uscc, c.name, a.uscc,"
                              " CASE WHEN c.taken_over_on IS NOT NULL AND c.taken_over_on <= :d"
                              "  THEN 1 ELSE 0 END, d.uscc,"
                              " p.code, n.paid_through, n.status, n.suspension, n.suspended_on"
                              " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
                              " LEFT JOIN agents d ON d.id = c.agent_id"
                              " LEFT JOIN agents a ON a.id = COALESCE(n.agent_id, c.agent_id)"
                              " LEFT JOIN plans p ON p.id = n.plan_id"
                              " WHERE n.status IN ('active', 'suspended') AND n.paid_through <= :hi"
                              " AND (n.status = 'active' OR n.suspension = 'arrears')"
                              " ORDER BY n.paid_through, n.number"));
    q.bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":hi"), Dates::format(date.addDays(kHorizonDays)));
    if (Status s = q.exec(); !s)
        return s;
    const QString provider = QStringLiteral("provider");
    while (q.next()) {
        // §2.3/§9.6 The provider serves the customer after a takeover.
        const bool takenOver = q.value(4).toInt() == 1;
        const QDate paidThrough = Dates::parse(q.value(7).toString());
        const QStringList cells{q.value(0).toString(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                takenOver ? provider : q.value(5).toString(),
                                q.value(6).toString(),
                                Dates::format(paidThrough),
                                QString::number(date.daysTo(paidThrough)),
                                q.value(8).toString(),
                                q.value(9).toString(),
                                q.value(10).toString()};
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
