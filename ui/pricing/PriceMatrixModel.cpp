#include "PriceMatrixModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "pricing/PriceService.h"
#include "widgets/Theme.h"

#include <QColor>
#include <QFont>

namespace cd {

PriceMatrixModel::PriceMatrixModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status PriceMatrixModel::load(qint64 planId, const QDate &date)
{
    PriceMatrix matrix;
    matrix.date = date;
    if (planId) {
        Result<PriceMatrix> loaded = PriceService(m_db).matrixOn(planId, date);
        if (!loaded)
            return loaded.error();
        matrix = *loaded;
    }
    beginResetModel();
    m_planId = planId;
    m_matrix = matrix;
    endResetModel();
    return {};
}

void PriceMatrixModel::clear()
{
    beginResetModel();
    m_planId = 0;
    m_matrix = PriceMatrix();
    endResetModel();
}

int PriceMatrixModel::rowCount(const QModelIndex &parent) const
{
    // Tiers standard, silver, gold, diamond: the enum's order, best last.
    return parent.isValid() || !m_planId ? 0 : 4;
}

int PriceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tier tier = tierOfRow(index.row());
    const int level = levelOfColumn(index.column());
    const bool present = m_matrix.present(tier, level);
    const QDate from = m_matrix.from[int(tier)][level - 1];
    switch (role) {
    case Qt::DisplayRole:
        if (!present)
            return tr("missing");
        return data(index, PriceTextRole).toString() + QLatin1Char('\n') +
               data(index, DetailTextRole).toString();
    case Qt::ToolTipRole:
        if (!present)
            return tr("No %1 price is in force on %2: every plan needs a price for each tier at "
                      "both levels.")
                .arg(PriceChain::cellName(tier, level), Dates::format(m_matrix.date));
        return tr("%1: %2, in force since %3")
            .arg(PriceChain::cellName(tier, level), m_matrix.at(tier, level).display(),
                 Dates::format(from));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (!present)
            return StatusBadge::textColor(StatusBadge::Tone::Negative);
        break;
    case Qt::BackgroundRole:
        if (!present)
            return Theme::negativeRowBackground();
        break;
    case Qt::FontRole:
        if (!present) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case TierRole:
        return tierKey(tier);
    case LevelRole:
        return level;
    case PriceFenRole:
        return present ? QVariant(m_matrix.at(tier, level).fen()) : QVariant();
    case EffectiveFromRole:
        return present ? QVariant(from) : QVariant();
    case PriceTextRole:
        return present ? m_matrix.at(tier, level).display() : QString();
    case DetailTextRole:
        return present ? tr("from %1").arg(Dates::format(from)) : QString();
    default:
        break;
    }
    return {};
}

QVariant PriceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= 4)
            return {};
        return role == Qt::DisplayRole ? tierDisplayName(tierOfRow(section)) : QVariant();
    }
    switch (Column(section)) {
    case Level1:
        return role == Qt::DisplayRole ? tr("Level 1") : tr("Level-1 agents buy from the provider");
    case Level2:
        return role == Qt::DisplayRole ? tr("Level 2")
                                       : tr("Level-2 agents buy through their parent agent");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
