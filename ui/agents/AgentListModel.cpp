#include "AgentListModel.h"

#include "agents/StatusBadge.h"

namespace cd {

AgentListModel::AgentListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status AgentListModel::reload(const AgentFilter &filter)
{
    Result<QVector<Agent>> agents = AgentService(m_db).list(filter);
    if (!agents)
        return agents.error();
    beginResetModel();
    m_filter = filter;
    m_agents = *agents;
    endResetModel();
    return {};
}

const Agent *AgentListModel::agent(int row) const
{
    return row >= 0 && row < m_agents.size() ? &m_agents.at(row) : nullptr;
}

int AgentListModel::rowOf(const QString &uscc) const
{
    for (int i = 0; i < m_agents.size(); ++i) {
        if (m_agents.at(i).uscc == uscc)
            return i;
    }
    return -1;
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agent &a = m_agents.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Name:
            return a.name;
        case Code:
            return a.uscc;
        case Level:
            return a.level == 1 ? tr("Level 1") : tr("Level 2");
        case Parent:
            return a.parentName;
        case Status:
            return agentStatusDisplayName(a.status);
        case Tier:
            return tierDisplayName(a.tier);
        case Region:
            return a.region;
        case Contact: {
            if (a.contact.isEmpty() || a.phone.isEmpty())
                return a.contact.isEmpty() ? a.phone : a.contact;
            return tr("%1, %2", "contact person, then phone").arg(a.contact, a.phone);
        }
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        return StatusBadge::textColor(StatusBadge::toneOf(a.status));
    } else if (role == Qt::FontRole && index.column() == Code) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        return mono;
    } else if (role == Qt::UserRole) {
        return a.uscc;
    }
    return {};
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Credit code");
    case Level:
        return tr("Level");
    case Parent:
        return tr("Parent agent");
    case Status:
        return tr("Status");
    case Tier:
        return tr("Tier");
    case Region:
        return tr("Region");
    case Contact:
        return tr("Contact");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
