#pragma once

#include "agents/AgentService.h"
#include "common/Result.h"

#include <QComboBox>

#include <functional>

namespace cd {

class Database;

// Picks an agent: "Name — code" items with the code as data, searchable by
// typing. Which agents it offers is up to the caller.
class AgentCombo : public QComboBox
{
    Q_OBJECT

public:
    using Predicate = std::function<bool(const Agent &)>;

    explicit AgentCombo(QWidget *parent = nullptr);

    // Lists the agents of the filter that pass `accept` (all when empty),
    // keeping the current choice when it is still offered.
    Status reload(Database &db, const AgentFilter &filter = {}, const Predicate &accept = {});
    QString currentUscc() const;
    // False when the agent is not offered.
    bool setCurrentUscc(const QString &uscc);
    const Agent *currentAgent() const;

private:
    QVector<Agent> m_agents;
};

} // namespace cd
