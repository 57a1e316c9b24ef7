#include "Format.h"

#include <QDateTime>
#include <QLocale>

namespace cd::Format {

QString timestamp(const QString &isoUtc, bool withSeconds)
{
    if (isoUtc.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // stored timestamps are UTC (SPEC §2)
    return t.toLocalTime().toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                : QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace cd::Format
