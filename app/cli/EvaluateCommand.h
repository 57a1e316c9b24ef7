#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// evaluate --quarter Q, then tier proposals|approve|decline: the quarterly
// evaluation of §2.4 and the manager's decision on each proposed promotion,
// through QuarterlyEvaluation. ("evaluate" is a single command, so the
// decisions live under "tier": the dispatcher cannot have "evaluate" as both a
// command and a group.)
class EvaluateCommand
{
    Q_DECLARE_TR_FUNCTIONS(cd::EvaluateCommand)

public:
    static QVector<CliCommand> commands();

private:
    static int evaluate(CliContext &context, const QCommandLineParser &parser);
    static int proposals(CliContext &context, const QCommandLineParser &parser);
    static int approve(CliContext &context, const QCommandLineParser &parser);
    static int decline(CliContext &context, const QCommandLineParser &parser);
    static int decide(CliContext &context, const QCommandLineParser &parser, bool approve);
};

} // namespace cd
