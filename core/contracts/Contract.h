#pragma once

#include "pricing/Tier.h"

#include <QDate>
#include <QString>

#include <array>

namespace cd {

enum class ContractStatus { Draft, Active, Expired, Terminated };
QString contractStatusKey(ContractStatus status);
bool contractStatusFromKey(const QString &key, ContractStatus *status);
QString contractStatusDisplayName(ContractStatus status);

// §3.9 Termination reasons, each with the clause it rests on.
enum class TerminationReason { Fraud, Improper, Request, Ceased };
QString terminationReasonKey(TerminationReason reason);
bool terminationReasonFromKey(const QString &key, TerminationReason *reason);
QString terminationReasonDisplayName(TerminationReason reason);
QString terminationClause(TerminationReason reason); // "§3.9" or "§3.2"

struct Contract {
    qint64 id = 0;
    QString number;       // HT-YYYY-NNNN
    qint64 agentId = 0;
    QString agentUscc;
    QString agentName;
    int year = 0;
    QDate start;
    QDate end;
    Tier tier = Tier::Standard;
    std::array<int, 4> tasks{{0, 0, 0, 0}};
    ContractStatus status = ContractStatus::Draft;
    QDate terminatedOn;
    QString terminationReason;
    QString terminationClause;
};

} // namespace cd
