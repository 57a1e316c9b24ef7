#include "SpotCheckDrawModel.h"

namespace cd {

SpotCheckDrawModel::SpotCheckDrawModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpotCheckDrawModel::setPlan(const SpotCheckPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

QStringList SpotCheckDrawModel::codes() const
{
    QStringList out;
    for (const SpotCheckDraw &d : m_plan.drawn)
        out << d.customer.customerUscc;
    return out;
}

int SpotCheckDrawModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.drawn.size());
}

int SpotCheckDrawModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotCheckDrawModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpotCheckCandidate &c = m_plan.drawn.at(index.row()).customer;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Order || index.column() == Violations || index.column() == Weight))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return m_plan.drawn.at(index.row()).reviewId;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Order:
        return index.row() + 1;
    case Customer:
        return c.customerName;
    case Code:
        return c.customerUscc;
    case Agent:
        return c.agentUscc;
    case Supervised:
        return c.supervised ? tr("Supervised") : QString();
    case Violations:
        return c.violations;
    case Weight:
        return c.weight;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SpotCheckDrawModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Order:
        return tr("#");
    case Customer:
        return tr("Customer");
    case Code:
        return tr("Credit code");
    case Agent:
        return tr("Agent");
    case Supervised:
        return tr("Agent status");
    case Violations:
        return tr("Violations (12 months)");
    case Weight:
        return tr("Weight");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
