#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// price set|cut|show and plan list: agent prices with their history (§2.4)
// through PriceService and PlanService. Only administrators change prices;
// the services refuse anyone else.
class PriceCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::PriceCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int set(CliContext &context, const QCommandLineParser &parser);
    static int cut(CliContext &context, const QCommandLineParser &parser);
    static int show(CliContext &context, const QCommandLineParser &parser);
    static int listPlans(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
