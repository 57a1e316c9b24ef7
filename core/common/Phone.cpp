#include "Phone.h"

#include <QRegularExpression>

namespace cd::Phone {

QString normalise(const QString &text)
{
    QString digits;
    QString t = text.trimmed();
    // An extension ("转123", "ext 123", "-123" after a full landline) is dropped.
    static const QRegularExpression extension(QStringLiteral("(转|ext\\.?|x)\\s*\\d{1,6}$"),
                                              QRegularExpression::CaseInsensitiveOption);
    t.remove(extension);
    for (const QChar c : t) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            continue;
        else if (!QStringLiteral(" -()（）").contains(c))
            return {};
    }
    if (t.startsWith(QLatin1Char('+')) || (digits.startsWith(QLatin1String("86")) && digits.size() == 13))
        digits = digits.startsWith(QLatin1String("86")) ? digits.mid(2) : QString();
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0[1-9]\\d{1,2}[2-9]\\d{6,7}$"));
    static const QRegularExpression service(QStringLiteral("^[48]00\\d{7}$"));
    if (mobile.match(digits).hasMatch() || landline.match(digits).hasMatch()
        || service.match(digits).hasMatch())
        return digits;
    return {};
}

bool isValid(const QString &text)
{
    return !normalise(text).isEmpty();
}

} // namespace cd::Phone
