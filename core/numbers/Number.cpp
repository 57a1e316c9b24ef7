#include "Number.h"

#include <QCoreApplication>

namespace cd {

QString numberStatusKey(NumberStatus s)
{
    switch (s) {
    case NumberStatus::Available:
        return QStringLiteral("available");
    case NumberStatus::Reserved:
        return QStringLiteral("reserved");
    case NumberStatus::Active:
        return QStringLiteral("active");
    case NumberStatus::Suspended:
        return QStringLiteral("suspended");
    case NumberStatus::Reclaimed:
        return QStringLiteral("reclaimed");
    case NumberStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool numberStatusFromKey(const QString &key, NumberStatus *s)
{
    for (NumberStatus x : {NumberStatus::Available, NumberStatus::Reserved, NumberStatus::Active,
                           NumberStatus::Suspended, NumberStatus::Reclaimed, NumberStatus::Cancelled}) {
        if (numberStatusKey(x) == key) {
            *s = x;
            return true;
        }
    }
    return false;
}

QString numberStatusDisplayName(NumberStatus s)
{
    switch (s) {
    case NumberStatus::Available:
        return QCoreApplication::translate("cd::NumberStatus", "Available");
    case NumberStatus::Reserved:
        return QCoreApplication::translate("cd::NumberStatus", "Reserved");
    case NumberStatus::Active:
        return QCoreApplication::translate("cd::NumberStatus", "Active");
    case NumberStatus::Suspended:
        return QCoreApplication::translate("cd::NumberStatus", "Suspended");
    case NumberStatus::Reclaimed:
        return QCoreApplication::translate("cd::NumberStatus", "Reclaimed");
    case NumberStatus::Cancelled:
        return QCoreApplication::translate("cd::NumberStatus", "Cancelled");
    }
    return {};
}

} // namespace cd
