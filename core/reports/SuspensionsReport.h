#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export suspensions`: the suspended numbers, oldest suspension first, with
// the keys number, customer_uscc, agent_uscc, suspension (arrears or fraud),
// suspended_on, reclaim_on, paid_through; then the customer's name and the
// days from the report date to the reclaim. §2.10 An arrears suspension ends
// in a reclaim on suspended_on + reclaim_days; a fraud block (§3.9) has no
// reclaim date, so reclaim_on is empty for it.
class SuspensionsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::SuspensionsReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
