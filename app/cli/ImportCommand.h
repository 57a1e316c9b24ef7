#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// import KIND FILE [--dry-run]: load a CSV file of SPEC §5, all rows or none.
class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(cd::ImportCommand)

public:
    static QVector<CliCommand> commands();
    // The kinds of SPEC §4, whether or not this build can import them yet.
    static QStringList specKinds();

private:
    static Status check(const QCommandLineParser &parser);
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
