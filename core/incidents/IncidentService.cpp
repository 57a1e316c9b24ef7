#include "IncidentService.h"

#include "agents/AgentService.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "customers/CustomerService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>

#include <algorithm>

namespace cd {

namespace {
const QString kClause = QStringLiteral("§2.8");

const QString kIncidentSelect = QStringLiteral(
    "SELECT i.id, i.kind, i.title, i.cause, i.starts_at, i.ends_at, i.noticed_at, i.channel,"
    " i.description, i.created_at, i.created_by,"
    " (SELECT COUNT(*) FROM disputes d WHERE d.incident_id = i.id)"
    " FROM incidents i");

const QString kDisputeSelect = QStringLiteral(
    "SELECT d.id, d.incident_id, d.customer_id, c.uscc, c.name, d.raised_on, d.description,"
    " d.provider_liable, d.created_at FROM disputes d JOIN customers c ON c.id = d.customer_id");

QString stamp(const QDateTime &t)
{
    return t.isValid() ? Dates::timestamp(t) : QString();
}

QVariant stampOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(Dates::timestamp(t)) : QVariant();
}

QDateTime readStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : parseUtcTimestamp(v.toString());
}

Incident incidentFrom(SqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    incidentKindFromKey(q.value(1).toString(), &i.kind);
    i.title = q.value(2).toString();
    incidentCauseFromKey(q.value(3).toString(), &i.cause);
    i.startsAt = readStamp(q.value(4));
    i.endsAt = readStamp(q.value(5));
    i.noticedAt = readStamp(q.value(6));
    if (!noticeChannelFromKey(q.value(7).toString(), &i.channel))
        i.channel = NoticeChannel::None;
    i.description = q.value(8).toString();
    i.createdAt = q.value(9).toString();
    i.createdBy = q.value(10).toString();
    i.disputeCount = q.value(11).toInt();
    return i;
}

Dispute disputeFrom(SqlQuery &q)
{
    Dispute d;
    d.id = q.value(0).toLongLong();
    d.incidentId = q.value(1).toLongLong();
    d.customerId = q.value(2).toLongLong();
    d.customerUscc = q.value(3).toString();
    d.customerName = q.value(4).toString();
    d.raisedOn = Dates::parse(q.value(5).toString());
    d.description = q.value(6).toString();
    d.providerLiable = q.value(7).toInt() != 0;
    d.createdAt = q.value(8).toString();
    return d;
}

Status audit(Database &db, const Actor &actor, const QString &action, const QString &entity,
             qint64 id, const QString &oldValue, const QString &newValue)
{
    AuditEntry e;
    e.action = action;
    e.entity = entity;
    e.entityId = QString::number(id);
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.clause = kClause;
    return AuditLog::record(db, actor, e);
}
} // namespace

// --- the rules (§2.8), pure --------------------------------------------------

bool IncidentService::lateNotice(IncidentKind kind, const QDateTime &startsAt,
                                 const QDateTime &noticedAt)
{
    if (kind != IncidentKind::Maintenance)
        return false; // an outage cannot be announced ahead
    // §2.8 Maintenance must be announced at least 24 hours before it starts.
    return !noticedAt.isValid() || noticedAt.secsTo(startsAt) < kNoticeSeconds;
}

bool IncidentService::lateNotice(const Incident &incident)
{
    return lateNotice(incident.kind, incident.startsAt, incident.noticedAt);
}

qint64 IncidentService::durationSeconds(const QDateTime &startsAt, const QDateTime &endsAt,
                                        const QDateTime &asOf)
{
    const QDateTime end = endsAt.isValid() ? endsAt : asOf;
    return std::max<qint64>(0, startsAt.secsTo(end));
}

bool IncidentService::providerLiable(IncidentCause cause, const QDateTime &startsAt,
                                     const QDateTime &endsAt, const QDateTime &asOf)
{
    // §2.8 Only the platform's own failure over 48 hours; carriers and attacks are best-effort.
    return cause == IncidentCause::Platform &&
           durationSeconds(startsAt, endsAt, asOf) > kLiableSeconds;
}

bool IncidentService::providerLiable(const Incident &incident, const QDateTime &asOf)
{
    return providerLiable(incident.cause, incident.startsAt, incident.endsAt, asOf);
}

