#include "ContractCommands.h"

#include "CliContext.h"

#include "agents/AgentService.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"

namespace cd {

namespace {
const QString kAgent = QStringLiteral("agent");
const QString kYear = QStringLiteral("year");
const QString kTasks = QStringLiteral("tasks");
const QString kStart = QStringLiteral("start");
const QString kReason = QStringLiteral("reason");
const QString kDate = QStringLiteral("date");
const QString kStatus = QStringLiteral("status");

QStringList reasonKeys()
{
    QStringList keys;
    for (TerminationReason r : {TerminationReason::Fraud, TerminationReason::Improper,
                                TerminationReason::Request, TerminationReason::Ceased})
        keys << terminationReasonKey(r);
    return keys;
}

QStringList statusKeys()
{
    QStringList keys;
    for (ContractStatus s : {ContractStatus::Draft, ContractStatus::Active, ContractStatus::Expired,
                             ContractStatus::Terminated})
        keys << contractStatusKey(s);
    return keys;
}

Status checkYear(const QCommandLineParser &parser, bool required)
{
    if (!parser.isSet(kYear)) {
        if (required)
            return Error::usage(
                QCoreApplication::translate("cd::ContractCommands", "Missing --year."));
        return {};
    }
    bool ok = false;
    const int year = parser.value(kYear).toInt(&ok);
    if (!ok || year < 1000 || year > 9999)
        return Error::usage(
            QCoreApplication::translate("cd::ContractCommands",
                                        "--year needs a year such as 2026, not \"%1\".")
                .arg(parser.value(kYear)));
    return {};
}

Status checkDate(const QCommandLineParser &parser, const QString &option, bool required)
{
    if (!parser.isSet(option)) {
        if (required)
            return Error::usage(
                QCoreApplication::translate("cd::ContractCommands", "Missing --%1 YYYY-MM-DD.")
                    .arg(option));
        return {};
    }
    if (!Dates::parse(parser.value(option)).isValid())
        return Error::usage(
            QCoreApplication::translate("cd::ContractCommands",
                                        "--%1 needs a date written YYYY-MM-DD, not \"%2\".")
                .arg(option, parser.value(option)));
    return {};
}

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}
} // namespace

bool ContractCommands::parseTasks(const QString &text, std::array<int, 4> *tasks)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        const int n = parts.at(i).trimmed().toInt(&ok);
        if (!ok || n < 0)
            return false;
        (*tasks)[size_t(i)] = n;
    }
    return true;
}

QVector<CliCommand> ContractCommands::commands()
{
    CliCommand create;
    create.words = QStringList{QStringLiteral("contract"), QStringLiteral("create")};
    create.synopsis = QStringLiteral("--agent USCC --year Y --tasks N1,N2,N3,N4 [--start D]");
    create.summary = tr("Sign an annual contract; prints its number (§9.2).");
    create.description =
        tr("The contract is active from its start: by default the signing day for an agent's "
           "first contract, else 1 January. An agent has at most one active contract.");
    create.options = {
        QCommandLineOption(QStringList{kAgent}, tr("The agent's code."), QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kYear}, tr("The calendar year of the contract."),
                           QStringLiteral("YEAR")),
        QCommandLineOption(QStringList{kTasks},
                           tr("The quarterly tasks: new activations in Q1 to Q4."),
                           QStringLiteral("N1,N2,N3,N4")),
        QCommandLineOption(QStringList{kStart}, tr("The start date, within the year."),
                           QStringLiteral("YYYY-MM-DD")),
    };
    create.check = [](const QCommandLineParser &parser) -> Status {
        if (!parser.isSet(kAgent))
            return Error::usage(tr("Missing --agent USCC."));
        if (Status s = checkYear(parser, true); !s)
            return s;
        std::array<int, 4> tasks{};
        if (!parser.isSet(kTasks))
            return Error::usage(tr("Missing --tasks N1,N2,N3,N4."));
        if (!parseTasks(parser.value(kTasks), &tasks))
            return Error::usage(tr("--tasks needs four whole numbers separated by commas, not "
                                   "\"%1\".")
                                    .arg(parser.value(kTasks)));
        return checkDate(parser, kStart, false);
    };
    create.run = &ContractCommands::create;

    CliCommand terminate;
    terminate.words = QStringList{QStringLiteral("contract"), QStringLiteral("terminate")};
    terminate.synopsis =
        QStringLiteral("NUMBER --reason %1 --date D").arg(reasonKeys().join(QLatin1Char('|')));
    terminate.summary = tr("End a contract early (§3.9, §3.2); the agent becomes terminated.");
    terminate.description =
        tr("Reasons: fraud (intentional fraudulent customers, §3.9), improper (unlawful or "
           "improper operation, §3.2), request (the agent's request), ceased (the agent ceased "
           "business). The agent keeps serving and renewing its customers (§9.6).");
    terminate.arguments = {
        CliArgument{QStringLiteral("NUMBER"), tr("The contract number, HT-YYYY-NNNN."), false}};
    terminate.options = {
        QCommandLineOption(QStringList{kReason},
                           tr("Why: %1.").arg(reasonKeys().join(QStringLiteral(", "))),
                           QStringLiteral("REASON")),
        QCommandLineOption(QStringList{kDate}, tr("The day the contract ends."),
                           QStringLiteral("YYYY-MM-DD")),
    };
    terminate.check = [](const QCommandLineParser &parser) -> Status {
        if (!parser.isSet(kReason))
            return Error::usage(
                tr("Missing --reason (%1).").arg(reasonKeys().join(QStringLiteral(", "))));
        TerminationReason reason;
        if (!terminationReasonFromKey(parser.value(kReason), &reason)) {
            return Error::usage(
                tr("Unknown reason \"%1\": use %2.")
                    .arg(parser.value(kReason), reasonKeys().join(QStringLiteral(", "))));
        }
        return checkDate(parser, kDate, true);
    };
    terminate.run = &ContractCommands::terminate;

    CliCommand list;
    list.words = QStringList{QStringLiteral("contract"), QStringLiteral("list")};
    list.synopsis = QStringLiteral("[--agent USCC] [--status S] [--year Y]");
    list.summary = tr("List contracts, tab-separated.");
    list.description = tr("Columns: number, agent_uscc, agent_name, year, start_date, end_date, "
                          "tier, tasks, status, terminated_on, termination_reason, "
                          "termination_clause.");
    list.options = {
        QCommandLineOption(QStringList{kAgent}, tr("Only this agent's contracts."),
                           QStringLiteral("USCC")),
        QCommandLineOption(
            QStringList{kStatus},
            tr("Only contracts with this status: %1.").arg(statusKeys().join(QStringLiteral(", "))),
            QStringLiteral("STATUS")),
        QCommandLineOption(QStringList{kYear}, tr("Only contracts of this year."),
                           QStringLiteral("YEAR")),
    };
    list.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kStatus) && !statusKeys().contains(parser.value(kStatus))) {
            return Error::usage(
                tr("Unknown status \"%1\": use %2.")
                    .arg(parser.value(kStatus), statusKeys().join(QStringLiteral(", "))));
        }
        return checkYear(parser, false);
    };
    list.run = &ContractCommands::list;

    CliCommand drafts;
    drafts.words = QStringList{QStringLiteral("contract"), QStringLiteral("drafts")};
    drafts.synopsis = QStringLiteral("--year Y");
    drafts.summary = tr("Prepare next year's drafts for every active agent (§9.2).");
    drafts.options = {QCommandLineOption(QStringList{kYear}, tr("The year of the drafts."),
                                         QStringLiteral("YEAR"))};
    drafts.check = [](const QCommandLineParser &parser) { return checkYear(parser, true); };
    drafts.run = &ContractCommands::drafts;

    return {create, terminate, list, drafts};
}

