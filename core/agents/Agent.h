#pragma once

#include "pricing/Tier.h"

#include <QString>

namespace cd {

// Agent statuses of SPEC §2.
enum class AgentStatus { Prospect, Active, Supervised, Terminated };

QString agentStatusKey(AgentStatus status);
bool agentStatusFromKey(const QString &key, AgentStatus *status);
QString agentStatusDisplayName(AgentStatus status);

// What a user enters for an agent (SPEC §2 "Agent").
struct AgentInput {
    QString name;
    QString uscc;
    int level = 1;
    QString parentUscc;  // level 2 only
    QString legalRep;
    QString contact;
    QString phone;
    QString email;
    QString address;
    QString region;
    QString tier;        // key; empty for standard
    QString portalAccount;
    QString portalPassword; // only on create or reset; stored hashed (§2.6)
};

struct Agent {
    qint64 id = 0;
    QString name;
    QString uscc;
    int level = 1;
    qint64 parentId = 0;
    QString parentUscc;
    QString parentName;
    QString legalRep;
    QString contact;
    QString phone;
    QString email;
    QString address;
    QString region;
    AgentStatus status = AgentStatus::Prospect;
    Tier tier = Tier::Standard;
    QString portalAccount;
    QString createdAt;
};

} // namespace cd
