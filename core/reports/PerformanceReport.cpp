#include "PerformanceReport.h"

#include "pricing/QuarterlyEvaluation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString PerformanceReport::name() const
{
    return QStringLiteral("performance");
}

QString PerformanceReport::title() const
{
    return tr("Quarterly performance");
}

QVector<ReportColumn> PerformanceReport::columns() const
{
    return {
        {QStringLiteral("quarter"), tr("Quarter")},
        {QStringLiteral("agent_uscc"), tr("Agent's code")},
        {QStringLiteral("task"), tr("Task")},
        {QStringLiteral("activations"), tr("Activations")},
        {QStringLiteral("completion_pct"), tr("Completion (%)")},
        {QStringLiteral("tier"), tr("Tier"), PersonalDataKind::None, KeyKind::Tier},
        {QStringLiteral("proposed_tier"), tr("Proposed tier"), PersonalDataKind::None,
         KeyKind::Tier},
        {QStringLiteral("agent_name"), tr("Agent")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("effective_from"), tr("Effective from")},
    };
}

Status PerformanceReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    const QDate date = options.effectiveDate();
    const Quarter quarter = Quarter::containing(date);
    // The lines QuarterlyEvaluation::evaluate stored, in the order of its
    // results(); a zero task counts as no task there, so it is empty here too.
    SqlQuery q(db, QStringLiteral("SELECT t.quarter, a.uscc,"
                                  " CASE WHEN t.task > 0 THEN t.task END,"
                                  " t.activations,"
                                  " CASE WHEN t.task > 0 THEN t.completion_pct END,"
                                  " t.tier, t.proposed_tier, a.name, t.status, t.effective_from"
                                  " FROM tier_proposals t JOIN agents a ON a.id = t.agent_id"
                                  " WHERE t.quarter = :q ORDER BY a.level, a.name, a.uscc"));
    q.bind(QStringLiteral(":q"), quarter.key());
    if (Status s = q.exec(); !s)
        return s;
    constexpr int kColumns = 10;
    while (q.next()) {
        QStringList cells;
        cells.reserve(kColumns);
        for (int i = 0; i < kColumns; ++i)
            cells << q.value(i).toString(); // NULL comes out empty
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
