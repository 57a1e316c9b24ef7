#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// §3.9 review attach|decide|list (qualification reviews), followup due|schedule,
// spotcheck plan and check record (the result of a follow-up or spot check)
// through ReviewService, FollowUpService and SpotCheckService.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReviewCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int attach(CliContext &context, const QCommandLineParser &parser);
    static int decide(CliContext &context, const QCommandLineParser &parser);
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int followUpDue(CliContext &context, const QCommandLineParser &parser);
    static int followUpSchedule(CliContext &context, const QCommandLineParser &parser);
    static int spotCheckPlan(CliContext &context, const QCommandLineParser &parser);
    static int checkRecord(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
