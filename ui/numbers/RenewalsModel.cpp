#include "RenewalsModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "numbers/NumberStyle.h"
#include "settings/Parameters.h"
#include "widgets/Format.h"

#include <QColor>
#include <QFont>

namespace cd {

namespace {
constexpr quintptr kGroupId = 0;
}

RenewalsModel::RenewalsModel(Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_asOf(QDate::currentDate())
{
}

cd::Status RenewalsModel::reload(const QDate &asOf)
{
    if (Result<BusinessParameters> params = Parameters(m_db).load()) {
        m_graceDays = params->graceDays;
        m_reclaimDays = params->reclaimDays;
    }
    QVector<Group> groups;
    RenewalQuery query(m_db);
    Error failure;
    bool failed = false;
    auto add = [&](Group g) {
        if (failed)
            return;
        Result<qint64> total = query.count(g.filter);
        if (!total) {
            failure = total.error();
            failed = true;
            return;
        }
        g.total = *total;
        if (g.total > 0)
            groups.append(g);
    };
    Group overdue;
    overdue.kind = GroupKind::Overdue;
    overdue.filter.bucket = RenewalBucket::Overdue;
    overdue.filter.from = asOf;
    add(overdue);
    Group arrears;
    arrears.kind = GroupKind::ArrearsSuspended;
    arrears.filter.bucket = RenewalBucket::ArrearsSuspended;
    add(arrears);
    // The dashboard's weeks: from Monday, the first and last cut to the window.
    for (const RenewalWeek &w : DashboardQuery::weeksFrom(asOf)) {
        Group week;
        week.kind = GroupKind::Week;
        week.week = w.week;
        week.filter.bucket = RenewalBucket::Due;
        week.filter.from = w.from;
        week.filter.to = w.to;
        add(week);
    }
    m_changing = true;
    beginResetModel();
    m_asOf = asOf;
    m_groups = failed ? QVector<Group>() : groups;
    endResetModel();
    m_changing = false;
    if (failed)
        return failure;
    return {};
}

QString RenewalsModel::groupTitle(int group) const
{
    const Group &g = m_groups.at(group);
    const int n = int(g.total);
    QString title;
    switch (g.kind) {
    case GroupKind::Overdue:
        title = tr("Overdue, in the grace period — %Ln number(s)", nullptr, n);
        break;
    case GroupKind::ArrearsSuspended:
        title = tr("Suspended for arrears — %Ln number(s)", nullptr, n);
        break;
    case GroupKind::Week:
        title = tr("Week of %1 — %Ln number(s)", nullptr, n).arg(Dates::format(g.week));
        break;
    }
    if (g.rows.size() < g.total && !g.rows.isEmpty())
        title += tr(" (%1 shown; scroll for more)").arg(Format::count(g.rows.size()));
    return title;
}

qint64 RenewalsModel::dueTotal() const
{
    qint64 n = 0;
    for (const Group &g : m_groups) {
        if (g.kind == GroupKind::Week)
            n += g.total;
    }
    return n;
}

qint64 RenewalsModel::overdueTotal() const
{
    for (const Group &g : m_groups) {
        if (g.kind == GroupKind::Overdue)
            return g.total;
    }
    return 0;
}

qint64 RenewalsModel::arrearsTotal() const
{
    for (const Group &g : m_groups) {
        if (g.kind == GroupKind::ArrearsSuspended)
            return g.total;
    }
    return 0;
}

bool RenewalsModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == kGroupId;
}

const RenewalRow *RenewalsModel::renewal(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const int group = int(index.internalId() - 1);
    if (group < 0 || group >= m_groups.size() || index.row() >= m_groups.at(group).rows.size())
        return nullptr;
    return &m_groups.at(group).rows.at(index.row());
}

QModelIndex RenewalsModel::indexOfNumber(const QString &number) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QVector<RenewalRow> &rows = m_groups.at(g).rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).number == number)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex RenewalsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex RenewalsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int RenewalsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int RenewalsModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool RenewalsModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.internalId() == kGroupId && parent.column() == 0 &&
           m_groups.at(parent.row()).total > 0;
}

