// channeldesk-cli for plans, prices and the quarterly evaluation (SPEC §4):
// imports, price set with the §2.4 stability rule and the chain, global cuts,
// price show, evaluate and the tier decisions, and the prices and performance
// exports — a separate process on a temporary database, judged by exit code,
// output and the files it writes.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kManagerPassword = QStringLiteral("manager-secret-2");

// Level 1 standard..diamond ¥750..¥600, level 2 ¥900..¥700: a whole chain for
// a plan with retail ¥1,000 and carrier cost ¥500 (margin 5 % = ¥50).
QByteArray chainRows(const QString &plan, qint64 diamondL1 = 60000)
{
    const char *tiers[] = {"standard", "silver", "gold", "diamond"};
    const qint64 l1[] = {75000, 70000, 65000, diamondL1};
    const qint64 l2[] = {90000, 85000, 80000, 70000};
    QByteArray rows;
    for (int t = 0; t < 4; ++t) {
        rows += QStringLiteral("%1,%2,1,%3,2026-01-01\n%1,%2,2,%4,2026-01-01\n")
                    .arg(plan, u(tiers[t]))
                    .arg(l1[t])
                    .arg(l2[t])
                    .toUtf8();
    }
    return rows;
}

} // namespace

class TestCliPricing : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpListsCommands();
    void importPlansAndPrices();
    void raiseNeedsReasonAndReference();
    void setUsageErrors();
    void decreaseThatBreaksTheOrderIsRefused();
    void percentCutRoundsDown();
    void cutThatBreaksAPlanChangesNothing();
    void cutUsage();
    void onlyAdministratorsChangePrices();
    void evaluateAndDecide();

private:
    Run cli(const QStringList &arguments, const QString &password,
            const QMap<QString, QString> &extraEnv = {});
    Run admin(const QStringList &arguments)
    {
        return cli(QStringList{u("--user"), u("admin")} + arguments, kAdminPassword);
    }
    QString writeFile(const QString &name, const QByteArray &bytes);
    // init --admin, plans P1000 and P2000 (and PB when asked), P1000's whole chain.
    void setUpPrices(bool withTightPlan = false);
    // The lines of an export, without the byte order mark.
    QStringList exportLines(const QString &report, const QString &date);
    QString priceOf(const QStringList &lines, const QString &prefix);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCliPricing::cli(const QStringList &arguments, const QString &password,
                        const QMap<QString, QString> &extraEnv)
{
    CliOptions options;
    options.password = password;
    options.environment = extraEnv;
    options.workingDirectory = m_dir->path();
    return runCli(m_db, arguments, options);
}

QString TestCliPricing::writeFile(const QString &name, const QByteArray &bytes)
{
    return cdtest::writeBytes(m_dir->filePath(name), bytes);
}

void TestCliPricing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("test.sqlite"));
}

void TestCliPricing::setUpPrices(bool withTightPlan)
{
    QCOMPARE(cli({u("init"), u("--admin"), u("admin")}, kAdminPassword).exitCode, 0);
    QByteArray plans = "code,name,carrier,annual_fee_fen,included_minutes,per_minute_fen,"
                       "carrier_cost_fen\n"
                       "P1000,标准年费,telecom,100000,1000,12,50000\n"
                       "P2000,Large,unicom,200000,2000,10,100000\n";
    if (withTightPlan)
        plans += "PB,Tight,mobile,100000,,,50000\n";
    const Run imported = admin({u("import"), u("plans"), writeFile(u("plans.csv"), plans)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QByteArray prices = "plan,tier,level,price_fen,effective_from\n" + chainRows(u("P1000"));
    // PB's level-1 diamond sits ¥10 above cost + margin (¥550).
    if (withTightPlan)
        prices += chainRows(u("PB"), 56000);
    const Run priced = admin({u("import"), u("prices"), writeFile(u("prices.csv"), prices)});
    QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
}

QStringList TestCliPricing::exportLines(const QString &report, const QString &date)
{
    const QString path = m_dir->filePath(report + u("-") + date + u(".csv"));
    const Run r = admin({u("export"), report, u("--out"), path, u("--date"), date});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.err));
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        qWarning("no byte order mark");
    bytes.remove(0, 3);
    return QString::fromUtf8(bytes).split(u("\r\n"), Qt::SkipEmptyParts);
}

