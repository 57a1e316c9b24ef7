#include "ContractService.h"

#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

namespace cd {

namespace {
const QString kContractSelect = QStringLiteral(
    "SELECT c.id, c.number, c.agent_id, a.uscc, a.name, c.year, c.start_date, c.end_date, c.tier,"
    " c.task_q1, c.task_q2, c.task_q3, c.task_q4, c.status, c.terminated_on,"
    " c.termination_reason, c.termination_clause"
    " FROM contracts c JOIN agents a ON a.id = c.agent_id");

Contract contractFrom(SqlQuery &q)
{
    Contract c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.agentId = q.value(2).toLongLong();
    c.agentUscc = q.value(3).toString();
    c.agentName = q.value(4).toString();
    c.year = q.value(5).toInt();
    c.start = Dates::parse(q.value(6).toString());
    c.end = Dates::parse(q.value(7).toString());
    tierFromKey(q.value(8).toString(), &c.tier);
    for (int i = 0; i < 4; ++i)
        c.tasks[size_t(i)] = q.value(9 + i).toInt();
    contractStatusFromKey(q.value(13).toString(), &c.status);
    c.terminatedOn = Dates::parse(q.value(14).toString());
    c.terminationReason = q.value(15).toString();
    c.terminationClause = q.value(16).toString();
    return c;
}

QString tasksText(const std::array<int, 4> &t)
{
    return QStringLiteral("%1,%2,%3,%4").arg(t[0]).arg(t[1]).arg(t[2]).arg(t[3]);
}

Status setAgentStatus(Database &db, const Actor &actor, const Agent &agent, AgentStatus status,
                      const QString &clause)
{
    if (agent.status == status)
        return {};
    SqlQuery q(db, QStringLiteral("UPDATE agents SET status = :s WHERE id = :id"));
    q.bind(QStringLiteral(":s"), agentStatusKey(status)).bind(QStringLiteral(":id"), agent.id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry e;
    e.action = QStringLiteral("agent.status");
    e.entity = QStringLiteral("agent");
    e.entityId = agent.uscc;
    e.oldValue = agentStatusKey(agent.status);
    e.newValue = agentStatusKey(status);
    e.clause = clause;
    return AuditLog::record(db, actor, e);
}
} // namespace

bool ContractService::isContractNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^HT-\\d{4}-\\d{4}$"));
    return pattern.match(text).hasMatch();
}

Result<QString> ContractService::nextNumber(int year)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(CAST(SUBSTR(number, 9) AS INTEGER)), 0)"
                                    " FROM contracts WHERE year = :year"));
    q.bind(QStringLiteral(":year"), year);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    const int next = v->toInt() + 1;
    if (next > 9999)
        return Error::rule(tr("All contract numbers of %1 are used.").arg(year));
    return QStringLiteral("HT-%1-%2").arg(year).arg(next, 4, 10, QLatin1Char('0'));
}

