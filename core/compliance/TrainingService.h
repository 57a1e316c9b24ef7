#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

struct TrainingSession {
    qint64 id = 0;
    QDate heldOn;
    QString topic;
    QString trainer;
    int attendees = 0;
};

struct TrainingDue {
    qint64 agentId = 0;
    QString agentUscc;
    QString agentName;
    QDate firstContractStart;
    QDate dueBy;           // first start + training_due_days
    bool overdue = false;  // dueBy passed and no session attended yet
};

// §2.7 Platform training for every signed agent.
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(cd::TrainingService)

public:
    explicit TrainingService(Database &db) : m_db(db) {}

    Result<TrainingSession> addSession(const Actor &actor, const QDate &heldOn, const QString &topic,
                                       const QString &trainer);
    Status recordAttendance(const Actor &actor, qint64 sessionId, const QStringList &agentUsccs);
    Result<QVector<TrainingSession>> sessions();
    Result<QVector<TrainingSession>> sessionsOf(qint64 agentId);
    Result<QStringList> attendees(qint64 sessionId); // agent codes
    // Signed agents not yet trained whose due date (first contract start plus
    // the parameter's days) has passed; with `includeNotYetDue`, also those
    // still inside it. A session attended, even late, ends the listing.
    Result<QVector<TrainingDue>> untrained(const QDate &asOf, bool includeNotYetDue = false);

private:
    Database &m_db;
};

} // namespace cd