bool IncidentService::disputeProviderLiable(bool incidentLiable, const QDateTime &startsAt,
                                            const QDateTime &endsAt, const QDate &raisedOn)
{
    if (!incidentLiable || !raisedOn.isValid() || raisedOn < startsAt.date())
        return false;
    // §2.8 Raised during the incident, or within the window after it ended.
    return !endsAt.isValid() || raisedOn <= endsAt.date().addDays(kDisputeWindowDays);
}

// --- recording ---------------------------------------------------------------

Status IncidentService::validate(const IncidentInput &input) const
{
    if (input.title.trimmed().isEmpty())
        return Error::rule(tr("Give the incident a title."));
    if (!input.startsAt.isValid())
        return Error::rule(
            tr("An incident needs the moment it started (UTC, e.g. 2026-03-10T08:00:00Z)."));
    if (input.endsAt.isValid() && input.endsAt <= input.startsAt)
        return Error::rule(tr("An incident must end after it starts."));
    if (input.kind == IncidentKind::Maintenance) {
        if (!input.endsAt.isValid())
            return Error::rule(tr("Planned maintenance needs its planned end."), kClause);
        if (!input.noticedAt.isValid() || input.channel == NoticeChannel::None)
            return Error::rule(tr("Planned maintenance needs the time agents were told and the "
                                  "channel: letter, fax, phone or email."),
                               kClause);
    }
    if (input.noticedAt.isValid() != (input.channel != NoticeChannel::None))
        return Error::rule(
            tr("A notice needs both its time and its channel: letter, fax, phone or email."),
            kClause);
    return {};
}

Status IncidentService::writeMaintenanceNotices(qint64 incidentId, const IncidentInput &input,
                                                const QVector<qint64> &agentIds)
{
    // §2.8 One maintenance notice per affected agent, dated the day it was given.
    const QString detail =
        QStringLiteral("incident %1: %2; %3..%4")
            .arg(incidentId)
            .arg(input.title.trimmed(), stamp(input.startsAt), stamp(input.endsAt));
    const QString sql = QStringLiteral(
        "INSERT INTO notices (notice_date, kind, number_id, recipient_agent_id, detail, created_at,"
        " incident_id) ");
    SqlQuery q(m_db,
               agentIds.isEmpty()
                   ? sql + QStringLiteral("SELECT :d, 'maintenance', NULL, a.id, :detail, :now, :i"
                                          " FROM agents a WHERE a.status IN ('active','supervised')"
                                          " ORDER BY a.id")
                   : sql +
                         QStringLiteral("VALUES (:d, 'maintenance', NULL, :a, :detail, :now, :i)"));
    const QString date = Dates::format(input.noticedAt.date());
    const QString now = Dates::nowTimestamp();
    if (agentIds.isEmpty()) {
        q.bind(QStringLiteral(":d"), date)
            .bind(QStringLiteral(":detail"), detail)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":i"), incidentId);
        return q.exec();
    }
    for (qint64 agentId : agentIds) {
        q.bind(QStringLiteral(":d"), date)
            .bind(QStringLiteral(":a"), agentId)
            .bind(QStringLiteral(":detail"), detail)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":i"), incidentId);
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Result<Incident> IncidentService::record(const Actor &actor, const IncidentInput &input)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record incidents."));
    if (Status s = validate(input); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();

    QVector<qint64> agentIds;
    QStringList codes;
    AgentService agents(m_db);
    for (const QString &uscc : input.agentUsccs) {
        Result<Agent> agent = agents.find(uscc);
        if (!agent)
            return agent.error();
        if (agentIds.contains(agent->id))
            continue;
        agentIds << agent->id;
        codes << agent->uscc;
    }

    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO incidents (kind, title, cause, starts_at, ends_at,"
                              " noticed_at, channel, description, created_at, created_by)"
                              " VALUES (:k, :t, :c, :s, :e, :n, :ch, :d, :now, :by) RETURNING id"));
    q.bind(QStringLiteral(":k"), incidentKindKey(input.kind))
        .bind(QStringLiteral(":t"), input.title.trimmed())
        .bind(QStringLiteral(":c"), incidentCauseKey(input.cause))
        .bind(QStringLiteral(":s"), Dates::timestamp(input.startsAt))
        .bind(QStringLiteral(":e"), stampOrNull(input.endsAt))
        .bind(QStringLiteral(":n"), stampOrNull(input.noticedAt))
        .bind(QStringLiteral(":ch"), input.channel == NoticeChannel::None
                                         ? QVariant()
                                         : QVariant(noticeChannelKey(input.channel)))
        .bind(QStringLiteral(":d"), input.description.trimmed())
        .bind(QStringLiteral(":now"), Dates::nowTimestamp())
        .bind(QStringLiteral(":by"), actor.userName);
    Result<QVariant> newId = q.scalar();
    if (!newId)
        return newId.error();
    const qint64 id = newId->toLongLong();

    SqlQuery link(m_db, QStringLiteral(
                            "INSERT INTO incident_agents (incident_id, agent_id) VALUES (:i, :a)"));
    for (qint64 agentId : agentIds) {
        link.bind(QStringLiteral(":i"), id).bind(QStringLiteral(":a"), agentId);
        if (Status s = link.exec(); !s)
            return s.error();
    }
    if (input.kind == IncidentKind::Maintenance) {
        if (Status s = writeMaintenanceNotices(id, input, agentIds); !s)
            return s.error();
    }

    const QString value =
        QStringLiteral("kind=%1; cause=%2; start=%3; end=%4; noticed=%5; channel=%6; agents=%7; "
                       "late_notice=%8; %9")
            .arg(incidentKindKey(input.kind), incidentCauseKey(input.cause), stamp(input.startsAt),
                 stamp(input.endsAt), stamp(input.noticedAt), noticeChannelKey(input.channel),
                 codes.isEmpty() ? QStringLiteral("all") : codes.join(QLatin1Char(',')),
                 lateNotice(input.kind, input.startsAt, input.noticedAt) ? QStringLiteral("yes")
                                                                         : QStringLiteral("no"),
                 input.title.trimmed());
    if (Status s = audit(m_db, actor, QStringLiteral("incident.record"), QStringLiteral("incident"),
                         id, {}, value);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(id);
}

