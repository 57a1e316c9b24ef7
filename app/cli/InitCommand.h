#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// init [--admin NAME]: create or upgrade the database and, on a new one, the
// first administrator (SPEC §4).
class InitCommand {
    Q_DECLARE_TR_FUNCTIONS(cd::InitCommand)

public:
    static QVector<CliCommand> commands();

private:
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
