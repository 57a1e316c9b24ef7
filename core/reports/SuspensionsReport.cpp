#include "SuspensionsReport.h"

#include "common/Dates.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString SuspensionsReport::name() const
{
    return QStringLiteral("suspensions");
}

QString SuspensionsReport::title() const
{
    return tr("Suspended numbers");
}

QVector<ReportColumn> SuspensionsReport::columns() const
{
    return {
        {QStringLiteral("number"), tr("Number")},
        {QStringLiteral("customer_uscc"), tr("Customer's code")},
        {QStringLiteral("agent_uscc"), tr("Agent's code")},
        {QStringLiteral("suspension"), tr("Suspension")},
        {QStringLiteral("suspended_on"), tr("Suspended on")},
        {QStringLiteral("reclaim_on"), tr("Reclaim on")},
        {QStringLiteral("paid_through"), tr("Paid through")},
        {QStringLiteral("customer_name"), tr("Customer")},
        {QStringLiteral("days_to_reclaim"), tr("Days to reclaim")},
    };
}

Status SuspensionsReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    Result<BusinessParameters> params = Parameters(db).load();
    if (!params)
        return params.error();
    const int reclaimDays = params->reclaimDays;
    const QDate date = options.effectiveDate();
    SqlQuery q(db, QStringLiteral("SELECT n.number, c.uscc, a.uscc, n.suspension, n.suspended_on,"
                                  " n.paid_through, c.name"
                                  " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
                                  " LEFT JOIN agents a ON a.id = COALESCE(n.agent_id, c.agent_id)"
                                  " WHERE n.status = 'suspended'"
                                  " ORDER BY n.suspended_on, n.number"));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const QString suspension = q.value(3).toString();
        const QDate suspendedOn = Dates::parse(q.value(4).toString());
        // §2.10 The carrier reclaims R days after an arrears suspension.
        QDate reclaimOn;
        if (suspension == QLatin1String("arrears") && suspendedOn.isValid())
            reclaimOn = suspendedOn.addDays(reclaimDays);
        const QStringList cells{q.value(0).toString(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                suspension,
                                Dates::format(suspendedOn),
                                Dates::format(reclaimOn),
                                q.value(5).toString(),
                                q.value(6).toString(),
                                reclaimOn.isValid() ? QString::number(date.daysTo(reclaimOn))
                                                    : QString()};
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
