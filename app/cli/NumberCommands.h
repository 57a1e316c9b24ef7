#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// number activate|show|list|reserve|release|cancel|destinations: a number's
// life until the sweep takes over (SPEC §3 "Numbers and renewals") through
// NumberService, which holds every rule (§3.9, §9.2, §9.6, §3.2).
class NumberCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::NumberCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int activate(CliContext &context, const QCommandLineParser &parser);
    static int show(CliContext &context, const QCommandLineParser &parser);
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int reserve(CliContext &context, const QCommandLineParser &parser);
    static int release(CliContext &context, const QCommandLineParser &parser);
    static int cancel(CliContext &context, const QCommandLineParser &parser);
    static int destinations(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
