#include "CustomerListModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"

#include <QColor>

namespace cd {

CustomerListModel::CustomerListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status CustomerListModel::reload(const CustomerFilter &filter)
{
    // One more than shown tells whether the search matched more.
    Result<QVector<cd::Customer>> list = CustomerService(m_db).list(filter, kLimit + 1);
    beginResetModel();
    m_filter = filter;
    m_customers = list ? *list : QVector<cd::Customer>();
    m_truncated = m_customers.size() > kLimit;
    if (m_truncated)
        m_customers.resize(kLimit);
    endResetModel();
    if (!list)
        return list.error();
    return {};
}

const cd::Customer *CustomerListModel::customer(int row) const
{
    return row >= 0 && row < m_customers.size() ? &m_customers.at(row) : nullptr;
}

int CustomerListModel::rowOf(const QString &uscc) const
{
    for (int r = 0; r < m_customers.size(); ++r) {
        if (m_customers.at(r).uscc == uscc)
            return r;
    }
    return -1;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_customers.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor CustomerListModel::qualificationColor(cd::Qualification q)
{
    switch (q) {
    case cd::Qualification::Approved:
        return StatusBadge::textColor(StatusBadge::Tone::Positive);
    case cd::Qualification::Rejected:
        return StatusBadge::textColor(StatusBadge::Tone::Negative);
    case cd::Qualification::MoreDocuments:
    case cd::Qualification::Pending:
        break;
    }
    return StatusBadge::textColor(StatusBadge::Tone::Warning);
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::Customer &c = m_customers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return c.name;
        case Code:
            return c.uscc;
        case DevelopingAgent:
            return c.agentName;
        case ServiceOwner:
            return c.servedByProvider() ? tr("Provider since %1").arg(Dates::format(c.takenOverOn))
                                        : tr("The agent");
        case Qualification:
            return qualificationDisplayName(c.qualification);
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Qualification)
            return qualificationColor(c.qualification);
        if (index.column() == ServiceOwner && c.servedByProvider())
            return StatusBadge::textColor(StatusBadge::Tone::Warning);
    } else if (role == Qt::ToolTipRole && index.column() == DevelopingAgent) {
        return c.agentUscc;
    } else if (role == Qt::UserRole) {
        return c.uscc;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Customer");
    case Code:
        return tr("Credit code");
    case DevelopingAgent:
        return tr("Developing agent");
    case ServiceOwner:
        return tr("Served by");
    case Qualification:
        return tr("Qualification");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
