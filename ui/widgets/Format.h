#pragma once

#include <QString>

namespace cd {

// How stored values look on screen.
namespace Format {

// A UTC ISO 8601 timestamp in local time, "2026-01-31 14:05"; with seconds when asked.
QString timestamp(const QString &isoUtc, bool withSeconds = false);
// A whole number with the current language's grouping, "12,345".
QString count(qint64 value);
// A file size, "1.2 MB".
QString fileSize(qint64 bytes);

} // namespace Format
} // namespace cd
