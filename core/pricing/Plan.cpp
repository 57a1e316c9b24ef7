#include "Plan.h"

#include <QCoreApplication>

namespace cd {

QStringList carrierKeys()
{
    return {QStringLiteral("telecom"), QStringLiteral("unicom"), QStringLiteral("mobile")};
}

QString carrierDisplayName(const QString &key)
{
    if (key == QLatin1String("telecom"))
        return QCoreApplication::translate("cd::Carrier", "China Telecom");
    if (key == QLatin1String("unicom"))
        return QCoreApplication::translate("cd::Carrier", "China Unicom");
    if (key == QLatin1String("mobile"))
        return QCoreApplication::translate("cd::Carrier", "China Mobile");
    return key;
}

} // namespace cd
