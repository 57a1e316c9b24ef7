#include "IncidentsReport.h"

#include "common/Dates.h"
#include "incidents/Incident.h"
#include "incidents/IncidentService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

namespace {
QString yesNo(bool flag)
{
    return flag ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

QString IncidentsReport::name() const
{
    return QStringLiteral("incidents");
}

QString IncidentsReport::title() const
{
    return tr("Platform incidents");
}

QVector<ReportColumn> IncidentsReport::columns() const
{
    return {
        {QStringLiteral("id"), tr("Incident")},
        {QStringLiteral("kind"), tr("Kind"), PersonalDataKind::None, KeyKind::IncidentKind},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("cause"), tr("Cause"), PersonalDataKind::None, KeyKind::IncidentCause},
        {QStringLiteral("starts_at"), tr("Started (UTC)")},
        {QStringLiteral("ends_at"), tr("Ended (UTC)")},
        {QStringLiteral("duration_hours"), tr("Hours")},
        {QStringLiteral("noticed_at"), tr("Agents told (UTC)")},
        {QStringLiteral("channel"), tr("Notice channel"), PersonalDataKind::None,
         KeyKind::NoticeChannel},
        {QStringLiteral("late_notice"), tr("Late notice")},
        {QStringLiteral("provider_liable"), tr("Provider liable")},
        {QStringLiteral("affected_agents"), tr("Agents affected")},
        {QStringLiteral("disputes"), tr("Disputes")},
        {QStringLiteral("liable_disputes"), tr("Provider-liable disputes")},
        {QStringLiteral("description"), tr("Description")},
    };
}

Status IncidentsReport::run(Database &db, const ReportOptions &, const RowSink &sink) const
{
    // The flags are worked out by the service's rules, never stored (§2.8);
    // an ongoing incident is measured up to now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlQuery q(db,
               QStringLiteral(
                   "SELECT i.id, i.kind, i.title, i.cause, i.starts_at, i.ends_at, i.noticed_at,"
                   " i.channel, i.description,"
                   " (SELECT COUNT(*) FROM incident_agents x WHERE x.incident_id = i.id),"
                   " (SELECT COUNT(*) FROM disputes d WHERE d.incident_id = i.id),"
                   " (SELECT COUNT(*) FROM disputes d WHERE d.incident_id = i.id"
                   "  AND d.provider_liable = 1)"
                   " FROM incidents i ORDER BY i.starts_at DESC, i.id DESC"));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        IncidentKind kind = IncidentKind::Outage;
        incidentKindFromKey(q.value(1).toString(), &kind);
        IncidentCause cause = IncidentCause::Other;
        incidentCauseFromKey(q.value(3).toString(), &cause);
        const QDateTime starts = parseUtcTimestamp(q.value(4).toString());
        const QDateTime ends = parseUtcTimestamp(q.value(5).toString());
        const QDateTime noticed = parseUtcTimestamp(q.value(6).toString());
        const qint64 seconds = IncidentService::durationSeconds(starts, ends, now);
        const int agents = q.value(9).toInt();
        const QStringList cells{
            q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            ends.isValid() ? QString::number(double(seconds) / 3600.0, 'f', 2) : QString(),
            q.value(6).toString(),
            q.value(7).toString(),
            yesNo(IncidentService::lateNotice(kind, starts, noticed)),
            yesNo(IncidentService::providerLiable(cause, starts, ends, now)),
            agents == 0 ? QStringLiteral("all") : QString::number(agents),
            q.value(10).toString(),
            q.value(11).toString(),
            q.value(8).toString(),
        };
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