// The price_fen of the row starting "plan,tier,level,".
QString TestCliPricing::priceOf(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix + QLatin1Char(',')))
            return line.split(QLatin1Char(',')).value(3);
    }
    return {};
}

void TestCliPricing::helpListsCommands()
{
    const Run r = cli({u("--help")}, QString());
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"price set", "price cut", "price show", "plan list", "evaluate",
                                "tier approve", "tier decline", "tier proposals"})
        QVERIFY2(r.out.contains(u(command)), command);
    const Run evaluate = cli({u("evaluate"), u("--help")}, QString());
    QCOMPARE(evaluate.exitCode, 0);
    QVERIFY(evaluate.out.contains(u("tier approve PROPOSAL_ID")));
}

void TestCliPricing::importPlansAndPrices()
{
    setUpPrices();
    const Run list = admin({u("plan"), u("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u("code\tname\tcarrier\tannual_fee_fen\tincluded_minutes\tper_minute_fen"
                            "\tcarrier_cost_fen\tactive"));
    QCOMPARE(lines.at(1), u("P1000\t标准年费\ttelecom\t100000\t1000\t12\t50000\t1"));

    const Run show =
        admin({u("price"), u("show"), u("--plan"), u("P1000"), u("--date"), u("2026-02-01")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u("\nsilver\t700.00\t2026-01-01\t850.00\t2026-01-01\n")),
             qPrintable(show.out));
    // Before the first price, and for a plan without prices: every cell missing.
    const Run early = admin({u("price"), u("show"), u("--plan"), u("P2000")});
    QCOMPARE(early.exitCode, 0);
    QVERIFY(early.out.contains(u("\ngold\tmissing\t\tmissing\t\n")));
    QVERIFY(early.out.contains(u("8 prices missing")));
    QCOMPARE(admin({u("price"), u("show"), u("--plan"), u("NOPE")}).exitCode, 1);
    QCOMPARE(admin({u("price"), u("show")}).exitCode, 2);

    // A raise in a file is refused whole (§2.4): the file has no reason column.
    const Run raise = admin({u("import"), u("prices"),
                             writeFile(u("raise.csv"), "plan,tier,level,price_fen,effective_from\n"
                                                       "P1000,standard,2,88000,2026-05-01\n"
                                                       "P1000,silver,1,71000,2026-05-01\n")});
    QCOMPARE(raise.exitCode, 3);
    QVERIFY2(raise.err.contains(u("raise.csv:3: price_fen:")) && raise.err.contains(u("§2.4")),
             qPrintable(raise.err));
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-06-01")), u("P1000,standard,2")), u("90000"));
}

void TestCliPricing::raiseNeedsReasonAndReference()
{
    setUpPrices();
    const QStringList raise{u("price"),  u("set"),    u("--plan"),  u("P1000"),
                            u("--tier"), u("silver"), u("--level"), u("1"),
                            u("--fen"),  u("71000"),  u("--from"),  u("2026-03-01")};
    const Run refused = admin(raise);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u("§2.4")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u("carrier")));
    // A reason without its document is refused too.
    QCOMPARE(admin(raise + QStringList{u("--reason"), u("policy")}).exitCode, 1);
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-03-01")), u("P1000,silver,1")), u("70000"));

    const Run ok = admin(raise + QStringList{u("--reason"), u("carrier"), u("--ref"), u("X")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(u("¥710.00")));
    const QStringList march = exportLines(u("prices"), u("2026-03-01"));
    QCOMPARE(march.first().left(42), u("plan,tier,level,price_fen,effective_from,p"));
    QVERIFY2(march.contains(u("P1000,silver,1,71000,2026-03-01,标准年费,carrier,X")),
             qPrintable(march.join(QLatin1Char('\n'))));
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-02-28")), u("P1000,silver,1")), u("70000"));
}

