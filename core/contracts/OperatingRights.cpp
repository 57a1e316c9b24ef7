#include "OperatingRights.h"

#include "agents/AgentService.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "storage/SqlQuery.h"

namespace cd {

Status OperatingRights::canOpenNewNumbers(Database &db, qint64 agentId, const QDate &date)
{
    AgentService agents(db);
    Result<Agent> agent = agents.findById(agentId);
    if (!agent)
        return agent.error();
    if (agent->status == AgentStatus::Terminated)
        return Error::rule(tr("%1 is terminated: it may renew and serve its existing customers but "
                              "may not open new numbers.")
                               .arg(agent->name),
                           QStringLiteral("§9.6"));
    if (agent->level == 2 && agent->parentId) {
        Result<Agent> parent = agents.findById(agent->parentId);
        if (!parent)
            return parent.error();
        if (parent->status == AgentStatus::Terminated)
            return Error::rule(tr("The parent agent %1 of %2 is terminated; its network may not open "
                                  "new numbers.")
                                   .arg(parent->name, agent->name),
                               QStringLiteral("§9.6"));
    }
    Result<Contract> contract = ContractService(db).activeOn(agentId, date);
    if (!contract) {
        if (contract.error().kind != ErrorKind::NotFound)
            return contract.error();
        return Error::rule(tr("%1 has no active contract on %2; a new number needs one.")
                               .arg(agent->name, Dates::format(date)),
                           QStringLiteral("§9.2"));
    }
    SqlQuery stop(db, QStringLiteral("SELECT stop_until FROM penalties WHERE agent_id = :a"
                                     " AND kind = 'stop' AND stop_from <= :d AND stop_until >= :d"
                                     " ORDER BY stop_until DESC LIMIT 1"));
    stop.bind(QStringLiteral(":a"), agentId).bind(QStringLiteral(":d"), Dates::format(date));
    if (Status s = stop.exec(); !s)
        return s;
    if (stop.next())
        return Error::rule(tr("%1 is stopped from new activations until %2 as a penalty.")
                               .arg(agent->name, stop.value(0).toString()),
                           QStringLiteral("§3.2"));
    return {};
}

Status OperatingRights::canRenew(Database &db, qint64 agentId, const QDate &date)
{
    Q_UNUSED(date)
    Result<Agent> agent = AgentService(db).findById(agentId);
    if (!agent)
        return agent.error();
    return {};
}

} // namespace cd
