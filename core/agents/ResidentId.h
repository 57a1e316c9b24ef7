#pragma once

#include <QChar>
#include <QString>

namespace cd {

// A mainland resident identity number (公民身份号码, GB 11643-1999): six digits of the
// region of first registration, the birth date YYYYMMDD, a three-digit sequence number
// and an ISO 7064 MOD 11-2 check character (0-9 or X).
// Core only recognises one, so that a natural person's number is never taken for an
// organisation's code (§1.1). It is personal data (§2.6): never echo it in a message.
class ResidentId {
public:
    // True when the normalised text (upper case, separators removed; see
    // Uscc::normalise) is 17 digits and a digit or X, its check character is right,
    // its first two digits name a province-level region and positions 7–14 are a real
    // date from 1900-01-01 to today.
    static bool looksLike(const QString &normalised);

    // The MOD 11-2 check character ('0'–'9' or 'X') of 17 digits; a null QChar when
    // the text is not exactly 17 ASCII digits.
    static QChar checkCharacter(const QString &first17);
};

} // namespace cd
