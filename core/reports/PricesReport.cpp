#include "PricesReport.h"

#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString PricesReport::name() const
{
    return QStringLiteral("prices");
}

QString PricesReport::title() const
{
    return tr("Agent prices");
}

QVector<ReportColumn> PricesReport::columns() const
{
    return {
        {QStringLiteral("plan"), tr("Plan")},
        {QStringLiteral("tier"), tr("Tier"), PersonalDataKind::None, KeyKind::Tier},
        {QStringLiteral("level"), tr("Level")},
        {QStringLiteral("price_fen"), tr("Price (fen)")},
        {QStringLiteral("effective_from"), tr("Effective from")},
        {QStringLiteral("plan_name"), tr("Plan name")},
        {QStringLiteral("reason"), tr("Reason")},
        {QStringLiteral("reference"), tr("Reference")},
    };
}

Status PricesReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    // For each plan, tier and level the newest entry on or before the date, in
    // one forward-only scan; tiers in the order of SPEC §3, best last.
    SqlQuery q(db, QStringLiteral(
                       "SELECT pl.code, p.tier, p.level, p.price_fen, p.effective_from, pl.name,"
                       " p.reason, p.reference"
                       " FROM prices p JOIN plans pl ON pl.id = p.plan_id"
                       " WHERE p.id = (SELECT x.id FROM prices x WHERE x.plan_id = p.plan_id"
                       "  AND x.tier = p.tier AND x.level = p.level AND x.effective_from <= :d"
                       "  ORDER BY x.effective_from DESC, x.id DESC LIMIT 1)"
                       " ORDER BY pl.code, CASE p.tier WHEN 'standard' THEN 0 WHEN 'silver' THEN 1"
                       "  WHEN 'gold' THEN 2 ELSE 3 END, p.level"));
    q.bind(QStringLiteral(":d"), Dates::format(options.effectiveDate()));
    if (Status s = q.exec(); !s)
        return s;
    constexpr int kColumns = 8;
    while (q.next()) {
        QStringList cells;
        cells.reserve(kColumns);
        for (int i = 0; i < kColumns; ++i)
            cells << q.value(i).toString();
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
