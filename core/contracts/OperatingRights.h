#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace cd {

class Database;

// What an agent may do on a date. Number activation and renewal call these;
// nothing else decides it.
class OperatingRights
{
    Q_DECLARE_TR_FUNCTIONS(cd::OperatingRights)

public:
    // Opening a number for a customer needs: the agent not terminated (§9.6),
    // an active contract covering the date (§9.2), no stop on new activations
    // from a §3.2 penalty covering the date, and, for a level-2 agent, a parent
    // that is not terminated.
    static Status canOpenNewNumbers(Database &db, qint64 agentId, const QDate &date);

    // §9.6 A terminated agent keeps the right and duty to renew and serve the
    // customers it developed; renewal is refused only for an unknown agent.
    static Status canRenew(Database &db, qint64 agentId, const QDate &date);
};

} // namespace cd
