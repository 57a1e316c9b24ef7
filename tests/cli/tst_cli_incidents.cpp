// channeldesk-cli for platform incidents and disputes (§2.8): exit codes of
// SPEC §4, `export incidents` keys and maintenance notices in `export notices`.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kAuditorPassword = QStringLiteral("auditor-secret-2");

} // namespace

class TestCliIncidents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpListsCommands();
    void usageErrors();
    void ruleRefusals();
    void maintenanceAndNotices();
    void outageDisputesAndExport();

private:
    Run cli(const QStringList &arguments, const QString &password,
            const QMap<QString, QString> &extraEnv = {});
    Run admin(const QStringList &arguments)
    {
        return cli(QStringList{u("--user"), u("admin")} + arguments, kAdminPassword);
    }
    QString writeFile(const QString &name, const QByteArray &bytes);
    QStringList exportLines(const QString &report);
    // init --admin; Alpha (active, with a customer) and Gamma (a prospect).
    void setUp();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_alpha;
    QString m_gamma;
    QString m_customer;
};

Run TestCliIncidents::cli(const QStringList &arguments, const QString &password,
                          const QMap<QString, QString> &extraEnv)
{
    CliOptions options;
    options.password = password;
    options.environment = extraEnv;
    options.workingDirectory = m_dir->path();
    return runCli(m_db, arguments, options);
}

QString TestCliIncidents::writeFile(const QString &name, const QByteArray &bytes)
{
    return cdtest::writeBytes(m_dir->filePath(name), bytes);
}

QStringList TestCliIncidents::exportLines(const QString &report)
{
    const QString file = m_dir->filePath(report + u(".csv"));
    const Run r = admin({u("export"), report, u("--out"), file});
    if (r.exitCode != 0)
        qFatal("export failed: %s", qPrintable(r.err));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no export file");
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")))
        qFatal("no byte order mark");
    return QString::fromUtf8(bytes.mid(3)).split(u("\r\n"), Qt::SkipEmptyParts);
}

void TestCliIncidents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("test.sqlite"));
    m_alpha = code("MA01AAAA1");
    m_gamma = code("MA01AAAA3");
    m_customer = code("MA02CCCC1", "91310115");
}

void TestCliIncidents::setUp()
{
    QCOMPARE(cli({u("init"), u("--admin"), u("admin")}, kAdminPassword).exitCode, 0);
    const QString agents = writeFile(
        u("agents.csv"),
        u("name,uscc,level\nAlpha 科技,%1,1\nGamma,%2,1\n").arg(m_alpha, m_gamma).toUtf8());
    Run r = admin({u("import"), u("agents"), agents});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"),
               QString::number(QDate::currentDate().year()), u("--tasks"), u("1,2,3,4")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString customers =
        writeFile(u("customers.csv"),
                  u("name,uscc,agent_uscc\n远景贸易,%1,%2\n").arg(m_customer, m_alpha).toUtf8());
    r = admin({u("import"), u("customers"), customers});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliIncidents::helpListsCommands()
{
    const Run r = cli({u("--help")}, QString());
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"incident add", "incident close", "incident list", "dispute add"})
        QVERIFY2(r.out.contains(u(command)), command);
    QVERIFY(cli({u("export"), u("--help")}, QString()).out.contains(u("incidents")));
}

