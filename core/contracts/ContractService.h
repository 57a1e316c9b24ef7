#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "contracts/Contract.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <array>

namespace cd {

class Database;

struct ContractFilter {
    qint64 agentId = 0;
    QString status; // key; empty for all
    int year = 0;
};

struct ContractSweepResult {
    int expired = 0;
    int activated = 0;
};

// Annual contracts (§9.2), numbered HT-YYYY-NNNN, at most one active per agent.
class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractService)

public:
    explicit ContractService(Database &db) : m_db(db) {}

    // A contract for the calendar year, from `start` (default: the signing day
    // for an agent's first contract, else 1 January) to 31 December. Active
    // from its start; one that starts after `today` while another is active
    // waits as a draft for the sweep. A prepared draft of that year is signed
    // instead of a second contract being made.
    Result<Contract> create(const Actor &actor, const QString &agentUscc, int year,
                            const std::array<int, 4> &tasks, const QDate &start,
                            const QDate &today = QDate::currentDate());

    // §3.9 / §3.2: ends the contract on `date`; the agent becomes terminated
    // and keeps only the right to renew and serve its customers (§9.6).
    Status terminate(const Actor &actor, const QString &number, TerminationReason reason,
                     const QDate &date, const QString &note = {});

    // §9.2 At year end, next year's drafts for every active agent without one.
    Result<int> prepareDrafts(const Actor &actor, int year);

    // The daily sweep's contract part, as of `date`: contracts whose year has
    // ended expire; drafts whose start has come are activated for agents in
    // good standing. Idempotent; catches up over any gap. Runs inside the
    // caller's transaction when `inTransaction` is set.
    Result<ContractSweepResult> sweep(const Actor &actor, const QDate &date, bool inTransaction = false);

    // Terminates inside the caller's transaction (violations use it).
    Status terminateIn(const Actor &actor, const Contract &contract, TerminationReason reason,
                       const QDate &date, const QString &note);

    Result<Contract> find(const QString &number);
    Result<QVector<Contract>> list(const ContractFilter &filter);
    // The agent's active contract covering `date`, or NotFound.
    Result<Contract> activeOn(qint64 agentId, const QDate &date);

    // "HT-2026-0001" form check.
    static bool isContractNumber(const QString &text);

private:
    Result<QString> nextNumber(int year);
    Database &m_db;
};

} // namespace cd
