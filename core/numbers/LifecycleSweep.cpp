#include "LifecycleSweep.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "numbers/NumberService.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace cd {

bool SweepCounts::nothingToDo() const
{
    return renewalNotices == 0 && suspended == 0 && reclaimWarnings == 0 && reclaimed == 0
           && reservationsReleased == 0 && contractsExpired == 0 && contractsActivated == 0;
}

namespace {
// Distinct values of a date column, oldest first; the sweep works one date at a
// time with equality lookups on indexed columns, which keeps the SQL portable
// (no date functions) and fast on a million numbers.
Result<QVector<QDate>> distinctDates(Database &db, const QString &sql, const QVector<QPair<QString, QString>> &binds)
{
    SqlQuery q(db, sql);
    for (const auto &b : binds)
        q.bind(b.first, b.second);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<QDate> out;
    while (q.next())
        out.append(Dates::parse(q.value(0).toString()));
    return out;
}

// The service owner on a date: the developing agent, or the provider (NULL)
// once it took the customer over (§2.3, §9.6).
const QString kRecipient = QStringLiteral(
    "CASE WHEN c.taken_over_on IS NOT NULL AND c.taken_over_on <= :nd THEN NULL ELSE c.agent_id END");
} // namespace

Result<QDate> LifecycleSweep::lastSwept()
{
    SqlQuery q(m_db, QStringLiteral("SELECT MAX(up_to) FROM sweep_runs"));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return Dates::parse(v->toString());
}

