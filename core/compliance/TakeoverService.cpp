#include "TakeoverService.h"

#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QSet>

namespace cd {

QString takeoverGroundsKey(TakeoverGrounds g)
{
    switch (g) {
    case TakeoverGrounds::CannotServe:
        return QStringLiteral("cannot_serve");
    case TakeoverGrounds::AfterReminder:
        return QStringLiteral("after_reminder");
    case TakeoverGrounds::BreachOfLaw:
        return QStringLiteral("breach_of_law");
    }
    return {};
}

bool takeoverGroundsFromKey(const QString &key, TakeoverGrounds *g)
{
    for (TakeoverGrounds x : {TakeoverGrounds::CannotServe, TakeoverGrounds::AfterReminder,
                              TakeoverGrounds::BreachOfLaw}) {
        if (takeoverGroundsKey(x) == key) {
            *g = x;
            return true;
        }
    }
    return false;
}

QString takeoverGroundsDisplayName(TakeoverGrounds g)
{
    switch (g) {
    case TakeoverGrounds::CannotServe:
        return QCoreApplication::translate("cd::TakeoverGrounds",
                                           "The agent cannot serve its customers (unreachable, out of business)");
    case TakeoverGrounds::AfterReminder:
        return QCoreApplication::translate("cd::TakeoverGrounds",
                                           "The terminated agent stopped serving and did not correct it after a reminder");
    case TakeoverGrounds::BreachOfLaw:
        return QCoreApplication::translate("cd::TakeoverGrounds", "The terminated agent broke the law");
    }
    return {};
}

namespace {
QString clauseFor(TakeoverGrounds g)
{
    return g == TakeoverGrounds::CannotServe ? QStringLiteral("§2.3") : QStringLiteral("§9.6");
}
} // namespace

Result<TakeoverReminder> TakeoverService::remind(const Actor &actor, const QString &agentUscc,
                                                 const QDate &sentOn, const QString &note)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record takeovers."));
    if (!sentOn.isValid())
        return Error::rule(tr("A reminder needs the date it was sent."), QStringLiteral("§9.6"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Agent> agent = AgentService(m_db).find(agentUscc);
    if (!agent)
        return agent.error();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO takeover_reminders (agent_id, sent_on, note)"
                                    " VALUES (:a, :d, :n) RETURNING id"));
    q.bind(QStringLiteral(":a"), agent->id)
        .bind(QStringLiteral(":d"), Dates::format(sentOn))
        .bind(QStringLiteral(":n"), note.trimmed());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    AuditEntry e;
    e.action = QStringLiteral("takeover.remind");
    e.entity = QStringLiteral("agent");
    e.entityId = agent->uscc;
    e.newValue = QStringLiteral("reminder %1 sent %2; %3").arg(id->toString(), Dates::format(sentOn), note.trimmed());
    e.clause = QStringLiteral("§9.6");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    TakeoverReminder r;
    r.id = id->toLongLong();
    r.agentId = agent->id;
    r.sentOn = sentOn;
    r.note = note.trimmed();
    return r;
}

Status TakeoverService::markCorrected(const Actor &actor, qint64 reminderId, const QDate &on)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record takeovers."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("UPDATE takeover_reminders SET corrected_on = :d"
                                    " WHERE id = :id AND corrected_on IS NULL AND sent_on <= :d"));
    q.bind(QStringLiteral(":d"), Dates::format(on)).bind(QStringLiteral(":id"), reminderId);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(tr("There is no open reminder %1 sent on or before %2.")
                                   .arg(reminderId)
                                   .arg(Dates::format(on)));
    AuditEntry e;
    e.action = QStringLiteral("takeover.corrected");
    e.entity = QStringLiteral("takeover_reminder");
    e.entityId = QString::number(reminderId);
    e.newValue = QStringLiteral("corrected %1").arg(Dates::format(on));
    e.clause = QStringLiteral("§9.6");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s;
    return tx.commit();
}

