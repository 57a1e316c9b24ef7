#include "NumberService.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "common/Phone.h"
#include "agents/Uscc.h"
#include "contracts/OperatingRights.h"
#include "customers/CustomerService.h"
#include "pricing/Plan.h"
#include "pricing/PlanService.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QSet>

#include <algorithm>

namespace cd {

namespace {
const QString kNumberSelect = QStringLiteral(
    "SELECT n.id, n.number, n.carrier, n.grade, n.status, n.status_since, n.customer_id, c.uscc, c.name,"
    " n.agent_id, a.uscc, n.plan_id, p.code, n.reserved_until, n.reserved_for, n.activated_on,"
    " n.paid_through, n.suspended_on, n.suspension, n.reclaimed_on, n.cancelled_on"
    " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
    " LEFT JOIN agents a ON a.id = n.agent_id LEFT JOIN plans p ON p.id = n.plan_id");

Number numberFrom(SqlQuery &q)
{
    Number n;
    n.id = q.value(0).toLongLong();
    n.number = q.value(1).toString();
    n.carrier = q.value(2).toString();
    gradeFromKey(q.value(3).toString(), &n.grade);
    numberStatusFromKey(q.value(4).toString(), &n.status);
    n.statusSince = Dates::parse(q.value(5).toString());
    n.customerId = q.value(6).toLongLong();
    n.customerUscc = q.value(7).toString();
    n.customerName = q.value(8).toString();
    n.agentId = q.value(9).toLongLong();
    n.agentUscc = q.value(10).toString();
    n.planId = q.value(11).toLongLong();
    n.planCode = q.value(12).toString();
    n.reservedUntil = Dates::parse(q.value(13).toString());
    n.reservedFor = q.value(14).toLongLong();
    n.activatedOn = Dates::parse(q.value(15).toString());
    n.paidThrough = Dates::parse(q.value(16).toString());
    n.suspendedOn = Dates::parse(q.value(17).toString());
    n.suspension = q.value(18).toString();
    n.reclaimedOn = Dates::parse(q.value(19).toString());
    n.cancelledOn = Dates::parse(q.value(20).toString());
    return n;
}

// The ASCII digits of a digits filter.
QString filterDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    return digits;
}

// A digits filter (LIKE '%8888%') cannot use an index: on a million numbers
// each query scanned the whole number index, twice per page (the page and
// its count), about 130 ms. Every stored number is ten digits starting with
// 400 (normaliseNumber on every way in), so the numbers containing k digits
// are the number ranges "400…digits…" with the digits at each position, and
// there are few of them for four digits or more (at most 1,114): those are
// looked up with index range seeks instead. Shorter filters, which match many
// numbers and fill a page early, keep the scan.
constexpr int kMaxDigitRanges = 2000;
// Digits that overlap the 400 prefix ("4008") make one wide range holding a
// tenth of the pool: past this many rows the candidates would cost more than
// the scan (and the id list would be huge), so the filter scans instead.
constexpr int kMaxDigitCandidates = 20000;

// The [lo, hi] ranges of ten-digit 400 numbers holding `digits`; false when
// there would be more than kMaxDigitRanges.
bool digitRanges(const QString &digits, QVector<QPair<QString, QString>> *ranges)
{
    static const QString prefix = QStringLiteral("400");
    constexpr int kLength = 10;
    const int k = int(digits.size());
    if (k == 0)
        return false;
    int total = 0;
    for (int p = 0; p + k <= kLength; ++p) {
        bool fits = true;
        for (int i = 0; i < k && p + i < 3; ++i)
            fits = fits && digits.at(i) == prefix.at(p + i);
        if (!fits)
            continue;
        const int free = qMax(0, p - 3);
        int count = 1;
        for (int i = 0; i < free; ++i)
            count *= 10;
        total += count;
        if (total > kMaxDigitRanges)
            return false;
        for (int v = 0; v < count; ++v) {
            QString head;
            if (p >= 3)
                head = prefix + (free ? QString::number(v).rightJustified(free, QLatin1Char('0')) : QString()) + digits;
            else
                head = p + k >= 3 ? prefix.left(p) + digits : prefix;
            const int rest = kLength - int(head.size());
            ranges->append({head + QString(rest, QLatin1Char('0')), head + QString(rest, QLatin1Char('9'))});
        }
    }
    return true;
}

// The numbers (id, number) that hold the digits, in number order, when the
// ranges apply; false otherwise (then the filter scans).
bool digitCandidates(Database &db, const QString &digits, QVector<QPair<QString, qint64>> *out)
{
    QVector<QPair<QString, QString>> ranges;
    if (!digitRanges(digits, &ranges))
        return false;
    SqlQuery q(db, QStringLiteral("SELECT number, id FROM numbers WHERE number BETWEEN :lo AND :hi"));
    QSet<qint64> seen; // a number can hold the digits twice (4008888888)
    for (const auto &range : ranges) {
        q.bind(QStringLiteral(":lo"), range.first).bind(QStringLiteral(":hi"), range.second);
        if (!q.exec().ok())
            return false;
        while (q.next()) {
            const qint64 id = q.value(1).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                out->append({q.value(0).toString(), id});
            }
        }
        if (out->size() > kMaxDigitCandidates) {
            out->clear();
            return false;
        }
    }
    std::sort(out->begin(), out->end());
    return true;
}

