#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export numbers`: every number of the pool in number order, with the fixed
// keys of SPEC §5 (number, carrier, grade, status, customer_uscc, agent_uscc,
// plan, activated_on, paid_through, suspended_on, reclaimed_on), then the
// customer's name, the kind of suspension (arrears or fraud) and the
// cancellation date. One forward-only join: fast on a million numbers.
// agent_uscc is the agent that opened the number, else the customer's
// developing agent (a number the provider opened after a takeover).
class NumbersReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::NumbersReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
