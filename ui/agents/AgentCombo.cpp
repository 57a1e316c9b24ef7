#include "AgentCombo.h"

namespace cd {

AgentCombo::AgentCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("agentCombo"));
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

Status AgentCombo::reload(Database &db, const AgentFilter &filter, const Predicate &accept)
{
    const QString keep = currentUscc();
    Result<QVector<Agent>> all = AgentService(db).list(filter);
    if (!all)
        return all.error();
    QSignalBlocker blocker(this);
    clear();
    m_agents.clear();
    for (const Agent &a : *all) {
        if (accept && !accept(a))
            continue;
        m_agents.append(a);
        addItem(QStringLiteral("%1 — %2").arg(a.name, a.uscc), a.uscc);
    }
    setCurrentIndex(-1);
    if (!keep.isEmpty())
        setCurrentUscc(keep);
    if (currentIndex() < 0 && count() > 0)
        setCurrentIndex(0);
    blocker.unblock();
    emit currentIndexChanged(currentIndex());
    return {};
}

QString AgentCombo::currentUscc() const
{
    return currentData().toString();
}

bool AgentCombo::setCurrentUscc(const QString &uscc)
{
    const int index = findData(uscc);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

const Agent *AgentCombo::currentAgent() const
{
    const int index = currentIndex();
    return index >= 0 && index < m_agents.size() ? &m_agents.at(index) : nullptr;
}

} // namespace cd
