// channeldesk-cli for agents, contracts, the sweep, exports and compliance
// (SPEC §4): a separate process on a temporary database, judged by its exit
// code, its output and the files it writes.
#include "CliRunner.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kAuditorPassword = QStringLiteral("auditor-secret-2");

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

class TestCliAgents : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void helpListsCommands();
    void importAgents();
    void importRefusesIndividualBusiness();
    void agentAddRefusesIndividualBusiness();
    void agentAddUsage();
    void agentShow();
    void auditorMayNotAddAgents();
    void contractNumbers();
    void contractUsage();
    void terminate();
    void exportAgents();
    void exportUsageAndRights();
    void exportAuditAndExcel();
    void sweepYearEnd();
    void drafts();
    void training();
    void violations();
    void takeover();

private:
    Run cli(const QStringList &arguments, const QString &password,
            const QMap<QString, QString> &extraEnv = {});
    Run admin(const QStringList &arguments)
    {
        return cli(QStringList{u("--user"), u("admin")} + arguments, kAdminPassword);
    }
    QString writeFile(const QString &name, const QByteArray &bytes);
    // init --admin, two level-1 agents (Alpha, Gamma) and Alpha's sub-agent Beta.
    void setUpAgents();
    void addAuditor();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_alpha;
    QString m_beta;
    QString m_gamma;
    int m_year = 0;
};

Run TestCliAgents::cli(const QStringList &arguments, const QString &password,
                       const QMap<QString, QString> &extraEnv)
{
    CliOptions options;
    options.password = password;
    options.environment = extraEnv;
    options.workingDirectory = m_dir->path();
    return runCli(m_db, arguments, options);
}

QString TestCliAgents::writeFile(const QString &name, const QByteArray &bytes)
{
    return cdtest::writeBytes(m_dir->filePath(name), bytes);
}

void TestCliAgents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("test.sqlite"));
    m_alpha = code("MA01AAAA1");
    m_beta = code("MA01AAAA2");
    m_gamma = code("MA01AAAA3");
    m_year = QDate::currentDate().year();
}

