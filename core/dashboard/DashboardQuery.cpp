#include "DashboardQuery.h"

#include "common/Dates.h"
#include "compliance/Review.h"
#include "compliance/ViolationService.h"
#include "numbers/RenewalQuery.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace cd {

namespace {
const QVector<NumberStatus> kStatuses{NumberStatus::Available, NumberStatus::Reserved,
                                      NumberStatus::Active,    NumberStatus::Suspended,
                                      NumberStatus::Reclaimed, NumberStatus::Cancelled};

// The age buckets of open reviews: {min, max} days, -1 for no upper bound.
const QVector<QPair<int, int>> kAgeBuckets{{0, 2}, {3, 7}, {8, 14}, {15, -1}};
} // namespace

qint64 DashboardFigures::countOf(NumberStatus status) const
{
    for (const StatusCount &c : numbersByStatus) {
        if (c.status == status)
            return c.count;
    }
    return 0;
}

qint64 DashboardFigures::openReviews() const
{
    qint64 n = 0;
    for (const ReviewAgeBucket &b : reviewAges)
        n += b.total();
    return n;
}

QVector<RenewalWeek> DashboardQuery::weeksFrom(const QDate &asOf)
{
    // Weeks from Monday, the first and last cut to the window asOf .. asOf +
    // 12 weeks; the renewals view heads its groups with them too.
    QVector<RenewalWeek> weeks;
    const QDate end = asOf.addDays(7 * kRenewalWeeks);
    for (QDate monday = asOf.addDays(1 - asOf.dayOfWeek()); monday <= end;
         monday = monday.addDays(7)) {
        RenewalWeek w;
        w.week = monday;
        w.from = qMax(monday, asOf);
        w.to = qMin(monday.addDays(6), end);
        weeks.append(w);
    }
    return weeks;
}

Result<DashboardFigures> DashboardQuery::load(const QDate &asOf)
{
    DashboardFigures f;
    f.asOf = asOf;
    Result<QVector<StatusCount>> statuses = numbersByStatus();
    if (!statuses)
        return statuses.error();
    f.numbersByStatus = *statuses;
    for (const StatusCount &c : f.numbersByStatus)
        f.numbersTotal += c.count;
    Result<qint64> overdue = overdueRenewals(asOf);
    if (!overdue)
        return overdue.error();
    f.overdueRenewals = *overdue;
    Result<QVector<RenewalWeek>> weeks = renewalWeeks(asOf);
    if (!weeks)
        return weeks.error();
    f.renewalWeeks = *weeks;
    Result<ReclaimRisk> risk = reclaimRisk(asOf);
    if (!risk)
        return risk.error();
    f.atRisk = *risk;
    Result<QVector<ReviewAgeBucket>> ages = openReviewsByAge(asOf);
    if (!ages)
        return ages.error();
    f.reviewAges = *ages;
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    f.promotionThresholdPercent = params->promotionThresholdPercent;
    f.quarter = Quarter::containing(asOf);
    Result<QVector<AgentCompletion>> completion = quarterlyCompletion(f.quarter);
    if (!completion)
        return completion.error();
    f.completion = *completion;
    Result<ViolationFigures> violations = openViolations();
    if (!violations)
        return violations.error();
    f.violations = *violations;
    return f;
}

