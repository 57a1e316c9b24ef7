#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export violations`: every violation case (§3.2, §3.9) with its
// classification and its penalties as one short text, e.g.
// "fine 5000.00; stop 2026-03-01..2026-05-31".
class ViolationsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::ViolationsReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
