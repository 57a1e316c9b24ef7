#include "ResidentId.h"

#include <QDate>

#include <array>

namespace cd {

namespace {

constexpr int kLength = 18;

// Weights 2^(17-i) mod 11 of ISO 7064 MOD 11-2, for positions 1..17.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int digitValue(QChar c) {
    return c.unicode() - '0';
}

// Province-level divisions of GB/T 2260 (first two digits), plus 81/82/83 used for the
// residence permits of Hong Kong, Macao and Taiwan residents. Everything else (00, 91,
// 92 …) cannot begin a resident ID number, which keeps organisation codes out.
bool isProvinceCode(int code) {
    // clang-format off
    switch (code) {
    case 11: case 12: case 13: case 14: case 15:
    case 21: case 22: case 23:
    case 31: case 32: case 33: case 34: case 35: case 36: case 37:
    case 41: case 42: case 43: case 44: case 45: case 46:
    case 50: case 51: case 52: case 53: case 54:
    case 61: case 62: case 63: case 64: case 65:
    case 71: case 81: case 82: case 83:
        return true;
    default:
        return false;
    }
    // clang-format on
}

} // namespace

QChar ResidentId::checkCharacter(const QString &first17) {
    if (first17.size() != int(kWeights.size()))
        return {};
    int sum = 0;
    for (int i = 0; i < first17.size(); ++i) {
        const QChar c = first17.at(i);
        if (!isAsciiDigit(c))
            return {};
        sum += digitValue(c) * kWeights[size_t(i)];
    }
    const int check = (12 - sum % 11) % 11;
    return QLatin1Char(check == 10 ? 'X' : char('0' + check));
}

bool ResidentId::looksLike(const QString &normalised) {
    if (normalised.size() != kLength)
        return false;
    const QString first17 = normalised.left(17);
    const QChar check = checkCharacter(first17); // null unless 17 digits
    if (check.isNull() || normalised.at(17) != check)
        return false;
    if (!isProvinceCode(first17.left(2).toInt()))
        return false;
    // Strict YYYYMMDD: QDate rejects 13th months and 30 February.
    const QDate birth(first17.mid(6, 4).toInt(), first17.mid(10, 2).toInt(),
                      first17.mid(12, 2).toInt());
    return birth.isValid() && birth >= QDate(1900, 1, 1) && birth <= QDate::currentDate();
}

} // namespace cd
