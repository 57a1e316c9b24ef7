// channeldesk-cli for printed documents (SPEC §4 "contract print"): the
// provider's profile, a contract and a renewal letter rendered to PDF and
// read back with poppler's pdftotext and pdffonts — a separate process on a
// temporary database, judged by exit code, output and the PDF's text.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kManagerPassword = QStringLiteral("manager-secret-2");

// Level 1 standard..diamond 75 %..60 % of the fee, level 2 90 %..70 %.
QByteArray chainRows(const QString &plan, qint64 fee, const QString &from)
{
    const char *tiers[] = {"standard", "silver", "gold", "diamond"};
    const int l1[] = {75, 70, 65, 60};
    const int l2[] = {90, 85, 80, 70};
    QByteArray rows;
    for (int t = 0; t < 4; ++t) {
        rows += QStringLiteral("%1,%2,1,%3,%5\n%1,%2,2,%4,%5\n")
                    .arg(plan, u(tiers[t]))
                    .arg(fee * l1[t] / 100)
                    .arg(fee * l2[t] / 100)
                    .arg(from)
                    .toUtf8();
    }
    return rows;
}

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpListsTheCommands();
    void providerIsSetByAdministratorsOnly();
    void contractNeedsTheProviderName();
    void contractPdfCarriesPartiesPricesAndClauses();
    void chineseContractKeepsItsText();
    void fontsAreEmbedded();
    void usageErrors();
    void renewalLetterListsTheNumbersDue();

private:
    Run cli(const QStringList &arguments, const QString &password,
            const QMap<QString, QString> &extraEnv = {});
    Run admin(const QStringList &arguments)
    {
        return cli(QStringList{u("--user"), u("admin")} + arguments, kAdminPassword);
    }
    Run manager(const QStringList &arguments)
    {
        return cli(QStringList{u("--user"), u("li.na")} + arguments, kManagerPassword);
    }
    QString writeFile(const QString &name, const QByteArray &bytes);
    void setUpData();
    void setProvider();
    // The text layer of a PDF, or a null string when pdftotext is missing.
    QString pdfText(const QString &pdf);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_pdftotext;
    const QString m_agent = code("MA0000011");
    const QString m_other = code("MA0000029");
    const QString m_acme = code("MA0000037", "91440305");
    const QString m_beta = code("MA0000045", "91440305");
    const QString m_far = code("MA0000053", "91440305");
    // Characters a CJK font shares with the radicals blocks (长, 方, 门, 一): a
    // naive PDF text layer turns them into ⻓ ⽅ ⻔ ⼀.
    const QString m_agentName = u("长城方门一号通信有限公司");
};

Run TestCliPrint::cli(const QStringList &arguments, const QString &password,
                      const QMap<QString, QString> &extraEnv)
{
    CliOptions options;
    options.password = password;
    options.environment = extraEnv;
    // The CLI picks the offscreen platform itself when none is set.
    options.unsetEnvironment = QStringList{u("QT_QPA_PLATFORM")};
    options.workingDirectory = m_dir->path();
    return runCli(m_db, arguments, options);
}

QString TestCliPrint::writeFile(const QString &name, const QByteArray &bytes)
{
    return cdtest::writeBytes(m_dir->filePath(name), bytes);
}

