#include "QuarterlyEvaluation.h"

#include "agents/AgentService.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

namespace cd {

bool Quarter::parse(const QString &text, Quarter *quarter)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[Qq]([1-4])$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    quarter->year = m.captured(1).toInt();
    quarter->number = m.captured(2).toInt();
    return true;
}

QString Quarter::key() const
{
    return QStringLiteral("%1Q%2").arg(year).arg(number);
}

QDate Quarter::first() const
{
    return QDate(year, (number - 1) * 3 + 1, 1);
}

QDate Quarter::last() const
{
    return first().addMonths(3).addDays(-1);
}

Quarter Quarter::containing(const QDate &date)
{
    return Quarter{date.year(), (date.month() - 1) / 3 + 1};
}

Quarter Quarter::next() const
{
    return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1};
}

QString proposalStatusKey(ProposalStatus s)
{
    switch (s) {
    case ProposalStatus::None:
        return QStringLiteral("none");
    case ProposalStatus::Proposed:
        return QStringLiteral("proposed");
    case ProposalStatus::Approved:
        return QStringLiteral("approved");
    case ProposalStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

namespace {
ProposalStatus statusFrom(const QString &key)
{
    for (ProposalStatus s : {ProposalStatus::None, ProposalStatus::Proposed, ProposalStatus::Approved,
                             ProposalStatus::Declined}) {
        if (proposalStatusKey(s) == key)
            return s;
    }
    return ProposalStatus::None;
}
} // namespace

Result<QVector<Performance>> QuarterlyEvaluation::evaluate(const Actor &actor, const Quarter &quarter)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not run the quarterly evaluation."));
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QVector<AgentCompletion>> rows = completions(quarter);
    if (!rows)
        return rows.error();

    AgentService agentService(m_db);
    // One statement for every agent: decided lines keep their decision, open
    // ones are recomputed.
    SqlQuery up(m_db, QStringLiteral(
                          "INSERT INTO tier_proposals (quarter, agent_id, task, activations, completion_pct,"
                          " tier, proposed_tier, status, evaluated_at) VALUES (:quarter, :a, :task, :act,"
                          " :pct, :tier, :proposed, :status, :now)"
                          " ON CONFLICT (quarter, agent_id) DO UPDATE SET task = excluded.task,"
                          " activations = excluded.activations, completion_pct = excluded.completion_pct,"
                          " tier = excluded.tier, proposed_tier = excluded.proposed_tier,"
                          " status = excluded.status, evaluated_at = excluded.evaluated_at"
                          " WHERE tier_proposals.status IN ('none','proposed')"));
    int proposals = 0;
    for (const AgentCompletion &row : std::as_const(*rows)) {
        Result<Tier> tier = agentService.tierOn(row.agentId, quarter.last());
        if (!tier)
            return tier.error();

        Tier above = *tier;
        const bool propose =
            row.reachesPromotion(params->promotionThresholdPercent) && tierAbove(*tier, &above);
        proposals += propose ? 1 : 0;

        up.bind(QStringLiteral(":quarter"), quarter.key())
            .bind(QStringLiteral(":a"), row.agentId)
            .bind(QStringLiteral(":task"), row.contractFound ? QVariant(row.task) : QVariant())
            .bind(QStringLiteral(":act"), row.activations)
            .bind(QStringLiteral(":pct"), row.hasTask ? QVariant(row.completionPercent) : QVariant())
            .bind(QStringLiteral(":tier"), tierKey(*tier))
            .bind(QStringLiteral(":proposed"), propose ? QVariant(tierKey(above)) : QVariant())
            .bind(QStringLiteral(":status"), propose ? QStringLiteral("proposed") : QStringLiteral("none"))
            .bind(QStringLiteral(":now"), Dates::nowTimestamp());
        if (Status s = up.exec(); !s)
            return s.error();
    }
    AuditEntry e;
    e.action = QStringLiteral("evaluation.run");
    e.entity = QStringLiteral("quarter");
    e.entityId = quarter.key();
    e.newValue = QStringLiteral("%1 agents; %2 proposals; threshold %3%")
                     .arg(rows->size())
                     .arg(proposals)
                     .arg(params->promotionThresholdPercent);
    e.clause = QStringLiteral("§2.4");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return results(quarter);
}

Result<QVector<AgentCompletion>> QuarterlyEvaluation::completions(const Quarter &quarter)
{
    // One statement: working agents and any agent whose non-draft contract ran
    // during the quarter; the task of its non-draft contract of the year for
    // the quarter, the latest starting one; activations in the quarter by it
    // and by its sub-agents (numbers_agent_activated). The contracts are read
    // once (the partial indexes on contracts do not serve status <> 'draft'):
    // a lookup per agent would scan them for each of thousands of agents.
    SqlQuery q(m_db, QStringLiteral(
                         "WITH ranked AS (SELECT agent_id, CASE :q WHEN 1 THEN task_q1 WHEN 2 THEN task_q2"
                         "  WHEN 3 THEN task_q3 ELSE task_q4 END AS task,"
                         "  ROW_NUMBER() OVER (PARTITION BY agent_id ORDER BY start_date DESC, id DESC) AS r"
                         "  FROM contracts WHERE year = :year AND status <> 'draft'"
                         "  AND start_date <= :last AND end_date >= :first),"
                         " task AS (SELECT agent_id, task FROM ranked WHERE r = 1),"
                         " running AS (SELECT agent_id FROM contracts WHERE status <> 'draft'"
                         "  AND start_date <= :last AND end_date >= :first)"
                         " SELECT a.id, a.uscc, a.name, a.level, t.task,"
                         " (SELECT COUNT(*) FROM numbers n WHERE n.agent_id = a.id"
                         "  AND n.activated_on >= :first AND n.activated_on <= :last)"
                         " + (SELECT COUNT(*) FROM agents s JOIN numbers n ON n.agent_id = s.id"
                         "  WHERE s.parent_id = a.id AND n.activated_on >= :first AND n.activated_on <= :last)"
                         " FROM agents a LEFT JOIN task t ON t.agent_id = a.id"
                         " WHERE a.status IN ('active','supervised') OR a.id IN (SELECT agent_id FROM running)"
                         " ORDER BY a.level, a.name"));
    q.bind(QStringLiteral(":q"), quarter.number)
        .bind(QStringLiteral(":year"), quarter.year)
        .bind(QStringLiteral(":first"), Dates::format(quarter.first()))
        .bind(QStringLiteral(":last"), Dates::format(quarter.last()));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<AgentCompletion> out;
    while (q.next()) {
        AgentCompletion c;
        c.agentId = q.value(0).toLongLong();
        c.agentUscc = q.value(1).toString();
        c.agentName = q.value(2).toString();
        c.level = q.value(3).toInt();
        const QVariant task = q.value(4);
        c.contractFound = !task.isNull();
        c.task = task.isNull() ? 0 : task.toInt();
        c.hasTask = !task.isNull() && c.task > 0;
        c.activations = q.value(5).toInt();
        c.hasCompletion = c.hasTask;
        c.completionPercent = c.hasTask ? int(qint64(c.activations) * 100 / c.task) : 0;
        out.append(c);
    }
    return out;
}

Result<QVector<Performance>> QuarterlyEvaluation::results(const Quarter &quarter)
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT t.id, t.agent_id, a.uscc, a.name, a.level, t.task, t.activations,"
                         " t.completion_pct, t.tier, t.proposed_tier, t.status, t.effective_from"
                         " FROM tier_proposals t JOIN agents a ON a.id = t.agent_id WHERE t.quarter = :q"
                         " ORDER BY a.level, a.name"));
    q.bind(QStringLiteral(":q"), quarter.key());
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Performance> out;
    while (q.next()) {
        Performance p;
        p.proposalId = q.value(0).toLongLong();
        p.quarter = quarter;
        p.agentId = q.value(1).toLongLong();
        p.agentUscc = q.value(2).toString();
        p.agentName = q.value(3).toString();
        p.level = q.value(4).toInt();
        p.hasTask = !q.value(5).isNull() && q.value(5).toInt() > 0;
        p.task = q.value(5).toInt();
        p.activations = q.value(6).toInt();
        p.hasCompletion = !q.value(7).isNull();
        p.completionPercent = q.value(7).toInt();
        tierFromKey(q.value(8).toString(), &p.tier);
        p.hasProposal = !q.value(9).isNull();
        if (p.hasProposal)
            tierFromKey(q.value(9).toString(), &p.proposedTier);
        p.status = statusFrom(q.value(10).toString());
        p.effectiveFrom = Dates::parse(q.value(11).toString());
        out.append(p);
    }
    return out;
}

