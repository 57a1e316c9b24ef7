#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// user add|list|passwd|disable|enable: the accounts of this application,
// through UserService with the logged-in user as the actor.
class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(cd::UserCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int add(CliContext &context, const QCommandLineParser &parser);
    static int list(CliContext &context, const QCommandLineParser &parser);
    static int passwd(CliContext &context, const QCommandLineParser &parser);
    static int setActive(CliContext &context, const QCommandLineParser &parser, bool active);
};

} // namespace cd
