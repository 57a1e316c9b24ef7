#include "PriceChain.h"

#include "common/Dates.h"

namespace cd {

int PriceMatrix::missing() const
{
    int n = 0;
    for (int t = 0; t < 4; ++t)
        for (int l = 0; l < 2; ++l)
            n += has[t][l] ? 0 : 1;
    return n;
}

Money PriceChain::margin(const Plan &plan, int minMarginPercent)
{
    const qint64 fee = plan.annualFee.fen();
    return Money::fromFen((fee * minMarginPercent + 99) / 100);
}

QString PriceChain::cellName(Tier tier, int level)
{
    return tr("level-%1 %2").arg(level).arg(tierDisplayName(tier));
}

QVector<ChainBreak> PriceChain::check(const Plan &plan, const PriceMatrix &prices, int minMarginPercent)
{
    QVector<ChainBreak> breaks;
    const Money m = margin(plan, minMarginPercent);
    auto add = [&](const QString &message) {
        breaks.append({plan.code, prices.date,
                       tr("Plan %1 on %2: %3").arg(plan.code, Dates::format(prices.date), message)});
    };
    // Best tier first: diamond, gold, silver, standard.
    const Tier order[] = {Tier::Diamond, Tier::Gold, Tier::Silver, Tier::Standard};

    // carrier cost + m ≤ the best level-1 price.
    for (Tier t : order) {
        if (!prices.present(t, 1))
            continue;
        const Money floor = plan.carrierCost + m;
        if (prices.at(t, 1) < floor)
            add(tr("%1 %2 is below carrier cost %3 + margin %4 = %5.")
                    .arg(cellName(t, 1), prices.at(t, 1).display(), plan.carrierCost.display(),
                         m.display(), floor.display()));
        break;
    }
    // At each level, a better tier never costs more than a worse one.
    for (int level = 1; level <= 2; ++level) {
        const Tier *better = nullptr;
        for (const Tier &t : order) {
            if (!prices.present(t, level))
                continue;
            if (better && prices.at(*better, level) > prices.at(t, level))
                add(tr("%1 %2 is above %3 %4; a better tier must not cost more.")
                        .arg(cellName(*better, level), prices.at(*better, level).display(),
                             cellName(t, level), prices.at(t, level).display()));
            better = &t;
        }
    }
    // For each tier, level 1 buys no dearer than level 2.
    for (Tier t : order) {
        if (prices.present(t, 1) && prices.present(t, 2) && prices.at(t, 1) > prices.at(t, 2))
            add(tr("%1 %2 is above %3 %4; level 1 must not pay more than level 2.")
                    .arg(cellName(t, 1), prices.at(t, 1).display(), cellName(t, 2),
                         prices.at(t, 2).display()));
    }
    // The worst level-2 price ≤ retail fee − m.
    for (int i = 3; i >= 0; --i) {
        const Tier t = order[i];
        if (!prices.present(t, 2))
            continue;
        const Money ceiling = plan.annualFee - m;
        if (prices.at(t, 2) > ceiling)
            add(tr("%1 %2 is above retail fee %3 − margin %4 = %5.")
                    .arg(cellName(t, 2), prices.at(t, 2).display(), plan.annualFee.display(),
                         m.display(), ceiling.display()));
        break;
    }
    return breaks;
}

} // namespace cd
