#include "ViolationListModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"

#include <algorithm>

namespace cd {

ViolationListModel::ViolationListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status ViolationListModel::reload(qint64 agentId)
{
    ViolationService service(m_db);
    Result<QVector<Violation>> list = service.list(agentId);
    if (!list)
        return list.error();
    QVector<Row> rows;
    rows.reserve(list->size());
    for (const Violation &v : *list) {
        Result<QVector<Penalty>> penalties = service.penalties(v.id);
        if (!penalties)
            return penalties.error();
        QStringList parts;
        for (const Penalty &p : *penalties) {
            parts << (p.kind == PenaltyKind::Fine
                          ? QStringLiteral("%1 %2").arg(penaltyKindDisplayName(p.kind),
                                                        p.amount.display())
                          : penaltyKindDisplayName(p.kind));
        }
        rows.append({v, parts.join(QStringLiteral("; "))});
    }
    // Open cases first; the service's newest-first order within each group.
    std::stable_partition(rows.begin(), rows.end(), [](const Row &r) { return r.violation.open; });
    beginResetModel();
    m_agentId = agentId;
    m_rows = rows;
    endResetModel();
    return {};
}

const Violation *ViolationListModel::violation(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).violation : nullptr;
}

int ViolationListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).violation.id == id)
            return i;
    }
    return -1;
}

QString ViolationListModel::sourceDisplayName(const QString &source)
{
    if (source == QLatin1String("spot_check"))
        return tr("Spot check");
    if (source == QLatin1String("follow_up"))
        return tr("Follow-up review");
    if (source == QLatin1String("review"))
        return tr("Qualification review");
    if (source == QLatin1String("manual"))
        return tr("Reported");
    return source;
}

int ViolationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ViolationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViolationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Violation &v = row.violation;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Number:
            return QStringLiteral("#%1").arg(v.id);
        case Agent:
            return v.agentName;
        case FoundOn:
            return Dates::format(v.foundOn);
        case Clause:
            return v.clause;
        case Source:
            return sourceDisplayName(v.source);
        case Classification:
            return classificationDisplayName(v.classification);
        case Penalties:
            return row.penalties;
        case State:
            return v.open ? tr("Open") : tr("Closed");
        case Description:
            return v.description;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Description || index.column() == Penalties)
            return data(index, Qt::DisplayRole);
        if (index.column() == Agent)
            return v.agentUscc;
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == State && v.open)
            return StatusBadge::textColor(StatusBadge::Tone::Warning);
        if (index.column() == Classification) {
            if (v.classification == cd::Classification::Intentional)
                return StatusBadge::textColor(StatusBadge::Tone::Negative);
            if (v.classification == cd::Classification::Unclassified)
                return StatusBadge::textColor(StatusBadge::Tone::Neutral);
        }
    } else if (role == Qt::UserRole) {
        return v.id;
    }
    return {};
}

QVariant ViolationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Case");
    case Agent:
        return tr("Agent");
    case FoundOn:
        return tr("Found");
    case Clause:
        return tr("Clause");
    case Source:
        return tr("Source");
    case Classification:
        return tr("Classification");
    case Penalties:
        return tr("Penalties");
    case State:
        return tr("Status");
    case Description:
        return tr("Description");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
