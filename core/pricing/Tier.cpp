#include "Tier.h"

#include <QCoreApplication>

namespace cd {

QString tierKey(Tier tier)
{
    switch (tier) {
    case Tier::Standard:
        return QStringLiteral("standard");
    case Tier::Silver:
        return QStringLiteral("silver");
    case Tier::Gold:
        return QStringLiteral("gold");
    case Tier::Diamond:
        return QStringLiteral("diamond");
    }
    return {};
}

QStringList tierKeys()
{
    return {QStringLiteral("standard"), QStringLiteral("silver"), QStringLiteral("gold"),
            QStringLiteral("diamond")};
}

bool tierFromKey(const QString &key, Tier *tier)
{
    const int i = int(tierKeys().indexOf(key.trimmed().toLower()));
    if (i < 0)
        return false;
    *tier = Tier(i);
    return true;
}

QString tierDisplayName(Tier tier)
{
    switch (tier) {
    case Tier::Standard:
        return QCoreApplication::translate("cd::Tier", "Standard");
    case Tier::Silver:
        return QCoreApplication::translate("cd::Tier", "Silver");
    case Tier::Gold:
        return QCoreApplication::translate("cd::Tier", "Gold");
    case Tier::Diamond:
        return QCoreApplication::translate("cd::Tier", "Diamond");
    }
    return {};
}

bool tierAbove(Tier tier, Tier *above)
{
    if (tier == Tier::Diamond)
        return false;
    *above = Tier(int(tier) + 1);
    return true;
}

bool tierBelow(Tier tier, Tier *below)
{
    if (tier == Tier::Standard)
        return false;
    *below = Tier(int(tier) - 1);
    return true;
}

} // namespace cd
