#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// A platform incident of SPEC §2.8: planned maintenance or an outage.
enum class IncidentKind { Maintenance, Outage };
// What caused it: only the platform's own failures can make the provider liable (§2.8).
enum class IncidentCause { Platform, Carrier, Attack, Other };
// How agents were told (§2.8); None for an unannounced outage.
enum class NoticeChannel { None, Letter, Fax, Phone, Email };

QString incidentKindKey(IncidentKind kind); // "maintenance", "outage"
bool incidentKindFromKey(const QString &key, IncidentKind *kind);
QString incidentKindDisplayName(IncidentKind kind);
QString incidentCauseKey(IncidentCause cause); // "platform", "carrier", "attack", "other"
bool incidentCauseFromKey(const QString &key, IncidentCause *cause);
QString incidentCauseDisplayName(IncidentCause cause);
QString noticeChannelKey(NoticeChannel channel); // "", "letter", "fax", "phone", "email"
bool noticeChannelFromKey(const QString &key, NoticeChannel *channel); // "" is not a key
QString noticeChannelDisplayName(NoticeChannel channel);

// A UTC ISO 8601 timestamp ("2026-03-10T08:00:00Z"; a text without a zone is
// read as UTC, one with an offset is converted). Invalid when malformed.
QDateTime parseUtcTimestamp(const QString &text);

// What a manager records; the service validates it.
struct IncidentInput {
    IncidentKind kind = IncidentKind::Outage;
    QString title;
    IncidentCause cause = IncidentCause::Platform;
    QDateTime startsAt;  // UTC
    QDateTime endsAt;    // UTC; invalid while an outage goes on
    QDateTime noticedAt; // UTC; invalid when agents were not told
    NoticeChannel channel = NoticeChannel::None;
    QString description;
    QStringList agentUsccs; // the affected agents; empty: all agents
};

struct Incident {
    qint64 id = 0;
    IncidentKind kind = IncidentKind::Outage;
    QString title;
    IncidentCause cause = IncidentCause::Platform;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime noticedAt;
    NoticeChannel channel = NoticeChannel::None;
    QString description;
    QString createdAt;
    QString createdBy;
    QStringList agentUsccs; // empty: all agents
    int disputeCount = 0;

    bool ongoing() const { return !endsAt.isValid(); }
    bool allAgents() const { return agentUsccs.isEmpty(); }
};

// A customer's dispute raised against an incident (§2.8).
struct Dispute {
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 customerId = 0;
    QString customerUscc;
    QString customerName;
    QDate raisedOn;
    QString description;
    bool providerLiable = false;
    QString createdAt;
};

} // namespace cd
