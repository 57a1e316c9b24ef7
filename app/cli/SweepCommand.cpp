#include "SweepCommand.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "numbers/LifecycleSweep.h"

#include <QPair>

namespace cd {

namespace {
const QString kDate = QStringLiteral("date");
} // namespace

QVector<CliCommand> SweepCommand::commands()
{
    CliCommand sweep;
    sweep.words = QStringList{QStringLiteral("sweep")};
    sweep.synopsis = QStringLiteral("[--date D]");
    sweep.summary = tr("Run the daily lifecycle sweep up to a date; print counts per transition.");
    sweep.description =
        tr("Renewal notices, arrears suspensions, reclaim warnings and reclaims (§2.10), "
           "expired reservations, and contracts expiring or taking effect (§9.2). Idempotent: "
           "a second run for the same date changes nothing. Missed days are caught up in one "
           "run, each transition on its true date. The output has one line per transition: "
           "renewal_due, suspended, reclaim_warning, reclaimed, reservations_released, "
           "contract_expired, contract_activated, each followed by \": \" and the count.");
    sweep.options = {QCommandLineOption(QStringList{kDate},
                                        tr("The date to sweep to (default "
                                           "today)."),
                                        QStringLiteral("YYYY-MM-DD"))};
    sweep.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kDate) && !Dates::parse(parser.value(kDate)).isValid()) {
            return Error::usage(
                tr("--date needs a date written YYYY-MM-DD, not \"%1\".").arg(parser.value(kDate)));
        }
        return {};
    };
    sweep.run = &SweepCommand::run;
    return {sweep};
}

QVector<QPair<QString, int>> SweepCommand::lines(const SweepCounts &counts)
{
    return {
        {QStringLiteral("renewal_due"), counts.renewalNotices},
        {QStringLiteral("suspended"), counts.suspended},
        {QStringLiteral("reclaim_warning"), counts.reclaimWarnings},
        {QStringLiteral("reclaimed"), counts.reclaimed},
        {QStringLiteral("reservations_released"), counts.reservationsReleased},
        {QStringLiteral("contract_expired"), counts.contractsExpired},
        {QStringLiteral("contract_activated"), counts.contractsActivated},
    };
}

int SweepCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QDate date =
        parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
    // One core call: the numbers' part and the contracts' part in one
    // transaction, so a failure leaves nothing half done.
    Result<SweepCounts> counts = LifecycleSweep(context.database()).run(context.actor(), date);
    if (!counts)
        return context.fail(counts.error());

    QTextStream &out = context.out();
    out << tr("Sweep to %1:").arg(Dates::format(date)) << '\n';
    for (const auto &[key, count] : lines(*counts))
        out << key << ": " << count << '\n';
    return 0;
}

} // namespace cd