void TestCliIncidents::usageErrors()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    const QStringList base{
        u("incident"), u("add"),     u("--kind"),   u("outage"),  u("--title"),
        u("断线"),     u("--cause"), u("platform"), u("--start"), u("2026-03-01T00:00:00Z")};
    QCOMPARE(admin({u("incident"), u("add"), u("--title"), u("x"), u("--cause"), u("platform"),
                    u("--start"), u("2026-03-01T00:00:00Z")})
                 .exitCode,
             2); // no --kind
    Run r = admin(QStringList(base).replaceInStrings(u("platform"), u("weather")));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u("weather")));
    QCOMPARE(admin(QStringList(base).replaceInStrings(u("outage"), u("blackout"))).exitCode, 2);
    QCOMPARE(admin(QStringList(base).replaceInStrings(u("2026-03-01T00:00:00Z"), u("2026-03-01")))
                 .exitCode,
             2);
    QCOMPARE(admin(base + QStringList{u("--end"), u("tomorrow")}).exitCode, 2);
    QCOMPARE(admin(base + QStringList{u("--noticed"), u("2026-02-27T00:00:00Z"), u("--channel"),
                                      u("wechat")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("incident"), u("close"), u("abc"), u("--end"), u("2026-03-02T00:00:00Z")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("incident"), u("close"), u("1")}).exitCode, 2);
    QCOMPARE(admin({u("dispute"), u("add"), u("--incident"), u("1"), u("--customer"), m_customer,
                    u("--description"), u("x")})
                 .exitCode,
             2); // no --date
    QCOMPARE(admin({u("dispute"), u("add"), u("--incident"), u("1"), u("--customer"), m_customer,
                    u("--date"), u("02/03/2026"), u("--description"), u("x")})
                 .exitCode,
             2);
    // Nothing was recorded by any of them.
    r = admin({u("incident"), u("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
}

void TestCliIncidents::ruleRefusals()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    // Maintenance without its notice: refused under §2.8.
    Run r = admin({u("incident"), u("add"), u("--kind"), u("maintenance"), u("--title"), u("升级"),
                   u("--cause"), u("platform"), u("--start"), u("2026-03-20T16:00:00Z"), u("--end"),
                   u("2026-03-20T18:00:00Z")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("§2.8")), qPrintable(r.err));
    // Ends before it starts.
    r = admin({u("incident"), u("add"), u("--kind"), u("outage"), u("--title"), u("断线"),
               u("--cause"), u("carrier"), u("--start"), u("2026-03-20T16:00:00Z"), u("--end"),
               u("2026-03-20T15:00:00Z")});
    QCOMPARE(r.exitCode, 1);
    // An unknown agent, an unknown incident.
    r = admin({u("incident"), u("add"), u("--kind"), u("outage"), u("--title"), u("断线"),
               u("--cause"), u("carrier"), u("--start"), u("2026-03-20T16:00:00Z"), u("--agent"),
               code("MA09ZZZZ9")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        admin({u("incident"), u("close"), u("42"), u("--end"), u("2026-03-02T00:00:00Z")}).exitCode,
        1);
    QCOMPARE(admin({u("dispute"), u("add"), u("--incident"), u("42"), u("--customer"), m_customer,
                    u("--date"), u("2026-03-02"), u("--description"), u("x")})
                 .exitCode,
             1);

    // An auditor reads but does not record.
    r = cli({u("--user"), u("admin"), u("user"), u("add"), u("audrey"), u("--role"), u("auditor")},
            kAdminPassword, {{u("CHANNELDESK_NEW_PASSWORD"), kAuditorPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList outage{
        u("incident"), u("add"),     u("--kind"), u("outage"),  u("--title"),
        u("断线"),     u("--cause"), u("attack"), u("--start"), u("2026-03-01T00:00:00Z")};
    QCOMPARE(cli(QStringList{u("--user"), u("audrey")} + outage, kAuditorPassword).exitCode, 1);
    QCOMPARE(cli({u("--user"), u("audrey"), u("incident"), u("list")}, kAuditorPassword).exitCode,
             0);
    const Run list = admin({u("incident"), u("list")});
    QCOMPARE(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
}

void TestCliIncidents::maintenanceAndNotices()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    // Told 23h59m ahead, to Alpha by email: recorded, with a late warning.
    Run r = admin({u("incident"), u("add"), u("--kind"), u("maintenance"), u("--title"),
                   u("核心交换机升级"), u("--cause"), u("platform"), u("--start"),
                   u("2026-03-20T16:00:00Z"), u("--end"), u("2026-03-20T20:00:00Z"), u("--noticed"),
                   u("2026-03-19T16:01:00Z"), u("--channel"), u("email"), u("--agent"), m_alpha});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u("1"));
    QVERIFY(r.err.contains(u("§2.8")));
    // Told a full day ahead, to every agent: no warning.
    r = admin({u("incident"), u("add"), u("--kind"), u("maintenance"), u("--title"),
               u("计费系统维护"), u("--cause"), u("platform"), u("--start"),
               u("2026-04-02T16:00:00Z"), u("--end"), u("2026-04-02T18:00:00Z"), u("--noticed"),
               u("2026-04-01T16:00:00Z"), u("--channel"), u("fax")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u("2"));
    QVERIFY(r.err.isEmpty());

    const QStringList notices = exportLines(u("notices"));
    QVERIFY(notices.first().startsWith(u("date,kind,number,recipient_uscc")));
    // Alpha twice; Gamma, a prospect, is not among "all agents".
    QCOMPARE(notices.size(), 3);
    QVERIFY(notices.at(1).startsWith(u("2026-03-19,maintenance,,%1,").arg(m_alpha)));
    QVERIFY(notices.at(2).startsWith(u("2026-04-01,maintenance,,%1,").arg(m_alpha)));

    const QStringList incidents = exportLines(u("incidents"));
    QCOMPARE(incidents.size(), 3);
    QVERIFY(incidents.at(2).startsWith(
        u("1,maintenance,核心交换机升级,platform,2026-03-20T16:00:00Z,"
          "2026-03-20T20:00:00Z,4.00,2026-03-19T16:01:00Z,email,yes,no,1,0,")));
    QVERIFY(incidents.at(1).startsWith(
        u("2,maintenance,计费系统维护,platform,2026-04-02T16:00:00Z,"
          "2026-04-02T18:00:00Z,2.00,2026-04-01T16:00:00Z,fax,no,no,all,0,")));
}

void TestCliIncidents::outageDisputesAndExport()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    Run r =
        admin({u("incident"), u("add"), u("--kind"), u("outage"), u("--title"), u("平台数据库故障"),
               u("--cause"), u("platform"), u("--start"), u("2026-03-01T00:00:00Z")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    r = admin({u("incident"), u("close"), id, u("--end"), u("2026-03-03T00:01:00Z")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u("liable")));
    QCOMPARE(admin({u("incident"), u("close"), id, u("--end"), u("2026-03-04T00:00:00Z")}).exitCode,
             1);

    r = admin({u("dispute"), u("add"), u("--incident"), id, u("--customer"), m_customer,
               u("--date"), u("2026-03-02"), u("--description"), u("客户投诉无法接通")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u("1\tprovider_liable"));
    r = admin({u("dispute"), u("add"), u("--incident"), id, u("--customer"), m_customer,
               u("--date"), u("2026-06-30"), u("--description"), u("迟到的投诉")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), u("2\tnot_liable"));

    const QStringList lines = exportLines(u("incidents"));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().startsWith(
        u("id,kind,title,cause,starts_at,ends_at,duration_hours,noticed_at,channel,late_notice,"
          "provider_liable,affected_agents,disputes")));
    QVERIFY2(lines.at(1).startsWith(u("%1,outage,平台数据库故障,platform,2026-03-01T00:00:00Z,"
                                      "2026-03-03T00:01:00Z,48.02,,,no,yes,all,2,1")
                                        .arg(id)),
             qPrintable(lines.at(1)));

    const Run list = admin({u("incident"), u("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList rows = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).startsWith(u("id\tkind\ttitle\tcause\t")));
    QVERIFY(rows.at(1).contains(u("\tno\tyes\tall\t2\t1")));

    const Run audit = admin({u("audit"), u("--search"), u("dispute.record")});
    QCOMPARE(audit.out.count(u("dispute.record")), 2);
    QVERIFY(audit.out.contains(u("§2.8")));
}

QTEST_GUILESS_MAIN(TestCliIncidents)
#include "tst_cli_incidents.moc"