Result<QVector<TakeoverReminder>> TakeoverService::reminders(qint64 agentId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, sent_on, note, corrected_on FROM takeover_reminders"
                                    " WHERE agent_id = :a ORDER BY sent_on DESC, id DESC"));
    q.bind(QStringLiteral(":a"), agentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<TakeoverReminder> out;
    while (q.next()) {
        TakeoverReminder r;
        r.id = q.value(0).toLongLong();
        r.agentId = agentId;
        r.sentOn = Dates::parse(q.value(1).toString());
        r.note = q.value(2).toString();
        r.correctedOn = Dates::parse(q.value(3).toString());
        out.append(r);
    }
    return out;
}

Result<QString> TakeoverService::check(const QString &agentUscc, TakeoverGrounds grounds, const QDate &date)
{
    const QString clause = clauseFor(grounds);
    if (!date.isValid())
        return Error::rule(tr("A takeover needs its date."), clause);
    Result<Agent> agent = AgentService(m_db).find(agentUscc);
    if (!agent)
        return agent.error();
    switch (grounds) {
    case TakeoverGrounds::CannotServe:
        // §2.3 At once, for any agent that cannot serve.
        return tr("The provider takes over at once because %1 cannot serve its customers.")
            .arg(agent->name);
    case TakeoverGrounds::BreachOfLaw:
        if (agent->status != AgentStatus::Terminated)
            return Error::rule(tr("%1 is not terminated; a breach of law by a working agent is handled "
                                  "as a violation, or use \"cannot serve\".")
                                   .arg(agent->name),
                               clause);
        return tr("The provider takes over at once because the terminated agent %1 broke the law.")
            .arg(agent->name);
    case TakeoverGrounds::AfterReminder: {
        if (agent->status != AgentStatus::Terminated)
            return Error::rule(tr("%1 is not terminated; the reminder procedure applies to terminated "
                                  "agents only.")
                                   .arg(agent->name),
                               clause);
        Result<BusinessParameters> params = Parameters(m_db).load();
        if (!params)
            return params.error();
        Result<QVector<TakeoverReminder>> all = reminders(agent->id);
        if (!all)
            return all.error();
        QDate earliestAllowed;
        for (const TakeoverReminder &r : *all) {
            if (r.correctedOn.isValid() || r.sentOn > date)
                continue;
            const QDate allowed = r.sentOn.addDays(params->takeoverWaitDays);
            if (allowed <= date)
                return tr("The reminder of %1 went unanswered for %2 days; the provider may take over.")
                    .arg(Dates::format(r.sentOn))
                    .arg(r.sentOn.daysTo(date));
            if (!earliestAllowed.isValid() || allowed < earliestAllowed)
                earliestAllowed = allowed;
        }
        if (earliestAllowed.isValid())
            return Error::rule(tr("The reminder to %1 has not yet waited %2 days; a takeover is allowed "
                                  "from %3.")
                                   .arg(agent->name)
                                   .arg(params->takeoverWaitDays)
                                   .arg(Dates::format(earliestAllowed)),
                               clause);
        return Error::rule(tr("No open reminder to %1 is on record; send one and wait %2 days first.")
                               .arg(agent->name)
                               .arg(params->takeoverWaitDays),
                           clause);
    }
    }
    return Error::rule(tr("Unknown grounds."), clause);
}

