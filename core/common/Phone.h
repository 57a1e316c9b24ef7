#pragma once

#include <QString>

namespace cd::Phone {

// A Chinese phone number as people write it: a mobile (1[3-9]x, 11 digits,
// optionally +86), a landline with area code (010-12345678, 0571 8888 6666,
// optional extension), or a 400/800 service number. Separators (spaces,
// hyphens, brackets) are allowed. Returns the digits only, or "" when invalid.
QString normalise(const QString &text);
bool isValid(const QString &text);

} // namespace cd::Phone
