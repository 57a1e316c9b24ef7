#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace cd {

class Database;

// How much demo data to write, from which seed, as of which day.
struct DemoOptions {
    int agents = 60;
    int customers = 1500;
    int numbers = 6000;
    quint32 seed = 1;
    QDate today = QDate::currentDate(); // dates are spread around this day
};

// What generate() wrote.
struct DemoCounts {
    int agents = 0;
    int contracts = 0;
    int plans = 0;
    int prices = 0;
    int customers = 0;
    int numbers = 0;
    int payments = 0;
    int violations = 0;
    int trainingSessions = 0;
    int incidents = 0;
    int disputes = 0;
    qint64 elapsedMs = 0;
};

// Fills an EMPTY database (no agents yet) with realistic, internally
// consistent demo data, the same for the same seed and day: level-1 and
// level-2 agents with valid USCCs (never 92, §1.1), current-year contracts,
// plans whose price chains are whole (checked with PriceChain before they
// are written, §2.4), customers (most approved, some pending with part of
// their documents), numbers in every status with paid_through dates spread
// over the coming months, payments, a few violations and training sessions,
// and platform incidents of the past months (a maintenance announced in time,
// one announced late, a carrier outage and a platform outage over 48 hours
// with a customer's dispute), recorded through IncidentService after the
// bulk transaction so that their notices follow the service's own rules.
// Rows are written directly with reused prepared statements in one
// transaction (the per-row services would take minutes at a million
// numbers); one audit entry records the whole run. Admin only.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoGenerator)

public:
    explicit DemoGenerator(Database &db)
        : m_db(db)
    {
    }

    Result<DemoCounts> generate(const Actor &actor, const DemoOptions &options);

private:
    Status writeIncidents(const Actor &actor, const DemoOptions &options, DemoCounts *counts);

    Database &m_db;
};

} // namespace cd
