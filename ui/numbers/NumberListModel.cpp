#include "NumberListModel.h"

#include "common/Dates.h"
#include "numbers/NumberStyle.h"
#include "pricing/Plan.h"
#include "widgets/Theme.h"

#include <QColor>
#include <QFont>

#include <limits>

namespace cd {

namespace {
constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
constexpr quint64 kTextNumber = quint64(1) << 63;

qint32 dayOf(const QDate &date)
{
    if (!date.isValid())
        return kNoDay;
    const qint64 jd = date.toJulianDay();
    return jd > kNoDay && jd <= std::numeric_limits<qint32>::max() ? qint32(jd) : kNoDay;
}

// The value of up to 18 ASCII digits without a leading zero; 0 for anything else.
quint64 digitsValue(const QString &text)
{
    if (text.isEmpty() || text.size() > 18 || text.at(0) == QLatin1Char('0'))
        return 0;
    quint64 value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return 0;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

QDate dateOf(qint32 day)
{
    return day == kNoDay ? QDate() : QDate::fromJulianDay(day);
}
} // namespace

NumberListModel::NumberListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    clearRows();
}

void NumberListModel::clearRows()
{
    m_rows.clear();
    m_rows.squeeze();
    m_customers = {CustomerText()};
    m_customerIndex.clear();
    m_agents = {CodeText()};
    m_agentIndex.clear();
    m_plans = {CodeText()};
    m_planIndex.clear();
    m_words = QStringList{QString()};
    m_wordIndex.clear();
    forgetSlots();
}

void NumberListModel::forgetSlots() const
{
    for (Slot &slot : m_slots) {
        slot.row = -1;
        slot.number = cd::Number();
    }
}

quint16 NumberListModel::word(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_wordIndex.constFind(text);
    if (it != m_wordIndex.constEnd())
        return *it;
    // Carriers and suspension kinds: a handful of distinct words.
    const quint16 index = quint16(qMin<qsizetype>(m_words.size(), 0xffff));
    if (index < 0xffff) {
        m_words.append(text);
        m_wordIndex.insert(text, index);
    }
    return index < 0xffff ? index : 0;
}

NumberListModel::Row NumberListModel::compact(const cd::Number &n)
{
    Row r;
    r.id = n.id;
    r.reservedFor = n.reservedFor;
    r.number = digitsValue(n.number);
    if (!r.number) {
        // Never for a stored number (ten digits starting with 400); kept exact anyway.
        m_words.append(n.number);
        r.number = kTextNumber | quint64(m_words.size() - 1);
    }
    r.statusSince = dayOf(n.statusSince);
    r.reservedUntil = dayOf(n.reservedUntil);
    r.activatedOn = dayOf(n.activatedOn);
    r.paidThrough = dayOf(n.paidThrough);
    r.suspendedOn = dayOf(n.suspendedOn);
    r.reclaimedOn = dayOf(n.reclaimedOn);
    r.cancelledOn = dayOf(n.cancelledOn);
    if (n.customerId || !n.customerUscc.isEmpty() || !n.customerName.isEmpty()) {
        auto it = m_customerIndex.find(n.customerId);
        if (it == m_customerIndex.end()) {
            it = m_customerIndex.insert(n.customerId, quint32(m_customers.size()));
            m_customers.append({n.customerId, n.customerUscc, n.customerName});
        } else {
            CustomerText &known = m_customers[*it];
            if (known.uscc != n.customerUscc || known.name != n.customerName) {
                // Renamed since its other rows were read: they show the new name too.
                known.uscc = n.customerUscc;
                known.name = n.customerName;
            }
        }
        r.customer = *it;
    }
    const auto codeIndex = [](QVector<CodeText> &table, QHash<qint64, quint32> &index, qint64 id,
                              const QString &code) -> quint32 {
        if (!id && code.isEmpty())
            return 0;
        auto it = index.find(id);
        if (it == index.end()) {
            it = index.insert(id, quint32(table.size()));
            table.append({id, code});
        } else if (table.at(*it).code != code) {
            table[*it].code = code;
        }
        return *it;
    };
    r.agent = codeIndex(m_agents, m_agentIndex, n.agentId, n.agentUscc);
    r.plan = codeIndex(m_plans, m_planIndex, n.planId, n.planCode);
    r.carrier = word(n.carrier);
    r.suspension = word(n.suspension);
    r.status = quint8(n.status);
    r.grade = quint8(n.grade);
    return r;
}

QString NumberListModel::numberText(const Row &row) const
{
    if (row.number & kTextNumber)
        return m_words.value(qsizetype(row.number & ~kTextNumber));
    return QString::number(row.number);
}

cd::Number NumberListModel::expand(const Row &r) const
{
    cd::Number n;
    n.id = r.id;
    n.number = numberText(r);
    n.carrier = m_words.value(r.carrier);
    n.grade = cd::Grade(r.grade);
    n.status = NumberStatus(r.status);
    n.statusSince = dateOf(r.statusSince);
    const CustomerText &customer = m_customers.at(r.customer);
    n.customerId = customer.id;
    n.customerUscc = customer.uscc;
    n.customerName = customer.name;
    const CodeText &agent = m_agents.at(r.agent);
    n.agentId = agent.id;
    n.agentUscc = agent.code;
    const CodeText &plan = m_plans.at(r.plan);
    n.planId = plan.id;
    n.planCode = plan.code;
    n.reservedUntil = dateOf(r.reservedUntil);
    n.reservedFor = r.reservedFor;
    n.activatedOn = dateOf(r.activatedOn);
    n.paidThrough = dateOf(r.paidThrough);
    n.suspendedOn = dateOf(r.suspendedOn);
    n.suspension = m_words.value(r.suspension);
    n.reclaimedOn = dateOf(r.reclaimedOn);
    n.cancelledOn = dateOf(r.cancelledOn);
    return n;
}

cd::Status NumberListModel::setFilter(const NumberFilter &filter)
{
    NumberService service(m_db);
    Result<QVector<cd::Number>> first = service.page(filter, QString(), kPageSize);
    Result<qint64> total = first ? service.count(filter) : Result<qint64>(first.error());
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    clearRows();
    m_total = 0;
    m_more = false;
    if (first && total) {
        m_rows.reserve(first->size());
        for (const cd::Number &n : *first)
            m_rows.append(compact(n));
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

const cd::Number *NumberListModel::number(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    for (const Slot &slot : m_slots) {
        if (slot.row == row)
            return &slot.number;
    }
    Slot &slot = m_slots[m_nextSlot];
    m_nextSlot = (m_nextSlot + 1) % kNumberSlots;
    slot.row = row;
    slot.number = expand(m_rows.at(row));
    return &slot.number;
}

int NumberListModel::rowOf(const QString &number) const
{
    const quint64 value = digitsValue(number);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (row.number & kTextNumber ? numberText(row) == number : row.number == value)
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
    m_rows[row] = compact(*fresh);
    // Shared texts (a customer's name) may have changed for other rows too.
    forgetSlots();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

int NumberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const QString after = m_rows.isEmpty() ? QString() : numberText(m_rows.constLast());
    Result<QVector<cd::Number>> next = NumberService(m_db).page(m_filter, after, kPageSize);
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
    for (const cd::Number &n : *next)
        m_rows.append(compact(n));
    endInsertRows();
    m_changing = false;
}

QVariant NumberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cd::Number &n = *number(index.row());
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
            return Theme::negativeRowBackground();
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
