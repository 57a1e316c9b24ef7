#pragma once

#include <QString>

// §2.6 Exports leave personal data masked unless the user asks for it and has
// the right. The masks live here, once; exports and views call them.
namespace cd::PersonalData {

// Keeps the first 3 and the last 4 digits of a number of 11 digits or more
// ("13812345678" → "138****5678"), the last 4 of 8 to 10 digits, the last
// third of a shorter one; other characters (+, -, spaces) stay in place.
QString maskPhone(const QString &phone);

// Keeps the first character of the local part and the domain
// ("zhangsan@example.com" → "z***@example.com"); a one-character local part
// is masked whole. Text without "@" keeps its first character only.
QString maskEmail(const QString &email);

// Keeps the first 6 and the last 4 characters of an ID number of 15 or more
// ("110101199003077777" → "110101********7777"), the first and last one of
// 5 to 14 characters (passports and the like), nothing of a shorter one.
QString maskIdNumber(const QString &idNumber);

} // namespace cd::PersonalData
