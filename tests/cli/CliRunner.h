// Running channeldesk-cli from the tests in tests/cli: one separate process
// on a given database, judged by its exit code and its output. Shared by
// every cli test so that they all start the program the same way.
#pragma once

#include "agents/Uscc.h"

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cdtest {

// What one run of the program gave. exitCode is -1 when it did not start,
// did not finish in time or did not exit normally.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A valid USCC: prefix (8 characters) and org9, then the check character.
inline QString code(const char *org9, const char *prefix = "91110108")
{
    const QString first17 = u(prefix) + u(org9);
    return first17 + cd::Uscc::checkCharacter(first17);
}

// Writes bytes to path and gives path back; a test that cannot write its
// input stops.
inline QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

struct CliOptions {
    // CHANNELDESK_PASSWORD; a null string leaves it unset.
    QString password;
    // When not empty, "--user <user>" goes before the arguments.
    QString user;
    // Set last, over everything else.
    QMap<QString, QString> environment;
    // Removed from the inherited environment.
    QStringList unsetEnvironment;
    // Written to standard input, which is then closed. When empty, standard
    // input is the null device: a prompt reads end-of-input instead of hanging.
    QByteArray input;
    // Empty: the test's own.
    QString workingDirectory;
    int timeoutMs = 60000;
};

// The inherited environment with English messages and the database, and no
// password but the one given.
inline QProcessEnvironment cliEnvironment(const QString &database, const CliOptions &options = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u("CHANNELDESK_LANG"), u("en"));
    env.insert(u("CHANNELDESK_DB"), database);
    env.remove(u("CHANNELDESK_PASSWORD"));
    env.remove(u("CHANNELDESK_NEW_PASSWORD"));
    for (const QString &name : options.unsetEnvironment)
        env.remove(name);
    if (!options.password.isNull())
        env.insert(u("CHANNELDESK_PASSWORD"), options.password);
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

// Starts the program without waiting for it (for tests that watch or kill it).
inline void startCli(QProcess &process, const QString &database, const QStringList &arguments,
                     const CliOptions &options = {})
{
    process.setProcessEnvironment(cliEnvironment(database, options));
    if (options.input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(QStringLiteral(CHANNELDESK_CLI),
                  options.user.isEmpty() ? arguments
                                         : QStringList{u("--user"), options.user} + arguments);
}

// Runs the program to its end.
inline Run runCli(const QString &database, const QStringList &arguments,
                  const CliOptions &options = {})
{
    QProcess process;
    startCli(process, database, arguments, options);
    if (!process.waitForStarted(10000))
        return {};
    if (!options.input.isEmpty()) {
        process.write(options.input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace cdtest
