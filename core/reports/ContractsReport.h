#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export contracts`: every contract (§9.2) with its term, tier at signing,
// quarterly tasks, status and any termination with its reason and clause
// (§3.9, §3.2).
class ContractsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractsReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
