#include "DemoCommand.h"

#include "CliContext.h"

#include "demo/DemoGenerator.h"

namespace cd {

namespace {
const QString kAgents = QStringLiteral("agents");
const QString kCustomers = QStringLiteral("customers");
const QString kNumbers = QStringLiteral("numbers");
const QString kSeed = QStringLiteral("seed");

bool readCount(const QCommandLineParser &parser, const QString &name, qint64 max, qint64 *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        return false;
    *value = v;
    return true;
}
} // namespace

QVector<CliCommand> DemoCommand::commands()
{
    CliCommand demo;
    demo.words = QStringList{QStringLiteral("demo")};
    demo.synopsis = QStringLiteral("[--agents N --customers N --numbers N --seed S]");
    demo.summary = tr("Fill an empty database with realistic demo data (admin).");
    demo.description =
        tr("Agents, contracts, plans and prices, customers, numbers in every status, "
           "payments, violations, training and platform incidents. The same seed gives the same data. "
           "Refused when the database already holds agents, plans, customers or numbers.");
    demo.options = {
        QCommandLineOption(QStringList{kAgents}, tr("Number of agents (default 60)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringList{kCustomers}, tr("Number of customers (default 1500)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringList{kNumbers}, tr("Number of 400 numbers (default 6000)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringList{kSeed}, tr("Random seed (default 1)."), QStringLiteral("S")),
    };
    demo.check = [](const QCommandLineParser &parser) -> Status {
        qint64 v = 0;
        if (!readCount(parser, kAgents, 9000, &v) || (parser.isSet(kAgents) && v < 1))
            return Error::usage(tr("--agents needs a whole number from 1 to 9000."));
        if (!readCount(parser, kCustomers, 5000000, &v))
            return Error::usage(tr("--customers needs a whole number from 0 to 5000000."));
        if (!readCount(parser, kNumbers, 10000000, &v))
            return Error::usage(tr("--numbers needs a whole number from 0 to 10000000."));
        if (!readCount(parser, kSeed, 4294967295LL, &v))
            return Error::usage(tr("--seed needs a whole number from 0 to 4294967295."));
        return {};
    };
    demo.run = &DemoCommand::run;
    return {demo};
}

int DemoCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    DemoOptions options;
    qint64 v = 0;
    if (parser.isSet(kAgents) && readCount(parser, kAgents, 9000, &v))
        options.agents = int(v);
    if (parser.isSet(kCustomers) && readCount(parser, kCustomers, 5000000, &v))
        options.customers = int(v);
    if (parser.isSet(kNumbers) && readCount(parser, kNumbers, 10000000, &v))
        options.numbers = int(v);
    if (parser.isSet(kSeed) && readCount(parser, kSeed, 4294967295LL, &v))
        options.seed = quint32(v);

    Result<DemoCounts> counts =
        DemoGenerator(context.database()).generate(context.actor(), options);
    if (!counts)
        return context.fail(counts.error());
    QTextStream &out = context.out();
    out << tr("Demo data written in %1 ms:").arg(counts->elapsedMs) << '\n';
    // Fixed keys, never translated, for scripts.
    out << "agents: " << counts->agents << '\n'
        << "contracts: " << counts->contracts << '\n'
        << "plans: " << counts->plans << '\n'
        << "prices: " << counts->prices << '\n'
        << "customers: " << counts->customers << '\n'
        << "numbers: " << counts->numbers << '\n'
        << "payments: " << counts->payments << '\n'
        << "violations: " << counts->violations << '\n'
        << "training_sessions: " << counts->trainingSessions << '\n'
        << "incidents: " << counts->incidents << '\n'
        << "disputes: " << counts->disputes << '\n';
    return 0;
}

} // namespace cd
