#include "PersonalData.h"

namespace cd::PersonalData {

namespace {

const QChar kStar = QLatin1Char('*');

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QString maskPhone(const QString &phone)
{
    const QString text = phone.trimmed();
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (isDigit(c))
            ++digits;
    }
    qsizetype head = 0;
    qsizetype tail = 0;
    if (digits >= 11) {
        head = 3;
        tail = 4;
    } else if (digits >= 8) {
        tail = 4;
    } else {
        tail = digits / 3; // short numbers keep less: at most a third shows
    }
    QString masked = text;
    qsizetype seen = 0;
    for (QChar &c : masked) {
        if (!isDigit(c))
            continue;
        if (seen >= head && seen < digits - tail)
            c = kStar;
        ++seen;
    }
    return masked;
}

QString maskEmail(const QString &email)
{
    const QString text = email.trimmed();
    if (text.isEmpty())
        return text;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return text.left(1) + QStringLiteral("***");
    const QString local = text.left(at);
    const QString domain = text.mid(at); // with the "@"
    if (local.size() <= 1)
        return QStringLiteral("***") + domain;
    return local.left(1) + QStringLiteral("***") + domain;
}

QString maskIdNumber(const QString &idNumber)
{
    const QString text = idNumber.trimmed();
    const qsizetype n = text.size();
    qsizetype head = 0;
    qsizetype tail = 0;
    if (n >= 15) {
        head = 6;
        tail = 4;
    } else if (n >= 5) {
        head = 1;
        tail = 1;
    }
    return text.left(head) + QString(n - head - tail, kStar) + text.right(tail);
}

} // namespace cd::PersonalData