void TestCliAgents::setUpAgents()
{
    const Run created = cli({u("init"), u("--admin"), u("admin")}, kAdminPassword);
    QCOMPARE(created.exitCode, 0);
    const QString file =
        writeFile(u("agents.csv"), u("name,uscc,level,parent_uscc,phone,email,tier\n"
                                     "Alpha 科技,%1,1,,13812345678,zhangsan@example.com,silver\n"
                                     "Beta Sub,%2,2,%1,,,\n"
                                     "Gamma,%3,1,,,,\n")
                                       .arg(m_alpha, m_beta, m_gamma)
                                       .toUtf8());
    const Run imported = admin({u("import"), u("agents"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

void TestCliAgents::addAuditor()
{
    const Run r =
        cli({u("--user"), u("admin"), u("user"), u("add"), u("audrey"), u("--role"), u("auditor")},
            kAdminPassword, {{u("CHANNELDESK_NEW_PASSWORD"), kAuditorPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliAgents::helpListsCommands()
{
    const Run r = cli({u("--help")}, QString());
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"agent add", "agent list", "agent show", "contract create", "contract terminate",
          "contract list", "contract drafts", "sweep", "export REPORT", "training add",
          "training attend", "training overdue", "violation open", "violation attach",
          "violation classify", "violation penalise", "takeover remind", "takeover run"})
        QVERIFY2(r.out.contains(u(command)), command);
}

void TestCliAgents::importAgents()
{
    setUpAgents();
    const Run list = admin({u("agent"), u("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u("uscc\tname\tlevel\tparent_uscc\tstatus\ttier\tcontact\tregion"));
    QVERIFY(lines.at(1).startsWith(m_alpha + u("\tAlpha 科技\t1\t\tprospect\tsilver")));
    QVERIFY(lines.at(3).startsWith(m_beta + u("\tBeta Sub\t2\t") + m_alpha + u("\tprospect")));

    const Run level2 = admin({u("agent"), u("list"), u("--level"), u("2")});
    QCOMPARE(level2.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    const Run search = admin({u("agent"), u("list"), u("--search"), u("Gam")});
    QCOMPARE(search.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    QVERIFY(search.out.contains(m_gamma));
    QCOMPARE(admin({u("agent"), u("list"), u("--status"), u("sleeping")}).exitCode, 2);
}

void TestCliAgents::importRefusesIndividualBusiness()
{
    setUpAgents();
    const QString file =
        writeFile(u("more.csv"), u("name,uscc,level\n"
                                   "Delta,%1,1\n"
                                   "Zhang's Shop,%2,1\n")
                                     .arg(code("MA01AAAA4"), code("MA01BBBB5", "92110108"))
                                     .toUtf8());
    const Run r = admin({u("import"), u("agents"), file});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(file + u(":3: uscc: ")), qPrintable(r.err));
    QVERIFY(r.err.contains(u("§1.1")));
    // All rows or none: Delta is not there either.
    QVERIFY(!admin({u("agent"), u("list")}).out.contains(code("MA01AAAA4")));
}

void TestCliAgents::agentAddRefusesIndividualBusiness()
{
    setUpAgents();
    const QString shop = code("MA01BBBB5", "92110108");
    const Run r = admin({u("agent"), u("add"), u("--name"), u("Zhang's Shop"), u("--uscc"), shop,
                         u("--level"), u("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("§1.1")), qPrintable(r.err));
    QVERIFY(!admin({u("agent"), u("list")}).out.contains(shop));

    const Run person = admin({u("agent"), u("add"), u("--name"), u("Zhang San"), u("--uscc"),
                              u("11010519491231002X"), u("--level"), u("1")});
    QCOMPARE(person.exitCode, 1);
    QVERIFY(person.err.contains(u("natural person")));

    const QString delta = code("MA01AAAA4");
    const Run ok =
        admin({u("agent"), u("add"), u("--name"), u("Delta"), u("--uscc"), delta, u("--level"),
               u("2"), u("--parent"), m_alpha, u("--phone"), u("13900001111")});
    // Alpha is still a prospect: a sub-agent needs an active or supervised parent.
    QCOMPARE(ok.exitCode, 1);
    QVERIFY(ok.err.contains(u("active or supervised")));
    const Run level1 = admin({u("agent"), u("add"), u("--name"), u("Delta"), u("--uscc"), delta,
                              u("--level"), u("1"), u("--tier"), u("gold")});
    QVERIFY2(level1.exitCode == 0, qPrintable(level1.err));
    QVERIFY(admin({u("agent"), u("list")}).out.contains(delta + u("\tDelta\t1\t\tprospect\tgold")));
}

void TestCliAgents::agentAddUsage()
{
    setUpAgents();
    QCOMPARE(admin({u("agent"), u("add"), u("--name"), u("X"), u("--level"), u("1")}).exitCode, 2);
    QCOMPARE(admin({u("agent"), u("add"), u("--name"), u("X"), u("--uscc"), code("MA01AAAA4"),
                    u("--level"), u("3")})
                 .exitCode,
             2);
    // A read needs a login too; an unknown agent is "not found".
    QCOMPARE(cli({u("agent"), u("list")}, kAdminPassword).exitCode, 2);
    QCOMPARE(admin({u("agent"), u("show"), code("MA01AAAA9")}).exitCode, 1);
}

void TestCliAgents::agentShow()
{
    setUpAgents();
    const Run contract = admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"),
                                QString::number(m_year), u("--tasks"), u("1,2,3,4")});
    QCOMPARE(contract.exitCode, 0);
    const Run r = admin({u("agent"), u("show"), m_alpha.toLower()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u("name: Alpha 科技\n")));
    QVERIFY(r.out.contains(u("uscc: ") + m_alpha + u("\n")));
    QVERIFY(r.out.contains(u("status: active\n")));
    QVERIFY(r.out.contains(u("tier: silver\n")));
    QVERIFY(r.out.contains(u("Sub-agents: 1")));
    QVERIFY(r.out.contains(m_beta + u("\tBeta Sub\tprospect")));
    QVERIFY(r.out.contains(u("Contracts: 1")));
    QVERIFY(r.out.contains(contract.out.trimmed() + u("\t%1\t").arg(m_year)));

    const Run beta = admin({u("agent"), u("show"), m_beta});
    QVERIFY(beta.out.contains(u("parent: Alpha 科技 (%1)\n").arg(m_alpha)));
}

void TestCliAgents::auditorMayNotAddAgents()
{
    setUpAgents();
    addAuditor();
    const Run r = cli({u("--user"), u("audrey"), u("agent"), u("add"), u("--name"), u("Delta"),
                       u("--uscc"), code("MA01AAAA4"), u("--level"), u("1")},
                      kAuditorPassword);
    QCOMPARE(r.exitCode, 1);
    const Run list = cli({u("--user"), u("audrey"), u("agent"), u("list")}, kAuditorPassword);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(code("MA01AAAA4")));

    // §2.6 An auditor sees contact data masked; a manager or admin in full.
    const Run masked =
        cli({u("--user"), u("audrey"), u("agent"), u("show"), m_alpha}, kAuditorPassword);
    QCOMPARE(masked.exitCode, 0);
    QVERIFY2(masked.out.contains(u("phone: 138****5678\n")), qPrintable(masked.out));
    QVERIFY(masked.out.contains(u("email: z***@example.com\n")));
    const Run full = admin({u("agent"), u("show"), m_alpha});
    QVERIFY(full.out.contains(u("phone: 13812345678\n")));
    QVERIFY(full.out.contains(u("email: zhangsan@example.com\n")));
}

void TestCliAgents::contractNumbers()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    const Run first = admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year,
                             u("--tasks"), u("10,20,30,40")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(first.out, u("HT-%1-0001\n").arg(year));
    const Run second = admin({u("contract"), u("create"), u("--agent"), m_gamma, u("--year"), year,
                              u("--tasks"), u("1,1,1,1")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.out, u("HT-%1-0002\n").arg(year));

    // §9.2 At most one active contract per agent.
    const Run again = admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year,
                             u("--tasks"), u("1,1,1,1")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u("§9.2")), qPrintable(again.err));

    const Run list = admin({u("contract"), u("list"), u("--agent"), m_alpha});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(u("HT-%1-0001\t%2\tAlpha 科技\t%1\t").arg(year, m_alpha)));
    QVERIFY(lines.at(1).contains(u("\tsilver\t10,20,30,40\tactive\t")));
    // The first contract made the agent active.
    QVERIFY(admin({u("agent"), u("list"), u("--status"), u("active")}).out.contains(m_alpha));
}

void TestCliAgents::contractUsage()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    const QStringList base{u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year};
    QCOMPARE(admin(base).exitCode, 2); // no --tasks
    QCOMPARE(admin(base + QStringList{u("--tasks"), u("1,2,3")}).exitCode, 2);
    QCOMPARE(admin(base + QStringList{u("--tasks"), u("1,2,3,-4")}).exitCode, 2);
    QCOMPARE(admin(base + QStringList{u("--tasks"), u("1,2,3,4"), u("--start"), u("2026-13-01")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), u("next"),
                    u("--tasks"), u("1,2,3,4")})
                 .exitCode,
             2);
    // A start outside the year is a rule (§9.2), not a usage error.
    const Run outside = admin(base + QStringList{u("--tasks"), u("1,2,3,4"), u("--start"),
                                                 u("%1-01-01").arg(m_year + 1)});
    QCOMPARE(outside.exitCode, 1);
    QVERIFY(outside.err.contains(u("§9.2")));
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), code("MA01AAAA9"), u("--year"), year,
                    u("--tasks"), u("1,2,3,4")})
                 .exitCode,
             1);
    QCOMPARE(admin({u("contract"), u("list"), u("--status"), u("open")}).exitCode, 2);
    QCOMPARE(admin({u("contract"), u("drafts")}).exitCode, 2);
}

void TestCliAgents::terminate()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    const Run made = admin({u("contract"), u("create"), u("--agent"), m_gamma, u("--year"), year,
                            u("--tasks"), u("1,1,1,1")});
    QCOMPARE(made.exitCode, 0);
    const QString number = made.out.trimmed();
    const QString today = dateText(QDate::currentDate());

    QCOMPARE(admin({u("contract"), u("terminate"), number, u("--reason"), u("boredom"), u("--date"),
                    today})
                 .exitCode,
             2);
    QCOMPARE(admin({u("contract"), u("terminate"), number, u("--reason"), u("request"), u("--date"),
                    u("yesterday")})
                 .exitCode,
             2);
    QCOMPARE(admin({u("contract"), u("terminate"), number, u("--date"), today}).exitCode, 2);
    const Run unknown = admin({u("contract"), u("terminate"), u("HT-1999-0001"), u("--reason"),
                               u("request"), u("--date"), today});
    QCOMPARE(unknown.exitCode, 1);

    const Run ok = admin(
        {u("contract"), u("terminate"), number, u("--reason"), u("improper"), u("--date"), today});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QVERIFY(ok.out.contains(u("§3.2")));
    const Run terminated = admin({u("agent"), u("list"), u("--status"), u("terminated")});
    QVERIFY(terminated.out.contains(m_gamma + u("\tGamma\t1\t\tterminated")));
    const Run contracts = admin({u("contract"), u("list"), u("--status"), u("terminated")});
    QVERIFY(contracts.out.contains(number));
    QVERIFY(contracts.out.contains(u("\t%1\timproper\t§3.2").arg(today)));

    // Terminated twice is refused by the rule, naming the clause.
    const Run twice = admin(
        {u("contract"), u("terminate"), number, u("--reason"), u("fraud"), u("--date"), today});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains(u("§3.9")));
}

