#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// agent add|list|show: agents of SPEC §2 through AgentService, which checks
// every rule of §3 "Agents" (§1.1 legal entities only, one level-1 parent).
class AgentCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::AgentCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int add(CliContext &context, const QCommandLineParser &parser);
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int show(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
