#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// provider show|set: the provider's profile printed on contracts and letters,
// through ProviderProfile.
class ProviderCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProviderCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int show(CliContext &context, const QCommandLineParser &parser);
    static int set(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
