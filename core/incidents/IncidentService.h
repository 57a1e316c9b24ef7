#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "incidents/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVector>

namespace cd {

class Database;

// Platform incidents (§2.8): planned maintenance and outages, the notice
// agents got, who was affected and the customer disputes they caused.
// Managers and admins record; auditors read. Every change is one transaction
// with its audit entry (clause §2.8).
class IncidentService
{
    Q_DECLARE_TR_FUNCTIONS(cd::IncidentService)

public:
    static constexpr qint64 kNoticeSeconds = 24 * 3600; // §2.8 at least 24 hours ahead
    static constexpr qint64 kLiableSeconds = 48 * 3600; // §2.8 more than 48 hours
    // A dispute raised up to this many days after the incident ended still
    // counts as caused by it (SPEC is silent on the window; 30 days chosen).
    static constexpr int kDisputeWindowDays = 30;

    explicit IncidentService(Database &db)
        : m_db(db)
    {
    }

    // Validates and stores an incident. A maintenance writes one notice of
    // kind "maintenance" per affected agent (all active and supervised agents
    // when none is named), dated the day of its notice, in the same transaction.
    Result<Incident> record(const Actor &actor, const IncidentInput &input);
    // Ends an ongoing incident; the liability of its disputes is worked out again.
    Result<Incident> close(const Actor &actor, qint64 id, const QDateTime &endsAt);

    Result<Incident> find(qint64 id);
    // Newest start first.
    Result<QVector<Incident>> list();

    // A customer's dispute against an incident, raised on `raisedOn`.
    Result<Dispute> recordDispute(const Actor &actor, qint64 incidentId,
                                  const QString &customerUscc, const QDate &raisedOn,
                                  const QString &description);
    Result<QVector<Dispute>> disputes(qint64 incidentId);

    // §2.8 Maintenance announced less than 24 hours before its start (or not at all) is late.
    static bool lateNotice(IncidentKind kind, const QDateTime &startsAt,
                           const QDateTime &noticedAt);
    static bool lateNotice(const Incident &incident);
    // §2.8 The platform's own failure lasting more than 48 hours makes the provider liable; carrier
    // and attack are best-effort. An ongoing incident is measured up to `asOf`.
    static bool providerLiable(IncidentCause cause, const QDateTime &startsAt,
                               const QDateTime &endsAt,
                               const QDateTime &asOf = QDateTime::currentDateTimeUtc());
    static bool providerLiable(const Incident &incident,
                               const QDateTime &asOf = QDateTime::currentDateTimeUtc());
    // §2.8 A dispute raised during a provider-liable incident, or within kDisputeWindowDays after
    // it, is provider-liable.
    static bool disputeProviderLiable(bool incidentLiable, const QDateTime &startsAt,
                                      const QDateTime &endsAt, const QDate &raisedOn);
    // Seconds from start to end, or to `asOf` while ongoing.
    static qint64 durationSeconds(const QDateTime &startsAt, const QDateTime &endsAt,
                                  const QDateTime &asOf = QDateTime::currentDateTimeUtc());

private:
    Status validate(const IncidentInput &input) const;
    Status writeMaintenanceNotices(qint64 incidentId, const IncidentInput &input,
                                   const QVector<qint64> &agentIds);

    Database &m_db;
};

} // namespace cd
