#include "Dates.h"

#include <QRegularExpression>

namespace cd::Dates {

QDate parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString format(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QString nowTimestamp()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

} // namespace cd::Dates
