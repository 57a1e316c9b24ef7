// `import agents` (SPEC §5) through AgentImporter and ImportRunner: the rules
// of §3 "Agents" per row, FILE:LINE: column messages, all rows or none.
#include "agents/AgentImporter.h"
#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A valid enterprise code (91…) for the registry office of Haidian, Beijing,
// with organisation code `org9` and its real check character.
QString code(const char *org9, const char *prefix = "91110108")
{
    const QString first17 = u(prefix) + u(org9);
    return first17 + Uscc::checkCharacter(first17);
}

const char *const kHeader = "name,uscc,level,parent_uscc,legal_rep,contact,phone,email,address,"
                            "region,tier\n";

} // namespace

class TestAgentImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void codesAreValid();
    void registered();
    void levelsWithParentEarlierInFile();
    void parentLaterInFileRefused();
    void prospectParentFromDatabaseRefused();
    void activeParentFromDatabaseAccepted();
    void individualBusinessRefused();
    void residentIdRefusedAsNaturalPerson();
    void thirdLevelRefused();
    void duplicateInFileRefused();
    void badLevelNamed();
    void oneBadRowImportsNothing();
    void dryRun();

private:
    QString write(const QByteArray &body);
    Result<ImportReport> import(const QString &path, bool dryRun = false);
    qint64 count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const Actor m_manager{u("tester"), Role::Manager};
    int m_files = 0;
};

void TestAgentImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u("test.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
}

void TestAgentImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestAgentImport::write(const QByteArray &body)
{
    const QString path = m_dir->filePath(u("agents%1.csv").arg(++m_files));
    QFile file(path);
    const QByteArray bytes = QByteArray(kHeader) + body;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

Result<ImportReport> TestAgentImport::import(const QString &path, bool dryRun)
{
    AgentImporter importer;
    return ImportRunner::run(*m_db, m_manager, importer, path, dryRun);
}

qint64 TestAgentImport::count(const QString &sql)
{
    SqlQuery q(*m_db, sql);
    const Result<QVariant> n = q.scalar();
    return n.ok() ? n.value().toLongLong() : -1;
}

void TestAgentImport::codesAreValid()
{
    // The helper's codes are what the tests say they are.
    QVERIFY(Uscc::parse(code("MA01AAAA1")).ok());
    QVERIFY(Uscc::parseAgentCode(code("MA01AAAA1")).ok());
    const Result<Uscc> individual = Uscc::parse(code("MA01BBBB2", "92110108"));
    QVERIFY(individual.ok());
    QVERIFY(individual->isIndividualBusiness());
}

void TestAgentImport::registered()
{
    QVERIFY(ImportRegistry::kinds().contains(u("agents")));
    const std::unique_ptr<RowImporter> importer = ImportRegistry::create(u("agents"));
    QVERIFY(importer);
    QCOMPARE(importer->kind(), u("agents"));
    QStringList required;
    for (const CsvColumn &c : importer->columns()) {
        if (c.required)
            required << c.key;
    }
    QCOMPARE(required, (QStringList{u("name"), u("uscc"), u("level")}));
    QCOMPARE(importer->columns().size(), 11);
}

void TestAgentImport::levelsWithParentEarlierInFile()
{
    const QString a = code("MA01AAAA1");
    const QString b = code("MA01AAAA2");
    const QString c = code("MA01AAAA3");
    const QString path = write(QStringLiteral("Alpha 北京科技有限公司,%1,1,,张三,李四,13812345678,"
                                              "li@example.com,\"海淀区, 中关村\",北京,silver\n"
                                              "Beta Sub,%2,2,%1,,,,,,,\n"
                                              "Gamma,%3,1,,,,,,,,\n")
                                   .arg(a, b.toLower(), c)
                                   .toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY2(report.ok(), qPrintable(report.error().text() + report.error().details.join(u("\n"))));
    QCOMPARE(report->rows, 3);
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 3);
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'import.agents'")), 1);
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'agent.create'")), 3);

    AgentService agents(*m_db);
    const Result<Agent> alpha = agents.find(a);
    QVERIFY(alpha.ok());
    QCOMPARE(alpha->name, u("Alpha 北京科技有限公司"));
    QCOMPARE(alpha->level, 1);
    QCOMPARE(alpha->status, AgentStatus::Prospect);
    QCOMPARE(alpha->tier, Tier::Silver);
    QCOMPARE(alpha->legalRep, u("张三"));
    QCOMPARE(alpha->address, u("海淀区, 中关村"));
    QCOMPARE(alpha->phone, u("13812345678"));
    const Result<Agent> beta = agents.find(b); // stored normalised, upper case
    QVERIFY(beta.ok());
    QCOMPARE(beta->uscc, b);
    QCOMPARE(beta->level, 2);
    QCOMPARE(beta->parentId, alpha->id);
    QCOMPARE(beta->tier, Tier::Standard);
}

void TestAgentImport::parentLaterInFileRefused()
{
    const QString a = code("MA01AAAA1");
    const QString b = code("MA01AAAA2");
    const QString path =
        write(QStringLiteral("Beta Sub,%2,2,%1,,,,,,,\nAlpha,%1,1,,,,,,,,\n").arg(a, b).toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QCOMPARE(report.error().details.size(), 1);
    QVERIFY2(report.error().details.first().startsWith(path + u(":2: parent_uscc: ")),
             qPrintable(report.error().details.first()));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
}

void TestAgentImport::prospectParentFromDatabaseRefused()
{
    // Only a parent created in the same file may still be a prospect.
    const QString a = code("MA01AAAA1");
    AgentInput parent;
    parent.name = u("Alpha");
    parent.uscc = a;
    QVERIFY(AgentService(*m_db).create(m_manager, parent).ok());
    const QString path =
        write(QStringLiteral("Beta Sub,%1,2,%2,,,,,,,\n").arg(code("MA01AAAA2"), a).toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    QVERIFY2(report.error().details.first().startsWith(path + u(":2: parent_uscc: ")),
             qPrintable(report.error().details.first()));
    QVERIFY(report.error().details.first().contains(u("active or supervised")));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 1);
}

void TestAgentImport::activeParentFromDatabaseAccepted()
{
    const QString a = code("MA01AAAA1");
    AgentInput parent;
    parent.name = u("Alpha");
    parent.uscc = a;
    QVERIFY(AgentService(*m_db).create(m_manager, parent).ok());
    QVERIFY(m_db->exec(u("UPDATE agents SET status = 'active'")).ok());
    const QString path =
        write(QStringLiteral("Beta Sub,%1,2,%2,,,,,,,\n").arg(code("MA01AAAA2"), a).toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY2(report.ok(), qPrintable(report.error().details.join(u("\n"))));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents WHERE level = 2")), 1);
}

void TestAgentImport::individualBusinessRefused()
{
    const QString path = write(QStringLiteral("Alpha,%1,1,,,,,,,,\n"
                                              "Zhang's Shop,%2,1,,,,,,,,\n")
                                   .arg(code("MA01AAAA1"), code("MA01BBBB2", "92110108"))
                                   .toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QCOMPARE(report.error().exitCode(), 3);
    QCOMPARE(report.error().details.size(), 1);
    const QString line = report.error().details.first();
    QVERIFY2(line.startsWith(path + u(":3: uscc: ")), qPrintable(line));
    QVERIFY2(line.contains(u("§1.1")), qPrintable(line));
    QVERIFY2(line.contains(u("individual business")), qPrintable(line));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
}

void TestAgentImport::residentIdRefusedAsNaturalPerson()
{
    const QString path = write(QByteArrayLiteral("Zhang San,11010519491231002X,1,,,,,,,,\n"));
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    const QString line = report.error().details.first();
    QVERIFY2(line.startsWith(path + u(":2: uscc: ")), qPrintable(line));
    QVERIFY2(line.contains(u("natural person")), qPrintable(line));
    QVERIFY2(line.contains(u("§1.1")), qPrintable(line));
    // §2.6 The ID number is personal data: the message never quotes it.
    QVERIFY2(!line.mid(path.size()).contains(u("11010519491231002X")), qPrintable(line));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
}

void TestAgentImport::thirdLevelRefused()
{
    const QString a = code("MA01AAAA1");
    const QString b = code("MA01AAAA2");
    const QString c = code("MA01AAAA3");
    const QString path = write(QStringLiteral("Alpha,%1,1,,,,,,,,\n"
                                              "Beta Sub,%2,2,%1,,,,,,,\n"
                                              "Gamma Sub-sub,%3,2,%2,,,,,,,\n")
                                   .arg(a, b, c)
                                   .toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    const QString line = report.error().details.first();
    QVERIFY2(line.startsWith(path + u(":4: parent_uscc: ")), qPrintable(line));
    QVERIFY2(line.contains(u("sub-agent")), qPrintable(line));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
}

void TestAgentImport::duplicateInFileRefused()
{
    const QString a = code("MA01AAAA1");
    const QString path =
        write(QStringLiteral("Alpha,%1,1,,,,,,,,\nAlpha again,%1,1,,,,,,,,\n").arg(a).toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    QVERIFY2(report.error().details.first().startsWith(path + u(":3: uscc: ")),
             qPrintable(report.error().details.first()));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
}

void TestAgentImport::badLevelNamed()
{
    const QString path =
        write(QStringLiteral("Alpha,%1,one,,,,,,,,\n").arg(code("MA01AAAA1")).toUtf8());
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    QCOMPARE(report.error().details.first(),
             path + u(":2: level: \"one\" is not a level; use 1 or 2."));
}

void TestAgentImport::oneBadRowImportsNothing()
{
    // Four good rows and one with an unknown tier: the whole file is refused,
    // and only that row is named.
    QByteArray body;
    for (int i = 1; i <= 4; ++i)
        body += QStringLiteral("Agent %1,%2,1,,,,,,,,\n")
                    .arg(i)
                    .arg(code(QStringLiteral("MA01AAAA%1").arg(i).toLatin1().constData()))
                    .toUtf8();
    body += QStringLiteral("Bad Tier,%1,1,,,,,,,,platinum\n").arg(code("MA01AAAA9")).toUtf8();
    const QString path = write(body);
    const Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    QVERIFY2(report.error().details.first().startsWith(path + u(":6: tier: ")),
             qPrintable(report.error().details.first()));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
    QCOMPARE(count(u("SELECT COUNT(*) FROM agent_tiers")), 0);
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log")), 0);
}

void TestAgentImport::dryRun()
{
    const QString a = code("MA01AAAA1");
    const QString path = write(QStringLiteral("Alpha,%1,1,,,,,,,,\nBeta Sub,%2,2,%1,,,,,,,\n")
                                   .arg(a, code("MA01AAAA2"))
                                   .toUtf8());
    const Result<ImportReport> checked = import(path, true);
    QVERIFY2(checked.ok(), qPrintable(checked.error().details.join(u("\n"))));
    QVERIFY(checked->dryRun);
    QCOMPARE(checked->rows, 2);
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 0);
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log")), 0);

    // The same file for real afterwards: the dry run left nothing behind.
    const Result<ImportReport> done = import(path);
    QVERIFY2(done.ok(), qPrintable(done.error().details.join(u("\n"))));
    QCOMPARE(count(u("SELECT COUNT(*) FROM agents")), 2);
}

QTEST_GUILESS_MAIN(TestAgentImport)
#include "tst_agentimport.moc"
