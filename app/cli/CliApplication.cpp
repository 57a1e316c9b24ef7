#include "CliApplication.h"

#include "AgentCommands.h"
#include "AuditCommand.h"
#include "BackupCommands.h"
#include "CliContext.h"
#include "ComplianceCommands.h"
#include "ContractCommands.h"
#include "CustomerCommands.h"
#include "DemoCommand.h"
#include "EvaluateCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "IncidentCommands.h"
#include "InitCommand.h"
#include "NumberCommands.h"
#include "ParamCommands.h"
#include "PaymentCommands.h"
#include "PriceCommands.h"
#include "PrintCommands.h"
#include "ProviderCommands.h"
#include "ReviewCommands.h"
#include "SweepCommand.h"
#include "UsccCommand.h"
#include "UserCommands.h"

#include <QCommandLineParser>

namespace cd {

CliApplication::CliApplication() {
    m_commands << InitCommand::commands() << UsccCommand::commands() << ImportCommand::commands()
               << AgentCommands::commands() << ContractCommands::commands()
               << SweepCommand::commands() << ExportCommand::commands()
               << ComplianceCommands::commands() << UserCommands::commands()
               << ParamCommands::commands() << AuditCommand::commands()
               << PriceCommands::commands() << EvaluateCommand::commands()
               << CustomerCommands::commands() << ReviewCommands::commands()
               << NumberCommands::commands() << PaymentCommands::commands()
               << BackupCommands::commands() << DemoCommand::commands()
               << IncidentCommands::commands();
    m_commands << PrintCommands::commands() << ProviderCommands::commands();
}

const CliCommand *CliApplication::find(const QString &name) const {
    for (const CliCommand &command : m_commands) {
        if (command.name() == name)
            return &command;
    }
    return nullptr;
}

bool CliApplication::isGroup(const QString &word) const {
    for (const CliCommand &command : m_commands) {
        if (command.words.size() > 1 && command.words.constFirst() == word)
            return true;
    }
    return false;
}

namespace {
QString commandRow(const CliCommand &command) {
    return command.synopsis.isEmpty() ? command.name()
                                      : command.name() + QLatin1Char(' ') + command.synopsis;
}

QString exitCodesText() {
    return QCoreApplication::translate(
        "cd::CliApplication",
        "Exit codes: 0 success, 1 refused by a rule or not found, 2 usage error, 3 bad input "
        "file (nothing written), 4 database error.");
}
} // namespace

QString CliApplication::helpText() const {
    const QString program = CliCommand::programName();
    QString text =
        tr("Usage: %1 [--db PATH] [--user NAME] COMMAND [ARGUMENTS] [OPTIONS]").arg(program) +
        QStringLiteral("\n\n") +
        tr("ChannelDesk from a terminal or a script: the data jobs of the "
           "application.") +
        QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    QVector<QPair<QString, QString>> rows;
    for (const CliCommand &command : m_commands)
        rows.append({commandRow(command), command.summary});
    text += CliCommand::formatRows(rows);

    const QCommandLineOption db = CliCommand::dbOption();
    const QCommandLineOption user = CliCommand::userOption();
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') +
            CliCommand::formatRows({
                {QStringLiteral("--db PATH"), db.description()},
                {QStringLiteral("--user NAME"),
                 user.description() + QLatin1Char(' ') +
                     tr("Needed by every command that reads or changes the data.")},
                {QStringLiteral("-h, --help"),
                 tr("Show this help; after a command, the help of that command.")},
                {QStringLiteral("--version"), tr("Show the version.")},
            });
    text += QLatin1Char('\n') +
            tr("\"%1 COMMAND --help\" shows the usage of one command.").arg(program) +
            QLatin1Char('\n') + exitCodesText() + QLatin1Char('\n');
    return text;
}

QString CliApplication::groupHelpText(const QString &group) const {
    QString text = tr("Usage: %1 %2 SUBCOMMAND …").arg(CliCommand::programName(), group) +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    QVector<QPair<QString, QString>> rows;
    for (const CliCommand &command : m_commands) {
        if (command.words.constFirst() == group)
            rows.append({commandRow(command), command.summary});
    }
    return text + CliCommand::formatRows(rows);
}

int CliApplication::usageError(CliContext &context, const QString &message, const QString &hint) {
    const QString see =
        hint.isEmpty() ? CliCommand::programName() + QStringLiteral(" --help") : hint;
    return context.fail(Error::usage(tr("%1 See \"%2\".").arg(message, see)));
}

int CliApplication::run(const QStringList &arguments) {
    CliContext context;
    bool help = false;
    bool version = false;

    // Global options come before the command; --db and --user may also follow it.
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-"))
            break;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            help = true;
            continue;
        }
        if (arg == QLatin1String("--version")) {
            version = true;
            continue;
        }
        QString key = arg;
        QString value;
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0) {
            key = arg.left(eq);
            value = arg.mid(eq + 1);
        }
        if (key != QLatin1String("--db") && key != QLatin1String("--user"))
            return usageError(context, tr("Unknown option \"%1\".").arg(arg), {});
        if (eq < 0) {
            if (i + 1 >= arguments.size())
                return usageError(context, tr("Missing value after \"%1\".").arg(arg), {});
            value = arguments.at(++i);
        }
        if (value.isEmpty())
            return usageError(context, tr("The value of \"%1\" is empty.").arg(key), {});
        if (key == QLatin1String("--db"))
            context.setDatabasePath(value);
        else
            context.setUserName(value);
    }

    const QStringList rest = arguments.mid(i);
    if (version) {
        context.out() << CliCommand::programName() << QLatin1Char(' ')
                      << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (rest.isEmpty()) {
        if (help) {
            context.out() << helpText();
            return 0;
        }
        return usageError(context, tr("No command given."), {});
    }

    QString name = rest.constFirst();
    qsizetype used = 1;
    if (isGroup(name)) {
        const QString sub = rest.value(1);
        if (sub.isEmpty() || sub.startsWith(QLatin1Char('-'))) {
            if (help || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
                context.out() << groupHelpText(name);
                return 0;
            }
            QStringList subs;
            for (const CliCommand &command : m_commands) {
                if (command.words.constFirst() == name)
                    subs << command.words.value(1);
            }
            return usageError(
                context,
                tr("\"%1\" needs a subcommand: %2.").arg(name, subs.join(QStringLiteral(", "))),
                CliCommand::programName() + QLatin1Char(' ') + name + QStringLiteral(" --help"));
        }
        name += QLatin1Char(' ') + sub;
        used = 2;
    }
    const CliCommand *command = find(name);
    if (!command)
        return usageError(context, tr("Unknown command \"%1\".").arg(name), {});
    return runCommand(context, *command, rest.mid(used), help);
}

