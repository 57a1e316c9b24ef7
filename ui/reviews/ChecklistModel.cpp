#include "ChecklistModel.h"

#include "agents/StatusBadge.h"

#include <QColor>
#include <QFont>

namespace cd {

ChecklistModel::ChecklistModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status ChecklistModel::reload(qint64 customerId)
{
    Result<QVector<ChecklistItem>> items = ReviewService(m_db).checklist(customerId);
    beginResetModel();
    m_items = items ? *items : QVector<ChecklistItem>();
    endResetModel();
    if (!items)
        return items.error();
    return {};
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

const ChecklistItem *ChecklistModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QVector<DocumentKind> ChecklistModel::missing() const
{
    QVector<DocumentKind> out;
    for (const ChecklistItem &i : m_items) {
        if (!i.present)
            out.append(i.kind);
    }
    return out;
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Document:
            return documentKindDisplayName(i.kind);
        case State:
            return i.present ? tr("✓ On file") : tr("✗ Missing");
        case Files:
            return i.documents > 0 ? tr("%n file(s)", nullptr, i.documents) : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == State)
            return StatusBadge::textColor(i.present ? StatusBadge::Tone::Positive
                                                    : StatusBadge::Tone::Negative);
        break;
    case Qt::FontRole:
        if (index.column() == State && !i.present) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::UserRole:
        return documentKindKey(i.kind);
    default:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Document:
        return tr("Required document");
    case State:
        return tr("State");
    case Files:
        return tr("Files");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
