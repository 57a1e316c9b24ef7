#include "TrainingDueModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"

#include <algorithm>

namespace cd {

TrainingDueModel::TrainingDueModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status TrainingDueModel::reload(const QDate &asOf)
{
    Result<QVector<TrainingDue>> rows = TrainingService(m_db).untrained(asOf, true);
    if (!rows)
        return rows.error();
    QVector<TrainingDue> sorted = *rows;
    std::stable_partition(sorted.begin(), sorted.end(),
                          [](const TrainingDue &d) { return d.overdue; });
    beginResetModel();
    m_asOf = asOf;
    m_rows = sorted;
    endResetModel();
    return {};
}

const TrainingDue *TrainingDueModel::due(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TrainingDueModel::rowOf(const QString &agentUscc) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).agentUscc == agentUscc)
            return i;
    }
    return -1;
}

int TrainingDueModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const TrainingDue &d) { return d.overdue; }));
}

int TrainingDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingDue &d = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Agent:
            return d.agentName;
        case Code:
            return d.agentUscc;
        case FirstStart:
            return Dates::format(d.firstContractStart);
        case DueBy:
            return Dates::format(d.dueBy);
        case State:
            return d.overdue ? tr("Overdue by %n day(s)", nullptr, int(d.dueBy.daysTo(m_asOf)))
                             : tr("Due in %n day(s)", nullptr, int(m_asOf.daysTo(d.dueBy)));
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == State) {
        return StatusBadge::textColor(d.overdue ? StatusBadge::Tone::Negative
                                                : StatusBadge::Tone::Warning);
    } else if (role == Qt::UserRole) {
        return d.agentUscc;
    }
    return {};
}

QVariant TrainingDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Agent:
        return tr("Agent");
    case Code:
        return tr("Credit code");
    case FirstStart:
        return tr("First contract");
    case DueBy:
        return tr("Due by");
    case State:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
