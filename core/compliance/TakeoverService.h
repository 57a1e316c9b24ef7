#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace cd {

class Database;

// Why the provider takes over an agent's customers.
enum class TakeoverGrounds {
    CannotServe,    // §2.3 the agent is unreachable or out of business: at once
    AfterReminder,  // §9.6 a terminated agent stopped serving: after a reminder and the wait
    BreachOfLaw,    // §9.6 a terminated agent broke the law: at once
};
QString takeoverGroundsKey(TakeoverGrounds g);
bool takeoverGroundsFromKey(const QString &key, TakeoverGrounds *g);
QString takeoverGroundsDisplayName(TakeoverGrounds g);

struct TakeoverReminder {
    qint64 id = 0;
    qint64 agentId = 0;
    QDate sentOn;
    QString note;
    QDate correctedOn; // invalid while uncorrected
};

struct Takeover {
    qint64 id = 0;
    qint64 agentId = 0;
    QDate takenOn;
    TakeoverGrounds grounds = TakeoverGrounds::CannotServe;
    QString reason;
    QString clause;
    int customers = 0;
};

// Service takeover (§2.3, §9.6): the provider becomes the service owner of an
// agent's customers; the developing agent stays on record; notices follow the
// service owner.
class TakeoverService
{
    Q_DECLARE_TR_FUNCTIONS(cd::TakeoverService)

public:
    explicit TakeoverService(Database &db) : m_db(db) {}

    Result<TakeoverReminder> remind(const Actor &actor, const QString &agentUscc, const QDate &sentOn,
                                    const QString &note);
    Status markCorrected(const Actor &actor, qint64 reminderId, const QDate &on);
    Result<QVector<TakeoverReminder>> reminders(qint64 agentId);

    // What a takeover on `date` would rest on, or why it is not allowed yet;
    // the GUI shows this before the user confirms.
    Result<QString> check(const QString &agentUscc, TakeoverGrounds grounds, const QDate &date);

    // Takes over the given customers (codes) of the agent, or all still served
    // by it when the list is empty. Returns the takeover with its count.
    Result<Takeover> takeOver(const Actor &actor, const QString &agentUscc, TakeoverGrounds grounds,
                              const QString &reason, const QDate &date,
                              const QStringList &customerUsccs = {});

    Result<QVector<Takeover>> takeovers(qint64 agentId);

private:
    Database &m_db;
};

} // namespace cd
