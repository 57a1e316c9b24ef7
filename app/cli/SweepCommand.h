#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// sweep [--date D]: the daily lifecycle sweep of SPEC §3 as of a date,
// printing one "what: count" line per transition.
class SweepCommand
{
    Q_DECLARE_TR_FUNCTIONS(cd::SweepCommand)

public:
    static QVector<CliCommand> commands();

private:
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
