#include "ViolationsReport.h"

#include "common/Money.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

namespace {

// One penalty as the report writes it: the kind key, then what it fixes.
QString penaltyText(const QString &kind, qint64 fen, const QString &from, const QString &until)
{
    if (kind == QLatin1String("fine"))
        return QStringLiteral("fine %1").arg(Money::fromFen(fen).yuan());
    if (kind == QLatin1String("stop"))
        return QStringLiteral("stop %1..%2").arg(from, until);
    return kind;
}

} // namespace

QString ViolationsReport::name() const
{
    return QStringLiteral("violations");
}

QString ViolationsReport::title() const
{
    return tr("Violations");
}

QVector<ReportColumn> ViolationsReport::columns() const
{
    return {
        {QStringLiteral("id"), tr("Case")},
        {QStringLiteral("agent_uscc"), tr("Agent's code")},
        {QStringLiteral("agent_name"), tr("Agent")},
        {QStringLiteral("found_on"), tr("Found on")},
        {QStringLiteral("clause"), tr("Clause")},
        {QStringLiteral("description"), tr("Description")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("classification"), tr("Classification"), PersonalDataKind::None,
         KeyKind::Classification},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("penalties"), tr("Penalties")},
    };
}

Status ViolationsReport::run(Database &db, const ReportOptions &, const RowSink &sink) const
{
    // One forward-only pass: a case's penalties follow it in order, and are
    // folded into its row when the next case begins (portable SQL, no
    // string aggregation).
    SqlQuery q(db, QStringLiteral(
                       "SELECT v.id, a.uscc, a.name, v.found_on, v.clause, v.description, v.source,"
                       " v.classification, v.status,"
                       " p.id, p.kind, p.amount_fen, p.stop_from, p.stop_until"
                       " FROM violations v JOIN agents a ON a.id = v.agent_id"
                       " LEFT JOIN penalties p ON p.violation_id = v.id"
                       " ORDER BY v.found_on, v.id, p.decided_on, p.id"));
    if (Status s = q.exec(); !s)
        return s;
    constexpr int kCaseColumns = 9;
    QStringList pending;
    QStringList penalties;
    qint64 pendingId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != pendingId) {
            if (pendingId != 0 && !sink(pending << penalties.join(QStringLiteral("; ")))) {
                q.finish();
                return {};
            }
            pendingId = id;
            pending.clear();
            penalties.clear();
            for (int i = 0; i < kCaseColumns; ++i)
                pending << q.value(i).toString();
        }
        if (!q.value(9).isNull()) {
            penalties << penaltyText(q.value(10).toString(), q.value(11).toLongLong(),
                                     q.value(12).toString(), q.value(13).toString());
        }
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    if (pendingId != 0)
        sink(pending << penalties.join(QStringLiteral("; ")));
    return {};
}

} // namespace cd