Result<Contract> ContractService::create(const Actor &actor, const QString &agentUscc, int year,
                                         const std::array<int, 4> &tasks, const QDate &start,
                                         const QDate &today)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change contracts."));
    if (year < 2000 || year > 2100)
        return Error::rule(tr("%1 is not a plausible contract year.").arg(year), QStringLiteral("§9.2"));
    for (int i = 0; i < 4; ++i) {
        if (tasks[size_t(i)] < 0)
            return Error::rule(tr("The task for Q%1 is negative.").arg(i + 1));
    }
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    if (start.isValid() && (start < yearStart || start > yearEnd))
        return Error::rule(tr("A %1 contract must start within %1; %2 does not.")
                               .arg(year)
                               .arg(Dates::format(start)),
                           QStringLiteral("§9.2"));

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    AgentService agents(m_db);
    Result<Agent> agent = agents.find(agentUscc);
    if (!agent)
        return agent.error();
    if (agent->status == AgentStatus::Terminated)
        return Error::rule(tr("%1 is terminated; it may serve its existing customers but not sign a "
                              "new contract.")
                               .arg(agent->name),
                           QStringLiteral("§9.6"));

    // Contracts are annual (§9.2): one per agent and year.
    SqlQuery existing(m_db, QStringLiteral("SELECT number, status FROM contracts"
                                           " WHERE agent_id = :a AND year = :y AND status IN ('draft','active')"));
    existing.bind(QStringLiteral(":a"), agent->id).bind(QStringLiteral(":y"), year);
    if (Status s = existing.exec(); !s)
        return s.error();
    QString draftNumber;
    if (existing.next()) {
        if (existing.value(1).toString() == QLatin1String("active"))
            return Error::rule(tr("%1 already has the active contract %2 for %3.")
                                   .arg(agent->name, existing.value(0).toString())
                                   .arg(year),
                               QStringLiteral("§9.2"));
        draftNumber = existing.value(0).toString();
    }
    existing.finish();

    SqlQuery prior(m_db, QStringLiteral("SELECT COUNT(*) FROM contracts WHERE agent_id = :a"
                                        " AND status <> 'draft'"));
    prior.bind(QStringLiteral(":a"), agent->id);
    Result<QVariant> priorCount = prior.scalar();
    if (!priorCount)
        return priorCount.error();
    // §9.2 The first contract runs from signing; later ones from 1 January.
    QDate from = start;
    if (!from.isValid()) {
        if (priorCount->toInt() == 0 && today >= yearStart && today <= yearEnd)
            from = today;
        else
            from = yearStart;
    }

    Result<Contract> current = activeOn(agent->id, today);
    const bool otherActive = current.ok() && current->year != year;
    // Another year's contract is still running: this one waits as a draft.
    const bool activeNow = !(otherActive && from > today);
    if (activeNow && otherActive) {
        return Error::rule(tr("%1 still has the active contract %2; it must end before another "
                              "becomes active.")
                               .arg(agent->name, current->number),
                           QStringLiteral("§9.2"));
    }
    if (activeNow) {
        SqlQuery other(m_db, QStringLiteral("SELECT number FROM contracts WHERE agent_id = :a"
                                            " AND status = 'active'"));
        other.bind(QStringLiteral(":a"), agent->id);
        if (Status s = other.exec(); !s)
            return s.error();
        if (other.next())
            return Error::rule(tr("%1 already has the active contract %2; an agent has at most one.")
                                   .arg(agent->name, other.value(0).toString()),
                               QStringLiteral("§9.2"));
    }

    const QString status = activeNow ? QStringLiteral("active") : QStringLiteral("draft");
    QString number = draftNumber;
    if (!draftNumber.isEmpty()) {
        SqlQuery u(m_db, QStringLiteral("UPDATE contracts SET start_date = :start, tier = :tier,"
                                        " task_q1 = :q1, task_q2 = :q2, task_q3 = :q3, task_q4 = :q4,"
                                        " status = :status WHERE number = :number"));
        u.bind(QStringLiteral(":start"), Dates::format(from))
            .bind(QStringLiteral(":tier"), tierKey(agent->tier))
            .bind(QStringLiteral(":q1"), tasks[0])
            .bind(QStringLiteral(":q2"), tasks[1])
            .bind(QStringLiteral(":q3"), tasks[2])
            .bind(QStringLiteral(":q4"), tasks[3])
            .bind(QStringLiteral(":status"), status)
            .bind(QStringLiteral(":number"), draftNumber);
        if (Status s = u.exec(); !s)
            return s.error();
    } else {
        Result<QString> next = nextNumber(year);
        if (!next)
            return next.error();
        number = *next;
        SqlQuery ins(m_db, QStringLiteral(
                               "INSERT INTO contracts (number, agent_id, year, start_date, end_date, tier,"
                               " task_q1, task_q2, task_q3, task_q4, status, created_at) VALUES"
                               " (:number, :agent, :year, :start, :end, :tier, :q1, :q2, :q3, :q4,"
                               " :status, :now)"));
        ins.bind(QStringLiteral(":number"), number)
            .bind(QStringLiteral(":agent"), agent->id)
            .bind(QStringLiteral(":year"), year)
            .bind(QStringLiteral(":start"), Dates::format(from))
            .bind(QStringLiteral(":end"), Dates::format(yearEnd))
            .bind(QStringLiteral(":tier"), tierKey(agent->tier))
            .bind(QStringLiteral(":q1"), tasks[0])
            .bind(QStringLiteral(":q2"), tasks[1])
            .bind(QStringLiteral(":q3"), tasks[2])
            .bind(QStringLiteral(":q4"), tasks[3])
            .bind(QStringLiteral(":status"), status)
            .bind(QStringLiteral(":now"), Dates::nowTimestamp());
        if (Status s = ins.exec(); !s)
            return s.error();
    }

    AuditEntry e;
    e.action = draftNumber.isEmpty() ? QStringLiteral("contract.create") : QStringLiteral("contract.sign");
    e.entity = QStringLiteral("contract");
    e.entityId = number;
    e.newValue = QStringLiteral("agent=%1; year=%2; start=%3; end=%4; tier=%5; tasks=%6; status=%7")
                     .arg(agent->uscc)
                     .arg(year)
                     .arg(Dates::format(from), Dates::format(yearEnd), tierKey(agent->tier),
                          tasksText(tasks), status);
    e.clause = QStringLiteral("§9.2");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (activeNow && agent->status == AgentStatus::Prospect) {
        if (Status s = setAgentStatus(m_db, actor, *agent, AgentStatus::Active, QStringLiteral("§9.2")); !s)
            return s.error();
    }
    Result<Contract> made = find(number);
    if (!made)
        return made;
    if (Status s = tx.commit(); !s)
        return s.error();
    return made;
}