int ContractCommands::create(CliContext &context, const QCommandLineParser &parser)
{
    std::array<int, 4> tasks{};
    parseTasks(parser.value(kTasks), &tasks); // checked before
    ContractService contracts(context.database());
    Result<Contract> contract =
        contracts.create(context.actor(), parser.value(kAgent), parser.value(kYear).toInt(), tasks,
                         Dates::parse(parser.value(kStart)));
    if (!contract)
        return context.fail(contract.error());
    // The number alone on standard output, so a script can capture it.
    context.out() << contract->number << Qt::endl;
    return 0;
}

int ContractCommands::terminate(CliContext &context, const QCommandLineParser &parser)
{
    const QString number = parser.positionalArguments().constFirst();
    TerminationReason reason = TerminationReason::Request;
    terminationReasonFromKey(parser.value(kReason), &reason);
    const QDate date = Dates::parse(parser.value(kDate));
    ContractService contracts(context.database());
    if (Status s = contracts.terminate(context.actor(), number, reason, date); !s)
        return context.fail(s.error());
    context.out() << tr("Terminated %1 on %2: %3 (%4).")
                         .arg(number.trimmed().toUpper(), Dates::format(date),
                              terminationReasonDisplayName(reason), terminationClause(reason))
                  << Qt::endl;
    return 0;
}

int ContractCommands::list(CliContext &context, const QCommandLineParser &parser)
{
    ContractFilter filter;
    if (parser.isSet(kAgent)) {
        Result<Agent> agent = AgentService(context.database()).find(parser.value(kAgent));
        if (!agent)
            return context.fail(agent.error());
        filter.agentId = agent->id;
    }
    filter.status = parser.value(kStatus);
    filter.year = parser.isSet(kYear) ? parser.value(kYear).toInt() : 0;
    Result<QVector<Contract>> all = ContractService(context.database()).list(filter);
    if (!all)
        return context.fail(all.error());
    QTextStream &out = context.out();
    out << "number\tagent_uscc\tagent_name\tyear\tstart_date\tend_date\ttier\ttasks\tstatus\t"
           "terminated_on\ttermination_reason\ttermination_clause\n";
    for (const Contract &c : all.value()) {
        out << c.number << '\t' << c.agentUscc << '\t' << cell(c.agentName) << '\t' << c.year
            << '\t' << Dates::format(c.start) << '\t' << Dates::format(c.end) << '\t'
            << tierKey(c.tier) << '\t' << c.tasks[0] << ',' << c.tasks[1] << ',' << c.tasks[2]
            << ',' << c.tasks[3] << '\t' << contractStatusKey(c.status) << '\t'
            << Dates::format(c.terminatedOn) << '\t' << c.terminationReason << '\t'
            << c.terminationClause << '\n';
    }
    return 0;
}

int ContractCommands::drafts(CliContext &context, const QCommandLineParser &parser)
{
    const int year = parser.value(kYear).toInt();
    Result<int> prepared = ContractService(context.database()).prepareDrafts(context.actor(), year);
    if (!prepared)
        return context.fail(prepared.error());
    context.out() << tr("Prepared %1 contract drafts for %2.").arg(*prepared).arg(year) << Qt::endl;
    return 0;
}

} // namespace cd