void TestCliPricing::setUsageErrors()
{
    setUpPrices();
    const QStringList base{u("price"),   u("set"), u("--plan"), u("P1000"),
                           u("--level"), u("1"),   u("--fen"),  u("74000")};
    QCOMPARE(admin(base + QStringList{u("--tier"), u("platinum"), u("--from"), u("2026-03-01")})
                 .exitCode,
             2);
    QCOMPARE(
        admin(base + QStringList{u("--tier"), u("gold"), u("--from"), u("2026-02-30")}).exitCode,
        2);
    QCOMPARE(admin(base + QStringList{u("--tier"), u("gold")}).exitCode, 2); // no --from
    QCOMPARE(admin(base + QStringList{u("--tier"), u("gold"), u("--from"), u("2026-03-01"),
                                      u("--reason"), u("whim"), u("--ref"), u("x")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("price"), u("set"), u("--plan"), u("P1000"), u("--tier"), u("gold"),
                    u("--level"), u("3"), u("--fen"), u("64000"), u("--from"), u("2026-03-01")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("price"), u("set"), u("--plan"), u("P1000"), u("--tier"), u("gold"),
                    u("--level"), u("1"), u("--fen"), u("640.00"), u("--from"), u("2026-03-01")})
                 .exitCode,
             2);
    // An unknown plan is "not found".
    QCOMPARE(admin({u("price"), u("set"), u("--plan"), u("NOPE"), u("--tier"), u("gold"),
                    u("--level"), u("1"), u("--fen"), u("64000"), u("--from"), u("2026-03-01")})
                 .exitCode,
             1);
}

void TestCliPricing::decreaseThatBreaksTheOrderIsRefused()
{
    setUpPrices();
    // Level-1 standard down to ¥640: below silver (¥700) and gold (¥650).
    const Run r =
        admin({u("price"), u("set"), u("--plan"), u("P1000"), u("--tier"), u("standard"),
               u("--level"), u("1"), u("--fen"), u("64000"), u("--from"), u("2026-03-01")});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(r.err));
    QVERIFY(lines.at(0).contains(u("P1000")) && lines.at(0).contains(u("§2.4")));
    // Each broken link on its own line, both ends named.
    QVERIFY2(lines.at(1).startsWith(u("Plan P1000 on 2026-03-01: level-1 Silver ¥700.00 is above "
                                      "level-1 Standard ¥640.00")),
             qPrintable(r.err));
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-03-01")), u("P1000,standard,1")), u("75000"));

    // A decrease that keeps the order needs no reason.
    const Run ok =
        admin({u("price"), u("set"), u("--plan"), u("P1000"), u("--tier"), u("standard"),
               u("--level"), u("1"), u("--fen"), u("74000"), u("--from"), u("2026-03-01")});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-03-01")), u("P1000,standard,1")), u("74000"));
}

void TestCliPricing::percentCutRoundsDown()
{
    setUpPrices();
    const Run r = admin({u("price"), u("cut"), u("--percent"), u("3.33"), u("--from"),
                         u("2026-07-01"), u("--reason"), u("年中让利")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u("Cut 8 price")), qPrintable(r.out));
    QVERIFY(r.out.contains(u("P1000\tstandard\t1\t75000\t72502\n")));
    // 75000 × 96.67 % = 72502.5 → 72502, down in the agent's favour.
    const QStringList july = exportLines(u("prices"), u("2026-07-01"));
    QCOMPARE(july.size(), 9);
    QVERIFY2(july.contains(u("P1000,standard,1,72502,2026-07-01,标准年费,cut,年中让利")),
             qPrintable(july.join(QLatin1Char('\n'))));
    QCOMPARE(priceOf(july, u("P1000,diamond,2")), u("67669")); // 70000 × 0.9667 = 67669
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-06-30")), u("P1000,standard,1")), u("75000"));
}

