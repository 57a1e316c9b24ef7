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
    const QString first = Dates::format(quarter.first());
    const QString last = Dates::format(quarter.last());

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Working agents, and any agent whose contract ran during the quarter.
    SqlQuery agents(m_db, QStringLiteral(
                              "SELECT a.id, a.level,"
                              " (SELECT CASE :q WHEN 1 THEN c.task_q1 WHEN 2 THEN c.task_q2"
                              "   WHEN 3 THEN c.task_q3 ELSE c.task_q4 END FROM contracts c"
                              "  WHERE c.agent_id = a.id AND c.year = :year AND c.status <> 'draft'"
                              "  AND c.start_date <= :last AND c.end_date >= :first"
                              "  ORDER BY c.start_date DESC LIMIT 1)"
                              " FROM agents a WHERE a.status IN ('active','supervised') OR EXISTS"
                              " (SELECT 1 FROM contracts c WHERE c.agent_id = a.id AND c.status <> 'draft'"
                              "  AND c.start_date <= :last AND c.end_date >= :first)"
                              " ORDER BY a.id"));
    agents.bind(QStringLiteral(":q"), quarter.number)
        .bind(QStringLiteral(":year"), quarter.year)
        .bind(QStringLiteral(":first"), first)
        .bind(QStringLiteral(":last"), last);
    if (Status s = agents.exec(); !s)
        return s.error();
    struct Row {
        qint64 id;
        int level;
        QVariant task;
    };
    QVector<Row> rows;
    while (agents.next())
        rows.append({agents.value(0).toLongLong(), agents.value(1).toInt(), agents.value(2)});
    agents.finish();

    AgentService agentService(m_db);
    int proposals = 0;
    for (const Row &row : rows) {
        // §2.4 A level-1 agent counts its sub-agents' activations too.
        SqlQuery count(m_db, QStringLiteral(
                                 "SELECT COUNT(*) FROM numbers WHERE activated_on >= :first AND activated_on <= :last"
                                 " AND (agent_id = :a OR agent_id IN (SELECT id FROM agents WHERE parent_id = :a))"));
        count.bind(QStringLiteral(":first"), first).bind(QStringLiteral(":last"), last).bind(QStringLiteral(":a"), row.id);
        Result<QVariant> activations = count.scalar();
        if (!activations)
            return activations.error();
        Result<Tier> tier = agentService.tierOn(row.id, quarter.last());
        if (!tier)
            return tier.error();

        const bool hasTask = !row.task.isNull() && row.task.toInt() > 0;
        const int task = row.task.isNull() ? 0 : row.task.toInt();
        const int completion = hasTask ? int(qint64(activations->toInt()) * 100 / task) : 0;
        Tier above = *tier;
        const bool propose = hasTask && completion >= params->promotionThresholdPercent && tierAbove(*tier, &above);
        proposals += propose ? 1 : 0;

        // Decided lines keep their decision; open ones are recomputed.
        SqlQuery up(m_db, QStringLiteral(
                              "INSERT INTO tier_proposals (quarter, agent_id, task, activations, completion_pct,"
                              " tier, proposed_tier, status, evaluated_at) VALUES (:quarter, :a, :task, :act,"
                              " :pct, :tier, :proposed, :status, :now)"
                              " ON CONFLICT (quarter, agent_id) DO UPDATE SET task = excluded.task,"
                              " activations = excluded.activations, completion_pct = excluded.completion_pct,"
                              " tier = excluded.tier, proposed_tier = excluded.proposed_tier,"
                              " status = excluded.status, evaluated_at = excluded.evaluated_at"
                              " WHERE tier_proposals.status IN ('none','proposed')"));
        up.bind(QStringLiteral(":quarter"), quarter.key())
            .bind(QStringLiteral(":a"), row.id)
            .bind(QStringLiteral(":task"), row.task.isNull() ? QVariant() : QVariant(task))
            .bind(QStringLiteral(":act"), activations->toInt())
            .bind(QStringLiteral(":pct"), hasTask ? QVariant(completion) : QVariant())
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
                     .arg(rows.size())
                     .arg(proposals)
                     .arg(params->promotionThresholdPercent);
    e.clause = QStringLiteral("§2.4");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return results(quarter);
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
