#include "SpotCheckService.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "compliance/ReviewService.h"
#include "compliance/ViolationService.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>

#include <algorithm>
#include <limits>
#include <random>

namespace cd {

namespace {
const QString kClause = QStringLiteral("§3.9");
}

int SpotCheckService::weight(bool supervised, int violations)
{
    return (supervised ? 3 : 1) + std::max(0, violations);
}

qint64 SpotCheckService::freshSeed()
{
    for (;;) {
        const qint64 seed = qint64(QRandomGenerator::global()->generate64() &
                                   quint64(std::numeric_limits<qint64>::max()));
        if (seed != 0)
            return seed;
    }
}

Result<QVector<SpotCheckCandidate>> SpotCheckService::candidates(const QDate &date)
{
    if (!date.isValid())
        return Error::rule(tr("A spot check plan needs its date."), kClause);
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    // §3.9 Active customers not checked in the last spot_check_skip_days: a
    // check closed fewer than skip days before the date counts, one closed
    // exactly skip days before no longer does. A customer with a spot check
    // still open is not drawn twice.
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.uscc, c.name, a.id, a.uscc, a.status"
            " FROM customers c JOIN agents a ON a.id = c.agent_id"
            " WHERE EXISTS (SELECT 1 FROM numbers n WHERE n.customer_id = c.id"
            "   AND n.status = 'active' AND n.activated_on IS NOT NULL AND n.activated_on <= :d)"
            " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.customer_id = c.id"
            "   AND r.kind IN ('spot_check','follow_up') AND r.status = 'closed'"
            "   AND r.decided_on > :skip AND r.decided_on <= :d)"
            " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.customer_id = c.id"
            "   AND r.kind = 'spot_check' AND r.status = 'open')"
            " ORDER BY c.id"));
    q.bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":skip"), Dates::format(date.addDays(-params->spotCheckSkipDays)));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<SpotCheckCandidate> out;
    while (q.next()) {
        SpotCheckCandidate c;
        c.customerId = q.value(0).toLongLong();
        c.customerUscc = q.value(1).toString();
        c.customerName = q.value(2).toString();
        c.agentId = q.value(3).toLongLong();
        c.agentUscc = q.value(4).toString();
        c.supervised = q.value(5).toString() == QLatin1String("supervised");
        out.append(c);
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return m_db.errorFor(error, QStringLiteral("spot check candidates"));
    q.finish();
    // One count per agent, however many customers it brought in.
    ViolationService violations(m_db);
    QHash<qint64, int> perAgent;
    for (SpotCheckCandidate &c : out) {
        auto it = perAgent.constFind(c.agentId);
        if (it == perAgent.constEnd()) {
            Result<int> n = violations.countInYearBefore(c.agentId, date);
            if (!n)
                return n.error();
            it = perAgent.insert(c.agentId, *n);
        }
        c.violations = it.value();
        c.weight = weight(c.supervised, c.violations);
    }
    return out;
}

QVector<int> SpotCheckService::draw(const QVector<SpotCheckCandidate> &candidates, int size,
                                    quint64 seed)
{
    // The raw engine output is fixed by the standard for a given seed; the
    // std:: distributions are not (they differ between standard libraries),
    // so the pick is a plain modulo of the output. Its bias is total / 2^64.
    std::mt19937_64 engine(seed);
    QVector<int> remaining;
    remaining.reserve(candidates.size());
    quint64 total = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).weight > 0) {
            remaining.append(i);
            total += quint64(candidates.at(i).weight);
        }
    }
    QVector<int> picked;
    while (picked.size() < size && !remaining.isEmpty()) {
        const quint64 r = quint64(engine()) % total;
        quint64 cumulative = 0;
        for (int j = 0; j < remaining.size(); ++j) {
            const quint64 w = quint64(candidates.at(remaining.at(j)).weight);
            cumulative += w;
            if (r < cumulative) {
                picked.append(remaining.at(j));
                total -= w;
                remaining.remove(j);
                break;
            }
        }
    }
    return picked;
}