// The WHERE terms of a filter. With `ids` (the digit candidates), the
// numbers are looked up by id; the other terms are then kept away from their
// indexes (unary +), which SQLite would otherwise scan instead.
QStringList whereFor(const NumberFilter &f, const QString &ids = {})
{
    QStringList w;
    const QString plus = ids.isNull() ? QString() : QStringLiteral("+");
    if (!ids.isNull())
        w << QStringLiteral("n.id IN (%1)").arg(ids);
    if (!f.digits.isEmpty())
        w << QStringLiteral("n.number LIKE :digits");
    if (!f.status.isEmpty())
        w << plus + QStringLiteral("n.status = :status");
    if (!f.grade.isEmpty())
        w << plus + QStringLiteral("n.grade = :grade");
    if (f.agentId)
        w << plus + QStringLiteral("n.agent_id = :agent");
    if (f.customerId)
        w << plus + QStringLiteral("n.customer_id = :customer");
    if (f.arrearsSuspendedBy.isValid())
        w << QStringLiteral("n.status = 'suspended' AND n.suspension = 'arrears'"
                            " AND n.suspended_on <= :suspendedBy");
    return w;
}

// Whether the filter has nothing but its digits: the digit candidates are
// then the answer (a page of them, their count) without another condition.
bool onlyDigits(const NumberFilter &f)
{
    return f.status.isEmpty() && f.grade.isEmpty() && !f.agentId && !f.customerId &&
           !f.arrearsSuspendedBy.isValid();
}

// The id list of the candidates (ints only, never input text); "" for none.
QString idList(const QVector<QPair<QString, qint64>> &candidates)
{
    QStringList ids;
    ids.reserve(candidates.size());
    for (const auto &c : candidates)
        ids << QString::number(c.second);
    return ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1Char(','));
}

void bindFilter(SqlQuery &q, const NumberFilter &f)
{
    if (!f.digits.isEmpty())
        q.bind(QStringLiteral(":digits"), QStringLiteral("%%1%").arg(filterDigits(f.digits)));
    if (!f.status.isEmpty())
        q.bind(QStringLiteral(":status"), f.status);
    if (!f.grade.isEmpty())
        q.bind(QStringLiteral(":grade"), f.grade);
    if (f.agentId)
        q.bind(QStringLiteral(":agent"), f.agentId);
    if (f.customerId)
        q.bind(QStringLiteral(":customer"), f.customerId);
    if (f.arrearsSuspendedBy.isValid())
        q.bind(QStringLiteral(":suspendedBy"), Dates::format(f.arrearsSuspendedBy));
}

AuditEntry numberEntry(const QString &action, const QString &number, const QString &oldValue,
                       const QString &newValue, const QString &clause = {})
{
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("number");
    e.entityId = number;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.clause = clause;
    return e;
}
} // namespace

Result<Number> NumberService::find(const QString &number)
{
    const QString digits = normaliseNumber(number);
    if (digits.isEmpty())
        return Error::rule(tr("\"%1\" is not a 400 number: ten digits starting with 400.").arg(number.trimmed()));
    SqlQuery q(m_db, kNumberSelect + QStringLiteral(" WHERE n.number = :n"));
    q.bind(QStringLiteral(":n"), digits);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("The number %1 is not in the pool.").arg(digits));
    Number n = numberFrom(q);
    q.finish();
    SqlQuery d(m_db, QStringLiteral("SELECT phone FROM number_destinations WHERE number_id = :id ORDER BY position"));
    d.bind(QStringLiteral(":id"), n.id);
    if (Status s = d.exec(); !s)
        return s.error();
    while (d.next())
        n.destinations << d.value(0).toString();
    return n;
}