int CliApplication::runCommand(CliContext &context, const CliCommand &command,
                               const QStringList &arguments, bool help) {
    const QString hint =
        CliCommand::programName() + QLatin1Char(' ') + command.name() + QStringLiteral(" --help");

    QCommandLineParser parser;
    parser.addOptions(command.options);
    const QCommandLineOption helpOption = CliCommand::helpOption();
    const QCommandLineOption dbOption = CliCommand::dbOption();
    const QCommandLineOption userOption = CliCommand::userOption();
    parser.addOption(helpOption);
    if (command.access != CliAccess::None)
        parser.addOption(dbOption);
    if (command.access == CliAccess::Login)
        parser.addOption(userOption);

    if (!parser.parse(QStringList{CliCommand::programName()} + arguments))
        return usageError(context, parser.errorText(), hint);
    if (help || parser.isSet(helpOption)) {
        context.out() << command.helpText();
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < command.minArguments()) {
        return usageError(
            context, tr("Missing %1.").arg(command.arguments.at(positional.size()).name), hint);
    }
    if (positional.size() > command.maxArguments()) {
        return usageError(
            context, tr("Unexpected argument \"%1\".").arg(positional.at(command.maxArguments())),
            hint);
    }

    for (const QCommandLineOption *option : {&dbOption, &userOption}) {
        if (!parser.optionNames().contains(option->names().constFirst()))
            continue;
        const QString value = parser.value(*option);
        if (value.isEmpty()) {
            return usageError(
                context, tr("The value of \"--%1\" is empty.").arg(option->names().constFirst()),
                hint);
        }
        if (option == &dbOption)
            context.setDatabasePath(value);
        else
            context.setUserName(value);
    }

    // Usage first: nothing is opened or asked while the command line is wrong.
    if (command.access == CliAccess::Login && context.userName().isEmpty()) {
        return usageError(context,
                          tr("\"%1\" needs --user NAME and that user's password "
                             "(CHANNELDESK_PASSWORD or asked).")
                              .arg(command.name()),
                          hint);
    }
    if (command.check) {
        if (Status s = command.check(parser); !s) {
            if (s.error().kind == ErrorKind::Usage)
                return usageError(context, s.error().text(), hint);
            return context.fail(s.error());
        }
    }
    if (command.access == CliAccess::Database || command.access == CliAccess::Login) {
        if (Status s = context.openDatabase(); !s)
            return context.fail(s.error());
    }
    if (command.access == CliAccess::Login) {
        if (Status s = context.login(); !s)
            return context.fail(s.error());
    }
    return command.run(context, parser);
}

} // namespace cd
