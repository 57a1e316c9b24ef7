#include "TrainingSessionModel.h"

#include "common/Dates.h"

namespace cd {

TrainingSessionModel::TrainingSessionModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status TrainingSessionModel::reload(qint64 agentId)
{
    TrainingService service(m_db);
    Result<QVector<TrainingSession>> sessions =
        agentId ? service.sessionsOf(agentId) : service.sessions();
    if (!sessions)
        return sessions.error();
    beginResetModel();
    m_sessions = *sessions;
    endResetModel();
    return {};
}

const TrainingSession *TrainingSessionModel::session(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions.at(row) : nullptr;
}

int TrainingSessionModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == id)
            return i;
    }
    return -1;
}

int TrainingSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int TrainingSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingSession &s = m_sessions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case HeldOn:
            return Dates::format(s.heldOn);
        case Topic:
            return s.topic;
        case Trainer:
            return s.trainer;
        case Attendees:
            return s.attendees;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == Attendees) {
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return s.id;
    }
    return {};
}

QVariant TrainingSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case HeldOn:
        return tr("Date");
    case Topic:
        return tr("Topic");
    case Trainer:
        return tr("Trainer");
    case Attendees:
        return tr("Agents");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
