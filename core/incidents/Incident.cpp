#include "Incident.h"

#include <QCoreApplication>

namespace cd {

QString incidentKindKey(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Maintenance:
        return QStringLiteral("maintenance");
    case IncidentKind::Outage:
        return QStringLiteral("outage");
    }
    return {};
}

bool incidentKindFromKey(const QString &key, IncidentKind *kind)
{
    for (IncidentKind k : {IncidentKind::Maintenance, IncidentKind::Outage}) {
        if (incidentKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString incidentKindDisplayName(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Maintenance:
        return QCoreApplication::translate("cd::IncidentKind", "Planned maintenance");
    case IncidentKind::Outage:
        return QCoreApplication::translate("cd::IncidentKind", "Outage");
    }
    return {};
}

QString incidentCauseKey(IncidentCause cause)
{
    switch (cause) {
    case IncidentCause::Platform:
        return QStringLiteral("platform");
    case IncidentCause::Carrier:
        return QStringLiteral("carrier");
    case IncidentCause::Attack:
        return QStringLiteral("attack");
    case IncidentCause::Other:
        return QStringLiteral("other");
    }
    return {};
}

bool incidentCauseFromKey(const QString &key, IncidentCause *cause)
{
    for (IncidentCause c : {IncidentCause::Platform, IncidentCause::Carrier, IncidentCause::Attack,
                            IncidentCause::Other}) {
        if (incidentCauseKey(c) == key) {
            *cause = c;
            return true;
        }
    }
    return false;
}

QString incidentCauseDisplayName(IncidentCause cause)
{
    switch (cause) {
    case IncidentCause::Platform:
        return QCoreApplication::translate("cd::IncidentCause", "The platform itself");
    case IncidentCause::Carrier:
        return QCoreApplication::translate("cd::IncidentCause", "A carrier");
    case IncidentCause::Attack:
        return QCoreApplication::translate("cd::IncidentCause", "An attack");
    case IncidentCause::Other:
        return QCoreApplication::translate("cd::IncidentCause", "Other");
    }
    return {};
}

QString noticeChannelKey(NoticeChannel channel)
{
    switch (channel) {
    case NoticeChannel::None:
        return QString();
    case NoticeChannel::Letter:
        return QStringLiteral("letter");
    case NoticeChannel::Fax:
        return QStringLiteral("fax");
    case NoticeChannel::Phone:
        return QStringLiteral("phone");
    case NoticeChannel::Email:
        return QStringLiteral("email");
    }
    return {};
}

bool noticeChannelFromKey(const QString &key, NoticeChannel *channel)
{
    for (NoticeChannel c :
         {NoticeChannel::Letter, NoticeChannel::Fax, NoticeChannel::Phone, NoticeChannel::Email}) {
        if (noticeChannelKey(c) == key) {
            *channel = c;
            return true;
        }
    }
    return false;
}

QString noticeChannelDisplayName(NoticeChannel channel)
{
    switch (channel) {
    case NoticeChannel::None:
        return QCoreApplication::translate("cd::NoticeChannel", "Not announced");
    case NoticeChannel::Letter:
        return QCoreApplication::translate("cd::NoticeChannel", "Letter");
    case NoticeChannel::Fax:
        return QCoreApplication::translate("cd::NoticeChannel", "Fax");
    case NoticeChannel::Phone:
        return QCoreApplication::translate("cd::NoticeChannel", "Phone");
    case NoticeChannel::Email:
        return QCoreApplication::translate("cd::NoticeChannel", "Email");
    }
    return {};
}

QDateTime parseUtcTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    // A date alone is not a moment: Qt would read "2026-03-10" as midnight.
    if (t.size() < 16 || t.at(10) != QLatin1Char('T'))
        return {};
    const QDateTime parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

} // namespace cd