Result<Number> NumberService::findById(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT number FROM numbers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    Result<QVariant> v = q.scalar();
    if (!v) {
        if (v.error().kind == ErrorKind::NotFound)
            return Error::notFound(tr("There is no number with the id %1.").arg(id));
        return v.error();
    }
    return find(v->toString());
}

Result<QVector<Number>> NumberService::page(const NumberFilter &filter, const QString &afterNumber, int limit)
{
    QString ids;
    QVector<QPair<QString, qint64>> candidates;
    if (!filter.digits.isEmpty() && digitCandidates(m_db, filterDigits(filter.digits), &candidates)) {
        // Only those after the page before; with no other filter, only a page of them.
        if (!afterNumber.isEmpty()) {
            const auto first = std::upper_bound(candidates.begin(), candidates.end(), afterNumber,
                                                [](const QString &n, const QPair<QString, qint64> &c) {
                                                    return n < c.first;
                                                });
            candidates.erase(candidates.begin(), first);
        }
        if (onlyDigits(filter) && candidates.size() > qMax(1, limit))
            candidates.resize(qMax(1, limit));
        ids = idList(candidates);
    }
    QStringList w = whereFor(filter, ids);
    if (!afterNumber.isEmpty())
        w << QStringLiteral("n.number > :after");
    QString sql = kNumberSelect;
    if (!w.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY n.number LIMIT :limit");
    SqlQuery q(m_db, sql);
    bindFilter(q, filter);
    if (!afterNumber.isEmpty())
        q.bind(QStringLiteral(":after"), afterNumber);
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Number> out;
    out.reserve(limit);
    while (q.next())
        out.append(numberFrom(q));
    return out;
}

Result<QVariant> NumberService::aggregate(const NumberFilter &filter, const QString &expression)
{
    QString ids;
    QVector<QPair<QString, qint64>> candidates;
    if (!filter.digits.isEmpty() && digitCandidates(m_db, filterDigits(filter.digits), &candidates))
        ids = idList(candidates);
    const QStringList w = whereFor(filter, ids);
    QString sql = QStringLiteral("SELECT %1 FROM numbers n").arg(expression);
    if (!w.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
    SqlQuery q(m_db, sql);
    bindFilter(q, filter);
    return q.scalar();
}

Result<qint64> NumberService::count(const NumberFilter &filter)
{
    if (!filter.digits.isEmpty() && onlyDigits(filter)) {
        QVector<QPair<QString, qint64>> candidates;
        if (digitCandidates(m_db, filterDigits(filter.digits), &candidates))
            return qint64(candidates.size());
    }
    Result<QVariant> v = aggregate(filter, QStringLiteral("COUNT(*)"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QDate> NumberService::earliestSuspension(const NumberFilter &filter)
{
    Result<QVariant> v = aggregate(filter, QStringLiteral("MIN(n.suspended_on)"));
    if (!v)
        return v.error();
    return Dates::parse(v->toString());
}

Status NumberService::recordEvent(qint64 numberId, const QDate &date, const QString &from, const QString &to,
                                  const QString &reason)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO number_events (number_id, event_date, from_status, to_status,"
                                    " reason) VALUES (:n, :d, :f, :t, :r)"));
    q.bind(QStringLiteral(":n"), numberId)
        .bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":f"), from)
        .bind(QStringLiteral(":t"), to)
        .bind(QStringLiteral(":r"), reason);
    return q.exec();
}

Status NumberService::reserve(const Actor &actor, const QString &number, const QString &customerUscc,
                              const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change numbers."));
    if (!date.isValid())
        return Error::rule(tr("A reservation needs its date."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Number> n = find(number);
    if (!n)
        return n.error();
    if (n->status != NumberStatus::Available)
        return Error::rule(tr("%1 is %2, not available.").arg(n->number, numberStatusDisplayName(n->status)));
    Result<Customer> customer = CustomerService(m_db).find(customerUscc);
    if (!customer)
        return customer.error();
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    SqlQuery held(m_db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE status = 'reserved' AND reserved_for = :c"));
    held.bind(QStringLiteral(":c"), customer->id);
    Result<QVariant> count = held.scalar();
    if (!count)
        return count.error();
    if (count->toInt() >= params->reservationLimit)
        return Error::rule(tr("%1 already holds %2 reserved numbers, the limit.")
                               .arg(customer->name)
                               .arg(params->reservationLimit));
    const QDate until = date.addDays(params->reservationDays);
    SqlQuery u(m_db, QStringLiteral("UPDATE numbers SET status = 'reserved', status_since = :d, reserved_for = :c,"
                                    " reserved_until = :until WHERE id = :id"));
    u.bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":c"), customer->id)
        .bind(QStringLiteral(":until"), Dates::format(until))
        .bind(QStringLiteral(":id"), n->id);
    if (Status s = u.exec(); !s)
        return s;
    if (Status s = recordEvent(n->id, date, QStringLiteral("available"), QStringLiteral("reserved"), customer->uscc); !s)
        return s;
    if (Status s = AuditLog::record(m_db, actor, numberEntry(QStringLiteral("number.reserve"), n->number,
                                                             QStringLiteral("available"),
                                                             QStringLiteral("reserved for %1 until %2")
                                                                 .arg(customer->uscc, Dates::format(until))));
        !s)
        return s;
    return tx.commit();
}

Status NumberService::release(const Actor &actor, const QString &number, const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change numbers."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Number> n = find(number);
    if (!n)
        return n.error();
    if (n->status != NumberStatus::Reserved)
        return Error::rule(tr("%1 is not reserved.").arg(n->number));
    SqlQuery u(m_db, QStringLiteral("UPDATE numbers SET status = 'available', status_since = :d, reserved_for = NULL,"
                                    " reserved_until = NULL WHERE id = :id"));
    u.bind(QStringLiteral(":d"), Dates::format(date)).bind(QStringLiteral(":id"), n->id);
    if (Status s = u.exec(); !s)
        return s;
    if (Status s = recordEvent(n->id, date, QStringLiteral("reserved"), QStringLiteral("available"), QStringLiteral("released")); !s)
        return s;
    if (Status s = AuditLog::record(m_db, actor, numberEntry(QStringLiteral("number.release"), n->number,
                                                             QStringLiteral("reserved"), QStringLiteral("available")));
        !s)
        return s;
    return tx.commit();
}

Result<Number> NumberService::activate(const Actor &actor, const Activation &a)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change numbers."));
    if (!a.date.isValid())
        return Error::rule(tr("An activation needs its date."));
    if (a.months < 1 || a.months > 120)
        return Error::rule(tr("An activation pays for 1 to 120 months, not %1.").arg(a.months));
    QStringList phones;
    for (const QString &p : a.destinations) {
        const QString digits = Phone::normalise(p);
        if (digits.isEmpty())
            return Error::rule(tr("The destination \"%1\" is not a Chinese phone number.").arg(p.trimmed()));
        phones << digits;
    }

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Number> n = find(a.number);
    if (!n)
        return n.error();
    Result<Customer> customer = CustomerService(m_db).find(a.customerUscc);
    if (!customer)
        return customer.error();
    if (n->status != NumberStatus::Available
        && !(n->status == NumberStatus::Reserved && n->reservedFor == customer->id))
        return Error::rule(tr("%1 is %2; only an available number, or one reserved for this customer, can be "
                              "activated.")
                               .arg(n->number, numberStatusDisplayName(n->status)));
    // §3.9 A customer passes qualification review before activation.
    if (customer->qualification != Qualification::Approved)
        return Error::rule(tr("%1 has not passed qualification review (%2); its numbers cannot be activated yet.")
                               .arg(customer->name, qualificationDisplayName(customer->qualification)),
                           QStringLiteral("§3.9"));
    // The developing agent must be allowed to open numbers, unless the provider
    // serves the customer after a takeover and opens the number itself.
    qint64 agentId = customer->agentId;
    if (customer->servedByProvider()) {
        agentId = 0;
    } else if (Status s = OperatingRights::canOpenNewNumbers(m_db, customer->agentId, a.date); !s) {
        return s.error();
    }
    Result<Plan> plan = PlanService(m_db).find(a.planCode);
    if (!plan)
        return plan.error();
    if (!plan->active)
        return Error::rule(tr("The plan %1 is no longer offered.").arg(plan->code));
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    const qint64 minimum = minimumAnnualFeeFen(n->grade, *params);
    if (plan->annualFee.fen() < minimum)
        return Error::rule(tr("%1 is a %2 number: it needs a plan of at least %3 a year; %4 costs %5.")
                               .arg(n->number, gradeDisplayName(n->grade), Money::fromFen(minimum).display(),
                                    plan->code, plan->annualFee.display()));

    const QDate paidThrough = a.date.addMonths(a.months).addDays(-1);
    SqlQuery u(m_db, QStringLiteral("UPDATE numbers SET status = 'active', status_since = :d, customer_id = :c,"
                                    " agent_id = :a, plan_id = :p, activated_on = :d, paid_through = :pt,"
                                    " reserved_for = NULL, reserved_until = NULL WHERE id = :id"));
    u.bind(QStringLiteral(":d"), Dates::format(a.date))
        .bind(QStringLiteral(":c"), customer->id)
        .bind(QStringLiteral(":a"), agentId ? QVariant(agentId) : QVariant())
        .bind(QStringLiteral(":p"), plan->id)
        .bind(QStringLiteral(":pt"), Dates::format(paidThrough))
        .bind(QStringLiteral(":id"), n->id);
    if (Status s = u.exec(); !s)
        return s.error();
    for (int i = 0; i < phones.size(); ++i) {
        SqlQuery d(m_db, QStringLiteral("INSERT INTO number_destinations (number_id, phone, position) VALUES (:n, :p, :i)"));
        d.bind(QStringLiteral(":n"), n->id).bind(QStringLiteral(":p"), phones.at(i)).bind(QStringLiteral(":i"), i);
        if (Status s = d.exec(); !s)
            return s.error();
    }
    if (Status s = recordEvent(n->id, a.date, numberStatusKey(n->status), QStringLiteral("active"), QStringLiteral("activation")); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db, actor,
                                    numberEntry(QStringLiteral("number.activate"), n->number, numberStatusKey(n->status),
                                                QStringLiteral("customer=%1; plan=%2; from %3; paid through %4; destinations=%5")
                                                    .arg(customer->uscc, plan->code, Dates::format(a.date),
                                                         Dates::format(paidThrough), phones.join(QLatin1Char(','))),
                                                QStringLiteral("§3.9")));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return find(n->number);
}

Status NumberService::setDestinations(const Actor &actor, const QString &number, const QStringList &phones)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change numbers."));
    QStringList clean;
    for (const QString &p : phones) {
        const QString digits = Phone::normalise(p);
        if (digits.isEmpty())
            return Error::rule(tr("The destination \"%1\" is not a Chinese phone number.").arg(p.trimmed()));
        clean << digits;
    }
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Number> n = find(number);
    if (!n)
        return n.error();
    if (n->status != NumberStatus::Active && n->status != NumberStatus::Suspended)
        return Error::rule(tr("%1 is not in service; it has no destinations.").arg(n->number));
    SqlQuery del(m_db, QStringLiteral("DELETE FROM number_destinations WHERE number_id = :n"));
    del.bind(QStringLiteral(":n"), n->id);
    if (Status s = del.exec(); !s)
        return s;
    for (int i = 0; i < clean.size(); ++i) {
        SqlQuery d(m_db, QStringLiteral("INSERT INTO number_destinations (number_id, phone, position) VALUES (:n, :p, :i)"));
        d.bind(QStringLiteral(":n"), n->id).bind(QStringLiteral(":p"), clean.at(i)).bind(QStringLiteral(":i"), i);
        if (Status s = d.exec(); !s)
            return s;
    }
    if (Status s = AuditLog::record(m_db, actor, numberEntry(QStringLiteral("number.destinations"), n->number,
                                                             n->destinations.join(QLatin1Char(',')),
                                                             clean.join(QLatin1Char(','))));
        !s)
        return s;
    return tx.commit();
}