void TestCliPricing::cutThatBreaksAPlanChangesNothing()
{
    setUpPrices(true);
    const Run r = admin({u("price"), u("cut"), u("--amount"), u("3000"), u("--from"),
                         u("2026-03-01"), u("--reason"), u("全线降价")});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.at(0).contains(u("PB")) && !lines.at(0).contains(u("P1000")) &&
                 lines.at(0).contains(u("§2.4")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u("Plan PB on 2026-03-01: level-1 Diamond ¥530.00 is below carrier "
                              "cost")),
             qPrintable(r.err));
    // Nothing changed, P1000 included.
    const QStringList march = exportLines(u("prices"), u("2026-03-01"));
    QCOMPARE(priceOf(march, u("P1000,standard,1")), u("75000"));
    QCOMPARE(priceOf(march, u("PB,diamond,1")), u("56000"));

    // One plan with room: allowed.
    const Run one = admin({u("price"), u("cut"), u("--amount"), u("3000"), u("--plan"), u("P1000"),
                           u("--from"), u("2026-03-01"), u("--reason"), u("单品降价")});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    const QStringList after = exportLines(u("prices"), u("2026-03-01"));
    QCOMPARE(priceOf(after, u("P1000,standard,1")), u("72000"));
    QCOMPARE(priceOf(after, u("PB,standard,1")), u("75000"));
}

void TestCliPricing::cutUsage()
{
    setUpPrices();
    const QStringList tail{u("--from"), u("2026-07-01"), u("--reason"), u("r")};
    QCOMPARE(admin(QStringList{u("price"), u("cut")} + tail).exitCode, 2); // neither
    QCOMPARE(
        admin(QStringList{u("price"), u("cut"), u("--percent"), u("2"), u("--amount"), u("100")} +
              tail)
            .exitCode,
        2); // both
    QCOMPARE(admin(QStringList{u("price"), u("cut"), u("--percent"), u("100")} + tail).exitCode, 2);
    QCOMPARE(admin(QStringList{u("price"), u("cut"), u("--amount"), u("-5")} + tail).exitCode, 2);
    QCOMPARE(admin({u("price"), u("cut"), u("--percent"), u("2"), u("--from"), u("2026-07-01")})
                 .exitCode,
             2); // no reason
    QCOMPARE(admin({u("price"), u("cut"), u("--percent"), u("2"), u("--from"), u("July"),
                    u("--reason"), u("r")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("price"), u("cut"), u("--percent"), u("2"), u("--plan"), u("NOPE"),
                    u("--from"), u("2026-07-01"), u("--reason"), u("r")})
                 .exitCode,
             1);
    QCOMPARE(priceOf(exportLines(u("prices"), u("2026-07-01")), u("P1000,standard,1")), u("75000"));
}

void TestCliPricing::onlyAdministratorsChangePrices()
{
    setUpPrices();
    const Run added =
        cli({u("--user"), u("admin"), u("user"), u("add"), u("mia"), u("--role"), u("manager")},
            kAdminPassword, {{u("CHANNELDESK_NEW_PASSWORD"), kManagerPassword}});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run r =
        cli({u("--user"), u("mia"), u("price"), u("set"), u("--plan"), u("P1000"), u("--tier"),
             u("gold"), u("--level"), u("1"), u("--fen"), u("64000"), u("--from"), u("2026-03-01")},
            kManagerPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u("administrator")));
    // Reading is for everyone.
    QCOMPARE(cli({u("--user"), u("mia"), u("plan"), u("list")}, kManagerPassword).exitCode, 0);
}