QString TestCliPrint::pdfText(const QString &pdf)
{
    if (m_pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(m_pdftotext, {u("-enc"), u("UTF-8"), pdf, u("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u("<pdftotext failed: %1>").arg(QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCliPrint::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(u("pdftotext"));
}

void TestCliPrint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("test.sqlite"));
}

void TestCliPrint::setUpData()
{
    QCOMPARE(cli({u("init"), u("--admin"), u("admin")}, kAdminPassword).exitCode, 0);
    Run r = cli({u("--user"), u("admin"), u("user"), u("add"), u("li.na"), u("--role"),
                 u("manager")},
                kAdminPassword, {{u("CHANNELDESK_NEW_PASSWORD"), kManagerPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray plans = "code,name,carrier,annual_fee_fen,included_minutes,per_minute_fen,"
                             "carrier_cost_fen\n"
                             "P1000,Basic 1000,telecom,100000,1000,12,50000\n"
                             "P2500,Business 2500,unicom,250000,3000,10,125000\n";
    r = admin({u("import"), u("plans"), writeFile(u("plans.csv"), plans)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QByteArray prices = "plan,tier,level,price_fen,effective_from\n" +
                        chainRows(u("P1000"), 100000, u("2026-01-01")) +
                        chainRows(u("P2500"), 250000, u("2026-01-01"));
    r = admin({u("import"), u("prices"), writeFile(u("prices.csv"), prices)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A later cut must not change the schedule of a contract signed before it.
    r = admin({u("price"), u("set"), u("--plan"), u("P1000"), u("--tier"), u("gold"), u("--level"),
               u("1"), u("--fen"), u("62000"), u("--from"), u("2026-06-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QString agents =
        u("name,uscc,level,legal_rep,address,tier\n"
          "%1,%2,1,王建国,北京市海淀区中关村大街1号,gold\n"
          "另一家通信有限公司,%3,1,李四,,standard\n")
            .arg(m_agentName, m_agent, m_other);
    r = admin({u("import"), u("agents"), writeFile(u("agents.csv"), agents.toUtf8())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &agent : {m_agent, m_other}) {
        r = manager({u("contract"), u("create"), u("--agent"), agent, u("--year"), u("2026"),
                     u("--tasks"), u("10,20,30,40"), u("--start"), u("2026-01-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    const QString customers = u("name,uscc,agent_uscc,qualification\n"
                                "深圳甲科技有限公司,%1,%3,approved\n"
                                "深圳乙贸易有限公司,%2,%3,approved\n"
                                "广州丙有限公司,%4,%5,approved\n")
                                  .arg(m_acme, m_beta, m_agent, m_far, m_other);
    r = admin({u("import"), u("customers"), writeFile(u("customers.csv"), customers.toUtf8())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString numbers =
        u("number,carrier,customer_uscc,plan,status,activated_on,paid_through\n"
          "4008005172,telecom,%1,P2500,active,2025-02-10,2026-02-09\n"
          "4008005173,telecom,%2,P1000,active,2025-02-01,2026-01-31\n"
          "4008005174,telecom,%1,P1000,active,2025-04-01,2026-03-31\n"
          "4008005175,telecom,%3,P1000,active,2025-02-01,2026-01-31\n")
            .arg(m_acme, m_beta, m_far);
    r = admin({u("import"), u("numbers"), writeFile(u("numbers.csv"), numbers.toUtf8())});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliPrint::setProvider()
{
    const Run r = admin({u("provider"), u("set"), u("--name"), u("江苏华通信息服务有限公司"),
                         u("--licence"), u("B2-20260101"), u("--address"),
                         u("南京市建邺区江东中路100号")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliPrint::helpListsTheCommands()
{
    const Run r = cli({u("--help")}, QString());
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"contract print", "renewal letter", "provider show", "provider set"})
        QVERIFY2(r.out.contains(u("  ") + u(command)), command);
    const Run help = cli({u("contract"), u("print"), u("--help")}, QString());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u("--pdf")));
    QVERIFY(help.out.contains(u("--lang")));
}

void TestCliPrint::providerIsSetByAdministratorsOnly()
{
    setUpData();
    Run r = manager({u("provider"), u("set"), u("--name"), u("Someone")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u("administrator")));
    r = admin({u("provider"), u("set")});
    QCOMPARE(r.exitCode, 2);
    r = admin({u("provider"), u("set"), u("--licence"), u("B2-1")});
    QCOMPARE(r.exitCode, 1); // the name is still empty
    setProvider();
    r = manager({u("provider"), u("show")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u("name\t江苏华通信息服务有限公司\n")));
    QVERIFY(r.out.contains(u("licence\tB2-20260101\n")));
    QVERIFY(r.out.contains(u("updated_by\tadmin\n")));
    // Only the fields given change.
    r = admin({u("provider"), u("set"), u("--phone"), u("025-88880000")});
    QCOMPARE(r.exitCode, 0);
    r = admin({u("provider"), u("show")});
    QVERIFY(r.out.contains(u("name\t江苏华通信息服务有限公司\n")));
    QVERIFY(r.out.contains(u("phone\t025-88880000\n")));
    r = admin({u("audit")});
    QVERIFY(r.out.contains(u("provider.set")));
}

void TestCliPrint::contractNeedsTheProviderName()
{
    setUpData();
    const QString pdf = m_dir->filePath(u("c.pdf"));
    const Run r = manager({u("contract"), u("print"), u("HT-2026-0001"), u("--pdf"), pdf});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("provider set --name")), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliPrint::contractPdfCarriesPartiesPricesAndClauses()
{
    setUpData();
    setProvider();
    const QString pdf = m_dir->filePath(u("contract.pdf"));
    const Run r = manager({u("contract"), u("print"), u("ht-2026-0001"), u("--pdf"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u("HT-2026-0001")));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    // English (the interface's language here), with the parties as stored.
    QVERIFY2(text.contains(u("400 Number Service Agency Contract")), qPrintable(text.left(300)));
    QVERIFY(text.contains(u("江苏华通信息服务有限公司")));
    QVERIFY(text.contains(u("B2-20260101")));
    QVERIFY2(text.contains(m_agentName), qPrintable(text.left(600)));
    QVERIFY(text.contains(m_agent));
    QVERIFY(text.contains(u("王建国")));
    QVERIFY(text.contains(u("HT-2026-0001")));
    QVERIFY(text.contains(u("1 January 2026")));
    QVERIFY(text.contains(u("31 December 2026")));
    // Gold, level 1, in force on 1 January: ¥650.00, not the later ¥620.00.
    QVERIFY(text.contains(u("¥650.00")));
    QVERIFY(!text.contains(u("¥620.00")));
    QVERIFY(text.contains(u("¥1,625.00")));
    for (const char *clause : {"§1.1", "§2.3", "§2.4", "§2.6", "§2.7", "§2.8", "§2.10", "§3.2",
                               "§3.9", "§9.2", "§9.6"})
        QVERIFY2(text.contains(u(clause)), clause);
    QVERIFY(!text.contains(u("{{")));
    QVERIFY(text.contains(u("Page 1 of")));
}

void TestCliPrint::chineseContractKeepsItsText()
{
    setUpData();
    setProvider();
    const QString pdf = m_dir->filePath(u("contract-zh.pdf"));
    const Run r = manager(
        {u("contract"), u("print"), u("HT-2026-0001"), u("--pdf"), pdf, u("--lang"), u("zh_CN")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u("400电话业务代理合作合同")));
    QVERIFY(text.contains(u("甲方（服务商）")));
    QVERIFY(text.contains(u("第一季度")));
    QVERIFY(text.contains(u("代理价")));
    QVERIFY(text.contains(u("2026年1月1日")));
    QVERIFY2(text.contains(m_agentName), qPrintable(text.left(600)));
    // No character of the text came out as a radical look-alike.
    for (const uint cp : text.toUcs4())
        QVERIFY2(cp < 0x2E80 || cp > 0x2FDF, qPrintable(u("U+%1").arg(cp, 4, 16)));
    QVERIFY(text.contains(u("¥650.00")));
    QVERIFY(text.contains(u("第 1 页")));
}

void TestCliPrint::fontsAreEmbedded()
{
    const QString pdffonts = QStandardPaths::findExecutable(u("pdffonts"));
    if (pdffonts.isEmpty())
        QSKIP("pdffonts (poppler-utils) is not installed");
    setUpData();
    setProvider();
    const QString pdf = m_dir->filePath(u("fonts.pdf"));
    const Run r = manager(
        {u("contract"), u("print"), u("HT-2026-0001"), u("--pdf"), pdf, u("--lang"), u("zh_CN")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QProcess process;
    process.start(pdffonts, {pdf});
    QVERIFY(process.waitForFinished(30000));
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(u("\n"), Qt::SkipEmptyParts);
    // A header, a rule, then one line per font: "name type encoding emb sub uni …".
    QVERIFY2(lines.size() > 2, qPrintable(lines.join(u("\n"))));
    const qsizetype embColumn = lines.at(0).indexOf(u("emb"));
    QVERIFY(embColumn > 0);
    for (const QString &line : lines.mid(2)) {
        QVERIFY2(line.mid(embColumn, 3) == u("yes"), qPrintable(line));
    }
}

void TestCliPrint::usageErrors()
{
    setUpData();
    setProvider();
    Run r = manager({u("contract"), u("print"), u("HT-2026-0001")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u("--pdf")));
    r = manager({u("contract"), u("print"), u("HT-2026-0001"), u("--pdf"), u("x.pdf"), u("--lang"),
                 u("fr")});
    QCOMPARE(r.exitCode, 2);
    r = manager({u("contract"), u("print"), u("HT-2026-0999"), u("--pdf"), u("x.pdf")});
    QCOMPARE(r.exitCode, 1);
    r = manager({u("renewal"), u("letter"), m_agent, u("--pdf"), u("x.pdf"), u("--date"),
                 u("15/01/2026")});
    QCOMPARE(r.exitCode, 2);
    r = manager({u("renewal"), u("letter"), code("MA0000999"), u("--pdf"), u("x.pdf")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(u("x.pdf"))));
}

void TestCliPrint::renewalLetterListsTheNumbersDue()
{
    setUpData();
    setProvider();
    const QString pdf = m_dir->filePath(u("letter.pdf"));
    const Run r = manager({u("renewal"), u("letter"), m_agent, u("--pdf"), pdf, u("--date"),
                           u("2026-01-15"), u("--lang"), u("zh_CN")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u("2 number")), qPrintable(r.out));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(u("续费提醒函")));
    QVERIFY(text.contains(m_agentName));
    QVERIFY(text.contains(u("江苏华通信息服务有限公司")));
    // Due within 30 days of 15 January: 5173 (31 Jan) and 5172 (9 Feb), in that order.
    const qsizetype first = text.indexOf(u("4008005173"));
    const qsizetype second = text.indexOf(u("4008005172"));
    QVERIFY(first >= 0 && second > first);
    QVERIFY(text.contains(u("深圳乙贸易有限公司")));
    QVERIFY(text.contains(u("2026年1月31日")));
    QVERIFY(text.contains(u("¥2,500.00")));
    QVERIFY(text.contains(u("¥3,500.00"))); // the total
    QVERIFY(!text.contains(u("4008005174"))); // due later
    QVERIFY(!text.contains(u("4008005175"))); // another agent's customer

    const QString en = m_dir->filePath(u("letter-en.pdf"));
    const Run english = manager({u("renewal"), u("letter"), m_agent, u("--pdf"), en, u("--date"),
                                 u("2026-01-15")});
    QVERIFY2(english.exitCode == 0, qPrintable(english.err));
    const QString enText = pdfText(en);
    QVERIFY(enText.contains(u("Renewal Reminder")));
    QVERIFY(enText.contains(u("31 January 2026")));
}

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