Status NumberService::cancel(const Actor &actor, const QString &number, const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change numbers."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Number> n = find(number);
    if (!n)
        return n.error();
    if (n->status != NumberStatus::Active && n->status != NumberStatus::Suspended)
        return Error::rule(tr("%1 is %2; only a number in service can be cancelled.")
                               .arg(n->number, numberStatusDisplayName(n->status)));
    SqlQuery u(m_db, QStringLiteral("UPDATE numbers SET status = 'cancelled', status_since = :d, cancelled_on = :d"
                                    " WHERE id = :id"));
    u.bind(QStringLiteral(":d"), Dates::format(date)).bind(QStringLiteral(":id"), n->id);
    if (Status s = u.exec(); !s)
        return s;
    if (Status s = recordEvent(n->id, date, numberStatusKey(n->status), QStringLiteral("cancelled"), QStringLiteral("customer request")); !s)
        return s;
    if (Status s = AuditLog::record(m_db, actor, numberEntry(QStringLiteral("number.cancel"), n->number,
                                                             numberStatusKey(n->status),
                                                             QStringLiteral("cancelled on %1").arg(Dates::format(date))));
        !s)
        return s;
    return tx.commit();
}

Result<int> NumberService::blockCustomerNumbersIn(const Actor &actor, qint64 customerId, const QDate &date,
                                                  const QString &reason)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change numbers."));
    // §3.9 Every number in service, at once; an arrears suspension becomes a block.
    SqlQuery u(m_db, QStringLiteral("UPDATE numbers SET status = 'suspended', suspension = 'fraud', suspended_on = :d,"
                                    " status_since = :d WHERE customer_id = :c AND (status = 'active'"
                                    " OR (status = 'suspended' AND suspension = 'arrears')) RETURNING id, number"));
    u.bind(QStringLiteral(":d"), Dates::format(date)).bind(QStringLiteral(":c"), customerId);
    if (Status s = u.exec(); !s)
        return s.error();
    QVector<QPair<qint64, QString>> blocked;
    while (u.next())
        blocked.append({u.value(0).toLongLong(), u.value(1).toString()});
    u.finish();
    QStringList numbers;
    for (const auto &b : blocked) {
        if (Status s = recordEvent(b.first, date, QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("fraud")); !s)
            return s.error();
        numbers << b.second;
    }
    // Reservations held for the customer go back to the pool.
    SqlQuery r(m_db, QStringLiteral("UPDATE numbers SET status = 'available', status_since = :d, reserved_for = NULL,"
                                    " reserved_until = NULL WHERE status = 'reserved' AND reserved_for = :c"));
    r.bind(QStringLiteral(":d"), Dates::format(date)).bind(QStringLiteral(":c"), customerId);
    if (Status s = r.exec(); !s)
        return s.error();
    Result<Customer> customer = CustomerService(m_db).findById(customerId);
    if (!customer)
        return customer.error();
    AuditEntry e;
    e.action = QStringLiteral("number.block");
    e.entity = QStringLiteral("customer");
    e.entityId = customer->uscc;
    e.newValue = QStringLiteral("%1 numbers blocked on %2: %3; %4")
                     .arg(blocked.size())
                     .arg(Dates::format(date), numbers.join(QLatin1Char(',')), reason);
    e.clause = QStringLiteral("§3.9");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    return int(blocked.size());
}

