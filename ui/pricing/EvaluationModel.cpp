#include "EvaluationModel.h"

#include "common/Dates.h"

#include <QColor>
#include <QFont>

namespace cd {

EvaluationModel::EvaluationModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status EvaluationModel::load(const Quarter &quarter)
{
    Result<QVector<Performance>> lines = QuarterlyEvaluation(m_db).results(quarter);
    if (!lines)
        return lines.error();
    beginResetModel();
    m_quarter = quarter;
    m_lines = *lines;
    endResetModel();
    return {};
}

const Performance *EvaluationModel::line(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int EvaluationModel::rowOfAgent(const QString &uscc) const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).agentUscc == uscc)
            return i;
    }
    return -1;
}

int EvaluationModel::openProposals() const
{
    int n = 0;
    for (const Performance &p : m_lines)
        n += p.status == ProposalStatus::Proposed ? 1 : 0;
    return n;
}

QString EvaluationModel::statusDisplayName(const Performance &line)
{
    switch (line.status) {
    case ProposalStatus::None:
        return line.hasTask ? tr("No proposal") : QString();
    case ProposalStatus::Proposed:
        return tr("Proposed");
    case ProposalStatus::Approved:
        return line.effectiveFrom.isValid()
                   ? tr("Approved, from %1").arg(Dates::format(line.effectiveFrom))
                   : tr("Approved");
    case ProposalStatus::Declined:
        return tr("Declined");
    }
    return {};
}

int EvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int EvaluationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Performance &p = m_lines.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AgentName:
            return p.level == 2 ? tr("%1 (level 2)").arg(p.agentName) : p.agentName;
        case AgentCode:
            return p.agentUscc;
        case Task:
            return p.hasTask ? QVariant(p.task) : QVariant(QStringLiteral("—"));
        case Activations:
            return p.activations;
        case Completion:
            // No task, nothing divided (§2.4).
            return p.hasCompletion ? QVariant(tr("%1 %").arg(p.completionPercent))
                                   : QVariant(tr("no task"));
        case CurrentTier:
            return tierDisplayName(p.tier);
        case ProposedTier:
            return p.hasProposal ? tierDisplayName(p.proposedTier) : QString();
        case State:
            return statusDisplayName(p);
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Task || column == Activations)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (column == Task && !p.hasTask)
            return QColor(0x8b, 0x95, 0xa5);
        if (column == State || column == ProposedTier) {
            switch (p.status) {
            case ProposalStatus::Proposed:
                return QColor(0x1d, 0x4e, 0xd8);
            case ProposalStatus::Approved:
                return QColor(0x15, 0x80, 0x3d);
            case ProposalStatus::Declined:
            case ProposalStatus::None:
                return QColor(0x5b, 0x65, 0x73);
            }
        }
        break;
    case Qt::FontRole:
        if (column == ProposedTier && p.status == ProposalStatus::Proposed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Completion)
            return p.hasCompletion
                       ? tr("%1 new activations of a task of %2").arg(p.activations).arg(p.task)
                       : tr("No task for this quarter: no contract, or a task of zero.");
        if (column == AgentName || column == AgentCode)
            return p.level == 1 ? tr("Level 1: counts its sub-agents' activations too")
                                : tr("Level 2");
        break;
    case CompletionRole:
        return p.hasCompletion ? QVariant(p.completionPercent) : QVariant();
    case ProposalIdRole:
        return p.proposalId;
    case StatusKeyRole:
        return proposalStatusKey(p.status);
    default:
        break;
    }
    return {};
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AgentName:
        return tr("Agent");
    case AgentCode:
        return tr("Credit code");
    case Task:
        return tr("Task");
    case Activations:
        return tr("Activations");
    case Completion:
        return tr("Completion");
    case CurrentTier:
        return tr("Tier");
    case ProposedTier:
        return tr("Proposed tier");
    case State:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