bool RenewalsModel::canFetchMore(const QModelIndex &parent) const
{
    // The first page only; see loadMore().
    return hasMore(parent) && m_groups.at(parent.row()).rows.isEmpty();
}

void RenewalsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadMore(parent);
}

bool RenewalsModel::hasMore(const QModelIndex &group) const
{
    if (!group.isValid() || group.internalId() != kGroupId || group.column() != 0 ||
        group.row() >= m_groups.size())
        return false;
    const Group &g = m_groups.at(group.row());
    return g.rows.size() < g.total;
}

void RenewalsModel::loadMore(const QModelIndex &parent)
{
    // Not from inside our own change signals (a view or a tester reacting to them).
    if (!hasMore(parent) || m_changing)
        return;
    Group &g = m_groups[parent.row()];
    const RenewalRow *last = g.rows.isEmpty() ? nullptr : &g.rows.constLast();
    Result<QVector<RenewalRow>> next = RenewalQuery(m_db).page(
        g.filter, last ? last->paidThrough : QDate(), last ? last->number : QString(), kPageSize);
    if (!next) {
        // Stop asking: the count says more, but the page cannot be read.
        g.total = g.rows.size();
        emit loadFailed(next.error());
        return;
    }
    if (next->isEmpty()) {
        g.total = g.rows.size(); // changed since it was counted
        emit dataChanged(parent, parent);
        return;
    }
    const int first = int(g.rows.size());
    m_changing = true;
    beginInsertRows(parent, first, first + int(next->size()) - 1);
    m_groups[parent.row()].rows += *next;
    endInsertRows();
    Group &after = m_groups[parent.row()];
    if (next->size() < kPageSize)
        after.total = after.rows.size();
    emit dataChanged(parent, parent); // the title's "shown" count
    m_changing = false;
}

QVariant RenewalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == Number)
            return groupTitle(index.row());
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole && g.kind != GroupKind::Week)
            return g.kind == GroupKind::Overdue
                       ? StatusBadge::textColor(StatusBadge::Tone::Warning)
                       : StatusBadge::textColor(StatusBadge::Tone::Negative);
        return {};
    }
    const RenewalRow *r = renewal(index);
    if (!r)
        return {};
    const GroupKind kind = m_groups.at(int(index.internalId() - 1)).kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return NumberStyle::display(r->number);
        case Customer:
            return r->customerName;
        case ServiceOwner:
            return r->ownerName.isEmpty() ? tr("Provider (taken over)") : r->ownerName;
        case Plan:
            return r->planCode;
        case PaidThrough:
            return Dates::format(r->paidThrough);
        case Due: {
            if (kind == GroupKind::ArrearsSuspended)
                return tr("since %1 · reclaimed %2 unless paid")
                    .arg(Dates::format(r->suspendedOn),
                         Dates::format(r->suspendedOn.addDays(m_reclaimDays)));
            const qint64 days = m_asOf.daysTo(r->paidThrough);
            if (days < 0)
                return tr("%n day(s) overdue · suspended %1", nullptr, int(-days))
                    .arg(Dates::format(r->paidThrough.addDays(m_graceDays + 1)));
            if (days == 0)
                return tr("ends today");
            return tr("in %n day(s)", nullptr, int(days));
        }
        case AnnualFee:
            return r->annualFee.fen() > 0 ? r->annualFee.display() : QString();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Due && kind != GroupKind::Week)
            return kind == GroupKind::Overdue ? StatusBadge::textColor(StatusBadge::Tone::Warning)
                                              : StatusBadge::textColor(StatusBadge::Tone::Negative);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnnualFee)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ServiceOwner)
            return r->ownerUscc.isEmpty()
                       ? tr("The provider took the customer over; notices go to it (§2.3)")
                       : tr("Renewal notices go to %1 (§2.10, §9.6)").arg(r->ownerUscc);
        break;
    case Qt::UserRole:
        return r->number;
    default:
        break;
    }
    return {};
}

QVariant RenewalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case ServiceOwner:
        return tr("Service owner");
    case Plan:
        return tr("Plan");
    case PaidThrough:
        return tr("Paid through");
    case Due:
        return tr("Due");
    case AnnualFee:
        return tr("Annual fee");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
