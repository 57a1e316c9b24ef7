#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

#include <array>

namespace cd {

// contract create|terminate|list|drafts: annual contracts (§9.2) and their
// termination (§3.9, §3.2) through ContractService.
class ContractCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractCommands)

public:
    static QVector<CliCommand> commands();

    // "N1,N2,N3,N4": four whole numbers ≥ 0; false otherwise.
    static bool parseTasks(const QString &text, std::array<int, 4> *tasks);

private:
    static int create(CliContext &context, const QCommandLineParser &parser);
    static int terminate(CliContext &context, const QCommandLineParser &parser);
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int drafts(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