Status ContractService::terminateIn(const Actor &actor, const Contract &contract,
                                    TerminationReason reason, const QDate &date, const QString &note)
{
    const QString clause = terminationClause(reason);
    if (contract.status != ContractStatus::Active && contract.status != ContractStatus::Draft)
        return Error::rule(tr("Contract %1 is %2; only an active or draft contract can be terminated.")
                               .arg(contract.number, contractStatusDisplayName(contract.status)),
                           clause);
    if (!date.isValid())
        return Error::rule(tr("A termination needs its date."), clause);
    if (contract.status == ContractStatus::Active && (date < contract.start || date > contract.end))
        return Error::rule(tr("The termination date %1 is outside the contract's term %2 to %3.")
                               .arg(Dates::format(date), Dates::format(contract.start),
                                    Dates::format(contract.end)),
                           clause);
    // The active contract and any prepared drafts end together.
    SqlQuery q(m_db, QStringLiteral("UPDATE contracts SET status = 'terminated', terminated_on = :date,"
                                    " termination_reason = :reason, termination_clause = :clause"
                                    " WHERE agent_id = :agent AND status IN ('active','draft')"
                                    " RETURNING number"));
    q.bind(QStringLiteral(":date"), Dates::format(date))
        .bind(QStringLiteral(":reason"), terminationReasonKey(reason))
        .bind(QStringLiteral(":clause"), clause)
        .bind(QStringLiteral(":agent"), contract.agentId);
    if (Status s = q.exec(); !s)
        return s;
    QStringList ended;
    while (q.next())
        ended << q.value(0).toString();
    q.finish();
    for (const QString &number : ended) {
        AuditEntry e;
        e.action = QStringLiteral("contract.terminate");
        e.entity = QStringLiteral("contract");
        e.entityId = number;
        e.oldValue = number == contract.number ? contractStatusKey(contract.status) : QStringLiteral("draft");
        e.newValue = QStringLiteral("terminated on %1; reason=%2%3")
                         .arg(Dates::format(date), terminationReasonKey(reason),
                              note.isEmpty() ? QString() : QStringLiteral("; ") + note);
        e.clause = clause;
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s;
    }
    Result<Agent> agent = AgentService(m_db).findById(contract.agentId);
    if (!agent)
        return agent.error();
    return setAgentStatus(m_db, actor, *agent, AgentStatus::Terminated, clause);
}

