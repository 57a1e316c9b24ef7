#include "ContractListModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"

namespace cd {

ContractListModel::ContractListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status ContractListModel::reload(const ContractFilter &filter, const QString &agentText)
{
    Result<QVector<Contract>> contracts = ContractService(m_db).list(filter);
    if (!contracts)
        return contracts.error();
    const QString text = agentText.trimmed();
    QVector<Contract> shown;
    for (const Contract &c : *contracts) {
        if (text.isEmpty() || c.agentName.contains(text, Qt::CaseInsensitive) ||
            c.agentUscc.contains(text, Qt::CaseInsensitive) ||
            c.number.contains(text, Qt::CaseInsensitive))
            shown.append(c);
    }
    beginResetModel();
    m_filter = filter;
    m_agentText = agentText;
    m_contracts = shown;
    endResetModel();
    return {};
}

const Contract *ContractListModel::contract(int row) const
{
    return row >= 0 && row < m_contracts.size() ? &m_contracts.at(row) : nullptr;
}

int ContractListModel::rowOf(const QString &number) const
{
    for (int i = 0; i < m_contracts.size(); ++i) {
        if (m_contracts.at(i).number == number)
            return i;
    }
    return -1;
}

int ContractListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contracts.size());
}

int ContractListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contract &c = m_contracts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Number:
            return c.number;
        case Agent:
            return c.agentName;
        case Year:
            return c.year;
        case Start:
            return Dates::format(c.start);
        case End:
            return Dates::format(c.end);
        case Tier:
            return tierDisplayName(c.tier);
        case Tasks:
            return QStringLiteral("%1 / %2 / %3 / %4")
                .arg(c.tasks[0])
                .arg(c.tasks[1])
                .arg(c.tasks[2])
                .arg(c.tasks[3]);
        case Status:
            return contractStatusDisplayName(c.status);
        case Termination: {
            if (c.status != ContractStatus::Terminated)
                return QString();
            TerminationReason reason = TerminationReason::Request;
            const QString why = terminationReasonFromKey(c.terminationReason, &reason)
                                    ? terminationReasonDisplayName(reason)
                                    : c.terminationReason;
            return tr("%1 · %2 (%3)").arg(Dates::format(c.terminatedOn), why, c.terminationClause);
        }
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Tasks)
            return tr("New activations committed for Q1, Q2, Q3 and Q4");
        if (index.column() == Agent)
            return c.agentUscc;
        if (index.column() == Termination)
            return data(index, Qt::DisplayRole);
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        return StatusBadge::textColor(StatusBadge::toneOf(c.status));
    } else if (role == Qt::TextAlignmentRole && index.column() == Year) {
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return c.number;
    }
    return {};
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Contract");
    case Agent:
        return tr("Agent");
    case Year:
        return tr("Year");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Tier:
        return tr("Tier");
    case Tasks:
        return tr("Quarterly tasks");
    case Status:
        return tr("Status");
    case Termination:
        return tr("Termination");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
