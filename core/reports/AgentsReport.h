#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export agents`: every agent with the fixed keys of SPEC §5 (name, uscc,
// level, parent_uscc, status, tier), then its contact data. The tier is the
// one in force on the report's date.
class AgentsReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::AgentsReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
