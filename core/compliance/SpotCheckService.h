#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// An active customer that a spot check may draw, with its risk weight.
struct SpotCheckCandidate {
    qint64 customerId = 0;
    QString customerUscc;
    QString customerName;
    qint64 agentId = 0; // the developing agent
    QString agentUscc;
    bool supervised = false;
    int violations = 0; // the agent's violations in the 12 months before the date
    int weight = 1;
};

struct SpotCheckDraw {
    qint64 reviewId = 0; // the open spot_check review
    SpotCheckCandidate customer;
};

struct SpotCheckPlan {
    qint64 id = 0;
    QDate plannedOn;
    qint64 seed = 0;
    int size = 0; // as asked; fewer are drawn when fewer may be
    QString createdBy;
    QVector<SpotCheckDraw> drawn; // in draw order
};

// §3.9 Spot checks: a plan draws N active customers at random, weighted by
// risk, skipping customers checked recently; the seed is recorded so the same
// seed on the same data draws the same customers.
class SpotCheckService
{
    Q_DECLARE_TR_FUNCTIONS(cd::SpotCheckService)

public:
    explicit SpotCheckService(Database &db)
        : m_db(db)
    {
    }

    // §3.9 Risk weight: 1, ×3 when the agent is supervised, +1 per violation
    // of the agent in the 12 months before the date.
    static int weight(bool supervised, int violations);

    // The customers a plan on `date` may draw, by customer id: a number in
    // service activated on or before the date; not checked (spot check or
    // follow-up closed) within spot_check_skip_days before the date; no spot
    // check already open.
    Result<QVector<SpotCheckCandidate>> candidates(const QDate &date);

    // Weighted sampling without replacement, reproducible everywhere: a
    // mt19937_64 seeded with `seed`, one draw per pick over the remaining
    // cumulative weights, candidates in the order given. Returns indexes
    // into `candidates`, in draw order; at most `size` of them.
    static QVector<int> draw(const QVector<SpotCheckCandidate> &candidates, int size, quint64 seed);

    // Draws `size` customers and opens a spot_check review for each, all in one
    // transaction with the plan and its seed (audited, §3.9). A seed of 0 asks
    // for a fresh random one, which is recorded like any other.
    Result<SpotCheckPlan> plan(const Actor &actor, int size, const QDate &date, qint64 seed = 0);

    Result<SpotCheckPlan> find(qint64 planId);

    // Seeds are stored as SQL INTEGER: 1 .. 2^63 − 1.
    static qint64 freshSeed();

private:
    Database &m_db;
};

} // namespace cd
