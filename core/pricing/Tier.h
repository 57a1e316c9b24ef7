#pragma once

#include <QString>
#include <QStringList>

namespace cd {

// Price tiers of SPEC §3 "Pricing", best last: a better tier buys cheaper.
enum class Tier { Standard = 0, Silver = 1, Gold = 2, Diamond = 3 };

QString tierKey(Tier tier);               // "standard", "silver", "gold", "diamond"
bool tierFromKey(const QString &key, Tier *tier);
QString tierDisplayName(Tier tier);       // translated: 标准 / 银牌 / 金牌 / 钻石
QStringList tierKeys();
// One tier better, or false at the best; one tier worse, or false at the lowest.
bool tierAbove(Tier tier, Tier *above);
bool tierBelow(Tier tier, Tier *below);

} // namespace cd
