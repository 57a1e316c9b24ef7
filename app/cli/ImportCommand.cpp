#include "ImportCommand.h"

#include "CliContext.h"

#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"

namespace cd {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
}

QStringList ImportCommand::specKinds() {
    return {QStringLiteral("agents"),    QStringLiteral("plans"),   QStringLiteral("prices"),
            QStringLiteral("customers"), QStringLiteral("numbers"), QStringLiteral("payments")};
}

QVector<CliCommand> ImportCommand::commands() {
    CliCommand command;
    command.words = QStringList{QStringLiteral("import")};
    command.synopsis = specKinds().join(QLatin1Char('|')) + QStringLiteral(" FILE [--dry-run]");
    command.summary = tr("Load a CSV file: all rows or none.");
    command.description = tr("Every bad row is reported as FILE:LINE: column: message, and then "
                             "nothing is written (exit code 3).");
    command.arguments = {
        CliArgument{QStringLiteral("KIND"),
                    tr("What the file holds: %1.").arg(specKinds().join(QStringLiteral(", "))),
                    false},
        CliArgument{QStringLiteral("FILE"), tr("The CSV file (UTF-8 or GB18030)."), false},
    };
    command.options = {
        QCommandLineOption(QStringList{kDryRun}, tr("Check every row but write nothing."))};
    command.check = &ImportCommand::check;
    command.run = &ImportCommand::run;
    return {command};
}

Status ImportCommand::check(const QCommandLineParser &parser) {
    const QString kind = parser.positionalArguments().constFirst();
    if (ImportRegistry::kinds().contains(kind))
        return {};
    if (specKinds().contains(kind))
        return Error::usage(tr("Import of %1 is not available in this version.").arg(kind));
    QStringList known = specKinds();
    for (const QString &k : ImportRegistry::kinds()) {
        if (!known.contains(k))
            known << k;
    }
    return Error::usage(tr("Unknown import kind \"%1\"; the kinds are: %2.")
                            .arg(kind, known.join(QStringLiteral(", "))));
}

int ImportCommand::run(CliContext &context, const QCommandLineParser &parser) {
    const QString kind = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    std::unique_ptr<RowImporter> importer = ImportRegistry::create(kind);
    if (!importer) // check() ran first; kept so a registry change cannot crash here
        return context.fail(
            Error::usage(tr("Import of %1 is not available in this version.").arg(kind)));

    Result<ImportReport> report = ImportRunner::run(context.database(), context.actor(), *importer,
                                                    path, parser.isSet(kDryRun));
    if (!report)
        return context.fail(report.error());
    if (report->dryRun) {
        context.out() << tr("Dry run: %1 rows of %2 in %3 are valid; nothing was written.")
                             .arg(report->rows)
                             .arg(report->kind, report->fileName)
                      << Qt::endl;
    } else {
        context.out() << tr("Imported %1 rows of %2 from %3.")
                             .arg(report->rows)
                             .arg(report->kind, report->fileName)
                      << Qt::endl;
    }
    return 0;
}

} // namespace cd
