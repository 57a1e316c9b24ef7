// channeldesk-cli for numbers, payments, the daily sweep and the number
// reports (SPEC §3 "Numbers and renewals", §4, §5): a separate process on a
// temporary database, judged by its exit code, its output and its files.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");

// The lines of standard output, without empty ones.
QStringList linesOf(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliNumbers : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpListsCommands();
    void importNumbersAllOrNothing();
    void activate();
    void activateRefusals();
    void activateUsage();
    void showAndList();
    void reserveReleaseCancelDestinations();
    void paymentRecord();
    void importPayments();
    void sweepWorkedExample();
    void exportsStartWithTheirKeys();

private:
    Run cli(const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &bytes);
    // init --admin; agents Alpha (contract 2026) and Beta (none); plans STD and
    // GOLD; customers 甲 (Alpha, approved), 乙 (Alpha, pending), 丙 (Beta,
    // approved); 4008005172 active for 甲 paid through 2026-01-31 (SPEC's
    // worked example) and four pool numbers.
    void setUpPool();
    void insertCustomer(const QString &name, const QString &uscc, const QString &agentUscc,
                        const QString &qualification);
    // "key: value" of `number show`.
    QString field(const QString &number, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_alpha;
    QString m_beta;
    QString m_first;  // 甲, approved
    QString m_second; // 乙, pending review
    QString m_third;  // 丙, Beta's customer
};

Run TestCliNumbers::cli(const QStringList &arguments)
{
    CliOptions options;
    options.password = kAdminPassword;
    if (arguments.constFirst() != QLatin1String("init"))
        options.user = u("admin");
    options.workingDirectory = m_dir->path();
    return runCli(m_db, arguments, options);
}

QString TestCliNumbers::writeFile(const QString &name, const QByteArray &bytes)
{
    return cdtest::writeBytes(m_dir->filePath(name), bytes);
}

void TestCliNumbers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("test.sqlite"));
    m_alpha = code("MA01NUMA1");
    m_beta = code("MA01NUMB2");
    m_first = code("MA01KHAA1");
    m_second = code("MA01KHAA2");
    m_third = code("MA01KHAA3");
}

void TestCliNumbers::insertCustomer(const QString &name, const QString &uscc,
                                    const QString &agentUscc, const QString &qualification)
{
    // No customer command is used here: the row goes straight into the store.
    const QString connection = u("tst_cli_numbers");
    bool ok = false;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), connection);
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u("INSERT INTO customers (name, uscc, agent_id, qualification, created_at)"
                        " SELECT :name, :uscc, id, :q, '2026-01-01T00:00:00Z' FROM agents"
                        " WHERE uscc = :agent"));
            q.bindValue(u(":name"), name);
            q.bindValue(u(":uscc"), uscc);
            q.bindValue(u(":q"), qualification);
            q.bindValue(u(":agent"), agentUscc);
            ok = q.exec() && q.numRowsAffected() == 1;
            error = q.lastError().text();
            db.close();
        } else {
            error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY2(ok, qPrintable(error));
}

void TestCliNumbers::setUpPool()
{
    QCOMPARE(cli({u("init"), u("--admin"), u("admin")}).exitCode, 0);
    const QString agents = writeFile(
        u("agents.csv"),
        u("name,uscc,level\nAlpha 通信,%1,1\nBeta 通信,%2,1\n").arg(m_alpha, m_beta).toUtf8());
    Run r = cli({u("import"), u("agents"), agents});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), u("2026"),
             u("--tasks"), u("1,1,1,1"), u("--start"), u("2026-01-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString plans =
        writeFile(u("plans.csv"), "code,name,carrier,annual_fee_fen,carrier_cost_fen\n"
                                  "STD,Standard,telecom,100000,50000\n"
                                  "GOLD,Gold,telecom,600000,300000\n");
    r = cli({u("import"), u("plans"), plans});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    insertCustomer(u("深圳甲科技有限公司"), m_first, m_alpha, u("approved"));
    insertCustomer(u("深圳乙贸易有限公司"), m_second, m_alpha, u("pending"));
    insertCustomer(u("深圳丙咨询有限公司"), m_third, m_beta, u("approved"));
    const QString numbers = writeFile(
        u("numbers.csv"), u("number,carrier,customer_uscc,plan,status,activated_on,paid_through\r\n"
                            "400-800-5172,telecom,%1,STD,active,2025-02-01,2026-01-31\r\n"
                            "4008005173,telecom,,,,,\r\n"
                            "4008005174,telecom,,,,,\r\n"
                            "4008005175,unicom,,,,,\r\n"
                            "4008008888,telecom,,,available,,\r\n")
                              .arg(m_first)
                              .toUtf8());
    r = cli({u("import"), u("numbers"), numbers});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u("5")), qPrintable(r.out));
}

