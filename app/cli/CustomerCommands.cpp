#include "CustomerCommands.h"

#include "CliContext.h"

#include "agents/AgentService.h"
#include "common/Dates.h"
#include "compliance/ReviewService.h"
#include "csv/PersonalData.h"
#include "customers/CustomerService.h"
#include "reports/ReportExporter.h"

#include <limits>

namespace cd {

namespace {
const QString kName = QStringLiteral("name");
const QString kUscc = QStringLiteral("uscc");
const QString kAgent = QStringLiteral("agent");
const QString kLegalRep = QStringLiteral("legal-rep");
const QString kContact = QStringLiteral("contact");
const QString kPhone = QStringLiteral("phone");
const QString kIndustry = QStringLiteral("industry");
const QString kHandler = QStringLiteral("handler");
const QString kSearch = QStringLiteral("search");

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}

QString serviceOwner(const Customer &c)
{
    return c.servedByProvider() ? QStringLiteral("provider") : c.agentUscc;
}

QList<QCommandLineOption> detailOptions()
{
    return {
        QCommandLineOption(
            QStringList{kLegalRep},
            QCoreApplication::translate("cd::CustomerCommands", "The legal representative."),
            QStringLiteral("NAME")),
        QCommandLineOption(
            QStringList{kContact},
            QCoreApplication::translate("cd::CustomerCommands", "The contact person."),
            QStringLiteral("NAME")),
        QCommandLineOption(
            QStringList{kPhone},
            QCoreApplication::translate("cd::CustomerCommands", "The contact phone."),
            QStringLiteral("PHONE")),
        QCommandLineOption(QStringList{kIndustry},
                           QCoreApplication::translate("cd::CustomerCommands", "The industry."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kHandler},
                           QCoreApplication::translate(
                               "cd::CustomerCommands",
                               "Who handles the customer's business when it is not the legal "
                               "representative; the review then also needs the handler's ID "
                               "and an authorisation letter (§3.9)."),
                           QStringLiteral("NAME")),
    };
}
} // namespace

