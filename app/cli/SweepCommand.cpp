#include "SweepCommand.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "contracts/ContractService.h"

#include <QPair>

namespace cd {

namespace {
const QString kDate = QStringLiteral("date");

// One printed line: what changed and how many times.
using SweepLines = QVector<QPair<QString, int>>;
} // namespace

QVector<CliCommand> SweepCommand::commands()
{
    CliCommand sweep;
    sweep.words = QStringList{QStringLiteral("sweep")};
    sweep.synopsis = QStringLiteral("[--date D]");
    sweep.summary = tr("Run the daily lifecycle sweep up to a date; print counts per transition.");
    sweep.description = tr("Idempotent: a second run for the same date changes nothing. Missed "
                           "days are caught up in one run, each transition on its true date.");
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

int SweepCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QDate date =
        parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
    Database &db = context.database();
    const Actor &actor = context.actor();
    SweepLines lines;

    // One core call per area, in order; each is idempotent and catches up on
    // its own, so a failure part-way leaves nothing a rerun cannot finish.

    // Contracts (§9.2): year-end expiry, then drafts whose year has begun.
    Result<ContractSweepResult> contracts = ContractService(db).sweep(actor, date);
    if (!contracts)
        return context.fail(contracts.error());
    lines.append({QStringLiteral("contract_expired"), contracts->expired});
    lines.append({QStringLiteral("contract_activated"), contracts->activated});

    // Numbers (§2.10): renewal notices, suspension, reclaim — added with the
    // numbers' sweep.

    // One "key: count" line per transition; the keys are fixed (not translated)
    // so that nightly scripts can read them in any language.
    QTextStream &out = context.out();
    out << tr("Sweep to %1:").arg(Dates::format(date)) << '\n';
    for (const auto &[what, count] : lines)
        out << what << ": " << count << '\n';
    return 0;
}

} // namespace cd
