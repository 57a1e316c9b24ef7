#pragma once

#include "common/Money.h"
#include "pricing/Plan.h"
#include "pricing/Tier.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

// The agent prices of one plan in force on one date: tiers × levels 1 and 2.
struct PriceMatrix {
    QDate date;
    bool has[4][2] = {};
    Money price[4][2];
    QDate from[4][2];

    bool present(Tier t, int level) const { return has[int(t)][level - 1]; }
    Money at(Tier t, int level) const { return price[int(t)][level - 1]; }
    void set(Tier t, int level, Money p, const QDate &effective = {})
    {
        has[int(t)][level - 1] = true;
        price[int(t)][level - 1] = p;
        from[int(t)][level - 1] = effective;
    }
    int missing() const;
};

// One broken link of the chain, with both ends named.
struct ChainBreak {
    QString planCode;
    QDate date;
    QString message; // translated, names tiers, levels and both prices
};

// SPEC §3 "Pricing": carrier cost + m ≤ level-1 diamond; at each level
// diamond ≤ gold ≤ silver ≤ standard; for each tier level 1 ≤ level 2;
// level-2 standard ≤ retail fee − m. m is the minimum margin, a percentage
// of the retail fee (rounded up to the fen). Links with a missing end are not
// judged; a plan without every price is reported by PriceMatrix::missing().
class PriceChain
{
    Q_DECLARE_TR_FUNCTIONS(cd::PriceChain)

public:
    static Money margin(const Plan &plan, int minMarginPercent);
    static QVector<ChainBreak> check(const Plan &plan, const PriceMatrix &prices, int minMarginPercent);
    static QString cellName(Tier tier, int level); // "level-1 gold"
};

} // namespace cd