void TestCliAgents::exportAgents()
{
    setUpAgents();
    const QString file = m_dir->filePath(u("out/agents.csv"));
    QVERIFY(QDir(m_dir->path()).mkdir(u("out")));
    const Run r = admin({u("export"), u("agents"), u("--out"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u("Exported 3 rows to %1").arg(file)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u("\r\n"));
    QVERIFY(lines.first().startsWith(u("name,uscc,level,parent_uscc,status,tier,")));
    QVERIFY(lines.at(1).startsWith(u("Alpha 科技,%1,1,,prospect,silver,").arg(m_alpha)));
    QVERIFY(lines.at(1).contains(u("138****5678")));

    const Run full = admin({u("export"), u("agents"), u("--out"), file,
                            u("--include-personal-data"), u("--date"), u("2026-01-01")});
    QCOMPARE(full.exitCode, 0);
    QFile g(file);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QVERIFY(g.readAll().contains("13812345678"));

    const Run audit = admin({u("audit"), u("--search"), u("export.agents")});
    QCOMPARE(audit.out.count(u("export.agents")), 2);
    QVERIFY(audit.out.contains(u("3 rows; personal data: yes\t§2.6")));

    const Run contracts = admin({u("export"), u("contracts"), u("--out"), file});
    QCOMPARE(contracts.exitCode, 0);
    QVERIFY(contracts.out.contains(u("Exported 0 rows")));
}

// `export audit` (SPEC §5) and --excel, which keeps long all-digit codes as
// text for Excel and reads back through the importers unchanged.
void TestCliAgents::exportAuditAndExcel()
{
    setUpAgents();
    const QString file = m_dir->filePath(u("audit.csv"));
    const Run r = admin({u("export"), u("audit"), u("--out"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(u("\r\n"));
    QCOMPARE(lines.first(), u("id,at,user,action,entity,entity_id,old_value,new_value,clause"));
    QVERIFY(lines.size() > 4);
    QVERIFY(lines.filter(u(",admin,import.agents,")).size() == 1);

    // An all-digit USCC: plain digits by default, ="…" with --excel, and the
    // Excel form imports back as the digits.
    const QString digits = u("121200004013590816");
    const QString agents = writeFile(u("digits.csv"), "name,uscc,level\nDigit Co,121200004013590816,1\n");
    const Run imported = admin({u("import"), u("agents"), agents});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString plain = m_dir->filePath(u("plain.csv"));
    QCOMPARE(admin({u("export"), u("agents"), u("--out"), plain}).exitCode, 0);
    QFile p(plain);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.readAll().contains("\r\nDigit Co,121200004013590816,1,"));
    const QString excel = m_dir->filePath(u("excel.csv"));
    const Run e = admin({u("export"), u("agents"), u("--out"), excel, u("--excel")});
    QVERIFY2(e.exitCode == 0, qPrintable(e.err));
    QFile x(excel);
    QVERIFY(x.open(QIODevice::ReadOnly));
    const QByteArray bytes = x.readAll();
    QVERIFY(bytes.contains("\r\nDigit Co,\"=\"\"121200004013590816\"\"\",1,"));
    QVERIFY(bytes.contains(m_alpha.toUtf8() + ",1,")); // codes with letters stay plain

    // The Excel form read back by an importer is the bare code: here it is
    // found already taken, named by its digits.
    const QString back = writeFile(u("back.csv"),
                                   "name,uscc,level\nDigit Two,\"=\"\"121200004013590816\"\"\",1\n");
    const Run again = admin({u("import"), u("agents"), back, u("--dry-run")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(u("back.csv:2: uscc:")), qPrintable(again.err));
    QVERIFY2(again.err.contains(u(" ") + digits), qPrintable(again.err));
    QVERIFY2(!again.err.contains(u("=")), qPrintable(again.err));
}

void TestCliAgents::exportUsageAndRights()
{
    setUpAgents();
    const QString file = m_dir->filePath(u("x.csv"));
    const Run unknown = admin({u("export"), u("pears"), u("--out"), file});
    QCOMPARE(unknown.exitCode, 2);
    for (const char *report : {"agents", "contracts", "violations", "prices", "performance"})
        QVERIFY2(unknown.err.contains(QLatin1String(report)), qPrintable(unknown.err));
    QCOMPARE(admin({u("export"), u("agents")}).exitCode, 2);
    QCOMPARE(
        admin({u("export"), u("agents"), u("--out"), file, u("--date"), u("01/02/2026")}).exitCode,
        2);
    QVERIFY(!QFile::exists(file));

    addAuditor();
    const Run refused = cli({u("--user"), u("audrey"), u("export"), u("agents"), u("--out"), file,
                             u("--include-personal-data")},
                            kAuditorPassword);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(u("§2.6")));
    QVERIFY(!QFile::exists(file));
    const Run masked = cli({u("--user"), u("audrey"), u("export"), u("agents"), u("--out"), file},
                           kAuditorPassword);
    QCOMPARE(masked.exitCode, 0);
    QVERIFY(QFile::exists(file));
}

void TestCliAgents::sweepYearEnd()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year,
                    u("--tasks"), u("1,1,1,1")})
                 .exitCode,
             0);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_gamma, u("--year"), year,
                    u("--tasks"), u("1,1,1,1")})
                 .exitCode,
             0);

    const Run sameYear = admin({u("sweep"), u("--date"), u("%1-12-31").arg(year)});
    QCOMPARE(sameYear.exitCode, 0);
    QVERIFY2(sameYear.out.contains(u("contract_expired: 0\n")), qPrintable(sameYear.out));

    const QString newYear = u("%1-01-01").arg(m_year + 1);
    const Run r = admin({u("sweep"), u("--date"), newYear});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u("contract_expired: 2\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(u("contract_activated: 0\n")));
    const Run expired = admin({u("contract"), u("list"), u("--status"), u("expired")});
    QCOMPARE(expired.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);

    // Idempotent: the same date again changes nothing.
    const Run again = admin({u("sweep"), u("--date"), newYear});
    QVERIFY(again.out.contains(u("contract_expired: 0\n")));
    QCOMPARE(admin({u("sweep"), u("--date"), u("soon")}).exitCode, 2);
}

