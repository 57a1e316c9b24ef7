#include "AgentCommands.h"

#include "CliContext.h"

#include "agents/AgentService.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "csv/PersonalData.h"
#include "pricing/Tier.h"
#include "reports/ReportExporter.h"

namespace cd {

namespace {
const QString kName = QStringLiteral("name");
const QString kUscc = QStringLiteral("uscc");
const QString kLevel = QStringLiteral("level");
const QString kParent = QStringLiteral("parent");
const QString kLegalRep = QStringLiteral("legal-rep");
const QString kContact = QStringLiteral("contact");
const QString kPhone = QStringLiteral("phone");
const QString kEmail = QStringLiteral("email");
const QString kAddress = QStringLiteral("address");
const QString kRegion = QStringLiteral("region");
const QString kTier = QStringLiteral("tier");
const QString kStatus = QStringLiteral("status");
const QString kSearch = QStringLiteral("search");

QStringList statusKeys()
{
    QStringList keys;
    for (AgentStatus s : {AgentStatus::Prospect, AgentStatus::Active, AgentStatus::Supervised,
                          AgentStatus::Terminated})
        keys << agentStatusKey(s);
    return keys;
}

// One record is one line: tabs and line breaks inside values become spaces.
QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}

Status checkLevel(const QCommandLineParser &parser)
{
    const QString level = parser.value(kLevel);
    if (level != QLatin1String("1") && level != QLatin1String("2")) {
        return Error::usage(
            QCoreApplication::translate("cd::AgentCommands", "--level must be 1 or 2, not \"%1\".")
                .arg(level));
    }
    return {};
}
} // namespace