Status QuarterlyEvaluation::decide(const Actor &actor, qint64 proposalId, bool approve, const QDate &today)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not decide tier proposals."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    SqlQuery q(m_db, QStringLiteral("SELECT t.quarter, t.agent_id, t.proposed_tier, t.status, a.uscc, a.tier"
                                    " FROM tier_proposals t JOIN agents a ON a.id = t.agent_id WHERE t.id = :id"));
    q.bind(QStringLiteral(":id"), proposalId);
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error::notFound(tr("There is no tier proposal %1.").arg(proposalId));
    Quarter quarter;
    Quarter::parse(q.value(0).toString(), &quarter);
    const qint64 agentId = q.value(1).toLongLong();
    Tier proposed;
    const bool has = tierFromKey(q.value(2).toString(), &proposed);
    const QString status = q.value(3).toString();
    const QString uscc = q.value(4).toString();
    Tier current;
    tierFromKey(q.value(5).toString(), &current);
    q.finish();
    if (!has || status != QLatin1String("proposed"))
        return Error::rule(tr("Proposal %1 is not open for a decision.").arg(proposalId), QStringLiteral("§2.4"));

    const QDate from = quarter.next().first();
    if (approve) {
        // §2.4 Promotion only: a tier never goes down through an evaluation.
        if (int(proposed) <= int(current))
            return Error::rule(tr("%1 is already at %2; the proposal is no longer a promotion.")
                                   .arg(uscc, tierDisplayName(current)),
                               QStringLiteral("§2.4"));
        SqlQuery t(m_db, QStringLiteral("INSERT INTO agent_tiers (agent_id, tier, effective_from, reason, clause)"
                                        " VALUES (:a, :t, :f, :r, '§2.4')"));
        t.bind(QStringLiteral(":a"), agentId)
            .bind(QStringLiteral(":t"), tierKey(proposed))
            .bind(QStringLiteral(":f"), Dates::format(from))
            .bind(QStringLiteral(":r"), QStringLiteral("quarterly evaluation %1").arg(quarter.key()));
        if (Status s = t.exec(); !s)
            return s;
        SqlQuery u(m_db, QStringLiteral("UPDATE agents SET tier = :t WHERE id = :a"));
        u.bind(QStringLiteral(":t"), tierKey(proposed)).bind(QStringLiteral(":a"), agentId);
        if (Status s = u.exec(); !s)
            return s;
    }
    SqlQuery d(m_db, QStringLiteral("UPDATE tier_proposals SET status = :s, decided_by = :by, decided_on = :on,"
                                    " effective_from = :f WHERE id = :id"));
    d.bind(QStringLiteral(":s"), approve ? QStringLiteral("approved") : QStringLiteral("declined"))
        .bind(QStringLiteral(":by"), actor.userName)
        .bind(QStringLiteral(":on"), Dates::format(today))
        .bind(QStringLiteral(":f"), approve ? QVariant(Dates::format(from)) : QVariant())
        .bind(QStringLiteral(":id"), proposalId);
    if (Status s = d.exec(); !s)
        return s;
    AuditEntry e;
    e.action = approve ? QStringLiteral("tier.approve") : QStringLiteral("tier.decline");
    e.entity = QStringLiteral("agent");
    e.entityId = uscc;
    e.oldValue = tierKey(current);
    e.newValue = approve ? QStringLiteral("%1 from %2 (%3)").arg(tierKey(proposed), Dates::format(from), quarter.key())
                         : QStringLiteral("declined %1 (%2)").arg(tierKey(proposed), quarter.key());
    e.clause = QStringLiteral("§2.4");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s;
    return tx.commit();
}

Status QuarterlyEvaluation::approve(const Actor &actor, qint64 proposalId, const QDate &today)
{
    return decide(actor, proposalId, true, today);
}

Status QuarterlyEvaluation::decline(const Actor &actor, qint64 proposalId, const QDate &today)
{
    return decide(actor, proposalId, false, today);
}

} // namespace cd
