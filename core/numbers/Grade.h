#pragma once

#include <QString>

namespace cd {

struct BusinessParameters;

// Number grades (选号) of SPEC §3 "Numbers and renewals", from the digits.
enum class Grade { Normal, Special, Premium };

QString gradeKey(Grade grade); // "normal", "special", "premium"
bool gradeFromKey(const QString &key, Grade *grade);
QString gradeDisplayName(Grade grade);

// premium: last four digits the same (8888); special: last four AABB, ABAB or
// ascending ABCD, or last three the same; normal otherwise.
Grade gradeOf(const QString &number);

// The minimum annual fee (fen) of a plan that a number of this grade needs.
qint64 minimumAnnualFeeFen(Grade grade, const BusinessParameters &params);

// A 400 number: ten digits starting with 400 (separators allowed on input).
QString normaliseNumber(const QString &text); // "" when it is not one

} // namespace cd
