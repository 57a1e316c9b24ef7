#include "PrintCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "print/DocumentRenderer.h"
#include "print/PrintJob.h"

namespace cd {

namespace {
const QString kPdf = QStringLiteral("pdf");
const QString kLang = QStringLiteral("lang");
const QString kDate = QStringLiteral("date");

QCommandLineOption pdfOption()
{
    return QCommandLineOption(QStringList{kPdf},
                              QCoreApplication::translate("cd::PrintCommands",
                                                          "The PDF file to write (A4)."),
                              QStringLiteral("FILE"));
}

QCommandLineOption langOption()
{
    return QCommandLineOption(
        QStringList{kLang},
        QCoreApplication::translate("cd::PrintCommands",
                                    "The document's language: %1 (default: the language of the "
                                    "user interface).")
            .arg(documentLanguageKeys().join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
}

Status checkPdfAndLang(const QCommandLineParser &parser)
{
    if (!parser.isSet(kPdf) || parser.value(kPdf).isEmpty())
        return Error::usage(QCoreApplication::translate("cd::PrintCommands", "Missing --pdf FILE."));
    DocumentLanguage language;
    if (parser.isSet(kLang) && !documentLanguageFromKey(parser.value(kLang), &language)) {
        return Error::usage(QCoreApplication::translate("cd::PrintCommands",
                                                        "Unknown language \"%1\": use %2.")
                                .arg(parser.value(kLang),
                                     documentLanguageKeys().join(QStringLiteral(", "))));
    }
    return {};
}

DocumentLanguage languageOf(const QCommandLineParser &parser)
{
    DocumentLanguage language = documentLanguageOfUi();
    if (parser.isSet(kLang))
        documentLanguageFromKey(parser.value(kLang), &language);
    return language;
}
} // namespace

bool PrintCommands::needsGuiApplication(const QStringList &arguments)
{
    // The command words follow the global options (--db PATH, --user NAME,
    // --db=PATH, -h, --version).
    QStringList words;
    for (qsizetype i = 0; i < arguments.size() && words.size() < 2; ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--user")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        words << arg;
    }
    // Compared as words: no translated text may be made before the application.
    return words == QStringList{QStringLiteral("contract"), QStringLiteral("print")} ||
           words == QStringList{QStringLiteral("renewal"), QStringLiteral("letter")};
}

QVector<CliCommand> PrintCommands::commands()
{
    CliCommand contract;
    contract.words = QStringList{QStringLiteral("contract"), QStringLiteral("print")};
    contract.synopsis = QStringLiteral("NUMBER --pdf FILE [--lang zh_CN|en]");
    contract.summary = tr("Render a contract to PDF: parties, tasks, prices, clauses.");
    contract.description =
        tr("The price schedule is the one in force on the contract's start for its tier and "
           "the agent's level (§2.4). The provider's name comes from \"provider set\"; printing "
           "is refused while it is unset.");
    contract.arguments = {
        CliArgument{QStringLiteral("NUMBER"), tr("The contract number, HT-YYYY-NNNN."), false}};
    contract.options = {pdfOption(), langOption()};
    contract.check = &checkPdfAndLang;
    contract.run = &PrintCommands::printContract;

    CliCommand letter;
    letter.words = QStringList{QStringLiteral("renewal"), QStringLiteral("letter")};
    letter.synopsis = QStringLiteral("AGENT_USCC --pdf FILE [--date D] [--lang zh_CN|en]");
    letter.summary = tr("Render a renewal reminder letter to an agent as PDF (§2.10).");
    letter.description =
        tr("Lists the numbers of the customers the agent serves whose paid-through date falls "
           "within the renewal notice period (the largest reminder offset, 30 days by default) "
           "from the date.");
    letter.arguments = {CliArgument{QStringLiteral("AGENT_USCC"), tr("The agent's code."), false}};
    letter.options = {
        pdfOption(),
        QCommandLineOption(QStringList{kDate}, tr("The letter's date (default today)."),
                           QStringLiteral("YYYY-MM-DD")),
        langOption(),
    };
    letter.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkPdfAndLang(parser); !s)
            return s;
        if (parser.isSet(kDate) && !Dates::parse(parser.value(kDate)).isValid())
            return Error::usage(tr("--date needs a date written YYYY-MM-DD, not \"%1\".")
                                    .arg(parser.value(kDate)));
        return {};
    };
    letter.run = &PrintCommands::renewalLetter;

    return {contract, letter};
}

int PrintCommands::printContract(CliContext &context, const QCommandLineParser &parser)
{
    const QString number = parser.positionalArguments().constFirst().trimmed().toUpper();
    Result<PrintJob> job = PrintJob::contract(context.database(), number, languageOf(parser));
    if (!job)
        return context.fail(job.error());
    if (Status s = DocumentRenderer::writePdf(job->html, parser.value(kPdf), job->decoration); !s)
        return context.fail(s.error());
    context.out() << tr("Wrote %1 to %2.").arg(number, parser.value(kPdf)) << Qt::endl;
    return 0;
}

int PrintCommands::renewalLetter(CliContext &context, const QCommandLineParser &parser)
{
    const QDate date =
        parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
    const QString agent = parser.positionalArguments().constFirst().trimmed().toUpper();
    Result<PrintJob> job =
        PrintJob::renewalLetter(context.database(), agent, date, languageOf(parser));
    if (!job)
        return context.fail(job.error());
    if (Status s = DocumentRenderer::writePdf(job->html, parser.value(kPdf), job->decoration); !s)
        return context.fail(s.error());
    context.out() << tr("Wrote a renewal letter for %1 listing %n number(s) to %2.", nullptr,
                        job->rows)
                         .arg(agent, parser.value(kPdf))
                  << Qt::endl;
    return 0;
}

} // namespace cd
