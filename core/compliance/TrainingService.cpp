#include "TrainingService.h"

#include "agents/AgentService.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace cd {

Result<TrainingSession> TrainingService::addSession(const Actor &actor, const QDate &heldOn,
                                                    const QString &topic, const QString &trainer)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record training."));
    if (!heldOn.isValid())
        return Error::rule(tr("A training session needs its date."), QStringLiteral("§2.7"));
    if (topic.trimmed().isEmpty())
        return Error::rule(tr("A training session needs a topic."), QStringLiteral("§2.7"));
    if (trainer.trimmed().isEmpty())
        return Error::rule(tr("A training session needs a trainer."), QStringLiteral("§2.7"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO training_sessions (held_on, topic, trainer)"
                                    " VALUES (:d, :t, :r) RETURNING id"));
    q.bind(QStringLiteral(":d"), Dates::format(heldOn))
        .bind(QStringLiteral(":t"), topic.trimmed())
        .bind(QStringLiteral(":r"), trainer.trimmed());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    AuditEntry e;
    e.action = QStringLiteral("training.session");
    e.entity = QStringLiteral("training");
    e.entityId = id->toString();
    e.newValue = QStringLiteral("%1; %2; %3").arg(Dates::format(heldOn), topic.trimmed(), trainer.trimmed());
    e.clause = QStringLiteral("§2.7");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    TrainingSession t;
    t.id = id->toLongLong();
    t.heldOn = heldOn;
    t.topic = topic.trimmed();
    t.trainer = trainer.trimmed();
    return t;
}

Status TrainingService::recordAttendance(const Actor &actor, qint64 sessionId,
                                         const QStringList &agentUsccs)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record training."));
    if (agentUsccs.isEmpty())
        return Error::rule(tr("Name at least one agent that attended."), QStringLiteral("§2.7"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM training_sessions WHERE id = :id"));
    exists.bind(QStringLiteral(":id"), sessionId);
    Result<QVariant> n = exists.scalar();
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error::notFound(tr("There is no training session %1.").arg(sessionId));
    AgentService agents(m_db);
    for (const QString &code : agentUsccs) {
        Result<Agent> agent = agents.find(code);
        if (!agent)
            return agent.error();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO training_attendance (session_id, agent_id)"
                                        " VALUES (:s, :a) ON CONFLICT DO NOTHING"));
        q.bind(QStringLiteral(":s"), sessionId).bind(QStringLiteral(":a"), agent->id);
        if (Status s = q.exec(); !s)
            return s;
        if (q.numRowsAffected() > 0) {
            AuditEntry e;
            e.action = QStringLiteral("training.attend");
            e.entity = QStringLiteral("agent");
            e.entityId = agent->uscc;
            e.newValue = QStringLiteral("session %1").arg(sessionId);
            e.clause = QStringLiteral("§2.7");
            if (Status s = AuditLog::record(m_db, actor, e); !s)
                return s;
        }
    }
    return tx.commit();
}

namespace {
Result<QVector<TrainingSession>> sessionsWhere(Database &db, const QString &where, qint64 agentId)
{
    SqlQuery q(db, QStringLiteral("SELECT s.id, s.held_on, s.topic, s.trainer,"
                                  " (SELECT COUNT(*) FROM training_attendance x WHERE x.session_id = s.id)"
                                  " FROM training_sessions s ")
                       + where + QStringLiteral(" ORDER BY s.held_on DESC, s.id DESC"));
    if (agentId)
        q.bind(QStringLiteral(":a"), agentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<TrainingSession> out;
    while (q.next()) {
        TrainingSession t;
        t.id = q.value(0).toLongLong();
        t.heldOn = Dates::parse(q.value(1).toString());
        t.topic = q.value(2).toString();
        t.trainer = q.value(3).toString();
        t.attendees = q.value(4).toInt();
        out.append(t);
    }
    return out;
}
} // namespace

Result<QVector<TrainingSession>> TrainingService::sessions()
{
    return sessionsWhere(m_db, QString(), 0);
}

Result<QVector<TrainingSession>> TrainingService::sessionsOf(qint64 agentId)
{
    return sessionsWhere(m_db,
                         QStringLiteral("WHERE s.id IN (SELECT session_id FROM training_attendance"
                                        " WHERE agent_id = :a)"),
                         agentId);
}

Result<QStringList> TrainingService::attendees(qint64 sessionId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.uscc FROM training_attendance x JOIN agents a"
                                    " ON a.id = x.agent_id WHERE x.session_id = :s ORDER BY a.name"));
    q.bind(QStringLiteral(":s"), sessionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QVector<TrainingDue>> TrainingService::untrained(const QDate &asOf, bool includeNotYetDue)
{
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    // §2.7 Signed agents (a contract that took effect) with no session attended
    // within the due days of their first contract's start.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT a.id, a.uscc, a.name, f.first_start FROM agents a"
                         " JOIN (SELECT agent_id, MIN(start_date) AS first_start FROM contracts"
                         "       WHERE status <> 'draft' GROUP BY agent_id) f ON f.agent_id = a.id"
                         " WHERE a.status <> 'terminated' AND f.first_start <= :asof"
                         " ORDER BY f.first_start, a.name"));
    q.bind(QStringLiteral(":asof"), Dates::format(asOf));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<TrainingDue> candidates;
    while (q.next()) {
        TrainingDue d;
        d.agentId = q.value(0).toLongLong();
        d.agentUscc = q.value(1).toString();
        d.agentName = q.value(2).toString();
        d.firstContractStart = Dates::parse(q.value(3).toString());
        d.dueBy = d.firstContractStart.addDays(params->trainingDueDays);
        candidates.append(d);
    }
    q.finish();
    QVector<TrainingDue> out;
    for (TrainingDue d : candidates) {
        // Listed until the agent has been trained: a late session ends the listing.
        SqlQuery t(m_db, QStringLiteral("SELECT COUNT(*) FROM training_attendance x"
                                        " JOIN training_sessions s ON s.id = x.session_id"
                                        " WHERE x.agent_id = :a AND s.held_on <= :asof"));
        t.bind(QStringLiteral(":a"), d.agentId).bind(QStringLiteral(":asof"), Dates::format(asOf));
        Result<QVariant> n = t.scalar();
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            continue;
        d.overdue = asOf > d.dueBy;
        if (d.overdue || includeNotYetDue)
            out.append(d);
    }
    return out;
}

} // namespace cd