Result<Incident> IncidentService::close(const Actor &actor, qint64 id, const QDateTime &endsAt)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record incidents."));
    if (!endsAt.isValid())
        return Error::rule(
            tr("Closing an incident needs the moment it ended (UTC, e.g. 2026-03-10T08:00:00Z)."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Incident> incident = find(id);
    if (!incident)
        return incident.error();
    if (!incident->ongoing())
        return Error::rule(
            tr("Incident %1 already ended at %2.").arg(id).arg(stamp(incident->endsAt)));
    if (endsAt <= incident->startsAt)
        return Error::rule(tr("An incident must end after it starts."));

    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE incidents SET ends_at = :e WHERE id = :i AND ends_at IS NULL"));
    q.bind(QStringLiteral(":e"), Dates::timestamp(endsAt)).bind(QStringLiteral(":i"), id);
    if (Status s = q.exec(); !s)
        return s.error();

    // Its length is known now: every dispute's liability follows from it (§2.8).
    const bool liable = providerLiable(incident->cause, incident->startsAt, endsAt);
    Result<QVector<Dispute>> list = disputes(id);
    if (!list)
        return list.error();
    SqlQuery set(m_db, QStringLiteral("UPDATE disputes SET provider_liable = :l WHERE id = :d"));
    for (const Dispute &d : list.value()) {
        const bool now = disputeProviderLiable(liable, incident->startsAt, endsAt, d.raisedOn);
        if (now == d.providerLiable)
            continue;
        set.bind(QStringLiteral(":l"), now ? 1 : 0).bind(QStringLiteral(":d"), d.id);
        if (Status s = set.exec(); !s)
            return s.error();
    }

    if (Status s = audit(m_db, actor, QStringLiteral("incident.close"), QStringLiteral("incident"),
                         id, QStringLiteral("end="),
                         QStringLiteral("end=%1; provider_liable=%2")
                             .arg(Dates::timestamp(endsAt),
                                  liable ? QStringLiteral("yes") : QStringLiteral("no")));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(id);
}

Result<Incident> IncidentService::find(qint64 id)
{
    Incident incident;
    {
        SqlQuery q(m_db, kIncidentSelect + QStringLiteral(" WHERE i.id = :i"));
        q.bind(QStringLiteral(":i"), id);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error::notFound(tr("There is no incident %1.").arg(id));
        incident = incidentFrom(q);
        q.finish();
    }
    SqlQuery a(m_db, QStringLiteral(
                         "SELECT a.uscc FROM incident_agents x JOIN agents a ON a.id = x.agent_id"
                         " WHERE x.incident_id = :i ORDER BY a.uscc"));
    a.bind(QStringLiteral(":i"), id);
    if (Status s = a.exec(); !s)
        return s.error();
    while (a.next())
        incident.agentUsccs << a.value(0).toString();
    return incident;
}

Result<QVector<Incident>> IncidentService::list()
{
    QVector<qint64> ids;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id FROM incidents ORDER BY starts_at DESC, id DESC"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            ids << q.value(0).toLongLong();
        if (const QSqlError error = q.raw().lastError(); error.isValid())
            return m_db.errorFor(error, QStringLiteral("incidents"));
    }
    QVector<Incident> incidents;
    incidents.reserve(ids.size());
    for (qint64 id : ids) {
        Result<Incident> i = find(id);
        if (!i)
            return i.error();
        incidents << i.value();
    }
    return incidents;
}

// --- disputes ------------------------------------------------------------------

Result<Dispute> IncidentService::recordDispute(const Actor &actor, qint64 incidentId,
                                               const QString &customerUscc, const QDate &raisedOn,
                                               const QString &description)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record disputes."));
    if (!raisedOn.isValid())
        return Error::rule(tr("A dispute needs the day it was raised."));
    if (description.trimmed().isEmpty())
        return Error::rule(tr("Describe the dispute."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Incident> incident = find(incidentId);
    if (!incident)
        return incident.error();
    if (raisedOn < incident->startsAt.date())
        return Error::rule(
            tr("A dispute raised on %1 cannot come from incident %2, which started on %3.")
                .arg(Dates::format(raisedOn))
                .arg(incidentId)
                .arg(Dates::format(incident->startsAt.date())),
            kClause);
    Result<Customer> customer = CustomerService(m_db).find(customerUscc);
    if (!customer)
        return customer.error();

    const bool liable = disputeProviderLiable(providerLiable(incident.value()), incident->startsAt,
                                              incident->endsAt, raisedOn);
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO disputes (incident_id, customer_id, raised_on, description,"
                         " provider_liable, created_at) VALUES (:i, :c, :r, :d, :l, :now)"
                         " RETURNING id"));
    q.bind(QStringLiteral(":i"), incidentId)
        .bind(QStringLiteral(":c"), customer->id)
        .bind(QStringLiteral(":r"), Dates::format(raisedOn))
        .bind(QStringLiteral(":d"), description.trimmed())
        .bind(QStringLiteral(":l"), liable ? 1 : 0)
        .bind(QStringLiteral(":now"), Dates::nowTimestamp());
    Result<QVariant> newId = q.scalar();
    if (!newId)
        return newId.error();
    const qint64 id = newId->toLongLong();
    if (Status s = audit(
            m_db, actor, QStringLiteral("dispute.record"), QStringLiteral("dispute"), id, {},
            QStringLiteral("incident=%1; customer=%2; raised=%3; provider_liable=%4; %5")
                .arg(incidentId)
                .arg(customer->uscc, Dates::format(raisedOn),
                     liable ? QStringLiteral("yes") : QStringLiteral("no"), description.trimmed()));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    SqlQuery read(m_db, kDisputeSelect + QStringLiteral(" WHERE d.id = :i"));
    read.bind(QStringLiteral(":i"), id);
    if (Status s = read.exec(); !s)
        return s.error();
    if (!read.next())
        return Error::notFound(tr("There is no dispute %1.").arg(id));
    return disputeFrom(read);
}

Result<QVector<Dispute>> IncidentService::disputes(qint64 incidentId)
{
    SqlQuery q(m_db, kDisputeSelect +
                         QStringLiteral(" WHERE d.incident_id = :i ORDER BY d.raised_on, d.id"));
    q.bind(QStringLiteral(":i"), incidentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Dispute> list;
    while (q.next())
        list << disputeFrom(q);
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return m_db.errorFor(error, QStringLiteral("disputes"));
    return list;
}

} // namespace cd
