#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// uscc check CODE: validate a unified social credit code; no database, no login.
class UsccCommand {
    Q_DECLARE_TR_FUNCTIONS(cd::UsccCommand)

public:
    static QVector<CliCommand> commands();

private:
    static int check(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
