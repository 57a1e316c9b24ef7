#include "AgentCustomersModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"

#include <QColor>

namespace cd {

AgentCustomersModel::AgentCustomersModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status AgentCustomersModel::reload(qint64 agentId)
{
    QVector<Customer> loaded;
    if (agentId) {
        CustomerFilter filter;
        filter.agentId = agentId;
        Result<QVector<Customer>> customers = CustomerService(m_db).list(filter);
        if (!customers)
            return customers.error();
        loaded = *customers;
    }
    beginResetModel();
    m_customers = loaded;
    endResetModel();
    return {};
}

const Customer *AgentCustomersModel::customer(int row) const
{
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int AgentCustomersModel::rowOf(const QString &uscc) const
{
    for (int i = 0; i < m_customers.size(); ++i) {
        if (m_customers.at(i).uscc == uscc)
            return i;
    }
    return -1;
}

int AgentCustomersModel::servedByAgent() const
{
    int n = 0;
    for (const Customer &c : m_customers) {
        if (!c.servedByProvider())
            ++n;
    }
    return n;
}

int AgentCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int AgentCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_customers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return c.name;
        case Code:
            return c.uscc;
        case Qualification:
            return qualificationDisplayName(c.qualification);
        case ServedBy:
            return c.servedByProvider() ? tr("Provider since %1").arg(Dates::format(c.takenOverOn))
                                        : tr("The agent");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == ServedBy && c.servedByProvider()) {
        return StatusBadge::textColor(StatusBadge::Tone::Warning);
    } else if (role == Qt::UserRole) {
        return c.uscc;
    }
    return {};
}

QVariant AgentCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Customer");
    case Code:
        return tr("Credit code");
    case Qualification:
        return tr("Qualification");
    case ServedBy:
        return tr("Served by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