void TestCliAgents::drafts()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year,
                    u("--tasks"), u("5,6,7,8")})
                 .exitCode,
             0);
    const QString next = QString::number(m_year + 1);
    const Run prepared = admin({u("contract"), u("drafts"), u("--year"), next});
    QCOMPARE(prepared.exitCode, 0);
    QVERIFY2(prepared.out.contains(u("Prepared 1 contract drafts for %1").arg(next)),
             qPrintable(prepared.out));
    const Run list = admin({u("contract"), u("list"), u("--year"), next});
    QVERIFY(list.out.contains(u("HT-%1-0001\t%2").arg(next, m_alpha)));
    QVERIFY(list.out.contains(u("\tdraft\t")));

    // At the turn of the year the old one expires and the draft takes over.
    const Run sweep = admin({u("sweep"), u("--date"), u("%1-01-01").arg(next)});
    QVERIFY(sweep.out.contains(u("contract_expired: 1\n")));
    QVERIFY(sweep.out.contains(u("contract_activated: 1\n")));
}

void TestCliAgents::training()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year,
                    u("--tasks"), u("1,1,1,1"), u("--start"), u("%1-01-01").arg(year)})
                 .exitCode,
             0);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_gamma, u("--year"), year,
                    u("--tasks"), u("1,1,1,1"), u("--start"), u("%1-01-01").arg(year)})
                 .exitCode,
             0);

    const QString asOf = u("%1-03-01").arg(year); // both past the 30 days of §2.7
    const Run overdue = admin({u("training"), u("overdue"), u("--date"), asOf});
    QCOMPARE(overdue.exitCode, 0);
    QVERIFY(overdue.out.startsWith(u("agent_uscc\tagent_name\tfirst_contract_start\tdue_by\n")));
    QVERIFY(overdue.out.contains(m_alpha));
    QVERIFY(overdue.out.contains(m_gamma));

    const Run session = admin({u("training"), u("add"), u("--date"), u("%1-01-15").arg(year),
                               u("--topic"), u("Platform basics"), u("--trainer"), u("Wang")});
    QVERIFY2(session.exitCode == 0, qPrintable(session.err));
    const QString id = session.out.trimmed();
    QVERIFY(id.toLongLong() > 0);

    QCOMPARE(admin({u("training"), u("attend"), id}).exitCode, 2); // no agent
    QCOMPARE(admin({u("training"), u("attend"), u("first"), m_alpha}).exitCode, 2);
    QCOMPARE(admin({u("training"), u("attend"), u("9999"), m_alpha}).exitCode, 1);
    QCOMPARE(
        admin({u("training"), u("add"), u("--date"), u("%1-01-15").arg(year), u("--topic"), u("x")})
            .exitCode,
        2);
    const Run attend = admin({u("training"), u("attend"), id, m_alpha, m_beta});
    QVERIFY2(attend.exitCode == 0, qPrintable(attend.err));

    const Run after = admin({u("training"), u("overdue"), u("--date"), asOf});
    QVERIFY(!after.out.contains(m_alpha));
    QVERIFY(after.out.contains(m_gamma));
}

