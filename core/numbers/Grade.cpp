#include "Grade.h"

#include "settings/Parameters.h"

#include <QCoreApplication>

namespace cd {

QString gradeKey(Grade grade)
{
    switch (grade) {
    case Grade::Normal:
        return QStringLiteral("normal");
    case Grade::Special:
        return QStringLiteral("special");
    case Grade::Premium:
        return QStringLiteral("premium");
    }
    return {};
}

bool gradeFromKey(const QString &key, Grade *grade)
{
    for (Grade g : {Grade::Normal, Grade::Special, Grade::Premium}) {
        if (gradeKey(g) == key) {
            *grade = g;
            return true;
        }
    }
    return false;
}

QString gradeDisplayName(Grade grade)
{
    switch (grade) {
    case Grade::Normal:
        return QCoreApplication::translate("cd::Grade", "Normal");
    case Grade::Special:
        return QCoreApplication::translate("cd::Grade", "Special");
    case Grade::Premium:
        return QCoreApplication::translate("cd::Grade", "Premium");
    }
    return {};
}

Grade gradeOf(const QString &number)
{
    const QString digits = normaliseNumber(number).isEmpty() ? number : normaliseNumber(number);
    if (digits.size() < 4)
        return Grade::Normal;
    const QChar a = digits.at(digits.size() - 4);
    const QChar b = digits.at(digits.size() - 3);
    const QChar c = digits.at(digits.size() - 2);
    const QChar d = digits.at(digits.size() - 1);
    if (a == b && b == c && c == d)
        return Grade::Premium;
    const bool aabb = a == b && c == d;
    const bool abab = a == c && b == d;
    const bool ascending = b.unicode() == a.unicode() + 1 && c.unicode() == b.unicode() + 1
                           && d.unicode() == c.unicode() + 1;
    const bool aaa = b == c && c == d;
    return (aabb || abab || ascending || aaa) ? Grade::Special : Grade::Normal;
}

qint64 minimumAnnualFeeFen(Grade grade, const BusinessParameters &params)
{
    switch (grade) {
    case Grade::Premium:
        return params.premiumMinFeeFen;
    case Grade::Special:
        return params.specialMinFeeFen;
    case Grade::Normal:
        return 0;
    }
    return 0;
}

QString normaliseNumber(const QString &text)
{
    QString digits;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' '))
            return {};
    }
    if (digits.size() != 10 || !digits.startsWith(QLatin1String("400")))
        return {};
    return digits;
}

} // namespace cd
