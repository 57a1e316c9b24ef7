#include "CutPreviewModel.h"

#include "agents/StatusBadge.h"
#include "widgets/Theme.h"

#include <QColor>

namespace cd {

CutPreviewModel::CutPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CutPreviewModel::setPreview(const CutPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_broken = QSet<QString>(preview.brokenPlans.cbegin(), preview.brokenPlans.cend());
    endResetModel();
}

void CutPreviewModel::clear()
{
    setPreview(CutPreview());
}

bool CutPreviewModel::isBroken(int row) const
{
    if (row < 0 || row >= m_preview.lines.size())
        return false;
    const CutLine &line = m_preview.lines.at(row);
    return m_broken.contains(line.planCode) || line.after <= Money();
}

int CutPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.lines.size());
}

int CutPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CutPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CutLine &line = m_preview.lines.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PlanCode:
            return line.planCode;
        case TierColumn:
            return tierDisplayName(line.tier);
        case Level:
            return line.level;
        case Before:
            return line.before.display();
        case After:
            return line.after.display();
        case Change:
            return (line.after - line.before).display();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Before || column == After || column == Change)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Level)
            return QVariant(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (isBroken(index.row()))
            return StatusBadge::textColor(StatusBadge::Tone::Negative);
        if (column == Change)
            return QColor(0x15, 0x80, 0x3d);
        break;
    case Qt::BackgroundRole:
        if (isBroken(index.row()))
            return Theme::negativeRowBackground();
        break;
    case Qt::ToolTipRole:
        if (isBroken(index.row()))
            return tr("The chain of plan %1 would break: see the links below.").arg(line.planCode);
        break;
    case Qt::UserRole:
        return line.after.fen();
    default:
        break;
    }
    return {};
}

QVariant CutPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PlanCode:
        return tr("Plan");
    case TierColumn:
        return tr("Tier");
    case Level:
        return tr("Level");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