QVector<CliCommand> CustomerCommands::commands()
{
    CliCommand add;
    add.words = QStringList{QStringLiteral("customer"), QStringLiteral("add")};
    add.synopsis = QStringLiteral("--name N --uscc C --agent USCC [--legal-rep ..] [--contact ..] "
                                  "[--phone ..] [--industry ..] [--handler ..]");
    add.summary = tr("Add a customer; its qualification review opens at once (§3.9).");
    add.description = tr("Individual businesses (92…) may be customers; natural persons may not. "
                         "The developing agent must exist and not be terminated (§9.6).");
    add.options =
        QList<QCommandLineOption>{
            QCommandLineOption(QStringList{kName}, tr("The customer's registered name."),
                               QStringLiteral("NAME")),
            QCommandLineOption(QStringList{kUscc}, tr("The unified social credit code."),
                               QStringLiteral("USCC")),
            QCommandLineOption(QStringList{kAgent}, tr("The developing agent's code."),
                               QStringLiteral("USCC")),
        } +
        detailOptions();
    add.check = [](const QCommandLineParser &parser) -> Status {
        for (const QString &option : {kName, kUscc, kAgent}) {
            if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
                return Error::usage(tr("Missing --%1.").arg(option));
        }
        return {};
    };
    add.run = &CustomerCommands::add;

    CliCommand list;
    list.words = QStringList{QStringLiteral("customer"), QStringLiteral("list")};
    list.synopsis = QStringLiteral("[--agent USCC] [--search TEXT]");
    list.summary = tr("List customers, tab-separated.");
    list.description = tr("Columns: uscc, name, agent_uscc, legal_rep, handler_name, industry, "
                          "qualification, service_owner.");
    list.options = {
        QCommandLineOption(QStringList{kAgent}, tr("Only customers this agent developed."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kSearch},
                           tr("Only customers whose name or code contains TEXT."),
                           QStringLiteral("TEXT")),
    };
    list.run = &CustomerCommands::list;

    CliCommand show;
    show.words = QStringList{QStringLiteral("customer"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("USCC");
    show.summary = tr("Show a customer with its §3.9 checklist, documents and reviews.");
    show.arguments = {CliArgument{QStringLiteral("USCC"), tr("The customer's code."), false}};
    show.run = &CustomerCommands::show;

    CliCommand edit;
    edit.words = QStringList{QStringLiteral("customer"), QStringLiteral("edit")};
    edit.synopsis = QStringLiteral("USCC [--name ..] [--legal-rep ..] [--contact ..] [--phone ..] "
                                   "[--industry ..] [--handler ..]");
    edit.summary = tr("Change a customer's details; options not given stay as they are.");
    edit.description = tr("An empty value clears a field, e.g. --handler \"\" when the legal "
                          "representative handles the business again.");
    edit.arguments = {CliArgument{QStringLiteral("USCC"), tr("The customer's code."), false}};
    edit.options =
        QList<QCommandLineOption>{QCommandLineOption(
            QStringList{kName}, tr("The customer's registered name."), QStringLiteral("NAME"))} +
        detailOptions();
    edit.run = &CustomerCommands::edit;

    return {add, list, show, edit};
}

int CustomerCommands::add(CliContext &context, const QCommandLineParser &parser)
{
    CustomerInput input;
    input.name = parser.value(kName);
    input.uscc = parser.value(kUscc);
    input.agentUscc = parser.value(kAgent);
    input.legalRep = parser.value(kLegalRep);
    input.contact = parser.value(kContact);
    input.phone = parser.value(kPhone);
    input.industry = parser.value(kIndustry);
    input.handlerName = parser.value(kHandler);
    Result<Customer> customer = CustomerService(context.database()).create(context.actor(), input);
    if (!customer)
        return context.fail(customer.error());
    context.out() << tr("Added the customer %1 (%2) for %3; qualification: %4.")
                         .arg(customer->name, customer->uscc, customer->agentUscc,
                              qualificationKey(customer->qualification))
                  << Qt::endl;
    return 0;
}

int CustomerCommands::list(CliContext &context, const QCommandLineParser &parser)
{
    CustomerFilter filter;
    filter.text = parser.value(kSearch);
    if (parser.isSet(kAgent)) {
        Result<Agent> agent = AgentService(context.database()).find(parser.value(kAgent));
        if (!agent)
            return context.fail(agent.error());
        filter.agentId = agent->id;
    }
    Result<QVector<Customer>> all =
        CustomerService(context.database()).list(filter, std::numeric_limits<int>::max());
    if (!all)
        return context.fail(all.error());
    QTextStream &out = context.out();
    out << "uscc\tname\tagent_uscc\tlegal_rep\thandler_name\tindustry\tqualification\tservice_"
           "owner\n";
    for (const Customer &c : all.value()) {
        out << c.uscc << '\t' << cell(c.name) << '\t' << c.agentUscc << '\t' << cell(c.legalRep)
            << '\t' << cell(c.handlerName) << '\t' << cell(c.industry) << '\t'
            << qualificationKey(c.qualification) << '\t' << serviceOwner(c) << '\n';
    }
    return 0;
}

int CustomerCommands::show(CliContext &context, const QCommandLineParser &parser)
{
    Result<Customer> customer =
        CustomerService(context.database()).find(parser.positionalArguments().constFirst());
    if (!customer)
        return context.fail(customer.error());
    const Customer &c = customer.value();
    ReviewService reviews(context.database());
    Result<QVector<ChecklistItem>> checklist = reviews.checklist(c.id);
    if (!checklist)
        return context.fail(checklist.error());
    Result<QVector<CustomerDocument>> documents = reviews.documents(c.id);
    if (!documents)
        return context.fail(documents.error());
    ReviewFilter filter;
    filter.openOnly = false;
    filter.customerId = c.id;
    Result<QVector<Review>> all = reviews.list(filter);
    if (!all)
        return context.fail(all.error());

    // Field keys as in the customers CSV, so a script can pick a line.
    QTextStream &out = context.out();
    const auto field = [&out](const char *key, const QString &value) {
        out << key << ": " << value << '\n';
    };
    field("name", c.name);
    field("uscc", c.uscc);
    field("agent_uscc", c.agentUscc);
    field("agent_name", c.agentName);
    field("legal_rep", c.legalRep);
    field("handler_name", c.handlerName);
    field("contact", c.contact);
    // §2.6 Personal data only for users with the right, as in exports.
    field("phone", ReportExporter::mayIncludePersonalData(context.actor())
                       ? c.phone
                       : PersonalData::maskPhone(c.phone));
    field("industry", c.industry);
    field("qualification", qualificationKey(c.qualification));
    field("service_owner", serviceOwner(c));
    field("taken_over_on", Dates::format(c.takenOverOn));

    out << '\n' << tr("Checklist (§3.9):") << '\n';
    for (const ChecklistItem &item : checklist.value())
        out << "  " << documentKindKey(item.kind) << '\t' << (item.present ? "present" : "missing")
            << '\n';
    out << '\n' << tr("Documents: %1").arg(documents->size()) << '\n';
    for (const CustomerDocument &d : documents.value()) {
        out << "  " << d.id << '\t' << documentKindKey(d.kind) << '\t' << cell(d.fileName) << '\t'
            << d.size << '\t' << d.sha256 << '\t' << Dates::format(d.addedOn) << '\n';
    }
    out << '\n' << tr("Reviews: %1").arg(all->size()) << '\n';
    for (const Review &r : all.value()) {
        out << "  " << r.id << '\t' << reviewKindKey(r.kind) << '\t' << Dates::format(r.openedOn)
            << '\t' << (r.open ? "open" : "closed") << '\t' << r.outcome << '\t'
            << Dates::format(r.decidedOn) << '\t' << cell(r.reason) << '\n';
    }
    return 0;
}

int CustomerCommands::edit(CliContext &context, const QCommandLineParser &parser)
{
    CustomerService customers(context.database());
    Result<Customer> customer = customers.find(parser.positionalArguments().constFirst());
    if (!customer)
        return context.fail(customer.error());
    const auto pick = [&parser](const QString &option, const QString &current) {
        return parser.isSet(option) ? parser.value(option) : current;
    };
    CustomerInput input;
    input.name = pick(kName, customer->name);
    input.legalRep = pick(kLegalRep, customer->legalRep);
    input.contact = pick(kContact, customer->contact);
    input.phone = pick(kPhone, customer->phone);
    input.industry = pick(kIndustry, customer->industry);
    input.handlerName = pick(kHandler, customer->handlerName);
    if (Status s = customers.update(context.actor(), customer->uscc, input); !s)
        return context.fail(s.error());
    context.out() << tr("Updated the customer %1 (%2).").arg(input.name.trimmed(), customer->uscc)
                  << Qt::endl;
    return 0;
}

} // namespace cd
