// ReportColumn::displayText: the one place that says how a report cell's key
// reads on screen. Each kind uses the display name the rest of the
// application shows, so the Reports preview reads like every other screen
// while the CSV keeps the keys of SPEC §5.
#include "Report.h"

#include "agents/Agent.h"
#include "compliance/Review.h"
#include "compliance/ViolationService.h"
#include "contracts/Contract.h"
#include "customers/Customer.h"
#include "incidents/Incident.h"
#include "numbers/Grade.h"
#include "numbers/NoticeQuery.h"
#include "numbers/Number.h"
#include "pricing/Plan.h"
#include "pricing/Tier.h"

namespace cd {

namespace {

// The display name of a key through its parser; the cell itself when the key is unknown.
template <typename E>
QString named(const QString &cell, bool (*fromKey)(const QString &, E *), QString (*name)(E))
{
    E value{};
    return fromKey(cell, &value) ? name(value) : cell;
}

QString reviewOutcomeText(const QString &cell)
{
    Qualification q = Qualification::Pending;
    if (qualificationFromKey(cell, &q))
        return qualificationDisplayName(q);
    return named(cell, checkOutcomeFromKey, checkOutcomeDisplayName);
}

QString documentKindsText(const QString &cell)
{
    const QString separator = QStringLiteral("; ");
    QStringList parts = cell.split(separator);
    for (QString &part : parts)
        part = named(part, documentKindFromKey, documentKindDisplayName);
    return parts.join(separator);
}

QString classificationText(const QString &cell)
{
    // "" (not classified) is no key here: an empty cell stays empty.
    for (Classification c : {Classification::Negligent, Classification::Intentional}) {
        if (classificationKey(c) == cell)
            return classificationDisplayName(c);
    }
    return cell;
}

} // namespace

QString ReportColumn::displayText(const QString &cell) const
{
    if (cell.isEmpty())
        return cell;
    switch (keys) {
    case KeyKind::None:
        return cell;
    case KeyKind::AgentStatus:
        return named(cell, agentStatusFromKey, agentStatusDisplayName);
    case KeyKind::ContractStatus:
        return named(cell, contractStatusFromKey, contractStatusDisplayName);
    case KeyKind::TerminationReason:
        return named(cell, terminationReasonFromKey, terminationReasonDisplayName);
    case KeyKind::Tier:
        return named(cell, tierFromKey, tierDisplayName);
    case KeyKind::NumberStatus:
        return named(cell, numberStatusFromKey, numberStatusDisplayName);
    case KeyKind::Grade:
        return named(cell, gradeFromKey, gradeDisplayName);
    case KeyKind::Carrier:
        return carrierDisplayName(cell);
    case KeyKind::Qualification:
        return named(cell, qualificationFromKey, qualificationDisplayName);
    case KeyKind::ReviewKind:
        return named(cell, reviewKindFromKey, reviewKindDisplayName);
    case KeyKind::ReviewOutcome:
        return reviewOutcomeText(cell);
    case KeyKind::DocumentKinds:
        return documentKindsText(cell);
    case KeyKind::Classification:
        return classificationText(cell);
    case KeyKind::IncidentKind:
        return named(cell, incidentKindFromKey, incidentKindDisplayName);
    case KeyKind::IncidentCause:
        return named(cell, incidentCauseFromKey, incidentCauseDisplayName);
    case KeyKind::NoticeChannel:
        return named(cell, noticeChannelFromKey, noticeChannelDisplayName);
    case KeyKind::NoticeKind:
        return NoticeQuery::kindDisplayName(cell);
    }
    return cell;
}

} // namespace cd