Status ContractService::terminate(const Actor &actor, const QString &number, TerminationReason reason,
                                  const QDate &date, const QString &note)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change contracts."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Contract> contract = find(number);
    if (!contract)
        return contract.error();
    if (Status s = terminateIn(actor, *contract, reason, date, note); !s)
        return s;
    return tx.commit();
}

Result<int> ContractService::prepareDrafts(const Actor &actor, int year)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change contracts."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // §9.2 Agents in good standing: active, with no contract for that year yet.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT a.id, a.uscc, a.tier,"
                         " (SELECT task_q1 || ',' || task_q2 || ',' || task_q3 || ',' || task_q4"
                         "  FROM contracts l WHERE l.agent_id = a.id AND l.status <> 'draft'"
                         "  ORDER BY l.year DESC, l.id DESC LIMIT 1)"
                         " FROM agents a WHERE a.status = 'active' AND NOT EXISTS"
                         " (SELECT 1 FROM contracts c WHERE c.agent_id = a.id AND c.year = :year"
                         "  AND c.status IN ('draft','active'))"
                         " ORDER BY a.id"));
    q.bind(QStringLiteral(":year"), year);
    if (Status s = q.exec(); !s)
        return s.error();
    struct Pending {
        qint64 id;
        QString uscc;
        QString tier;
        QStringList tasks;
    };
    QVector<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString().split(QLatin1Char(','))});
    q.finish();
    for (const Pending &p : pending) {
        Result<QString> number = nextNumber(year);
        if (!number)
            return number.error();
        SqlQuery ins(m_db, QStringLiteral(
                               "INSERT INTO contracts (number, agent_id, year, start_date, end_date, tier,"
                               " task_q1, task_q2, task_q3, task_q4, status, created_at) VALUES"
                               " (:number, :agent, :year, :start, :end, :tier, :q1, :q2, :q3, :q4,"
                               " 'draft', :now)"));
        ins.bind(QStringLiteral(":number"), *number)
            .bind(QStringLiteral(":agent"), p.id)
            .bind(QStringLiteral(":year"), year)
            .bind(QStringLiteral(":start"), Dates::format(QDate(year, 1, 1)))
            .bind(QStringLiteral(":end"), Dates::format(QDate(year, 12, 31)))
            .bind(QStringLiteral(":tier"), p.tier)
            .bind(QStringLiteral(":now"), Dates::nowTimestamp());
        for (int i = 0; i < 4; ++i)
            ins.bind(QStringLiteral(":q%1").arg(i + 1), p.tasks.value(i).toInt());
        if (Status s = ins.exec(); !s)
            return s.error();
        AuditEntry e;
        e.action = QStringLiteral("contract.draft");
        e.entity = QStringLiteral("contract");
        e.entityId = *number;
        e.newValue = QStringLiteral("agent=%1; year=%2; tier=%3").arg(p.uscc).arg(year).arg(p.tier);
        e.clause = QStringLiteral("§9.2");
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(pending.size());
}

