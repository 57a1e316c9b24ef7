#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export prices`: the agent prices in force on the report's date (SPEC §5
// keys plan, tier, level, price_fen, effective_from), one row per plan × tier
// × level that has one, then the plan's name and the entry's reason and
// reference. The price in force is the latest entry on or before the date
// (§3 "Pricing").
class PricesReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::PricesReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
