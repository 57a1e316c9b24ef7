#include "CliCommand.h"

#include <algorithm>
#include <limits>

namespace cd {

int CliCommand::minArguments() const {
    return int(std::count_if(arguments.cbegin(), arguments.cend(),
                             [](const CliArgument &a) { return !a.optional; }));
}

int CliCommand::maxArguments() const {
    if (!arguments.isEmpty() && arguments.constLast().repeatable)
        return std::numeric_limits<int>::max();
    return int(arguments.size());
}

QString CliCommand::programName() {
    return QStringLiteral("channeldesk-cli");
}

QCommandLineOption CliCommand::dbOption() {
    return QCommandLineOption(
        QStringList{QStringLiteral("db")},
        tr("The database file (else CHANNELDESK_DB, else the default database)."),
        QStringLiteral("PATH"));
}

QCommandLineOption CliCommand::userOption() {
    return QCommandLineOption(
        QStringList{QStringLiteral("user")},
        tr("Run as this user; the password comes from CHANNELDESK_PASSWORD or is asked."),
        QStringLiteral("NAME"));
}

QCommandLineOption CliCommand::helpOption() {
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              tr("Show this help."));
}

QString CliCommand::usageLine() const {
    QString line = programName() + QLatin1Char(' ');
    if (access != CliAccess::None)
        line += QStringLiteral("[--db PATH] ");
    if (access == CliAccess::Login)
        line += QStringLiteral("--user NAME ");
    line += name();
    if (!synopsis.isEmpty())
        line += QLatin1Char(' ') + synopsis;
    return line;
}

QString CliCommand::formatRows(const QVector<QPair<QString, QString>> &rows) {
    // A very long label gets a line of its own so the descriptions stay in one
    // readable column.
    constexpr int kMaxWidth = 30;
    int width = 0;
    for (const auto &row : rows) {
        if (row.first.size() <= kMaxWidth)
            width = std::max(width, int(row.first.size()));
    }
    const QString indent(width + 4, QLatin1Char(' '));
    QString text;
    for (const auto &row : rows) {
        if (row.first.size() > width) {
            text += QStringLiteral("  ") + row.first + QLatin1Char('\n') + indent + row.second +
                    QLatin1Char('\n');
        } else {
            text += QStringLiteral("  ") + row.first.leftJustified(width) + QStringLiteral("  ") +
                    row.second + QLatin1Char('\n');
        }
    }
    return text;
}

namespace {
QString optionLabel(const QCommandLineOption &option) {
    QStringList names;
    for (const QString &n : option.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString label = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}
} // namespace

QString CliCommand::helpText() const {
    QString text =
        tr("Usage: %1").arg(usageLine()) + QStringLiteral("\n\n") + summary + QLatin1Char('\n');
    if (!description.isEmpty())
        text += QLatin1Char('\n') + description + QLatin1Char('\n');

    if (!arguments.isEmpty()) {
        QVector<QPair<QString, QString>> rows;
        for (const CliArgument &a : arguments)
            rows.append({a.name, a.description});
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + formatRows(rows);
    }
    if (!options.isEmpty()) {
        QVector<QPair<QString, QString>> rows;
        for (const QCommandLineOption &o : options)
            rows.append({optionLabel(o), o.description()});
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + formatRows(rows);
    }

    QVector<QPair<QString, QString>> global;
    if (access != CliAccess::None)
        global.append({optionLabel(dbOption()), dbOption().description()});
    if (access == CliAccess::Login)
        global.append({optionLabel(userOption()), userOption().description()});
    global.append({optionLabel(helpOption()), helpOption().description()});
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') + formatRows(global);
    return text;
}

} // namespace cd
