#pragma once

#include "common/Result.h"
#include "numbers/NumberService.h"
#include "numbers/Number.h"
#include "pricing/QuarterlyEvaluation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// How many numbers are in one status (every status is listed, zeros too).
struct StatusCount {
    NumberStatus status = NumberStatus::Available;
    qint64 count = 0;
};

// The renewals due in one week (§2.10), as the Payments area's renewals view
// heads them: weeks run Monday to Sunday, the first and last cut to the
// window asOf .. asOf + 12 weeks, so `from`/`to` may be shorter than the week.
struct RenewalWeek {
    QDate week; // the Monday
    QDate from; // first day counted
    QDate to;   // last day counted
    qint64 due = 0;
};

// Numbers suspended for arrears whose reclaim (suspended_on + reclaim_days,
// §2.10, as the daily sweep reclaims them) falls on or before asOf + days —
// including any whose reclaim date has passed while the sweep has not run.
struct ReclaimRisk {
    int days = 30;
    QDate until;        // asOf + days
    qint64 numbers = 0;
    QDate firstReclaim; // the earliest reclaim among them; invalid when none
};

// Open reviews (§3.9) by age in days (opened_on to asOf).
struct ReviewAgeBucket {
    int minDays = 0;
    int maxDays = -1;           // -1: no upper bound
    qint64 qualification = 0;   // qualification reviews (the Reviews queue)
    qint64 checks = 0;          // follow-up reviews and spot checks
    qint64 total() const { return qualification + checks; }
};

// Open violation cases (§3.2, §3.9) by the manager's classification.
struct ViolationFigures {
    qint64 open = 0;
    qint64 unclassified = 0;
    qint64 negligent = 0;
    qint64 intentional = 0;
};

// Everything the dashboard shows, as of one date.
struct DashboardFigures {
    QDate asOf;
    QVector<StatusCount> numbersByStatus;
    qint64 numbersTotal = 0;
    qint64 overdueRenewals = 0;   // active, paid_through before asOf (in grace)
    QVector<RenewalWeek> renewalWeeks;
    ReclaimRisk atRisk;
    QVector<ReviewAgeBucket> reviewAges;
    Quarter quarter;
    int promotionThresholdPercent = 120;
    QVector<AgentCompletion> completion;
    ViolationFigures violations;

    qint64 countOf(NumberStatus status) const;
    qint64 openReviews() const;
};

// Read-only figures for the dashboard, each aggregated in SQL over an index
// (numbers_status, numbers_suspended, numbers_agent_activated, reviews_open),
// so a million numbers answer in milliseconds. The rules are the services'
// own: renewals through RenewalQuery, reclaim as LifecycleSweep reclaims,
// completion as QuarterlyEvaluation computes it.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(cd::DashboardQuery)

public:
    static constexpr int kRenewalWeeks = 12;
    static constexpr int kRiskDays = 30;

    explicit DashboardQuery(Database &db) : m_db(db) {}

    Result<DashboardFigures> load(const QDate &asOf);

    Result<QVector<StatusCount>> numbersByStatus();
    Result<qint64> overdueRenewals(const QDate &asOf);
    Result<QVector<RenewalWeek>> renewalWeeks(const QDate &asOf);
    Result<ReclaimRisk> reclaimRisk(const QDate &asOf, int days = kRiskDays);
    // The numbers reclaimRisk counts, as a filter of the Numbers list.
    Result<NumberFilter> reclaimRiskFilter(const QDate &asOf, int days = kRiskDays);
    // Buckets 0–2, 3–7, 8–14 and over 14 days.
    Result<QVector<ReviewAgeBucket>> openReviewsByAge(const QDate &asOf);
    // Agents as QuarterlyEvaluation selects them, in level and name order.
    Result<QVector<AgentCompletion>> quarterlyCompletion(const Quarter &quarter);
    Result<ViolationFigures> openViolations();

    // The weeks of renewalWeeks() (counts zero), as the renewals view heads them.
    static QVector<RenewalWeek> weeksFrom(const QDate &asOf);

private:
    Database &m_db;
};

} // namespace cd
