#include "AuditReport.h"

#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString AuditReport::name() const
{
    return QStringLiteral("audit");
}

QString AuditReport::title() const
{
    return tr("Audit log");
}

QVector<ReportColumn> AuditReport::columns() const
{
    return {
        {QStringLiteral("id"), tr("Entry")},
        {QStringLiteral("at"), tr("Time (UTC)")},
        {QStringLiteral("user"), tr("User")},
        {QStringLiteral("action"), tr("Action")},
        {QStringLiteral("entity"), tr("Record type")},
        {QStringLiteral("entity_id"), tr("Record")},
        {QStringLiteral("old_value"), tr("Old value")},
        {QStringLiteral("new_value"), tr("New value")},
        {QStringLiteral("clause"), tr("Clause")},
    };
}

Status AuditReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    // Timestamps are ISO 8601 text, so "before the next day" is a plain
    // comparison the audit_log_at index serves.
    const QString before = Dates::format(options.effectiveDate().addDays(1));
    SqlQuery q(db, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, old_value,"
                                  " new_value, clause FROM audit_log WHERE at < :before"
                                  " ORDER BY id"));
    q.bind(QStringLiteral(":before"), before);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        QStringList cells;
        cells.reserve(9);
        for (int i = 0; i < 9; ++i)
            cells.append(q.value(i).toString());
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
