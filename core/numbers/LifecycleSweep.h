#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace cd {

class Database;

struct SweepCounts {
    QDate from;               // first day covered (the day after the last sweep)
    QDate upTo;
    int renewalNotices = 0;
    int suspended = 0;
    int reclaimWarnings = 0;
    int reclaimed = 0;
    int reservationsReleased = 0;
    int contractsExpired = 0;
    int contractsActivated = 0;
    bool nothingToDo() const;
};

// The daily sweep (§2.10) as of a date: renewal notices at each reminder
// offset before paid_through, arrears suspension on paid_through + G + 1,
// reclaim warning R − 7 days after suspension, reclaim on suspended_on + R,
// reservations released, contracts expired and activated (§9.2). Each
// transition gets its true date; missed days are caught up in one run; a
// second run for the same date changes nothing. Notices go to the service
// owner: the developing agent, even after its termination (§9.6), or the
// provider after a takeover. One transaction; one audit entry with counts.
class LifecycleSweep
{
    Q_DECLARE_TR_FUNCTIONS(cd::LifecycleSweep)

public:
    explicit LifecycleSweep(Database &db) : m_db(db) {}

    Result<SweepCounts> run(const Actor &actor, const QDate &upTo);
    // The last date swept, invalid before the first sweep.
    Result<QDate> lastSwept();

private:
    Database &m_db;
};

} // namespace cd