void TestCliPricing::evaluateAndDecide()
{
    setUpPrices();
    const QString alpha = code("MA01AAAA1");
    const QString gamma = code("MA01AAAA3");
    const Run agents = admin({u("import"), u("agents"),
                              writeFile(u("agents.csv"), u("name,uscc,level\n"
                                                           "Alpha,%1,1\nGamma,%2,1\n")
                                                             .arg(alpha, gamma)
                                                             .toUtf8())});
    QVERIFY2(agents.exitCode == 0, qPrintable(agents.err));
    const QDate today = QDate::currentDate();
    const int q = (today.month() - 1) / 3 + 1;
    const QString quarter = u("%1Q%2").arg(today.year()).arg(q);
    QString tasks = u("0,0,0,0");
    tasks[2 * (q - 1)] = QLatin1Char('1'); // Alpha: a task of one this quarter
    for (const auto &[agent, t] : {std::pair{alpha, tasks}, std::pair{gamma, u("0,0,0,0")}}) {
        const Run c = admin({u("contract"), u("create"), u("--agent"), agent, u("--year"),
                             QString::number(today.year()), u("--tasks"), t});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
    }
    // Two activations for Alpha today (no number commands yet: straight into the store).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), u("seed"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        for (const char *number : {"4001000001", "4001000002"}) {
            QSqlQuery insert(db);
            QVERIFY(
                insert.prepare(u("INSERT INTO numbers (number, carrier, grade, status, agent_id,"
                                 " activated_on, created_at) SELECT ?, 'telecom', 'normal',"
                                 " 'active', id, ?, '2026-01-01T00:00:00Z' FROM agents"
                                 " WHERE uscc = ?")));
            insert.addBindValue(u(number));
            insert.addBindValue(today.toString(Qt::ISODate));
            insert.addBindValue(alpha);
            QVERIFY(insert.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u("seed"));

    QCOMPARE(admin({u("evaluate"), u("--quarter"), u("2026Q5")}).exitCode, 2);
    QCOMPARE(admin({u("evaluate"), u("--quarter"), u("Q3")}).exitCode, 2);
    QCOMPARE(admin({u("evaluate")}).exitCode, 2);

    const Run r = admin({u("evaluate"), u("--quarter"), quarter});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(quarter + u(" (")), qPrintable(r.out));
    QStringList alphaLine;
    QStringList gammaLine;
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(alpha))
            alphaLine = line.split(QLatin1Char('\t'));
        else if (line.startsWith(gamma))
            gammaLine = line.split(QLatin1Char('\t'));
    }
    QCOMPARE(alphaLine.mid(1, 5),
             (QStringList{u("Alpha"), u("1"), u("2"), u("200%"), u("standard → silver")}));
    QCOMPARE(alphaLine.value(7), u("proposed"));
    // No task: nothing divided, nothing proposed.
    QCOMPARE(gammaLine.mid(1, 7), (QStringList{u("Gamma"), QString(), u("0"), QString(),
                                               u("standard"), QString(), u("none")}));

    const QStringList perf = exportLines(u("performance"), today.toString(Qt::ISODate));
    QVERIFY(!perf.isEmpty());
    QVERIFY2(perf.first().startsWith(u("quarter,agent_uscc,task,activations,completion_pct,tier,"
                                       "proposed_tier")),
             qPrintable(perf.first()));
    QVERIFY(perf.contains(u("%1,%2,1,2,200,standard,silver,Alpha,proposed,").arg(quarter, alpha)));
    QVERIFY(perf.contains(u("%1,%2,,0,,standard,,Gamma,none,").arg(quarter, gamma)));

    const QString id = alphaLine.value(6);
    QCOMPARE(admin({u("tier"), u("approve"), u("x")}).exitCode, 2);
    QCOMPARE(admin({u("tier"), u("approve")}).exitCode, 2);
    QCOMPARE(admin({u("tier"), u("decline"), u("99999")}).exitCode, 1);
    const Run approved = admin({u("tier"), u("approve"), id});
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    const Run again = admin({u("tier"), u("decline"), id});
    QCOMPARE(again.exitCode, 1); // decided once
    QVERIFY(again.err.contains(u("§2.4")));
    const Run shown = admin({u("tier"), u("proposals"), u("--quarter"), quarter});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(u("\t%1\tapproved\n").arg(id)), qPrintable(shown.out));
}

QTEST_GUILESS_MAIN(TestCliPricing)
#include "tst_cli_pricing.moc"
