#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// customer add|list|show|edit: customers (SPEC §2) through CustomerService;
// the qualification itself is decided with `review decide` (§3.9).
class CustomerCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::CustomerCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int add(CliContext &context, const QCommandLineParser &parser);
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int show(CliContext &context, const QCommandLineParser &parser);
    static int edit(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
