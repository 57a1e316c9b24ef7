#pragma once

#include "agents/Agent.h"
#include "common/Actor.h"
#include "common/Result.h"
#include "csv/RowImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

namespace cd {

class Database;

struct AgentFilter {
    QString text;          // name, code, contact or region contains
    QString status;        // status key; empty for all
    int level = 0;         // 1, 2 or 0 for both
    qint64 parentId = 0;   // sub-agents of one agent
};

// Agents of SPEC §2 and the rules of §3 "Agents" (§1.1, one level-1 parent,
// no third level, §2.6 portal passwords).
class AgentService
{
    Q_DECLARE_TR_FUNCTIONS(cd::AgentService)

public:
    explicit AgentService(Database &db) : m_db(db) {}

    // Every problem of an input, one per field (keys as in the agents CSV);
    // empty when it may be saved. The GUI validates as the user types with it.
    // `newParents` are codes of prospects created earlier in the same import.
    QVector<FieldError> validate(const AgentInput &input, const QSet<QString> &newParents = {});
    // Problems of the fields that editing may change (contact data, name).
    QVector<FieldError> validateEdit(const AgentInput &input);

    // One transaction with its audit entry.
    Result<Agent> create(const Actor &actor, const AgentInput &input);
    Status update(const Actor &actor, const QString &uscc, const AgentInput &input);
    Status setPortalPassword(const Actor &actor, const QString &uscc, const QString &password);

    // Writes inside the caller's transaction (used by create and by the import).
    Result<Agent> insert(const Actor &actor, const AgentInput &input,
                         const QSet<QString> &newParents = {});

    Result<Agent> find(const QString &uscc);
    Result<Agent> findById(qint64 id);
    Result<QVector<Agent>> list(const AgentFilter &filter);

    // The tier the agent buys at on a date (§2.4): the latest tier entry on or
    // before it (the starting tier holds from the beginning).
    Result<Tier> tierOn(qint64 agentId, const QDate &date);

    // Folds an error list into one Rule error (first message, clause kept).
    static Error toError(const QVector<FieldError> &errors);

private:
    Database &m_db;
};

} // namespace cd
