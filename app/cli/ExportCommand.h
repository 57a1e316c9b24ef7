#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// export REPORT --out FILE [--date D] [--include-personal-data]: a report of
// SPEC §5 as CSV, personal data masked unless asked for (§2.6).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(cd::ExportCommand)

public:
    static QVector<CliCommand> commands();
    // The reports of SPEC §5, whether or not this build has them yet.
    static QStringList specReports();

private:
    static Status check(const QCommandLineParser &parser);
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
