#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export incidents`: every platform incident (§2.8), newest start first,
// with the keys id, kind, title, cause, starts_at, ends_at, duration_hours,
// noticed_at, channel, late_notice, provider_liable, affected_agents,
// disputes, then liable_disputes and description. Timestamps are UTC ISO
// 8601, empty when unset; duration_hours has two decimals (up to now while
// an incident goes on); the flags are "yes"/"no"; affected_agents is a count
// or "all".
class IncidentsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::IncidentsReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
