#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cd {

class CliContext;

// The command table and the dispatcher of channeldesk-cli (SPEC §4): global
// options, the command word(s), the command's own options, then what the
// command needs (database, login) before its handler runs.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(cd::CliApplication)

public:
    CliApplication();

    // arguments without the program name; returns the process exit code.
    int run(const QStringList &arguments);

    const QVector<CliCommand> &commands() const { return m_commands; }

private:
    const CliCommand *find(const QString &name) const;
    bool isGroup(const QString &word) const;
    QString helpText() const;
    QString groupHelpText(const QString &group) const;
    int usageError(CliContext &context, const QString &message, const QString &hint);
    int runCommand(CliContext &context, const CliCommand &command, const QStringList &arguments,
                   bool help);

    QVector<CliCommand> m_commands;
};

} // namespace cd
