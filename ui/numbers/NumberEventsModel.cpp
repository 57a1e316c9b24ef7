#include "NumberEventsModel.h"

#include "common/Dates.h"
#include "numbers/Number.h"

namespace cd {

namespace {
QString statusName(const QString &key)
{
    NumberStatus s = NumberStatus::Available;
    return numberStatusFromKey(key, &s) ? numberStatusDisplayName(s) : key;
}
} // namespace

NumberEventsModel::NumberEventsModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status NumberEventsModel::reload(qint64 numberId)
{
    Result<QVector<NumberEvent>> events = NumberHistory(m_db).events(numberId);
    beginResetModel();
    m_events = events ? *events : QVector<NumberEvent>();
    endResetModel();
    if (!events)
        return events.error();
    return {};
}

int NumberEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int NumberEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NumberEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const NumberEvent &e = m_events.at(index.row());
    switch (Column(index.column())) {
    case Date:
        return Dates::format(e.date);
    case From:
        return statusName(e.fromStatus);
    case To:
        return statusName(e.toStatus);
    case Reason:
        return e.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NumberEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
