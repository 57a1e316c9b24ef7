#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One active customer's next follow-up review.
struct FollowUpDue {
    qint64 customerId = 0;
    QString customerUscc;
    QString customerName;
    QString agentUscc;       // the developing agent
    bool supervised = false; // the developing agent is under supervision
    QDate firstActivation;   // earliest activation among its active numbers
    QDate lastFollowUp;      // the last closed follow-up; invalid when none yet
    QDate dueOn;
    qint64 openReviewId = 0; // an open follow-up already scheduled; 0 when none
};

// §3.9 Follow-up reviews of active customers (those with a number in service):
// within follow_up_first_days (30) of activation, then yearly after the last
// follow-up, or every follow_up_supervised_days (90) when the developing
// agent is supervised.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(cd::FollowUpService)

public:
    // schedule() opens the follow-ups falling due within this many days.
    static constexpr int kScheduleWindowDays = 30;
    // "then yearly": the interval after a follow-up for an agent in good standing.
    static constexpr int kYearlyDays = 365;

    explicit FollowUpService(Database &db)
        : m_db(db)
    {
    }

    // Every active customer (a number with status active, activated on or
    // before `asOf`) with the day its next follow-up falls due, earliest first.
    Result<QVector<FollowUpDue>> due(const QDate &asOf);

    // Opens a follow-up review (due_on set) for each customer due on or before
    // asOf + kScheduleWindowDays that has none open. Idempotent: a second run
    // on the same data opens nothing. Returns the reviews opened; one
    // transaction, each opening audited with §3.9.
    Result<QVector<FollowUpDue>> schedule(const Actor &actor, const QDate &asOf);

private:
    Database &m_db;
};

} // namespace cd
