#pragma once

#include "contracts/ContractService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// Contracts of a filter (status, year, agent) from ContractService::list,
// newest year first; a few hundred a year, loaded whole. `agentText` narrows
// to agents whose name or code contains it.
class ContractListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Agent, Year, Start, End, Tier, Tasks, Status, Termination, ColumnCount };
    Q_ENUM(Column)

    explicit ContractListModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(const ContractFilter &filter, const QString &agentText = QString());
    cd::Status reload() { return reload(m_filter, m_agentText); }
    const Contract *contract(int row) const;
    int rowOf(const QString &number) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    ContractFilter m_filter;
    QString m_agentText;
    QVector<Contract> m_contracts;
};

} // namespace cd