Result<ContractSweepResult> ContractService::sweep(const Actor &actor, const QDate &date, bool inTransaction)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not run the daily sweep."));
    std::unique_ptr<WriteTransaction> tx;
    if (!inTransaction) {
        tx = std::make_unique<WriteTransaction>(m_db);
        if (Status s = tx->begin(); !s)
            return s.error();
    }
    ContractSweepResult result;
    const QString day = Dates::format(date);

    // Expiry at year end: the contract's own end date is the transition's date.
    SqlQuery expire(m_db, QStringLiteral("UPDATE contracts SET status = 'expired'"
                                         " WHERE status = 'active' AND end_date < :date"
                                         " RETURNING number, end_date"));
    expire.bind(QStringLiteral(":date"), day);
    if (Status s = expire.exec(); !s)
        return s.error();
    QVector<QPair<QString, QString>> expired;
    while (expire.next())
        expired.append({expire.value(0).toString(), expire.value(1).toString()});
    expire.finish();
    for (const auto &[number, end] : expired) {
        AuditEntry e;
        e.action = QStringLiteral("contract.expire");
        e.entity = QStringLiteral("contract");
        e.entityId = number;
        e.oldValue = QStringLiteral("active");
        e.newValue = QStringLiteral("expired after %1").arg(end);
        e.clause = QStringLiteral("§9.2");
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s.error();
    }
    result.expired = int(expired.size());

    // Drafts whose year has begun become active for agents in good standing.
    SqlQuery drafts(m_db, QStringLiteral(
                              "SELECT c.number, c.agent_id, a.status FROM contracts c"
                              " JOIN agents a ON a.id = c.agent_id"
                              " WHERE c.status = 'draft' AND c.start_date <= :date AND c.end_date >= :date"
                              " AND a.status IN ('active','supervised','prospect')"
                              " AND NOT EXISTS (SELECT 1 FROM contracts o WHERE o.agent_id = c.agent_id"
                              "  AND o.status = 'active')"));
    drafts.bind(QStringLiteral(":date"), day);
    if (Status s = drafts.exec(); !s)
        return s.error();
    QStringList toActivate;
    while (drafts.next())
        toActivate << drafts.value(0).toString();
    drafts.finish();
    for (const QString &number : toActivate) {
        SqlQuery u(m_db, QStringLiteral("UPDATE contracts SET status = 'active' WHERE number = :n"));
        u.bind(QStringLiteral(":n"), number);
        if (Status s = u.exec(); !s)
            return s.error();
        AuditEntry e;
        e.action = QStringLiteral("contract.activate");
        e.entity = QStringLiteral("contract");
        e.entityId = number;
        e.oldValue = QStringLiteral("draft");
        e.newValue = QStringLiteral("active");
        e.clause = QStringLiteral("§9.2");
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s.error();
        Result<Contract> c = find(number);
        if (!c)
            return c.error();
        Result<Agent> agent = AgentService(m_db).findById(c->agentId);
        if (!agent)
            return agent.error();
        if (agent->status == AgentStatus::Prospect) {
            if (Status s = setAgentStatus(m_db, actor, *agent, AgentStatus::Active, QStringLiteral("§9.2")); !s)
                return s.error();
        }
    }
    result.activated = int(toActivate.size());
    if (tx) {
        if (Status s = tx->commit(); !s)
            return s.error();
    }
    return result;
}

Result<Contract> ContractService::find(const QString &number)
{
    SqlQuery q(m_db, kContractSelect + QStringLiteral(" WHERE c.number = :n"));
    q.bind(QStringLiteral(":n"), number.trimmed().toUpper());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no contract %1.").arg(number.trimmed()));
    return contractFrom(q);
}

Result<QVector<Contract>> ContractService::list(const ContractFilter &filter)
{
    QStringList where;
    if (filter.agentId)
        where << QStringLiteral("c.agent_id = :agent");
    if (!filter.status.isEmpty())
        where << QStringLiteral("c.status = :status");
    if (filter.year)
        where << QStringLiteral("c.year = :year");
    QString sql = kContractSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.year DESC, c.number");
    SqlQuery q(m_db, sql);
    if (filter.agentId)
        q.bind(QStringLiteral(":agent"), filter.agentId);
    if (!filter.status.isEmpty())
        q.bind(QStringLiteral(":status"), filter.status);
    if (filter.year)
        q.bind(QStringLiteral(":year"), filter.year);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Contract> out;
    while (q.next())
        out.append(contractFrom(q));
    return out;
}

Result<Contract> ContractService::activeOn(qint64 agentId, const QDate &date)
{
    SqlQuery q(m_db, kContractSelect + QStringLiteral(
                                           " WHERE c.agent_id = :agent AND c.status = 'active'"
                                           " AND c.start_date <= :date AND c.end_date >= :date"));
    q.bind(QStringLiteral(":agent"), agentId).bind(QStringLiteral(":date"), Dates::format(date));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("No active contract on %1.").arg(Dates::format(date)));
    return contractFrom(q);
}

} // namespace cd
