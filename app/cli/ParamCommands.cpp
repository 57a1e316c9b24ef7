#include "ParamCommands.h"

#include "CliContext.h"

#include "settings/Parameters.h"

namespace cd {

QVector<CliCommand> ParamCommands::commands() {
    CliCommand list;
    list.words = QStringList{QStringLiteral("param"), QStringLiteral("list")};
    list.summary = tr("List the business parameters, tab-separated.");
    list.description = tr("Columns: key, value, clause, description.");
    list.run = &ParamCommands::list;

    CliCommand set;
    set.words = QStringList{QStringLiteral("param"), QStringLiteral("set")};
    set.synopsis = QStringLiteral("KEY VALUE");
    set.summary = tr("Change a business parameter (administrators only).");
    set.arguments = {
        CliArgument{QStringLiteral("KEY"), tr("The parameter, as shown by \"param list\"."), false},
        CliArgument{QStringLiteral("VALUE"),
                    tr("A whole number; for a list, whole numbers separated by commas."), false},
    };
    set.run = &ParamCommands::set;

    return {list, set};
}

int ParamCommands::list(CliContext &context, const QCommandLineParser &) {
    Parameters parameters(context.database());
    QTextStream &out = context.out();
    out << "key\tvalue\tclause\tdescription\n";
    for (const ParameterSpec &spec : Parameters::specs()) {
        Result<QString> value = parameters.value(spec.key);
        if (!value)
            return context.fail(value.error());
        out << spec.key << '\t' << value.value() << '\t' << spec.clause << '\t'
            << spec.description() << '\n';
    }
    return 0;
}

int ParamCommands::set(CliContext &context, const QCommandLineParser &parser) {
    const QString key = parser.positionalArguments().at(0);
    Parameters parameters(context.database());
    if (Status s = parameters.set(context.actor(), key, parser.positionalArguments().at(1)); !s)
        return context.fail(s.error());
    Result<QString> value = parameters.value(key);
    if (!value)
        return context.fail(value.error());
    context.out() << QStringLiteral("%1 = %2").arg(key, value.value()) << Qt::endl;
    return 0;
}

} // namespace cd
