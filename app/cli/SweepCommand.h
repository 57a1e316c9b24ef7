#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QPair>
#include <QVector>

namespace cd {

struct SweepCounts;

// sweep [--date D]: the daily lifecycle sweep of SPEC §3 as of a date
// (LifecycleSweep: numbers, reservations and contracts in one transaction),
// printing one fixed "key: count" line per transition.
class SweepCommand
{
    Q_DECLARE_TR_FUNCTIONS(cd::SweepCommand)

public:
    static QVector<CliCommand> commands();

private:
    // The printed lines in order; the keys are fixed and never translated so
    // that nightly scripts read them in any language.
    static QVector<QPair<QString, int>> lines(const SweepCounts &counts);
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