QVector<CliCommand> AgentCommands::commands()
{
    CliCommand add;
    add.words = QStringList{QStringLiteral("agent"), QStringLiteral("add")};
    add.synopsis = QStringLiteral("--name N --uscc C --level 1|2 [--parent USCC] [--legal-rep ..] "
                                  "[--contact ..] [--phone ..] [--email ..] [--address ..] "
                                  "[--region ..] [--tier T]");
    add.summary = tr("Add an agent as a prospect (§1.1: legal entities only).");
    add.description = tr("A level-2 agent names its level-1 parent, which must be active or "
                         "supervised. The agent becomes active with its first contract.");
    add.options = {
        QCommandLineOption(QStringList{kName}, tr("The agent's registered name."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringList{kUscc}, tr("The unified social credit code."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kLevel}, tr("1 (signs with the provider) or 2 (sub-agent)."),
                           QStringLiteral("LEVEL")),
        QCommandLineOption(QStringList{kParent}, tr("The level-1 parent's code (level 2 only)."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kLegalRep}, tr("The legal representative."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringList{kContact}, tr("The contact person."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringList{kPhone}, tr("The contact phone."), QStringLiteral("PHONE")),
        QCommandLineOption(QStringList{kEmail}, tr("The contact email."), QStringLiteral("EMAIL")),
        QCommandLineOption(QStringList{kAddress}, tr("The address."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kRegion}, tr("The region served."), QStringLiteral("TEXT")),
        QCommandLineOption(
            QStringList{kTier},
            tr("The price tier: %1 (default standard).").arg(tierKeys().join(QStringLiteral(", "))),
            QStringLiteral("TIER")),
    };
    add.check = [](const QCommandLineParser &parser) -> Status {
        for (const QString &option : {kName, kUscc, kLevel}) {
            if (!parser.isSet(option))
                return Error::usage(tr("Missing --%1.").arg(option));
        }
        return checkLevel(parser);
    };
    add.run = &AgentCommands::add;

    CliCommand list;
    list.words = QStringList{QStringLiteral("agent"), QStringLiteral("list")};
    list.synopsis = QStringLiteral("[--status S] [--level L] [--search TEXT]");
    list.summary = tr("List agents, tab-separated.");
    list.description =
        tr("Columns: uscc, name, level, parent_uscc, status, tier, contact, region.");
    list.options = {
        QCommandLineOption(
            QStringList{kStatus},
            tr("Only agents with this status: %1.").arg(statusKeys().join(QStringLiteral(", "))),
            QStringLiteral("STATUS")),
        QCommandLineOption(QStringList{kLevel}, tr("Only level-1 or only level-2 agents."),
                           QStringLiteral("LEVEL")),
        QCommandLineOption(QStringList{kSearch},
                           tr("Only agents whose name, code, contact or region contains TEXT."),
                           QStringLiteral("TEXT")),
    };
    list.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kStatus) && !statusKeys().contains(parser.value(kStatus))) {
            return Error::usage(
                tr("Unknown status \"%1\": use %2.")
                    .arg(parser.value(kStatus), statusKeys().join(QStringLiteral(", "))));
        }
        if (parser.isSet(kLevel))
            return checkLevel(parser);
        return {};
    };
    list.run = &AgentCommands::list;

    CliCommand show;
    show.words = QStringList{QStringLiteral("agent"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("USCC");
    show.summary = tr("Show an agent: its fields, parent, sub-agents and contracts.");
    show.arguments = {CliArgument{QStringLiteral("USCC"), tr("The agent's code."), false}};
    show.run = &AgentCommands::show;

    return {add, list, show};
}

int AgentCommands::add(CliContext &context, const QCommandLineParser &parser)
{
    AgentInput input;
    input.name = parser.value(kName);
    input.uscc = parser.value(kUscc);
    input.level = parser.value(kLevel).toInt();
    input.parentUscc = parser.value(kParent);
    input.legalRep = parser.value(kLegalRep);
    input.contact = parser.value(kContact);
    input.phone = parser.value(kPhone);
    input.email = parser.value(kEmail);
    input.address = parser.value(kAddress);
    input.region = parser.value(kRegion);
    input.tier = parser.value(kTier);

    AgentService agents(context.database());
    Result<Agent> agent = agents.create(context.actor(), input);
    if (!agent)
        return context.fail(agent.error());
    context.out() << tr("Added the level-%1 agent %2 (%3) as %4.")
                         .arg(agent->level)
                         .arg(agent->name, agent->uscc, agentStatusDisplayName(agent->status))
                  << Qt::endl;
    return 0;
}

int AgentCommands::list(CliContext &context, const QCommandLineParser &parser)
{
    AgentFilter filter;
    filter.status = parser.value(kStatus);
    filter.level = parser.isSet(kLevel) ? parser.value(kLevel).toInt() : 0;
    filter.text = parser.value(kSearch);
    AgentService agents(context.database());
    Result<QVector<Agent>> all = agents.list(filter);
    if (!all)
        return context.fail(all.error());
    QTextStream &out = context.out();
    out << "uscc\tname\tlevel\tparent_uscc\tstatus\ttier\tcontact\tregion\n";
    for (const Agent &a : all.value()) {
        out << a.uscc << '\t' << cell(a.name) << '\t' << a.level << '\t' << a.parentUscc << '\t'
            << agentStatusKey(a.status) << '\t' << tierKey(a.tier) << '\t' << cell(a.contact)
            << '\t' << cell(a.region) << '\n';
    }
    return 0;
}

int AgentCommands::show(CliContext &context, const QCommandLineParser &parser)
{
    AgentService agents(context.database());
    Result<Agent> agent = agents.find(parser.positionalArguments().constFirst());
    if (!agent)
        return context.fail(agent.error());
    const Agent &a = agent.value();

    AgentFilter subFilter;
    subFilter.parentId = a.id;
    Result<QVector<Agent>> subs = agents.list(subFilter);
    if (!subs)
        return context.fail(subs.error());
    ContractFilter contractFilter;
    contractFilter.agentId = a.id;
    Result<QVector<Contract>> contracts = ContractService(context.database()).list(contractFilter);
    if (!contracts)
        return context.fail(contracts.error());

    // Field keys as in the agents CSV, so a script can pick a line.
    QTextStream &out = context.out();
    const auto field = [&out](const char *key, const QString &value) {
        out << key << ": " << value << '\n';
    };
    field("name", a.name);
    field("uscc", a.uscc);
    field("level", QString::number(a.level));
    field("parent", a.parentUscc.isEmpty()
                        ? QString()
                        : QStringLiteral("%1 (%2)").arg(a.parentName, a.parentUscc));
    field("status", agentStatusKey(a.status));
    field("tier", tierKey(a.tier));
    field("legal_rep", a.legalRep);
    field("contact", a.contact);
    // §2.6 Personal data only for users with the right, as in exports.
    const bool personal = ReportExporter::mayIncludePersonalData(context.actor());
    field("phone", personal ? a.phone : PersonalData::maskPhone(a.phone));
    field("email", personal ? a.email : PersonalData::maskEmail(a.email));
    field("address", a.address);
    field("region", a.region);
    field("portal_account", a.portalAccount);
    field("created_at", a.createdAt);

    out << '\n' << tr("Sub-agents: %1").arg(subs->size()) << '\n';
    for (const Agent &s : subs.value())
        out << "  " << s.uscc << '\t' << s.name << '\t' << agentStatusKey(s.status) << '\n';

    out << '\n' << tr("Contracts: %1").arg(contracts->size()) << '\n';
    for (const Contract &c : contracts.value()) {
        out << "  " << c.number << '\t' << c.year << '\t' << Dates::format(c.start) << ".."
            << Dates::format(c.end) << '\t' << contractStatusKey(c.status);
        if (c.status == ContractStatus::Terminated) {
            out << '\t' << Dates::format(c.terminatedOn) << ' ' << c.terminationReason << " ("
                << c.terminationClause << ')';
        }
        out << '\n';
    }
    return 0;
}

} // namespace cd
