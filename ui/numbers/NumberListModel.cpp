#include "NumberListModel.h"

#include "common/Dates.h"
#include "numbers/NumberStyle.h"
#include "pricing/Plan.h"

#include <QColor>
#include <QFont>

namespace cd {

NumberListModel::NumberListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status NumberListModel::setFilter(const NumberFilter &filter)
{
    NumberService service(m_db);
    Result<QVector<cd::Number>> first = service.page(filter, QString(), kPageSize);
    Result<qint64> total = first ? service.count(filter) : Result<qint64>(first.error());
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    m_numbers.clear();
    m_total = 0;
    m_more = false;
    if (first && total) {
        m_numbers = *first;
        m_total = *total;
        m_more = m_numbers.size() == kPageSize;
    }
    endResetModel();
    m_changing = false;
    if (!first)
        return first.error();
    if (!total)
        return total.error();
    return {};
}

const cd::Number *NumberListModel::number(int row) const
{
    return row >= 0 && row < m_numbers.size() ? &m_numbers.at(row) : nullptr;
}

int NumberListModel::rowOf(const QString &number) const
{
    for (int r = 0; r < m_numbers.size(); ++r) {
        if (m_numbers.at(r).number == number)
            return r;
    }
    return -1;
}

cd::Status NumberListModel::refreshNumber(const QString &number)
{
    const int row = rowOf(number);
    if (row < 0)
        return {};
    Result<cd::Number> fresh = NumberService(m_db).find(number);
    if (!fresh)
        return fresh.error();
    m_numbers[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

int NumberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int NumberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool NumberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void NumberListModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside our own change signals (a view or a tester reacting to them).
    if (parent.isValid() || !m_more || m_changing)
        return;
    const QString after = m_numbers.isEmpty() ? QString() : m_numbers.constLast().number;
    Result<QVector<cd::Number>> next = NumberService(m_db).page(m_filter, after, kPageSize);
    if (!next) {
        m_more = false;
        emit loadFailed(next.error());
        return;
    }
    m_more = next->size() == kPageSize;
    if (next->isEmpty())
        return;
    const int first = int(m_numbers.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(next->size()) - 1);
    m_numbers += *next;
    endInsertRows();
    m_changing = false;
}

QVariant NumberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::Number &n = m_numbers.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return NumberStyle::display(n.number);
        case Status:
            return NumberStyle::statusText(n);
        case Grade:
            return gradeDisplayName(n.grade);
        case Carrier:
            return carrierDisplayName(n.carrier);
        case Customer:
            return n.customerName;
        case Agent:
            return n.agentUscc;
        case Plan:
            return n.planCode;
        case Activated:
            return Dates::format(n.activatedOn);
        case PaidThrough:
            return Dates::format(n.paidThrough);
        case Suspended:
            return Dates::format(n.suspendedOn);
        case Reclaimed:
            return Dates::format(n.reclaimedOn);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return StatusBadge::textColor(NumberStyle::tone(n));
        if (n.blocked() && column == Number)
            return StatusBadge::textColor(StatusBadge::Tone::Negative);
        break;
    case Qt::BackgroundRole:
        // A fraud block stands out across the whole row (§3.9).
        if (n.blocked())
            return QColor(0xfe, 0xf2, 0xf2);
        break;
    case Qt::FontRole:
        if (n.blocked() && (column == Number || column == Status)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole: {
        const QString text = NumberStyle::explanation(n);
        if (!text.isEmpty())
            return text;
        if (column == Agent && !n.agentUscc.isEmpty())
            return tr("The agent that opened the number");
        break;
    }
    case Qt::UserRole:
        return n.number;
    default:
        break;
    }
    return {};
}

QVariant NumberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Status:
        return tr("Status");
    case Grade:
        return tr("Grade");
    case Carrier:
        return tr("Carrier");
    case Customer:
        return tr("Customer");
    case Agent:
        return tr("Agent");
    case Plan:
        return tr("Plan");
    case Activated:
        return tr("Activated");
    case PaidThrough:
        return tr("Paid through");
    case Suspended:
        return tr("Suspended");
    case Reclaimed:
        return tr("Reclaimed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
