#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// training add|attend|overdue (§2.7), violation open|attach|classify|penalise
// (§3.2, §3.9) and takeover remind|run (§2.3, §9.6) through the compliance
// services.
class ComplianceCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::ComplianceCommands)

public:
    static QVector<CliCommand> commands();

private:
    static QVector<CliCommand> trainingCommands();
    static QVector<CliCommand> violationCommands();
    static QVector<CliCommand> takeoverCommands();

    static int trainingAdd(CliContext &context, const QCommandLineParser &parser);
    static int trainingAttend(CliContext &context, const QCommandLineParser &parser);
    static int trainingOverdue(CliContext &context, const QCommandLineParser &parser);
    static int violationOpen(CliContext &context, const QCommandLineParser &parser);
    static int violationAttach(CliContext &context, const QCommandLineParser &parser);
    static int violationClassify(CliContext &context, const QCommandLineParser &parser);
    static int violationPenalise(CliContext &context, const QCommandLineParser &parser);
    static int takeoverRemind(CliContext &context, const QCommandLineParser &parser);
    static int takeoverRun(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
