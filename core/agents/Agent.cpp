#include "Agent.h"

#include <QCoreApplication>

namespace cd {

QString agentStatusKey(AgentStatus status)
{
    switch (status) {
    case AgentStatus::Prospect:
        return QStringLiteral("prospect");
    case AgentStatus::Active:
        return QStringLiteral("active");
    case AgentStatus::Supervised:
        return QStringLiteral("supervised");
    case AgentStatus::Terminated:
        return QStringLiteral("terminated");
    }
    return {};
}

bool agentStatusFromKey(const QString &key, AgentStatus *status)
{
    for (AgentStatus s : {AgentStatus::Prospect, AgentStatus::Active, AgentStatus::Supervised,
                          AgentStatus::Terminated}) {
        if (agentStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString agentStatusDisplayName(AgentStatus status)
{
    switch (status) {
    case AgentStatus::Prospect:
        return QCoreApplication::translate("cd::AgentStatus", "Prospect");
    case AgentStatus::Active:
        return QCoreApplication::translate("cd::AgentStatus", "Active");
    case AgentStatus::Supervised:
        return QCoreApplication::translate("cd::AgentStatus", "Supervised");
    case AgentStatus::Terminated:
        return QCoreApplication::translate("cd::AgentStatus", "Terminated");
    }
    return {};
}

} // namespace cd