void TestCliAgents::violations()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    QCOMPARE(admin({u("contract"), u("create"), u("--agent"), m_alpha, u("--year"), year,
                    u("--tasks"), u("1,1,1,1")})
                 .exitCode,
             0);
    const QString today = dateText(QDate::currentDate());

    const Run badClause = admin({u("violation"), u("open"), u("--agent"), m_alpha, u("--clause"),
                                 u("§1.1"), u("--date"), today, u("--description"), u("x")});
    QCOMPARE(badClause.exitCode, 1);
    QCOMPARE(admin({u("violation"), u("open"), u("--agent"), m_alpha, u("--clause"), u("§3.2"),
                    u("--date"), today})
                 .exitCode,
             2);

    const Run opened =
        admin({u("violation"), u("open"), u("--agent"), m_alpha, u("--clause"), u("§3.2"),
               u("--date"), today, u("--description"), u("Misleading advertising")});
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
    const QString id = opened.out.trimmed();
    QVERIFY(id.toLongLong() > 0);

    const QString evidence = writeFile(u("photo.txt"), QByteArrayLiteral("a photo of the flyer"));
    const Run attached = admin({u("violation"), u("attach"), id, evidence});
    QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
    QVERIFY(attached.out.contains(u("photo.txt")));
    QCOMPARE(admin({u("violation"), u("attach"), id, m_dir->filePath(u("missing.txt"))}).exitCode,
             3);

    QCOMPARE(admin({u("violation"), u("classify"), id, u("careless"), u("--date"), today}).exitCode,
             2);
    const Run classified =
        admin({u("violation"), u("classify"), id, u("negligent"), u("--date"), today});
    QVERIFY2(classified.exitCode == 0, qPrintable(classified.err));
    // §3.9 negligent: the agent is supervised and cooperation goes on.
    QVERIFY(admin({u("agent"), u("list"), u("--status"), u("supervised")}).out.contains(m_alpha));

    QCOMPARE(
        admin({u("violation"), u("penalise"), id, u("--kind"), u("flogging"), u("--date"), today})
            .exitCode,
        2);
    QCOMPARE(admin({u("violation"), u("penalise"), id, u("--kind"), u("fine"), u("--date"), today,
                    u("--fine-fen"), u("50.5")})
                 .exitCode,
             2);
    const Run stopWithoutDates =
        admin({u("violation"), u("penalise"), id, u("--kind"), u("stop"), u("--date"), today});
    QCOMPARE(stopWithoutDates.exitCode, 1);
    QVERIFY(stopWithoutDates.err.contains(u("§3.2")));
    const Run fined = admin({u("violation"), u("penalise"), id, u("--kind"), u("fine"), u("--date"),
                             today, u("--fine-fen"), u("500000")});
    QVERIFY2(fined.exitCode == 0, qPrintable(fined.err));
    QCOMPARE(admin({u("violation"), u("penalise"), u("999"), u("--kind"), u("warning"), u("--date"),
                    today})
                 .exitCode,
             1);

    const QString file = m_dir->filePath(u("violations.csv"));
    QCOMPARE(admin({u("export"), u("violations"), u("--out"), file}).exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(
        text.contains(u(",§3.2,Misleading advertising,manual,negligent,open,fine 5000.00\r\n")),
        qPrintable(text));
}

