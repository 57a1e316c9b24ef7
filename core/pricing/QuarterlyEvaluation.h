#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "pricing/Tier.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

// A calendar quarter, written "2026Q3".
struct Quarter {
    int year = 0;
    int number = 0; // 1..4
    static bool parse(const QString &text, Quarter *quarter);
    QString key() const;
    QDate first() const;
    QDate last() const;
    Quarter next() const;
    // The calendar quarter a day falls in.
    static Quarter containing(const QDate &date);
};

enum class ProposalStatus { None, Proposed, Approved, Declined };
QString proposalStatusKey(ProposalStatus s);

// One agent's line of a quarterly evaluation (SPEC §5 "performance").
struct Performance {
    qint64 proposalId = 0;
    Quarter quarter;
    qint64 agentId = 0;
    QString agentUscc;
    QString agentName;
    int level = 1;
    bool hasTask = false;     // no contract, or a zero task: shown, not divided by
    int task = 0;
    int activations = 0;      // a level-1 agent counts its sub-agents' too
    bool hasCompletion = false;
    int completionPercent = 0; // whole percent, rounded down
    Tier tier = Tier::Standard;
    bool hasProposal = false;
    Tier proposedTier = Tier::Standard;
    ProposalStatus status = ProposalStatus::None;
    QDate effectiveFrom;      // first day of the next quarter, once approved
};

// One agent's completion of a quarter's task (§2.4): activations in the
// quarter, a level-1 agent counting its sub-agents' too, ÷ the task of its
// contract for the quarter, rounded down; no contract or a zero task means no
// completion. Read without writing, for the evaluation and the dashboard.
struct AgentCompletion {
    qint64 agentId = 0;
    QString agentUscc;
    QString agentName;
    int level = 1;
    bool contractFound = false; // a non-draft contract ran in the quarter
    bool hasTask = false;
    int task = 0;
    int activations = 0;
    bool hasCompletion = false;
    int completionPercent = 0;

    // §2.4 The completion reaches the promotion threshold (a parameter);
    // a promotion is then proposed when a tier above the agent's exists.
    bool reachesPromotion(int thresholdPercent) const
    {
        return hasTask && hasCompletion && completionPercent >= thresholdPercent;
    }
};

// §2.4 Quarterly evaluation: completion = new activations ÷ the contract's
// task; at or above the threshold one tier up from the next quarter is
// proposed, never a lower tier; a manager approves or declines each.
class QuarterlyEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(cd::QuarterlyEvaluation)

public:
    explicit QuarterlyEvaluation(Database &db) : m_db(db) {}

    // Computes and stores the quarter's lines; decided proposals are kept as
    // decided. Idempotent.
    Result<QVector<Performance>> evaluate(const Actor &actor, const Quarter &quarter);
    Result<QVector<Performance>> results(const Quarter &quarter);
    // The agents a quarter evaluates (working agents and any agent whose
    // non-draft contract ran in it) with their completion, by level and name;
    // nothing is written. evaluate() stores these lines.
    Result<QVector<AgentCompletion>> completions(const Quarter &quarter);

    Status approve(const Actor &actor, qint64 proposalId, const QDate &today = QDate::currentDate());
    Status decline(const Actor &actor, qint64 proposalId, const QDate &today = QDate::currentDate());

private:
    Status decide(const Actor &actor, qint64 proposalId, bool approve, const QDate &today);
    Database &m_db;
};

} // namespace cd