Result<Takeover> TakeoverService::takeOver(const Actor &actor, const QString &agentUscc,
                                           TakeoverGrounds grounds, const QString &reason,
                                           const QDate &date, const QStringList &customerUsccs)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record takeovers."));
    const QString clause = clauseFor(grounds);
    if (reason.trimmed().isEmpty())
        return Error::rule(tr("A takeover needs its reason on record."), clause);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QString> allowed = check(agentUscc, grounds, date);
    if (!allowed)
        return allowed.error();
    Result<Agent> agent = AgentService(m_db).find(agentUscc);
    if (!agent)
        return agent.error();

    // The customers the agent still serves.
    SqlQuery served(m_db, QStringLiteral("SELECT id, uscc FROM customers WHERE agent_id = :a"
                                         " AND taken_over_on IS NULL ORDER BY id"));
    served.bind(QStringLiteral(":a"), agent->id);
    if (Status s = served.exec(); !s)
        return s.error();
    QVector<QPair<qint64, QString>> customers;
    while (served.next())
        customers.append({served.value(0).toLongLong(), served.value(1).toString()});
    served.finish();
    if (!customerUsccs.isEmpty()) {
        QSet<QString> wanted;
        for (const QString &c : customerUsccs)
            wanted.insert(Uscc::normalise(c));
        QVector<QPair<qint64, QString>> chosen;
        for (const auto &c : customers) {
            if (wanted.remove(c.second))
                chosen.append(c);
        }
        if (!wanted.isEmpty()) {
            QStringList missing = wanted.values();
            missing.sort();
            return Error::rule(tr("%1 does not serve these customers: %2.")
                                   .arg(agent->name, missing.join(QStringLiteral(", "))),
                               clause);
        }
        customers = chosen;
    }
    if (customers.isEmpty())
        return Error::rule(tr("%1 serves no customers that could be taken over.").arg(agent->name), clause);

    SqlQuery ins(m_db, QStringLiteral("INSERT INTO takeovers (agent_id, taken_on, grounds, reason, clause,"
                                      " reminder_id) VALUES (:a, :d, :g, :r, :c,"
                                      " (SELECT id FROM takeover_reminders WHERE agent_id = :a"
                                      "  AND corrected_on IS NULL AND sent_on <= :d AND :g = 'after_reminder'"
                                      "  ORDER BY sent_on LIMIT 1)) RETURNING id"));
    ins.bind(QStringLiteral(":a"), agent->id)
        .bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":g"), takeoverGroundsKey(grounds))
        .bind(QStringLiteral(":r"), reason.trimmed())
        .bind(QStringLiteral(":c"), clause);
    Result<QVariant> id = ins.scalar();
    if (!id)
        return id.error();
    for (const auto &c : customers) {
        SqlQuery u(m_db, QStringLiteral("UPDATE customers SET taken_over_on = :d, takeover_id = :t"
                                        " WHERE id = :id"));
        u.bind(QStringLiteral(":d"), Dates::format(date))
            .bind(QStringLiteral(":t"), *id)
            .bind(QStringLiteral(":id"), c.first);
        if (Status s = u.exec(); !s)
            return s.error();
        AuditEntry e;
        e.action = QStringLiteral("customer.service_owner");
        e.entity = QStringLiteral("customer");
        e.entityId = c.second;
        e.oldValue = agent->uscc;
        e.newValue = QStringLiteral("provider");
        e.clause = clause;
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s.error();
    }
    AuditEntry e;
    e.action = QStringLiteral("takeover");
    e.entity = QStringLiteral("agent");
    e.entityId = agent->uscc;
    e.newValue = QStringLiteral("%1 customers; grounds=%2; %3")
                     .arg(customers.size())
                     .arg(takeoverGroundsKey(grounds), reason.trimmed());
    e.clause = clause;
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Takeover t;
    t.id = id->toLongLong();
    t.agentId = agent->id;
    t.takenOn = date;
    t.grounds = grounds;
    t.reason = reason.trimmed();
    t.clause = clause;
    t.customers = int(customers.size());
    return t;
}

Result<QVector<Takeover>> TakeoverService::takeovers(qint64 agentId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, t.taken_on, t.grounds, t.reason, t.clause,"
                                    " (SELECT COUNT(*) FROM customers c WHERE c.takeover_id = t.id)"
                                    " FROM takeovers t WHERE t.agent_id = :a ORDER BY t.taken_on DESC"));
    q.bind(QStringLiteral(":a"), agentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Takeover> out;
    while (q.next()) {
        Takeover t;
        t.id = q.value(0).toLongLong();
        t.agentId = agentId;
        t.takenOn = Dates::parse(q.value(1).toString());
        takeoverGroundsFromKey(q.value(2).toString(), &t.grounds);
        t.reason = q.value(3).toString();
        t.clause = q.value(4).toString();
        t.customers = q.value(5).toInt();
        out.append(t);
    }
    return out;
}

} // namespace cd