Result<SpotCheckPlan> SpotCheckService::plan(const Actor &actor, int size, const QDate &date,
                                             qint64 seed)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not plan spot checks."));
    if (size <= 0)
        return Error::rule(tr("A spot check plan draws at least one customer."), kClause);
    if (seed < 0)
        return Error::rule(tr("A seed is a whole number from 1 to %1, or 0 for a fresh one.")
                               .arg(std::numeric_limits<qint64>::max()),
                           kClause);
    if (seed == 0)
        seed = freshSeed();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QVector<SpotCheckCandidate>> pool = candidates(date);
    if (!pool)
        return pool.error();
    if (pool->isEmpty())
        return Error::rule(
            tr("No active customer may be drawn on %1: every one was checked recently "
               "or none has a number in service.")
                .arg(Dates::format(date)),
            kClause);
    SqlQuery insert(
        m_db, QStringLiteral("INSERT INTO spot_check_plans (planned_on, seed, size, created_by)"
                             " VALUES (:d, :s, :n, :u) RETURNING id"));
    insert.bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":s"), seed)
        .bind(QStringLiteral(":n"), size)
        .bind(QStringLiteral(":u"), actor.userName);
    Result<QVariant> id = insert.scalar();
    if (!id)
        return id.error();

    SpotCheckPlan plan;
    plan.id = id->toLongLong();
    plan.plannedOn = date;
    plan.seed = seed;
    plan.size = size;
    plan.createdBy = actor.userName;
    ReviewService reviews(m_db);
    QStringList codes;
    for (int index : draw(pool.value(), size, quint64(seed))) {
        SpotCheckDraw d;
        d.customer = pool->at(index);
        Result<qint64> review = reviews.openCheckIn(actor, d.customer.customerId,
                                                    ReviewKind::SpotCheck, date, {}, plan.id);
        if (!review)
            return review.error();
        d.reviewId = *review;
        plan.drawn.append(d);
        codes << d.customer.customerUscc;
    }
    AuditEntry e;
    e.action = QStringLiteral("spotcheck.plan");
    e.entity = QStringLiteral("spot_check_plan");
    e.entityId = QString::number(plan.id);
    e.newValue = QStringLiteral("date=%1; seed=%2; size=%3; candidates=%4; drawn=%5")
                     .arg(Dates::format(date))
                     .arg(seed)
                     .arg(size)
                     .arg(pool->size())
                     .arg(codes.join(QLatin1Char(',')));
    e.clause = kClause;
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return plan;
}

Result<SpotCheckPlan> SpotCheckService::find(qint64 planId)
{
    SqlQuery p(m_db,
               QStringLiteral("SELECT planned_on, seed, size, created_by FROM spot_check_plans"
                              " WHERE id = :id"));
    p.bind(QStringLiteral(":id"), planId);
    if (Status s = p.exec(); !s)
        return s.error();
    if (!p.next())
        return Error::notFound(tr("There is no spot check plan with the number %1.").arg(planId));
    SpotCheckPlan plan;
    plan.id = planId;
    plan.plannedOn = Dates::parse(p.value(0).toString());
    plan.seed = p.value(1).toLongLong();
    plan.size = p.value(2).toInt();
    plan.createdBy = p.value(3).toString();
    p.finish();
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT r.id, c.id, c.uscc, c.name, a.id, a.uscc, a.status"
                       " FROM reviews r JOIN customers c ON c.id = r.customer_id"
                       " JOIN agents a ON a.id = c.agent_id WHERE r.plan_id = :id ORDER BY r.id"));
    q.bind(QStringLiteral(":id"), planId);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        SpotCheckDraw d;
        d.reviewId = q.value(0).toLongLong();
        d.customer.customerId = q.value(1).toLongLong();
        d.customer.customerUscc = q.value(2).toString();
        d.customer.customerName = q.value(3).toString();
        d.customer.agentId = q.value(4).toLongLong();
        d.customer.agentUscc = q.value(5).toString();
        d.customer.supervised = q.value(6).toString() == QLatin1String("supervised");
        plan.drawn.append(d);
    }
    return plan;
}

} // namespace cd