NumberImporter::NumberImporter() = default;
NumberImporter::~NumberImporter() = default;

QVector<CsvColumn> NumberImporter::columns() const
{
    return {{QStringLiteral("number"), true},      {QStringLiteral("carrier"), true},
            {QStringLiteral("customer_uscc"), false}, {QStringLiteral("plan"), false},
            {QStringLiteral("status"), false},      {QStringLiteral("activated_on"), false},
            {QStringLiteral("paid_through"), false}};
}

QVector<FieldError> NumberImporter::importRow(Database &db, const Actor &actor, const CsvRow &row)
{
    Q_UNUSED(actor)
    QVector<FieldError> errors;
    const QString raw = row.value(QStringLiteral("number")).trimmed();
    const QString number = normaliseNumber(raw);
    if (number.isEmpty())
        errors.append({QStringLiteral("number"), NumberService::tr("\"%1\" is not a 400 number: ten digits starting with 400.").arg(raw)});
    const QString carrier = row.value(QStringLiteral("carrier")).trimmed();
    if (!carrierKeys().contains(carrier))
        errors.append({QStringLiteral("carrier"), NumberService::tr("\"%1\" is not a carrier; use telecom, unicom or mobile.").arg(carrier)});
    QString status = row.value(QStringLiteral("status")).trimmed();
    if (status.isEmpty())
        status = QStringLiteral("available");
    const QString customerCode = row.value(QStringLiteral("customer_uscc")).trimmed();
    const QString planCode = row.value(QStringLiteral("plan")).trimmed();
    const QString activatedText = row.value(QStringLiteral("activated_on")).trimmed();
    const QString paidText = row.value(QStringLiteral("paid_through")).trimmed();
    QVariant customerId, agentId, planId;
    QDate activated, paid;
    if (status == QLatin1String("available")) {
        if (!customerCode.isEmpty() || !planCode.isEmpty() || !activatedText.isEmpty() || !paidText.isEmpty())
            errors.append({QStringLiteral("status"), NumberService::tr("An available number carries no customer, plan or dates; "
                                                                       "set status to active for a number in service.")});
    } else if (status == QLatin1String("active")) {
        const QString code = Uscc::normalise(customerCode);
        if (code.isEmpty()) {
            errors.append({QStringLiteral("customer_uscc"), NumberService::tr("An active number needs its customer's code.")});
        } else {
            if (!m_customers.contains(code)) {
                SqlQuery q(db, QStringLiteral("SELECT id, agent_id FROM customers WHERE uscc = :u"));
                q.bind(QStringLiteral(":u"), code);
                if (q.exec().ok() && q.next())
                    m_customers.insert(code, {q.value(0).toLongLong(), q.value(1).toLongLong()});
            }
            if (!m_customers.contains(code)) {
                errors.append({QStringLiteral("customer_uscc"), NumberService::tr("There is no customer with the code %1.").arg(code)});
            } else {
                customerId = m_customers.value(code).first;
                agentId = m_customers.value(code).second;
            }
        }
        if (planCode.isEmpty()) {
            errors.append({QStringLiteral("plan"), NumberService::tr("An active number needs its plan.")});
        } else {
            if (!m_plans.contains(planCode)) {
                SqlQuery q(db, QStringLiteral("SELECT id FROM plans WHERE code = :c"));
                q.bind(QStringLiteral(":c"), planCode);
                if (q.exec().ok() && q.next())
                    m_plans.insert(planCode, q.value(0).toLongLong());
            }
            if (!m_plans.contains(planCode))
                errors.append({QStringLiteral("plan"), NumberService::tr("There is no plan %1.").arg(planCode)});
            else
                planId = m_plans.value(planCode);
        }
        activated = Dates::parse(activatedText);
        paid = Dates::parse(paidText);
        if (!activated.isValid())
            errors.append({QStringLiteral("activated_on"), NumberService::tr("\"%1\" is not a date written YYYY-MM-DD.").arg(activatedText)});
        if (!paid.isValid())
            errors.append({QStringLiteral("paid_through"), NumberService::tr("\"%1\" is not a date written YYYY-MM-DD.").arg(paidText)});
        else if (activated.isValid() && paid < activated)
            errors.append({QStringLiteral("paid_through"), NumberService::tr("The number is paid through %1, before its activation on %2.")
                                                               .arg(paidText, activatedText)});
    } else {
        errors.append({QStringLiteral("status"), NumberService::tr("\"%1\" is not allowed here; use available or active.").arg(status)});
    }
    if (!errors.isEmpty())
        return errors;

    if (!m_insert) {
        m_insert = std::make_unique<SqlQuery>(
            db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, status_since, customer_id,"
                               " agent_id, plan_id, activated_on, paid_through, created_at) VALUES (:n, :c, :g,"
                               " :s, :since, :cust, :agent, :plan, :act, :paid, :now)"
                               " ON CONFLICT (number) DO NOTHING"));
        m_now = Dates::nowTimestamp();
    }
    SqlQuery &ins = *m_insert;
    ins.bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":c"), carrier)
        .bind(QStringLiteral(":g"), gradeKey(gradeOf(number)))
        .bind(QStringLiteral(":s"), status)
        .bind(QStringLiteral(":since"), activated.isValid() ? QVariant(Dates::format(activated)) : QVariant())
        .bind(QStringLiteral(":cust"), customerId)
        .bind(QStringLiteral(":agent"), agentId)
        .bind(QStringLiteral(":plan"), planId)
        .bind(QStringLiteral(":act"), activated.isValid() ? QVariant(Dates::format(activated)) : QVariant())
        .bind(QStringLiteral(":paid"), paid.isValid() ? QVariant(Dates::format(paid)) : QVariant())
        .bind(QStringLiteral(":now"), m_now);
    if (Status s = ins.exec(); !s)
        return {{QString(), s.error().message}};
    if (ins.numRowsAffected() == 0)
        return {{QStringLiteral("number"), NumberService::tr("%1 is already in the pool.").arg(number)}};
    return {};
}

} // namespace cd
