#pragma once

#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace cd {

class CliContext;

// A positional argument of a command, for its usage line and its help.
struct CliArgument {
    QString name;        // e.g. "NAME"
    QString description; // translated
    bool optional = false;
    bool repeatable = false; // the last argument only: it may be given many times ("AGENT...")
};

// What a command needs before its handler runs; the dispatcher provides it so
// that every command gets the same usage errors, database errors and login.
enum class CliAccess {
    None,           // no database, e.g. a pure check
    CreateDatabase, // the handler opens or creates the database itself (init)
    Database,       // an existing database, no login
    Login,          // an existing database and --user with that user's password
};

// One command of channeldesk-cli (SPEC §4): its words, its usage, its options
// and the handler that calls the core services.
struct CliCommand {
    Q_DECLARE_TR_FUNCTIONS(cd::CliCommand)

public:
    using Check = std::function<Status(const QCommandLineParser &)>;
    using Handler = std::function<int(CliContext &, const QCommandLineParser &)>;

    QStringList words;   // {"user", "add"}
    QString synopsis;    // after the words, e.g. "NAME --role admin|manager|auditor"
    QString summary;     // one translated line for the command list
    QString description; // optional further translated lines for the command's help
    QVector<CliArgument> arguments;
    QList<QCommandLineOption> options;
    CliAccess access = CliAccess::Login;
    Check check; // optional: argument checks before the database is opened
    Handler run;

    QString name() const { return words.join(QLatin1Char(' ')); }
    int minArguments() const;
    int maxArguments() const;

    // "channeldesk-cli [--db PATH] --user NAME user add NAME --role …"
    QString usageLine() const;
    // The full text of "channeldesk-cli COMMAND --help".
    QString helpText() const;

    // The options every command also accepts after its words.
    static QCommandLineOption dbOption();
    static QCommandLineOption userOption();
    static QCommandLineOption helpOption();
    static QString programName();
    // Aligned "  name   description" lines.
    static QString formatRows(const QVector<QPair<QString, QString>> &rows);
};

} // namespace cd
