#include "NumbersReport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString NumbersReport::name() const
{
    return QStringLiteral("numbers");
}

QString NumbersReport::title() const
{
    return tr("Numbers");
}

QVector<ReportColumn> NumbersReport::columns() const
{
    return {
        {QStringLiteral("number"), tr("Number")},
        {QStringLiteral("carrier"), tr("Carrier"), PersonalDataKind::None, KeyKind::Carrier},
        {QStringLiteral("grade"), tr("Grade"), PersonalDataKind::None, KeyKind::Grade},
        {QStringLiteral("status"), tr("Status"), PersonalDataKind::None, KeyKind::NumberStatus},
        {QStringLiteral("customer_uscc"), tr("Customer's code")},
        {QStringLiteral("agent_uscc"), tr("Agent's code")},
        {QStringLiteral("plan"), tr("Plan")},
        {QStringLiteral("activated_on"), tr("Activated on")},
        {QStringLiteral("paid_through"), tr("Paid through")},
        {QStringLiteral("suspended_on"), tr("Suspended on")},
        {QStringLiteral("reclaimed_on"), tr("Reclaimed on")},
        {QStringLiteral("customer_name"), tr("Customer")},
        {QStringLiteral("suspension"), tr("Suspension")},
        {QStringLiteral("cancelled_on"), tr("Cancelled on")},
    };
}

Status NumbersReport::run(Database &db, const ReportOptions &, const RowSink &sink) const
{
    // The pool's state now, whatever the report date. Destinations are left
    // out: joining them per number would cost a second scan of a big table.
    SqlQuery q(db, QStringLiteral(
                       "SELECT n.number, n.carrier, n.grade, n.status, c.uscc, a.uscc, p.code,"
                       " n.activated_on, n.paid_through, n.suspended_on, n.reclaimed_on, c.name,"
                       " n.suspension, n.cancelled_on"
                       " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
                       " LEFT JOIN agents a ON a.id = COALESCE(n.agent_id, c.agent_id)"
                       " LEFT JOIN plans p ON p.id = n.plan_id"
                       " ORDER BY n.number"));
    if (Status s = q.exec(); !s)
        return s;
    constexpr int kColumns = 14;
    while (q.next()) {
        QStringList cells;
        cells.reserve(kColumns);
        for (int i = 0; i < kColumns; ++i)
            cells << q.value(i).toString(); // NULL dates and codes come out empty
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
