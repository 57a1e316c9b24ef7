#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export performance`: the stored quarterly evaluation (§2.4) of the quarter
// that contains the report's date, one row per agent with the SPEC §5 keys
// quarter, agent_uscc, task, activations, completion_pct, tier, proposed_tier,
// then the agent's name, the proposal's status and the date an approved tier
// takes effect. task and completion_pct are empty when the agent had no task
// (no contract, or a zero task); proposed_tier is empty when nothing was
// proposed. A quarter not evaluated yet gives no rows.
class PerformanceReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::PerformanceReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
