#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cd {

// Calendar dates are written YYYY-MM-DD, timestamps as UTC ISO 8601 (SPEC §2).
namespace Dates {

// Strict YYYY-MM-DD; an empty or malformed text gives an invalid date.
QDate parse(const QString &text);
QString format(const QDate &date);          // "" for an invalid date
QString timestamp(const QDateTime &utc);    // "2026-11-25T08:30:00Z"
QString nowTimestamp();

} // namespace Dates
} // namespace cd
