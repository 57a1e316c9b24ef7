#include "PlanListModel.h"

#include "pricing/PlanService.h"

#include <QColor>

namespace cd {

PlanListModel::PlanListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status PlanListModel::reload()
{
    Result<QVector<Plan>> plans = PlanService(m_db).list(false);
    if (!plans)
        return plans.error();
    beginResetModel();
    m_plans = *plans;
    endResetModel();
    return {};
}

const Plan *PlanListModel::plan(int row) const
{
    return row >= 0 && row < m_plans.size() ? &m_plans.at(row) : nullptr;
}

int PlanListModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).code == code)
            return i;
    }
    return -1;
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int PlanListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &p = m_plans.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Code:
            return p.code;
        case Name:
            return p.name;
        case Carrier:
            return carrierDisplayName(p.carrier);
        case RetailFee:
            return p.annualFee.display();
        case CarrierCost:
            return p.carrierCost.display();
        case Active:
            return p.active ? tr("Active") : tr("Inactive");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (column == RetailFee || column == CarrierCost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole) {
        if (!p.active)
            return QColor(0x8b, 0x95, 0xa5);
    } else if (role == Qt::ToolTipRole) {
        return tr("%1 %2: retail %3 a year with %4 minutes, then %5 a minute; the carrier "
                  "charges %6.")
            .arg(p.code, p.name, p.annualFee.display())
            .arg(p.includedMinutes)
            .arg(p.perMinute.display(), p.carrierCost.display());
    } else if (role == Qt::UserRole) {
        return p.code;
    }
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Carrier:
        return tr("Carrier");
    case RetailFee:
        return tr("Retail fee");
    case CarrierCost:
        return tr("Carrier cost");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
