#pragma once

#include "agents/AgentService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// Agents matching a filter, searched and filtered in SQL by AgentService::list
// (a provider has hundreds of agents, not millions: the match loads whole).
class AgentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Level, Parent, Status, Tier, Region, Contact, ColumnCount };
    Q_ENUM(Column)

    explicit AgentListModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(const AgentFilter &filter);
    cd::Status reload() { return reload(m_filter); }
    const AgentFilter &filter() const { return m_filter; }
    const Agent *agent(int row) const;
    int rowOf(const QString &uscc) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    AgentFilter m_filter;
    QVector<Agent> m_agents;
};

} // namespace cd
