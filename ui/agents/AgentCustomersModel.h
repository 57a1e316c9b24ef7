#pragma once

#include "customers/CustomerService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The customers an agent developed, with who serves them now: the agent, or
// the provider since a takeover (§2.3, §9.6).
class AgentCustomersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Qualification, ServedBy, ColumnCount };
    Q_ENUM(Column)

    explicit AgentCustomersModel(Database &db, QObject *parent = nullptr);

    Status reload(qint64 agentId);
    const Customer *customer(int row) const;
    int rowOf(const QString &uscc) const;
    // How many the agent itself still serves.
    int servedByAgent() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<Customer> m_customers;
};

} // namespace cd