QString TestCliNumbers::field(const QString &number, const QString &key)
{
    const Run r = cli({u("number"), u("show"), number});
    if (r.exitCode != 0)
        return u("<exit %1: %2>").arg(r.exitCode).arg(r.err);
    const QString prefix = key + u(": ");
    for (const QString &line : r.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return u("<no %1>").arg(key);
}

void TestCliNumbers::helpListsCommands()
{
    const Run r = cli({u("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"number activate", "number show", "number list", "number reserve", "number release",
          "number cancel", "number destinations", "payment record", "sweep"})
        QVERIFY2(r.out.contains(u(command)), command);
    const Run help = cli({u("number"), u("activate"), u("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u("--destination PHONE")));
}

void TestCliNumbers::importNumbersAllOrNothing()
{
    setUpPool();
    const Run before = cli({u("number"), u("list"), u("--limit"), u("0")});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(linesOf(before.out).size(), 1 + 5);
    QVERIFY(before.out.contains(u("4008005172\ttelecom\tnormal\tactive\t%1\t%2\tSTD\t2025-02-01\t"
                                  "2026-01-31\n")
                                    .arg(m_first, m_alpha)));
    QVERIFY(before.out.contains(u("4008008888\ttelecom\tpremium\tavailable\t")));

    // One good row and two bad ones (not a 400 number, a number already in the
    // pool): exit 3, each bad line named, nothing written.
    const QString bad = writeFile(u("bad.csv"), "number,carrier\n"
                                                "4008006000,telecom\n"
                                                "800123,telecom\n"
                                                "4008005173,mobile\n");
    const Run refused = cli({u("import"), u("numbers"), bad});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u("800123")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u("4008005173")), qPrintable(refused.err));
    QCOMPARE(linesOf(cli({u("number"), u("list"), u("--limit"), u("0")}).out).size(), 1 + 5);
}

void TestCliNumbers::activate()
{
    setUpPool();
    const Run r =
        cli({u("number"), u("activate"), u("4008005173"), u("--customer"), m_first, u("--plan"),
             u("STD"), u("--date"), u("2026-03-01"), u("--months"), u("12"), u("--destination"),
             u("138 1234 5678"), u("--destination"), u("010-12345678")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // paid_through = D + M months − 1 day.
    QCOMPARE(r.out, u("4008005173 is active, paid through 2027-02-28.\n"));
    QCOMPARE(field(u("4008005173"), u("status")), u("active"));
    QCOMPARE(field(u("4008005173"), u("paid_through")), u("2027-02-28"));
    QCOMPARE(field(u("4008005173"), u("agent_uscc")), m_alpha);
    QCOMPARE(field(u("4008005173"), u("destinations")), u("13812345678, 01012345678"));

    // A premium number on a plan of at least ¥6,000 a year.
    const Run premium =
        cli({u("number"), u("activate"), u("4008008888"), u("--customer"), m_first, u("--plan"),
             u("GOLD"), u("--date"), u("2026-03-01"), u("--months"), u("1")});
    QVERIFY2(premium.exitCode == 0, qPrintable(premium.err));
    QVERIFY(premium.out.contains(u("paid through 2026-03-31")));
}

void TestCliNumbers::activateRefusals()
{
    setUpPool();
    const auto activate = [this](const QString &number, const QString &customer,
                                 const QString &plan, const QString &date) {
        return cli({u("number"), u("activate"), number, u("--customer"), customer, u("--plan"),
                    plan, u("--date"), date, u("--months"), u("12")});
    };
    // §3.9 Not approved yet.
    Run r = activate(u("4008005173"), m_second, u("STD"), u("2026-03-01"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("§3.9")), qPrintable(r.err));
    // §9.2 Beta has no contract.
    r = activate(u("4008005173"), m_third, u("STD"), u("2026-03-01"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("§9.2")), qPrintable(r.err));
    // The grade's minimum fee: a premium number on a ¥1,000 plan.
    r = activate(u("4008008888"), m_first, u("STD"), u("2026-03-01"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("4008008888")), qPrintable(r.err));
    // Not in the pool.
    QCOMPARE(activate(u("4008009999"), m_first, u("STD"), u("2026-03-01")).exitCode, 1);
    // An active number is not activated twice.
    QCOMPARE(activate(u("4008005172"), m_first, u("STD"), u("2026-03-01")).exitCode, 1);
    // Nothing of the refusals reached the store.
    QCOMPARE(field(u("4008005173"), u("status")), u("available"));
    QCOMPARE(field(u("4008008888"), u("status")), u("available"));

    // §9.6 A terminated agent opens no new numbers, but may still renew.
    r = cli({u("contract"), u("terminate"), u("HT-2026-0001"), u("--reason"), u("request"),
             u("--date"), u("2026-04-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = activate(u("4008005173"), m_first, u("STD"), u("2026-04-02"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("§9.6")), qPrintable(r.err));
    r = cli({u("payment"), u("record"), u("4008005172"), u("--fen"), u("100000"), u("--date"),
             u("2026-04-02"), u("--months"), u("12")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliNumbers::activateUsage()
{
    setUpPool();
    const QStringList base{u("number"), u("activate"), u("4008005173"), u("--customer"), m_first,
                           u("--plan"), u("STD"),      u("--date"),     u("2026-03-01")};
    for (const QString &months : {u("0"), u("121"), u("twelve"), u("")}) {
        const Run r = cli(base + QStringList{u("--months"), months});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u("--months")), qPrintable(r.err));
    }
    QCOMPARE(cli(base).exitCode, 2); // --months missing
    QCOMPARE(cli({u("number"), u("activate"), u("4008005173"), u("--customer"), m_first,
                  u("--plan"), u("STD"), u("--months"), u("12")})
                 .exitCode,
             2); // --date missing
    QCOMPARE(cli({u("number"), u("activate"), u("4008005173"), u("--customer"), m_first,
                  u("--plan"), u("STD"), u("--date"), u("2026-02-30"), u("--months"), u("12")})
                 .exitCode,
             2);
    QCOMPARE(cli({u("number"), u("activate"), u("--customer"), m_first, u("--plan"), u("STD"),
                  u("--date"), u("2026-03-01"), u("--months"), u("12")})
                 .exitCode,
             2); // NUMBER missing
    QCOMPARE(field(u("4008005173"), u("status")), u("available"));
}

void TestCliNumbers::showAndList()
{
    setUpPool();
    const Run show = cli({u("number"), u("show"), u("400 800 5172")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.startsWith(u("number: 4008005172\ncarrier: telecom\ngrade: normal\n"
                                  "status: active\n")));
    QVERIFY(show.out.contains(u("customer: 深圳甲科技有限公司 (%1)\n").arg(m_first)));
    QVERIFY(show.out.contains(u("plan: STD\n")));
    QVERIFY(show.out.contains(u("activated_on: 2025-02-01\npaid_through: 2026-01-31\n")));
    QVERIFY(show.out.contains(u("Payments: 0\n")));
    QCOMPARE(cli({u("number"), u("show"), u("4008009999")}).exitCode, 1);

    Run list = cli({u("number"), u("list"), u("--status"), u("available")});
    QCOMPARE(list.exitCode, 0);
    QStringList lines = linesOf(list.out);
    QCOMPARE(lines.first(), u("number\tcarrier\tgrade\tstatus\tcustomer_uscc\tagent_uscc\tplan\t"
                              "activated_on\tpaid_through"));
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY(lines.at(1).startsWith(u("4008005173\t")));
    QVERIFY(lines.at(4).startsWith(u("4008008888\t")));

    list = cli({u("number"), u("list"), u("--grade"), u("premium")});
    QCOMPARE(linesOf(list.out).size(), 1 + 1);
    list = cli({u("number"), u("list"), u("--digits"), u("517")});
    QCOMPARE(linesOf(list.out).size(), 1 + 4);
    // A cut list says so on standard error; the output stays a clean table.
    list = cli({u("number"), u("list"), u("--limit"), u("2")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(linesOf(list.out).size(), 1 + 2);
    QVERIFY(list.err.contains(u("--limit")));
    QVERIFY(cli({u("number"), u("list"), u("--limit"), u("5")}).err.isEmpty());

    QCOMPARE(cli({u("number"), u("list"), u("--status"), u("sleeping")}).exitCode, 2);
    QCOMPARE(cli({u("number"), u("list"), u("--grade"), u("gold")}).exitCode, 2);
    QCOMPARE(cli({u("number"), u("list"), u("--digits"), u("88a")}).exitCode, 2);
    QCOMPARE(cli({u("number"), u("list"), u("--limit"), u("-1")}).exitCode, 2);
}

void TestCliNumbers::reserveReleaseCancelDestinations()
{
    setUpPool();
    Run r = cli({u("number"), u("reserve"), u("4008005173"), u("--customer"), m_first, u("--date"),
                 u("2026-03-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u("4008005173 is reserved until 2026-03-04.\n"));
    QCOMPARE(field(u("4008005173"), u("reserved_for")), u("深圳甲科技有限公司 (%1)").arg(m_first));
    // Reserved for 甲: another customer cannot take it.
    QCOMPARE(cli({u("number"), u("reserve"), u("4008005173"), u("--customer"), m_third}).exitCode,
             1);
    QCOMPARE(cli({u("number"), u("reserve"), u("4008005174")}).exitCode, 2); // no --customer

    r = cli({u("number"), u("release"), u("4008005173"), u("--date"), u("2026-03-02")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(field(u("4008005173"), u("status")), u("available"));
    QCOMPARE(cli({u("number"), u("release"), u("4008005173")}).exitCode, 1); // not reserved

    // Destinations replace the old ones, in order; a bad phone changes nothing.
    r = cli(
        {u("number"), u("destinations"), u("4008005172"), u("0755-88886666"), u("13912345678")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(field(u("4008005172"), u("destinations")), u("075588886666, 13912345678"));
    QCOMPARE(cli({u("number"), u("destinations"), u("4008005172"), u("12345")}).exitCode, 1);
    QCOMPARE(field(u("4008005172"), u("destinations")), u("075588886666, 13912345678"));
    QCOMPARE(cli({u("number"), u("destinations"), u("4008005173"), u("13912345678")}).exitCode, 1);
    QCOMPARE(cli({u("number"), u("destinations"), u("4008005172")}).exitCode, 2);

    QCOMPARE(cli({u("number"), u("cancel"), u("4008005172")}).exitCode, 2); // --date missing
    r = cli({u("number"), u("cancel"), u("4008005172"), u("--date"), u("2026-03-10")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(field(u("4008005172"), u("status")), u("cancelled"));
    QCOMPARE(field(u("4008005172"), u("cancelled_on")), u("2026-03-10"));
    QCOMPARE(
        cli({u("number"), u("cancel"), u("4008005172"), u("--date"), u("2026-03-11")}).exitCode, 1);
}

void TestCliNumbers::paymentRecord()
{
    setUpPool();
    // Paid late (2026-02-10) for one month: it still covers February (§2.10).
    Run r = cli({u("payment"), u("record"), u("4008005172"), u("--fen"), u("8500"), u("--date"),
                 u("2026-02-10"), u("--months"), u("1")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u("2026-02-01 to 2026-02-28")), qPrintable(r.out));
    QVERIFY2(r.out.contains(u("paid through 2026-02-28; status active")), qPrintable(r.out));
    r = cli({u("payment"), u("record"), u("4008005172"), u("--fen"), u("100000"), u("--date"),
             u("2026-02-11"), u("--months"), u("12")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u("2026-03-01 to 2027-02-28")));
    QCOMPARE(field(u("4008005172"), u("paid_through")), u("2027-02-28"));
    const Run show = cli({u("number"), u("show"), u("4008005172")});
    QVERIFY(show.out.contains(u("Payments: 2\n")));
    QVERIFY2(show.out.contains(u("2026-02-11\t¥1,000.00\t12\t2026-03-01..2027-02-28\t") + m_alpha),
             qPrintable(show.out));

    for (const QStringList &bad :
         {QStringList{u("--fen"), u("0"), u("--date"), u("2026-02-11"), u("--months"), u("1")},
          QStringList{u("--fen"), u("1.5"), u("--date"), u("2026-02-11"), u("--months"), u("1")},
          QStringList{u("--fen"), u("100"), u("--date"), u("2026-02-11"), u("--months"), u("0")},
          QStringList{u("--fen"), u("100"), u("--date"), u("11/02/2026"), u("--months"), u("1")},
          QStringList{u("--fen"), u("100"), u("--months"), u("1")}}) {
        const Run refused = cli(QStringList{u("payment"), u("record"), u("4008005172")} + bad);
        QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(QLatin1Char(' '))));
    }
    // A pool number takes no payment.
    QCOMPARE(cli({u("payment"), u("record"), u("4008005173"), u("--fen"), u("100"), u("--date"),
                  u("2026-02-11"), u("--months"), u("1")})
                 .exitCode,
             1);
    QCOMPARE(field(u("4008005172"), u("paid_through")), u("2027-02-28"));
}

void TestCliNumbers::importPayments()
{
    setUpPool();
    const QString good = writeFile(u("payments.csv"), "number,amount_fen,paid_on,months\n"
                                                      "4008005172,100000,2026-01-20,12\n");
    Run r = cli({u("import"), u("payments"), good, u("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(field(u("4008005172"), u("paid_through")), u("2026-01-31"));
    r = cli({u("import"), u("payments"), good});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(field(u("4008005172"), u("paid_through")), u("2027-01-31"));

    // A payment for a pool number spoils the file: nothing is recorded.
    const QString bad = writeFile(u("bad-payments.csv"), "number,amount_fen,paid_on,months\n"
                                                         "4008005172,100000,2026-01-21,12\n"
                                                         "4008005173,100000,2026-01-21,12\n");
    r = cli({u("import"), u("payments"), bad});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u("4008005173")), qPrintable(r.err));
    QCOMPARE(field(u("4008005172"), u("paid_through")), u("2027-01-31"));
}

void TestCliNumbers::sweepWorkedExample()
{
    setUpPool();
    // A reservation on 2026-05-01 for 3 days goes back to the pool on 2026-05-05.
    QCOMPARE(cli({u("number"), u("reserve"), u("4008005174"), u("--customer"), m_first, u("--date"),
                  u("2026-05-01")})
                 .exitCode,
             0);
    // SPEC: paid through 2026-01-31 → notices 01-01, 01-16, 01-24; suspended
    // 2026-02-16; reclaim warning 2026-05-10; reclaimed 2026-05-17.
    const Run r = cli({u("sweep"), u("--date"), u("2026-05-17")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList keys{
        u("renewal_due"),           u("suspended"),        u("reclaim_warning"),   u("reclaimed"),
        u("reservations_released"), u("contract_expired"), u("contract_activated")};
    const QList<int> expected{3, 1, 1, 1, 1, 0, 0};
    QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 1 + keys.size());
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(lines.at(1 + i), u("%1: %2").arg(keys.at(i)).arg(expected.at(i)));
    QCOMPARE(field(u("4008005172"), u("status")), u("reclaimed"));
    QCOMPARE(field(u("4008005172"), u("suspended_on")), u("2026-02-16"));
    QCOMPARE(field(u("4008005172"), u("reclaimed_on")), u("2026-05-17"));
    QCOMPARE(field(u("4008005174"), u("status")), u("available"));
    const Run show = cli({u("number"), u("show"), u("4008005172")});
    QVERIFY2(show.out.contains(u("2026-02-16\tactive -> suspended\tarrears\n")),
             qPrintable(show.out));
    QVERIFY(show.out.contains(u("2026-05-17\tsuspended -> reclaimed\tarrears\n")));

    // Idempotent: the same date again changes nothing.
    const Run again = cli({u("sweep"), u("--date"), u("2026-05-17")});
    QCOMPARE(again.exitCode, 0);
    lines = linesOf(again.out);
    QCOMPARE(lines.size(), 1 + keys.size());
    for (int i = 0; i < keys.size(); ++i)
        QCOMPARE(lines.at(1 + i), u("%1: 0").arg(keys.at(i)));

    // §2.10 Reclaimed for good: a payment is refused and changes nothing.
    const Run paid = cli({u("payment"), u("record"), u("4008005172"), u("--fen"), u("100000"),
                          u("--date"), u("2026-05-18"), u("--months"), u("12")});
    QCOMPARE(paid.exitCode, 1);
    QVERIFY2(paid.err.contains(u("§2.10")), qPrintable(paid.err));
    QCOMPARE(field(u("4008005172"), u("paid_through")), u("2026-01-31"));
    QCOMPARE(cli({u("sweep"), u("--date"), u("2026-13-01")}).exitCode, 2);
}

void TestCliNumbers::exportsStartWithTheirKeys()
{
    setUpPool();
    QCOMPARE(cli({u("sweep"), u("--date"), u("2026-03-01")}).exitCode, 0);
    const QMap<QString, QString> keys{
        {u("numbers"), u("number,carrier,grade,status,customer_uscc,agent_uscc,plan,activated_on,"
                         "paid_through,suspended_on,reclaimed_on")},
        {u("renewals"), u("number,customer_uscc,customer_name,agent_uscc,service_owner,plan,"
                          "paid_through,days_left,status")},
        {u("suspensions"), u("number,customer_uscc,agent_uscc,suspension,suspended_on,reclaim_on,"
                             "paid_through")},
        {u("notices"), u("date,kind,number,recipient_uscc")},
    };
    QMap<QString, QStringList> files;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QString path = m_dir->filePath(it.key() + u(".csv"));
        const Run r = cli({u("export"), it.key(), u("--out"), path, u("--date"), u("2026-03-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(it.key() + u(": ") + r.err));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(u("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(it.value()), qPrintable(lines.first()));
        files.insert(it.key(), lines);
    }
    QCOMPARE(files.value(u("numbers")).size(), 1 + 5);
    // On 2026-03-01 the example number is suspended (since 02-16) and due.
    QCOMPARE(files.value(u("suspensions")).size(), 1 + 1);
    QVERIFY(files.value(u("suspensions"))
                .at(1)
                .startsWith(u("4008005172,%1,%2,arrears,2026-02-16,2026-05-17,2026-01-31")
                                .arg(m_first, m_alpha)));
    QCOMPARE(files.value(u("renewals")).size(), 1 + 1);
    QVERIFY(files.value(u("renewals")).at(1).contains(u(",2026-01-31,-29,suspended")));
    QCOMPARE(files.value(u("notices")).size(), 1 + 4);
    QCOMPARE(files.value(u("notices")).at(1).section(QLatin1Char(','), 0, 3),
             u("2026-01-01,renewal_due,4008005172,%1").arg(m_alpha));
    QCOMPARE(files.value(u("notices")).at(4).section(QLatin1Char(','), 0, 3),
             u("2026-02-16,suspended,4008005172,%1").arg(m_alpha));

    QCOMPARE(cli({u("export"), u("numbers")}).exitCode, 2); // --out missing
}

QTEST_GUILESS_MAIN(TestCliNumbers)
#include "tst_cli_numbers.moc"
