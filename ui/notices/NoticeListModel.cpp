#include "NoticeListModel.h"

#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "numbers/NumberStyle.h"
#include "widgets/Format.h"

#include <QRegularExpression>

namespace cd {

namespace {
StatusBadge::Tone toneOf(const QString &kind)
{
    if (kind == QLatin1String("suspended") || kind == QLatin1String("reclaimed"))
        return StatusBadge::Tone::Negative;
    if (kind == QLatin1String("reclaim_warning"))
        return StatusBadge::Tone::Warning;
    if (kind == QLatin1String("maintenance"))
        return StatusBadge::Tone::Information;
    return StatusBadge::Tone::Neutral;
}
} // namespace

QString NoticeListModel::describe(const NoticeRow &n)
{
    // The sweep (LifecycleSweep) and the incident log (IncidentService) store
    // the facts of a notice in fixed English forms; the list says them in the
    // user's language. A detail in any other form is shown as stored.
    static const QRegularExpression renewal(
        QStringLiteral("^paid through (\\d{4}-\\d{2}-\\d{2}); (\\d+) days$"));
    static const QRegularExpression paid(QStringLiteral("^paid through (\\d{4}-\\d{2}-\\d{2})$"));
    static const QRegularExpression reclaimOn(
        QStringLiteral("^reclaim on (\\d{4}-\\d{2}-\\d{2})$"));
    static const QRegularExpression since(
        QStringLiteral("^suspended since (\\d{4}-\\d{2}-\\d{2})$"));
    static const QRegularExpression incident(
        QStringLiteral("^incident \\d+: (.*); (\\S+)\\.\\.(\\S+)$"));
    QRegularExpressionMatch m;
    if (n.kind == QLatin1String("renewal_due") && (m = renewal.match(n.detail)).hasMatch())
        return tr("Paid through %1; reminded %n day(s) ahead", nullptr, m.captured(2).toInt())
            .arg(m.captured(1));
    if (n.kind == QLatin1String("suspended") && (m = paid.match(n.detail)).hasMatch())
        return tr("Suspended for arrears; paid through %1").arg(m.captured(1));
    if (n.kind == QLatin1String("reclaim_warning") && (m = reclaimOn.match(n.detail)).hasMatch())
        return tr("Reclaimed on %1 unless paid before").arg(m.captured(1));
    if (n.kind == QLatin1String("reclaimed") && (m = since.match(n.detail)).hasMatch())
        return tr("Reclaimed by the carrier; suspended since %1").arg(m.captured(1));
    if (n.kind == QLatin1String("maintenance") && (m = incident.match(n.detail)).hasMatch())
        return tr("%1, %2 to %3")
            .arg(m.captured(1), Format::timestamp(m.captured(2)), Format::timestamp(m.captured(3)));
    return n.detail;
}

NoticeListModel::NoticeListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status NoticeListModel::setFilter(const NoticeFilter &filter)
{
    NoticeQuery query(m_db);
    Result<QVector<NoticeRow>> first = query.page(filter, QDate(), 0, kPageSize);
    Result<qint64> total = first ? query.count(filter) : Result<qint64>(first.error());
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_more = false;
    if (first && total) {
        m_rows = *first;
        m_total = *total;
        m_more = m_rows.size() == kPageSize;
    }
    endResetModel();
    m_changing = false;
    if (!first)
        return first.error();
    if (!total)
        return total.error();
    return {};
}

const NoticeRow *NoticeListModel::notice(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NoticeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NoticeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void NoticeListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || m_changing || m_rows.isEmpty())
        return;
    const NoticeRow &last = m_rows.constLast();
    Result<QVector<NoticeRow>> next = NoticeQuery(m_db).page(m_filter, last.date, last.id, kPageSize);
    if (!next) {
        m_more = false;
        emit loadFailed(next.error());
        return;
    }
    m_more = next->size() == kPageSize;
    if (next->isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(next->size()) - 1);
    m_rows += *next;
    endInsertRows();
    m_changing = false;
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoticeRow &n = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return Dates::format(n.date);
        case Kind:
            return NoticeQuery::kindDisplayName(n.kind);
        case Number:
            return n.number.isEmpty() ? QString() : NumberStyle::display(n.number);
        case Recipient:
            // §2.3 After a takeover the provider serves the customer and owes itself the notice.
            return n.recipientUscc.isEmpty()
                       ? tr("The provider")
                       : QStringLiteral("%1 — %2").arg(n.recipientName, n.recipientUscc);
        case Detail:
            return describe(n);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Kind)
            return StatusBadge::textColor(toneOf(n.kind));
        break;
    case Qt::ToolTipRole:
        if (column == Number && !n.number.isEmpty())
            return tr("Double-click to open the number");
        if (column == Detail)
            return describe(n);
        if (column == Recipient && n.recipientUscc.isEmpty())
            return tr("No agent serves the customer any more (taken over, §2.3)");
        break;
    case Qt::UserRole:
        return n.kind;
    default:
        break;
    }
    return {};
}

QVariant NoticeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Number:
        return tr("Number");
    case Recipient:
        return tr("Recipient");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
