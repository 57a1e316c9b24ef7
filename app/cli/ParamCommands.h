#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// param list|set: the business parameters of SPEC §3, through Parameters.
class ParamCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::ParamCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int set(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
