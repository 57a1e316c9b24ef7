#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export customers`: every customer with the keys name, uscc, agent_uscc,
// legal_rep, contact, phone (§2.6 masked unless asked), industry,
// qualification, service_owner (the developing agent's code, or "provider"
// after a takeover, §2.3/§9.6) and taken_over_on; then the agent's name and
// the handler.
class CustomersReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::CustomersReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
