#include "AuditLogModel.h"

#include "widgets/Format.h"

namespace cd {

namespace {
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 200)
        text = text.left(200) + QChar(0x2026);
    return text;
}
} // namespace

AuditLogModel::AuditLogModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = false;
    // The first page inside the reset, so a view sees rows at once. Views and
    // QAbstractItemModelTester may call fetchMore from the reset and insert
    // signals; a nested load would land inside this change, so m_busy refuses it.
    Result<QVector<AuditEntry>> first = AuditLog::page(m_db, m_filter, 0, PageSize);
    if (first) {
        m_entries = *first;
        m_atEnd = first->size() < PageSize;
    } else {
        m_atEnd = true;
    }
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!first)
        emit loadFailed(first.error());
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case At:
            return Format::timestamp(e.at, true);
        case User:
            return e.userName;
        case Action:
            return e.action;
        case Entity:
            return e.entity;
        case Record:
            return e.entityId;
        case OldValue:
            return oneLine(e.oldValue);
        case NewValue:
            return oneLine(e.newValue);
        case Clause:
            return e.clause;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case At:
            return tr("%1 UTC").arg(e.at);
        case OldValue:
            return e.oldValue;
        case NewValue:
            return e.newValue;
        default:
            break;
        }
    } else if (role == Qt::UserRole) {
        return e.id;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case At:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Kind");
    case Record:
        return tr("Record");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Clause:
        return tr("Clause");
    case ColumnCount:
        break;
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    Result<QVector<AuditEntry>> page = AuditLog::page(m_db, m_filter, before, PageSize);
    if (!page) {
        m_atEnd = true; // do not retry in a loop; reload() tries again
        emit loadFailed(page.error());
        return;
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = int(m_entries.size());
    m_busy = true;
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_entries += *page;
    endInsertRows();
    m_busy = false;
}

} // namespace cd
