#include "AgentCompletionModel.h"

#include "widgets/Format.h"

#include <algorithm>

namespace cd {

AgentCompletionModel::AgentCompletionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgentCompletionModel::setLines(const QVector<AgentCompletion> &lines)
{
    beginResetModel();
    m_lines = lines;
    // Best first; lines without a task last; ties by activations, then code.
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const AgentCompletion &a, const AgentCompletion &b) {
                         if (a.hasCompletion != b.hasCompletion)
                             return a.hasCompletion;
                         if (a.completionPercent != b.completionPercent)
                             return a.completionPercent > b.completionPercent;
                         return a.activations > b.activations;
                     });
    endResetModel();
}

const AgentCompletion *AgentCompletionModel::line(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int AgentCompletionModel::rowOf(const QString &uscc) const
{
    for (int r = 0; r < m_lines.size(); ++r) {
        if (m_lines.at(r).agentUscc == uscc)
            return r;
    }
    return -1;
}

int AgentCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AgentCompletionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentCompletionModel::data(const QModelIndex &index, int role) const
{
    const AgentCompletion *l = line(index.row());
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Agent:
            return l->agentName;
        case Level:
            return l->level;
        case Activations:
            return l->hasTask ? tr("%1 / %2").arg(Format::count(l->activations), Format::count(l->task))
                              : Format::count(l->activations);
        case Completion:
            return l->hasCompletion ? QVariant(tr("%1 %").arg(l->completionPercent))
                                    : QVariant(tr("no task"));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Agent)
            return tr("%1 (%2), level %3").arg(l->agentName, l->agentUscc).arg(l->level);
        if (index.column() == Activations)
            return l->level == 1 ? tr("New activations this quarter, its sub-agents' included, "
                                      "of the contract's task")
                                 : tr("New activations this quarter of the contract's task");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Activations || index.column() == Level)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole:
        return l->agentUscc;
    case CompletionRole:
        return l->hasCompletion ? QVariant(l->completionPercent) : QVariant();
    }
    return {};
}

QVariant AgentCompletionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent:
        return tr("Agent");
    case Level:
        return tr("Level");
    case Activations:
        return tr("Activations / task");
    case Completion:
        return tr("Completion");
    }
    return {};
}

} // namespace cd