Result<SweepCounts> LifecycleSweep::run(const Actor &actor, const QDate &upTo)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not run the daily sweep."));
    if (!upTo.isValid())
        return Error::rule(tr("The sweep needs the date to run up to."), QStringLiteral("§2.10"));
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QDate> last = lastSwept();
    if (!last)
        return last.error();
    SweepCounts counts;
    counts.upTo = upTo;
    counts.from = last->isValid() ? last->addDays(1) : QDate();
    const QString now = Dates::nowTimestamp();
    const QString upToText = Dates::format(upTo);
    const int G = params->graceDays;
    const int R = params->reclaimDays;
    const int W = params->reclaimWarningDays;
    NumberService numbers(m_db);

    // Notices owed for a day are written once (a unique index), dated on that
    // day, for days after the previous sweep: catching up gives each its date.
    auto windowFloor = [&](int shiftDays) {
        return last->isValid() ? Dates::format(last->addDays(shiftDays)) : QStringLiteral("0000-00-00");
    };

    // 1. Reservations past their hold go back to the pool the day after.
    {
        Result<QVector<QDate>> until = distinctDates(
            m_db, QStringLiteral("SELECT DISTINCT reserved_until FROM numbers WHERE status = 'reserved'"
                                 " AND reserved_until < :d ORDER BY 1"),
            {{QStringLiteral(":d"), upToText}});
        if (!until)
            return until.error();
        for (const QDate &u : *until) {
            const QDate on = u.addDays(1);
            SqlQuery r(m_db, QStringLiteral("UPDATE numbers SET status = 'available', status_since = :on,"
                                            " reserved_for = NULL, reserved_until = NULL"
                                            " WHERE status = 'reserved' AND reserved_until = :u RETURNING id"));
            r.bind(QStringLiteral(":on"), Dates::format(on)).bind(QStringLiteral(":u"), Dates::format(u));
            if (Status s = r.exec(); !s)
                return s.error();
            QVector<qint64> ids;
            while (r.next())
                ids.append(r.value(0).toLongLong());
            r.finish();
            for (qint64 id : ids) {
                if (Status s = numbers.recordEvent(id, on, QStringLiteral("reserved"), QStringLiteral("available"),
                                                   QStringLiteral("reservation expired"));
                    !s)
                    return s.error();
            }
            counts.reservationsReleased += int(ids.size());
        }
    }

    // 2. §2.10 Renewal notices at each offset before paid_through.
    for (int offset : params->reminderOffsets) {
        Result<QVector<QDate>> paid = distinctDates(
            m_db, QStringLiteral("SELECT DISTINCT paid_through FROM numbers WHERE status = 'active'"
                                 " AND paid_through > :lo AND paid_through <= :hi ORDER BY 1"),
            {{QStringLiteral(":lo"), windowFloor(offset)}, {QStringLiteral(":hi"), Dates::format(upTo.addDays(offset))}});
        if (!paid)
            return paid.error();
        for (const QDate &p : *paid) {
            const QDate noticeDate = p.addDays(-offset);
            SqlQuery n(m_db, QStringLiteral("INSERT INTO notices (notice_date, kind, number_id, recipient_agent_id,"
                                            " detail, created_at) SELECT :nd, 'renewal_due', n.id, ")
                                 + kRecipient
                                 + QStringLiteral(", :detail, :now FROM numbers n JOIN customers c ON c.id = n.customer_id"
                                                  " WHERE n.status = 'active' AND n.paid_through = :p"
                                                  " AND n.activated_on <= :nd"
                                                  " ON CONFLICT (kind, number_id, notice_date) WHERE number_id IS NOT NULL"
                                                  " DO NOTHING"));
            n.bind(QStringLiteral(":nd"), Dates::format(noticeDate))
                .bind(QStringLiteral(":detail"), QStringLiteral("paid through %1; %2 days").arg(Dates::format(p)).arg(offset))
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":p"), Dates::format(p));
            if (Status s = n.exec(); !s)
                return s.error();
            counts.renewalNotices += n.numRowsAffected();
        }
    }

    // Inserts one notice for a number on a date, to its service owner.
    auto notice = [&](qint64 numberId, const QDate &date, const QString &kind, const QString &detail) -> Status {
        SqlQuery n(m_db, QStringLiteral("INSERT INTO notices (notice_date, kind, number_id, recipient_agent_id, detail,"
                                        " created_at) SELECT :nd, :kind, n.id, ")
                             + kRecipient
                             + QStringLiteral(", :detail, :now FROM numbers n JOIN customers c ON c.id = n.customer_id"
                                              " WHERE n.id = :id ON CONFLICT (kind, number_id, notice_date)"
                                              " WHERE number_id IS NOT NULL DO NOTHING"));
        n.bind(QStringLiteral(":nd"), Dates::format(date))
            .bind(QStringLiteral(":kind"), kind)
            .bind(QStringLiteral(":detail"), detail)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), numberId);
        return n.exec();
    };

    // 3. §2.10 Arrears suspension on paid_through + G + 1 — or on the day the
    //    number came back, if a short payment left it still past the grace.
    {
        Result<QVector<QDate>> paid = distinctDates(
            m_db, QStringLiteral("SELECT DISTINCT paid_through FROM numbers WHERE status = 'active'"
                                 " AND paid_through <= :limit ORDER BY 1"),
            {{QStringLiteral(":limit"), Dates::format(upTo.addDays(-G - 1))}});
        if (!paid)
            return paid.error();
        for (const QDate &p : *paid) {
            const QString due = Dates::format(p.addDays(G + 1));
            SqlQuery u(m_db, QStringLiteral(
                                 "UPDATE numbers SET status = 'suspended', suspension = 'arrears',"
                                 " suspended_on = CASE WHEN status_since > :due THEN status_since ELSE :due END,"
                                 " status_since = CASE WHEN status_since > :due THEN status_since ELSE :due END"
                                 " WHERE status = 'active' AND paid_through = :p"
                                 " AND (status_since IS NULL OR status_since <= :upto) RETURNING id, suspended_on"));
            u.bind(QStringLiteral(":due"), due).bind(QStringLiteral(":p"), Dates::format(p)).bind(QStringLiteral(":upto"), upToText);
            if (Status s = u.exec(); !s)
                return s.error();
            QVector<QPair<qint64, QDate>> rows;
            while (u.next())
                rows.append({u.value(0).toLongLong(), Dates::parse(u.value(1).toString())});
            u.finish();
            for (const auto &[id, on] : rows) {
                if (Status s = numbers.recordEvent(id, on, QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("arrears")); !s)
                    return s.error();
                if (Status s = notice(id, on, QStringLiteral("suspended"), QStringLiteral("paid through %1").arg(Dates::format(p))); !s)
                    return s.error();
            }
            counts.suspended += int(rows.size());
        }
    }

    // 4. §2.10 Reclaim warning W days before the reclaim on suspended_on + R.
    {
        Result<QVector<QDate>> since = distinctDates(
            m_db, QStringLiteral("SELECT DISTINCT suspended_on FROM numbers WHERE status = 'suspended'"
                                 " AND suspension = 'arrears' AND suspended_on > :lo AND suspended_on <= :hi ORDER BY 1"),
            {{QStringLiteral(":lo"), windowFloor(W - R)}, {QStringLiteral(":hi"), Dates::format(upTo.addDays(W - R))}});
        if (!since)
            return since.error();
        for (const QDate &s0 : *since) {
            const QDate warnOn = s0.addDays(R - W);
            SqlQuery n(m_db, QStringLiteral("INSERT INTO notices (notice_date, kind, number_id, recipient_agent_id,"
                                            " detail, created_at) SELECT :nd, 'reclaim_warning', n.id, ")
                                 + kRecipient
                                 + QStringLiteral(", :detail, :now FROM numbers n JOIN customers c ON c.id = n.customer_id"
                                                  " WHERE n.status = 'suspended' AND n.suspension = 'arrears'"
                                                  " AND n.suspended_on = :s ON CONFLICT (kind, number_id, notice_date)"
                                                  " WHERE number_id IS NOT NULL DO NOTHING"));
            n.bind(QStringLiteral(":nd"), Dates::format(warnOn))
                .bind(QStringLiteral(":detail"), QStringLiteral("reclaim on %1").arg(Dates::format(s0.addDays(R))))
                .bind(QStringLiteral(":now"), now)
                .bind(QStringLiteral(":s"), Dates::format(s0));
            if (Status s = n.exec(); !s)
                return s.error();
            counts.reclaimWarnings += n.numRowsAffected();
        }
    }

    // 5. §2.10 Reclaim on suspended_on + R: permanent.
    {
        Result<QVector<QDate>> since = distinctDates(
            m_db, QStringLiteral("SELECT DISTINCT suspended_on FROM numbers WHERE status = 'suspended'"
                                 " AND suspension = 'arrears' AND suspended_on <= :limit ORDER BY 1"),
            {{QStringLiteral(":limit"), Dates::format(upTo.addDays(-R))}});
        if (!since)
            return since.error();
        for (const QDate &s0 : *since) {
            const QDate on = s0.addDays(R);
            SqlQuery u(m_db, QStringLiteral("UPDATE numbers SET status = 'reclaimed', reclaimed_on = :on, status_since = :on"
                                            " WHERE status = 'suspended' AND suspension = 'arrears' AND suspended_on = :s"
                                            " RETURNING id"));
            u.bind(QStringLiteral(":on"), Dates::format(on)).bind(QStringLiteral(":s"), Dates::format(s0));
            if (Status s = u.exec(); !s)
                return s.error();
            QVector<qint64> ids;
            while (u.next())
                ids.append(u.value(0).toLongLong());
            u.finish();
            for (qint64 id : ids) {
                if (Status s = numbers.recordEvent(id, on, QStringLiteral("suspended"), QStringLiteral("reclaimed"), QStringLiteral("arrears")); !s)
                    return s.error();
                if (Status s = notice(id, on, QStringLiteral("reclaimed"), QStringLiteral("suspended since %1").arg(Dates::format(s0))); !s)
                    return s.error();
            }
            counts.reclaimed += int(ids.size());
        }
    }

    // 6. §9.2 Contracts: expiry at year end, drafts taking effect.
    Result<ContractSweepResult> contracts = ContractService(m_db).sweep(actor, upTo, true);
    if (!contracts)
        return contracts.error();
    counts.contractsExpired = contracts->expired;
    counts.contractsActivated = contracts->activated;

    const QString summary = QStringLiteral("renewal_due=%1; suspended=%2; reclaim_warning=%3; reclaimed=%4;"
                                           " reservations_released=%5; contracts_expired=%6; contracts_activated=%7")
                                .arg(counts.renewalNotices)
                                .arg(counts.suspended)
                                .arg(counts.reclaimWarnings)
                                .arg(counts.reclaimed)
                                .arg(counts.reservationsReleased)
                                .arg(counts.contractsExpired)
                                .arg(counts.contractsActivated);
    if (!last->isValid() || upTo > *last) {
        SqlQuery r(m_db, QStringLiteral("INSERT INTO sweep_runs (up_to, run_at, run_by, summary) VALUES (:u, :at, :by, :s)"));
        r.bind(QStringLiteral(":u"), upToText).bind(QStringLiteral(":at"), now).bind(QStringLiteral(":by"), actor.userName)
            .bind(QStringLiteral(":s"), summary);
        if (Status s = r.exec(); !s)
            return s.error();
    }
    if (!counts.nothingToDo()) {
        AuditEntry e;
        e.action = QStringLiteral("sweep");
        e.entity = QStringLiteral("numbers");
        e.entityId = upToText;
        e.oldValue = last->isValid() ? Dates::format(*last) : QString();
        e.newValue = summary;
        e.clause = QStringLiteral("§2.10");
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace cd
