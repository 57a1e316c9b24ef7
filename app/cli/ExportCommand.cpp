#include "ExportCommand.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"

namespace cd {

namespace {
const QString kOut = QStringLiteral("out");
const QString kDate = QStringLiteral("date");
const QString kPersonal = QStringLiteral("include-personal-data");
const QString kExcel = QStringLiteral("excel");
} // namespace

QStringList ExportCommand::specReports()
{
    return {
        QStringLiteral("agents"),     QStringLiteral("contracts"),   QStringLiteral("customers"),
        QStringLiteral("numbers"),    QStringLiteral("renewals"),    QStringLiteral("suspensions"),
        QStringLiteral("reviews"),    QStringLiteral("performance"), QStringLiteral("prices"),
        QStringLiteral("violations"), QStringLiteral("incidents"),   QStringLiteral("notices"),
        QStringLiteral("audit")};
}

QVector<CliCommand> ExportCommand::commands()
{
    CliCommand command;
    command.words = QStringList{QStringLiteral("export")};
    command.synopsis = QStringLiteral("REPORT --out FILE [--date D] [--include-personal-data] [--excel]");
    command.summary = tr("Write a report as CSV.");
    command.description =
        tr("The first line holds the column keys. Phones, emails and ID numbers are masked "
           "unless --include-personal-data is given by a user with the right (§2.6). The file "
           "is written whole or not at all.");
    command.arguments = {CliArgument{
        QStringLiteral("REPORT"),
        tr("The report: %1.").arg(ReportRegistry::names().join(QStringLiteral(", "))), false}};
    command.options = {
        QCommandLineOption(QStringList{kOut}, tr("The CSV file to write."), QStringLiteral("FILE")),
        QCommandLineOption(QStringList{kDate}, tr("The date the report is as of (default today)."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kPersonal},
                           tr("Leave phones, emails and ID numbers unmasked (§2.6; not for "
                              "auditors).")),
        QCommandLineOption(QStringList{kExcel},
                           tr("Write codes of 12 or more digits (USCCs) as =\"…\" so Excel keeps "
                              "them as text instead of 1.21E+17; the importers read them back.")),
    };
    command.check = &ExportCommand::check;
    command.run = &ExportCommand::run;
    return {command};
}

Status ExportCommand::check(const QCommandLineParser &parser)
{
    const QString report = parser.positionalArguments().constFirst();
    const QStringList known = ReportRegistry::names();
    if (!known.contains(report)) {
        if (specReports().contains(report))
            return Error::usage(tr("The report %1 is not available in this version; the reports "
                                   "are: %2.")
                                    .arg(report, known.join(QStringLiteral(", "))));
        return Error::usage(tr("Unknown report \"%1\"; the reports are: %2.")
                                .arg(report, known.join(QStringLiteral(", "))));
    }
    if (!parser.isSet(kOut) || parser.value(kOut).isEmpty())
        return Error::usage(tr("Missing --out FILE."));
    if (parser.isSet(kDate) && !Dates::parse(parser.value(kDate)).isValid()) {
        return Error::usage(
            tr("--date needs a date written YYYY-MM-DD, not \"%1\".").arg(parser.value(kDate)));
    }
    return {};
}

int ExportCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QString report = parser.positionalArguments().constFirst();
    const QString path = parser.value(kOut);
    ReportOptions options;
    options.date = Dates::parse(parser.value(kDate)); // invalid: today
    options.includePersonalData = parser.isSet(kPersonal);
    options.excelText = parser.isSet(kExcel);

    Result<qint64> rows =
        ReportExporter::exportCsv(context.database(), context.actor(), report, path, options);
    if (!rows)
        return context.fail(rows.error());
    context.out() << tr("Exported %1 rows to %2.").arg(*rows).arg(path) << Qt::endl;
    return 0;
}

} // namespace cd
