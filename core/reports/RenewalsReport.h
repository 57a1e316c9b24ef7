#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export renewals` (§2.10): the numbers to renew, soonest first: active
// numbers paid through at most 90 days after the report date (overdue ones
// included, days_left negative) and numbers suspended for arrears, which a
// payment brings back. Keys: number, customer_uscc, customer_name,
// agent_uscc, service_owner (the developing agent's code, or "provider"
// after a takeover on or before the date, §2.3/§9.6), plan, paid_through,
// days_left, status; then suspension and suspended_on. Fraud blocks are left
// out: a payment does not lift them (§3.9).
class RenewalsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::RenewalsReport)

public:
    static constexpr int kHorizonDays = 90; // SPEC §5 "due within 90 days of the date"

    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
