#pragma once

#include "Report.h"

#include <QCoreApplication>

namespace cd {

// `export audit`: the append-only audit log (SPEC §2 "Audit entry") up to and
// including the date, oldest first, with the keys id, at, user, action,
// entity, entity_id, old_value, new_value, clause. `at` is UTC ISO 8601.
// Services keep personal data out of the log (§2.6), so nothing is masked.
class AuditReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(cd::AuditReport)

public:
    QString name() const override;
    QString title() const override;
    QVector<ReportColumn> columns() const override;
    Status run(Database &db, const ReportOptions &options, const RowSink &sink) const override;
};

} // namespace cd
