#include "YuanText.h"

#include <utility>

namespace cd::YuanText {

bool parse(const QString &text, Money *out)
{
    QString t = text.trimmed();
    if (t.startsWith(QChar(0x00a5)) || t.startsWith(QChar(0xffe5))) // ¥ or ￥
        t = t.mid(1).trimmed();
    qint64 whole = 0;
    qint64 fraction = 0;
    int wholeDigits = 0;
    int fractionDigits = -1; // -1: no decimal point yet
    QChar previous;
    for (const QChar c : std::as_const(t)) {
        int digit = -1;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = c.unicode() - '0';
        else if (c.unicode() >= 0xff10 && c.unicode() <= 0xff19) // full-width ０-９
            digit = c.unicode() - 0xff10;
        if (digit >= 0) {
            if (fractionDigits < 0) {
                if (++wholeDigits > 12)
                    return false;
                whole = whole * 10 + digit;
            } else {
                if (++fractionDigits > 2)
                    return false;
                fraction = fraction * 10 + digit;
            }
        } else if (c == QLatin1Char(',') || c == QChar(0xff0c)) {
            // Grouping only between whole digits.
            if (fractionDigits >= 0 || wholeDigits == 0 || previous == c)
                return false;
        } else if (c == QLatin1Char('.') || c == QChar(0xff0e)) {
            if (fractionDigits >= 0 || wholeDigits == 0)
                return false;
            fractionDigits = 0;
        } else {
            return false;
        }
        previous = c;
    }
    if (wholeDigits == 0 || fractionDigits == 0 || previous == QLatin1Char(',') ||
        previous == QChar(0xff0c))
        return false;
    if (fractionDigits == 1)
        fraction *= 10;
    *out = Money::fromFen(whole * 100 + fraction);
    return true;
}

QString edit(Money amount)
{
    return amount.yuan();
}

} // namespace cd::YuanText
