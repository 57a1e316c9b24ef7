#include "NumberStyle.h"

#include "common/Dates.h"
#include "widgets/Theme.h"

namespace cd {

QString NumberStyle::statusText(const Number &n)
{
    if (n.blocked())
        return tr("Blocked (fraud)");
    if (n.status == NumberStatus::Suspended && n.suspension == QLatin1String("arrears"))
        return tr("Suspended (arrears)");
    return numberStatusDisplayName(n.status);
}

StatusBadge::Tone NumberStyle::tone(const Number &n)
{
    switch (n.status) {
    case NumberStatus::Active:
        return StatusBadge::Tone::Positive;
    case NumberStatus::Reserved:
        return StatusBadge::Tone::Information;
    case NumberStatus::Suspended:
        return n.blocked() ? StatusBadge::Tone::Negative : StatusBadge::Tone::Warning;
    case NumberStatus::Reclaimed:
        return StatusBadge::Tone::Negative;
    case NumberStatus::Available:
    case NumberStatus::Cancelled:
        break;
    }
    return StatusBadge::Tone::Neutral;
}

QString NumberStyle::explanation(const Number &n)
{
    switch (n.status) {
    case NumberStatus::Suspended:
        if (n.blocked())
            return tr("Blocked for fraud since %1 (§3.9): every number of the customer was "
                      "blocked at once, and a payment does not reactivate it.")
                .arg(Dates::format(n.suspendedOn));
        return tr("Suspended for arrears since %1: a payment makes it active again from the "
                  "payment date (§2.10).")
            .arg(Dates::format(n.suspendedOn));
    case NumberStatus::Reclaimed:
        return tr("Reclaimed by the carrier on %1; reclaiming is permanent and a payment is "
                  "refused (§2.10).")
            .arg(Dates::format(n.reclaimedOn));
    case NumberStatus::Reserved:
        return tr("Reserved for %1 until %2.")
            .arg(n.customerName.isEmpty() ? tr("a customer") : n.customerName,
                 Dates::format(n.reservedUntil));
    case NumberStatus::Cancelled:
        return tr("Cancelled at the customer's request on %1.").arg(Dates::format(n.cancelledOn));
    case NumberStatus::Active:
    case NumberStatus::Available:
        break;
    }
    return {};
}

QString NumberStyle::display(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.left(3) + QLatin1Char('-') + digits.mid(3, 3) + QLatin1Char('-') + digits.mid(6);
}

QString NumberStyle::explanationStyleSheet(const Number &n)
{
    if (!n.blocked())
        return QStringLiteral("QLabel { color: %1; padding: 0 2px; }")
            .arg(StatusBadge::textColor(tone(n)).name());
    const Theme::TintColors tint = Theme::tint(Theme::Tint::Negative);
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3;"
                          " border-radius: 6px; padding: 6px 10px; font-weight: 600; }")
        .arg(tint.text.name(), tint.background.name(), tint.border.name());
}

} // namespace cd
