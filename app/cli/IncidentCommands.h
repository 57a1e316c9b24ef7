#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// incident add|close|list and dispute add: platform incidents and the
// customer disputes they caused (§2.8), through IncidentService.
class IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::IncidentCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int incidentAdd(CliContext &context, const QCommandLineParser &parser);
    static int incidentClose(CliContext &context, const QCommandLineParser &parser);
    static int incidentList(CliContext &context, const QCommandLineParser &parser);
    static int disputeAdd(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