void TestCliAgents::takeover()
{
    setUpAgents();
    const QString year = QString::number(m_year);
    const Run made = admin({u("contract"), u("create"), u("--agent"), m_gamma, u("--year"), year,
                            u("--tasks"), u("1,1,1,1")});
    QCOMPARE(made.exitCode, 0);
    const QDate today = QDate::currentDate();
    QCOMPARE(admin({u("contract"), u("terminate"), made.out.trimmed(), u("--reason"), u("request"),
                    u("--date"), dateText(today)})
                 .exitCode,
             0);

    const Run reminded = admin({u("takeover"), u("remind"), u("--agent"), m_gamma, u("--date"),
                                dateText(today), u("--note"), u("Letter sent")});
    QVERIFY2(reminded.exitCode == 0, qPrintable(reminded.err));
    QVERIFY(reminded.out.trimmed().toLongLong() > 0);

    const QStringList run{u("takeover"), u("run"),      u("--agent"),
                          m_gamma,       u("--reason"), u("Stopped answering customers")};
    QCOMPARE(admin(run + QStringList{u("--grounds"), u("boredom"), u("--date"), dateText(today)})
                 .exitCode,
             2);
    QCOMPARE(admin(run + QStringList{u("--grounds"), u("after_reminder")}).exitCode, 2);
    // §9.6 Not before the reminder has waited its 15 days.
    const Run early =
        admin(run + QStringList{u("--grounds"), u("after_reminder"), u("--date"), dateText(today)});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(u("§9.6")), qPrintable(early.err));
    QVERIFY(early.err.contains(dateText(today.addDays(15))));
    // After the wait the grounds hold, but Gamma has no customers to take over.
    const Run late = admin(run + QStringList{u("--grounds"), u("after_reminder"), u("--date"),
                                             dateText(today.addDays(16))});
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains(u("no customers")), qPrintable(late.err));
}

QTEST_GUILESS_MAIN(TestCliAgents)
#include "tst_cli_agents.moc"