Result<QVector<StatusCount>> DashboardQuery::numbersByStatus()
{
    // One pass over the numbers_status index (covering: no table rows read).
    SqlQuery q(m_db, QStringLiteral("SELECT status, COUNT(*) FROM numbers GROUP BY status"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVector<StatusCount> out;
    for (NumberStatus s : kStatuses)
        out.append({s, counts.value(numberStatusKey(s))});
    return out;
}

Result<qint64> DashboardQuery::overdueRenewals(const QDate &asOf)
{
    RenewalFilter filter;
    filter.bucket = RenewalBucket::Overdue;
    filter.from = asOf;
    return RenewalQuery(m_db).count(filter);
}

Result<QVector<RenewalWeek>> DashboardQuery::renewalWeeks(const QDate &asOf)
{
    // One indexed range count per week through RenewalQuery, the renewals
    // view's own rule (active, paid_through within the week).
    RenewalQuery query(m_db);
    QVector<RenewalWeek> weeks = weeksFrom(asOf);
    for (RenewalWeek &w : weeks) {
        RenewalFilter filter;
        filter.bucket = RenewalBucket::Due;
        filter.from = w.from;
        filter.to = w.to;
        Result<qint64> n = query.count(filter);
        if (!n)
            return n.error();
        w.due = *n;
    }
    return weeks;
}

Result<NumberFilter> DashboardQuery::reclaimRiskFilter(const QDate &asOf, int days)
{
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    // §2.10 As LifecycleSweep reclaims: suspended for arrears, on suspended_on + R.
    // reclaim <= asOf + days  ⇔  suspended_on <= asOf + days − R.
    NumberFilter filter;
    filter.arrearsSuspendedBy = asOf.addDays(days - params->reclaimDays);
    return filter;
}

Result<ReclaimRisk> DashboardQuery::reclaimRisk(const QDate &asOf, int days)
{
    Result<NumberFilter> filter = reclaimRiskFilter(asOf, days);
    if (!filter)
        return filter.error();
    ReclaimRisk risk;
    risk.days = days;
    risk.until = asOf.addDays(days);
    const qint64 reclaimDays = filter->arrearsSuspendedBy.daysTo(risk.until);
    // The count as the Numbers list filters it, and the earliest among them
    // (the numbers_suspended index).
    Result<qint64> count = NumberService(m_db).count(*filter);
    if (!count)
        return count.error();
    risk.numbers = *count;
    Result<QDate> first = NumberService(m_db).earliestSuspension(*filter);
    if (!first)
        return first.error();
    if (first->isValid())
        risk.firstReclaim = first->addDays(reclaimDays);
    return risk;
}

Result<QVector<ReviewAgeBucket>> DashboardQuery::openReviewsByAge(const QDate &asOf)
{
    // Age in days ≤ n ⇔ opened_on ≥ asOf − n: one pass over the reviews_open
    // index (status, kind, opened_on), bucketed in SQL.
    QString sql = QStringLiteral("SELECT kind");
    for (int i = 0; i < kAgeBuckets.size(); ++i) {
        const auto &[min, max] = kAgeBuckets.at(i);
        QStringList conditions;
        if (min > 0)
            conditions << QStringLiteral("opened_on <= :lo%1").arg(i);
        if (max >= 0)
            conditions << QStringLiteral("opened_on >= :hi%1").arg(i);
        sql += QStringLiteral(", SUM(CASE WHEN %1 THEN 1 ELSE 0 END)")
                   .arg(conditions.isEmpty() ? QStringLiteral("1 = 1")
                                             : conditions.join(QStringLiteral(" AND ")));
    }
    sql += QStringLiteral(" FROM reviews WHERE status = 'open' GROUP BY kind");
    SqlQuery q(m_db, sql);
    for (int i = 0; i < kAgeBuckets.size(); ++i) {
        const auto &[min, max] = kAgeBuckets.at(i);
        if (min > 0)
            q.bind(QStringLiteral(":lo%1").arg(i), Dates::format(asOf.addDays(-min)));
        if (max >= 0)
            q.bind(QStringLiteral(":hi%1").arg(i), Dates::format(asOf.addDays(-max)));
    }
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<ReviewAgeBucket> out;
    for (const auto &[min, max] : kAgeBuckets) {
        ReviewAgeBucket b;
        b.minDays = min;
        b.maxDays = max;
        out.append(b);
    }
    while (q.next()) {
        const bool qualification =
            q.value(0).toString() == reviewKindKey(ReviewKind::Qualification);
        for (int i = 0; i < out.size(); ++i) {
            const qint64 n = q.value(i + 1).toLongLong();
            (qualification ? out[i].qualification : out[i].checks) += n;
        }
    }
    return out;
}

Result<QVector<AgentCompletion>> DashboardQuery::quarterlyCompletion(const Quarter &quarter)
{
    return QuarterlyEvaluation(m_db).completions(quarter);
}

Result<ViolationFigures> DashboardQuery::openViolations()
{
    SqlQuery q(m_db, QStringLiteral("SELECT classification, COUNT(*) FROM violations"
                                    " WHERE status = 'open' GROUP BY classification"));
    if (Status s = q.exec(); !s)
        return s.error();
    ViolationFigures f;
    while (q.next()) {
        const QString c = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        f.open += n;
        if (c == classificationKey(Classification::Negligent))
            f.negligent += n;
        else if (c == classificationKey(Classification::Intentional))
            f.intentional += n;
        else
            f.unclassified += n;
    }
    return f;
}

} // namespace cd
