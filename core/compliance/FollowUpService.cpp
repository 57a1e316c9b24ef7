#include "FollowUpService.h"

#include "common/Dates.h"
#include "compliance/ReviewService.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>

#include <algorithm>

namespace cd {

Result<QVector<FollowUpDue>> FollowUpService::due(const QDate &asOf)
{
    if (!asOf.isValid())
        return Error::rule(tr("Follow-ups are computed as of a date."), QStringLiteral("§3.9"));
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    // Active customers: a number in service, activated on or before the date.
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT c.id, c.uscc, c.name, a.uscc, a.status, MIN(n.activated_on),"
                   " (SELECT MAX(r.decided_on) FROM reviews r WHERE r.customer_id = c.id"
                   "   AND r.kind = 'follow_up' AND r.status = 'closed' AND r.decided_on <= :asof),"
                   " (SELECT MIN(r.id) FROM reviews r WHERE r.customer_id = c.id"
                   "   AND r.kind = 'follow_up' AND r.status = 'open')"
                   " FROM customers c JOIN agents a ON a.id = c.agent_id"
                   " JOIN numbers n ON n.customer_id = c.id AND n.status = 'active'"
                   "  AND n.activated_on IS NOT NULL AND n.activated_on <= :asof"
                   " GROUP BY c.id, c.uscc, c.name, a.uscc, a.status"
                   " ORDER BY c.id"));
    q.bind(QStringLiteral(":asof"), Dates::format(asOf));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<FollowUpDue> out;
    while (q.next()) {
        FollowUpDue d;
        d.customerId = q.value(0).toLongLong();
        d.customerUscc = q.value(1).toString();
        d.customerName = q.value(2).toString();
        d.agentUscc = q.value(3).toString();
        d.supervised = q.value(4).toString() == QLatin1String("supervised");
        d.firstActivation = Dates::parse(q.value(5).toString());
        d.lastFollowUp = Dates::parse(q.value(6).toString());
        d.openReviewId = q.value(7).toLongLong();
        // §3.9 First within N days of activation; after that yearly, or every
        // M days while the developing agent is supervised. A follow-up older
        // than the customer's numbers now in service does not count.
        if (d.lastFollowUp.isValid() && d.lastFollowUp >= d.firstActivation)
            d.dueOn =
                d.lastFollowUp.addDays(d.supervised ? params->followUpSupervisedDays : kYearlyDays);
        else
            d.dueOn = d.firstActivation.addDays(params->followUpFirstDays);
        out.append(d);
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return m_db.errorFor(error, QStringLiteral("follow-ups"));
    q.finish();
    std::stable_sort(out.begin(), out.end(),
                     [](const FollowUpDue &a, const FollowUpDue &b) { return a.dueOn < b.dueOn; });
    return out;
}

Result<QVector<FollowUpDue>> FollowUpService::schedule(const Actor &actor, const QDate &asOf)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not schedule follow-up reviews."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<QVector<FollowUpDue>> all = due(asOf);
    if (!all)
        return all.error();
    const QDate horizon = asOf.addDays(kScheduleWindowDays);
    ReviewService reviews(m_db);
    QVector<FollowUpDue> opened;
    for (FollowUpDue d : all.value()) {
        if (d.openReviewId != 0 || d.dueOn > horizon)
            continue;
        Result<qint64> id =
            reviews.openCheckIn(actor, d.customerId, ReviewKind::FollowUp, asOf, d.dueOn);
        if (!id)
            return id.error();
        d.openReviewId = *id;
        opened.append(d);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return opened;
}

} // namespace cd
