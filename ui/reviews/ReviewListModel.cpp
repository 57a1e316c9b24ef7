#include "ReviewListModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "customers/Customer.h"

#include <QColor>

namespace cd {

ReviewListModel::ReviewListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status ReviewListModel::reload(const ReviewFilter &filter, const QDate &asOf,
                                   const QVector<ReviewKind> &kinds)
{
    Result<QVector<Review>> list = ReviewService(m_db).list(filter);
    beginResetModel();
    m_asOf = asOf;
    m_reviews.clear();
    if (list) {
        for (const Review &r : *list) {
            if (kinds.isEmpty() || kinds.contains(r.kind))
                m_reviews.append(r);
        }
    }
    endResetModel();
    if (!list)
        return list.error();
    return {};
}

const Review *ReviewListModel::review(int row) const
{
    return row >= 0 && row < m_reviews.size() ? &m_reviews.at(row) : nullptr;
}

int ReviewListModel::rowOfCustomer(qint64 customerId) const
{
    for (int r = 0; r < m_reviews.size(); ++r) {
        if (m_reviews.at(r).customerId == customerId)
            return r;
    }
    return -1;
}

int ReviewListModel::rowOf(qint64 reviewId) const
{
    for (int r = 0; r < m_reviews.size(); ++r) {
        if (m_reviews.at(r).id == reviewId)
            return r;
    }
    return -1;
}

QString ReviewListModel::outcomeText(const QString &key)
{
    if (key.isEmpty())
        return {};
    cd::Qualification q = cd::Qualification::Pending;
    if (qualificationFromKey(key, &q))
        return qualificationDisplayName(q);
    CheckOutcome o = CheckOutcome::Pass;
    if (checkOutcomeFromKey(key, &o))
        return checkOutcomeDisplayName(o);
    return key;
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &r = m_reviews.at(index.row());
    const qint64 age = r.openedOn.isValid() ? r.openedOn.daysTo(r.open ? m_asOf : r.decidedOn) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Customer:
            return r.customerName;
        case Code:
            return r.customerUscc;
        case Agent:
            return r.agentUscc;
        case Kind:
            return reviewKindDisplayName(r.kind);
        case Opened:
            return Dates::format(r.openedOn);
        case Age:
            return tr("%n day(s)", nullptr, int(qMax<qint64>(0, age)));
        case Due:
            return Dates::format(r.dueOn);
        case Outcome:
            return r.open ? (r.outcome.isEmpty() ? tr("Open")
                                                 : tr("Open · %1").arg(outcomeText(r.outcome)))
                          : outcomeText(r.outcome);
        case Reason:
            return r.reason;
        case Decided:
            return r.decidedOn.isValid()
                       ? tr("%1 by %2").arg(Dates::format(r.decidedOn), r.decidedBy)
                       : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome) {
            if (r.outcome == QLatin1String("fraud") || r.outcome == QLatin1String("rejected"))
                return StatusBadge::textColor(StatusBadge::Tone::Negative);
            if (r.outcome == QLatin1String("approved") || r.outcome == QLatin1String("pass"))
                return StatusBadge::textColor(StatusBadge::Tone::Positive);
            if (r.open)
                return StatusBadge::textColor(StatusBadge::Tone::Warning);
        }
        if (index.column() == Due && r.open && r.dueOn.isValid() && r.dueOn < m_asOf)
            return StatusBadge::textColor(StatusBadge::Tone::Negative);
        break;
    case Qt::UserRole:
        return r.id;
    default:
        break;
    }
    return {};
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case Code:
        return tr("Credit code");
    case Agent:
        return tr("Agent");
    case Kind:
        return tr("Kind");
    case Opened:
        return tr("Opened");
    case Age:
        return tr("Age");
    case Due:
        return tr("Due");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Decided:
        return tr("Decided");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
