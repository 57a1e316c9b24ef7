#include "Contract.h"

#include <QCoreApplication>

namespace cd {

QString contractStatusKey(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QStringLiteral("draft");
    case ContractStatus::Active:
        return QStringLiteral("active");
    case ContractStatus::Expired:
        return QStringLiteral("expired");
    case ContractStatus::Terminated:
        return QStringLiteral("terminated");
    }
    return {};
}

bool contractStatusFromKey(const QString &key, ContractStatus *status)
{
    for (ContractStatus s : {ContractStatus::Draft, ContractStatus::Active, ContractStatus::Expired,
                             ContractStatus::Terminated}) {
        if (contractStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString contractStatusDisplayName(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Draft:
        return QCoreApplication::translate("cd::ContractStatus", "Draft");
    case ContractStatus::Active:
        return QCoreApplication::translate("cd::ContractStatus", "Active");
    case ContractStatus::Expired:
        return QCoreApplication::translate("cd::ContractStatus", "Expired");
    case ContractStatus::Terminated:
        return QCoreApplication::translate("cd::ContractStatus", "Terminated");
    }
    return {};
}

QString terminationReasonKey(TerminationReason reason)
{
    switch (reason) {
    case TerminationReason::Fraud:
        return QStringLiteral("fraud");
    case TerminationReason::Improper:
        return QStringLiteral("improper");
    case TerminationReason::Request:
        return QStringLiteral("request");
    case TerminationReason::Ceased:
        return QStringLiteral("ceased");
    }
    return {};
}

bool terminationReasonFromKey(const QString &key, TerminationReason *reason)
{
    for (TerminationReason r : {TerminationReason::Fraud, TerminationReason::Improper,
                                TerminationReason::Request, TerminationReason::Ceased}) {
        if (terminationReasonKey(r) == key) {
            *reason = r;
            return true;
        }
    }
    return false;
}

QString terminationReasonDisplayName(TerminationReason reason)
{
    switch (reason) {
    case TerminationReason::Fraud:
        return QCoreApplication::translate("cd::TerminationReason",
                                           "Intentionally developed fraudulent customers");
    case TerminationReason::Improper:
        return QCoreApplication::translate("cd::TerminationReason", "Unlawful or improper operation");
    case TerminationReason::Request:
        return QCoreApplication::translate("cd::TerminationReason", "At the agent's request");
    case TerminationReason::Ceased:
        return QCoreApplication::translate("cd::TerminationReason", "The agent ceased business");
    }
    return {};
}

QString terminationClause(TerminationReason reason)
{
    // §3.9 lists the termination grounds; improper operation rests on §3.2.
    return reason == TerminationReason::Improper ? QStringLiteral("§3.2") : QStringLiteral("§3.9");
}

} // namespace cd
