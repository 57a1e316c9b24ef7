#include "Money.h"

#include <utility>

namespace cd {

QString Money::yuan() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::display() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    QString whole = QString::number(magnitude / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1¥%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool Money::parseFen(const QString &text, Money *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    for (int i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (!(c.isDigit() && c.unicode() < 128) && !(i == 0 && c == QLatin1Char('-')))
            return false;
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok)
        return false;
    *out = Money(v);
    return true;
}

bool Money::parseYuan(const QString &text, Money *out)
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
    *out = Money(whole * 100 + fraction);
    return true;
}

} // namespace cd
