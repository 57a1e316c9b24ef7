#include "PriceHistoryModel.h"

#include "common/Dates.h"
#include "widgets/Format.h"

#include <QColor>
#include <QFont>

namespace cd {

PriceHistoryModel::PriceHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status PriceHistoryModel::load(qint64 planId, Tier tier, int level, const QDate &date)
{
    Result<QVector<PricePoint>> points = PriceService(m_db).history(planId, tier, level);
    if (!points)
        return points.error();
    beginResetModel();
    m_planId = planId;
    m_tier = tier;
    m_level = level;
    m_date = date;
    m_points = *points;
    endResetModel();
    return {};
}

void PriceHistoryModel::clear()
{
    beginResetModel();
    m_planId = 0;
    m_points.clear();
    endResetModel();
}

const PricePoint *PriceHistoryModel::point(int row) const
{
    return row >= 0 && row < m_points.size() ? &m_points.at(row) : nullptr;
}

int PriceHistoryModel::rowInForce() const
{
    // Newest first: the first entry that took effect on or before the date.
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i).effectiveFrom <= m_date)
            return i;
    }
    return -1;
}

QString PriceHistoryModel::reasonDisplayName(const QString &key)
{
    if (key == QLatin1String("carrier"))
        return tr("Carrier price adjustment");
    if (key == QLatin1String("policy"))
        return tr("State policy change");
    if (key == QLatin1String("cut"))
        return tr("Global cut");
    return key;
}

int PriceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int PriceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PricePoint &p = m_points.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EffectiveFrom:
            return Dates::format(p.effectiveFrom);
        case Price:
            return p.price.display();
        case Reason:
            if (!p.reason.isEmpty())
                return reasonDisplayName(p.reason);
            // Newest first: the row below is the entry this one replaced.
            if (index.row() + 1 >= m_points.size())
                return tr("First price");
            return p.price < m_points.at(index.row() + 1).price ? tr("Decrease") : tr("Set");
        case Reference:
            return p.reference.isEmpty() ? QStringLiteral("—") : p.reference;
        case By:
            return p.createdBy;
        case RecordedAt:
            return Format::timestamp(p.createdAt);
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Price)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.row() == rowInForce()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (p.effectiveFrom > m_date)
            return QColor(0x8b, 0x95, 0xa5);
        break;
    case Qt::ToolTipRole:
        if (index.row() == rowInForce())
            return tr("In force on %1").arg(Dates::format(m_date));
        if (p.effectiveFrom > m_date)
            return tr("Takes effect after %1").arg(Dates::format(m_date));
        return tr("Replaced by a later entry");
    case Qt::UserRole:
        return p.price.fen();
    default:
        break;
    }
    return {};
}

QVariant PriceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EffectiveFrom:
        return tr("Effective from");
    case Price:
        return tr("Price");
    case Reason:
        return tr("Reason");
    case Reference:
        return tr("Reference");
    case By:
        return tr("By");
    case RecordedAt:
        return tr("Recorded");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
