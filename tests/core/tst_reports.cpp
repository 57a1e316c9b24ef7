// Reports and their CSV export (SPEC §4 `export`, §5): fixed keys first, the
// byte order mark, rows from a database built through the services, §2.6
// masking and who may lift it, and all-or-nothing files.
#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "compliance/ViolationService.h"
#include "contracts/ContractService.h"
#include "csv/CsvReader.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"
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

QString code(const char *org9)
{
    const QString first17 = u("91110108") + u(org9);
    return first17 + Uscc::checkCharacter(first17);
}

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registry();
    void agentsKeys();
    void agentsRows();
    void agentsTierOnDate();
    void contractsKeysAndRows();
    void violationsKeysAndRows();
    void personalDataMaskedByDefault();
    void personalDataForManager();
    void auditorRefusedPersonalData();
    void auditorMaskedExportAllowed();
    void localizedHeaders();
    void unknownReport();
    void cancelledLeavesNoFile();
    void cancelledKeepsOlderFile();
    void progressAndStreaming();
    void unwritablePath();
    void auditKeysAndRows();
    void excelKeepsLongCodes();
    void largeExportStreamsInFixedMemory();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray readAll(const QString &file);
    QStringList lines(const QString &file); // without the mark, CRLF split
    // The data rows of an export, read back with the project's CSV reader.
    QVector<CsvRow> rows(const QString &report, const QString &file);
    Result<qint64> exportAs(const Actor &actor, const QString &report, const QString &file,
                            bool personal = false, const QDate &date = {});
    qint64 count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const Actor m_manager{u("manager1"), Role::Manager};
    const Actor m_auditor{u("auditor1"), Role::Auditor};
    QString m_alpha;
    QString m_beta;
    QString m_gamma;
    qint64 m_alphaCase = 0;
    qint64 m_gammaCase = 0;
};

void TestReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u("test.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();

    m_alpha = code("MA01AAAA1");
    m_beta = code("MA01AAAA2");
    m_gamma = code("MA01AAAA3");

    AgentService agents(*m_db);
    AgentInput alpha;
    alpha.name = u("Alpha 北京科技有限公司");
    alpha.uscc = m_alpha;
    alpha.legalRep = u("张三");
    alpha.contact = u("李四");
    alpha.phone = u("13812345678");
    alpha.email = u("zhangsan@example.com");
    alpha.address = u("海淀区中关村大街1号");
    alpha.region = u("北京");
    alpha.tier = u("silver");
    QVERIFY(agents.create(m_manager, alpha).ok());

    AgentInput gamma;
    gamma.name = u("Gamma");
    gamma.uscc = m_gamma;
    QVERIFY(agents.create(m_manager, gamma).ok());

    // Contracts of 2026 with the signing day pinned, so the rows are fixed.
    ContractService contracts(*m_db);
    const Result<Contract> first = contracts.create(m_manager, m_alpha, 2026, {{10, 20, 30, 40}},
                                                    QDate(2026, 3, 1), QDate(2026, 3, 1));
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QCOMPARE(first->number, u("HT-2026-0001"));
    const Result<Contract> second = contracts.create(m_manager, m_gamma, 2026, {{1, 2, 3, 4}},
                                                     QDate(2026, 2, 1), QDate(2026, 2, 1));
    QVERIFY2(second.ok(), qPrintable(second.error().text()));
    QVERIFY(
        contracts
            .terminate(m_manager, second->number, TerminationReason::Improper, QDate(2026, 6, 30))
            .ok());

    AgentInput beta; // a sub-agent of the now active Alpha
    beta.name = u("Beta Sub");
    beta.uscc = m_beta;
    beta.level = 2;
    beta.parentUscc = m_alpha;
    const Result<Agent> b = agents.create(m_manager, beta);
    QVERIFY2(b.ok(), qPrintable(b.error().text()));

    ViolationService violations(*m_db);
    const Result<Violation> alphaCase = violations.open(m_manager, m_alpha, QDate(2026, 4, 1),
                                                        u("§3.2"), u("Misleading advertising"));
    QVERIFY2(alphaCase.ok(), qPrintable(alphaCase.error().text()));
    m_alphaCase = alphaCase->id;
    QVERIFY(violations
                .penalise(m_manager, m_alphaCase, PenaltyKind::Fine, QDate(2026, 4, 10),
                          Money::fromFen(500000))
                .ok());
    QVERIFY(violations
                .penalise(m_manager, m_alphaCase, PenaltyKind::Stop, QDate(2026, 4, 11), Money(),
                          QDate(2026, 5, 1), QDate(2026, 5, 31))
                .ok());
    const Result<Violation> gammaCase = violations.open(m_manager, m_gamma, QDate(2026, 6, 1),
                                                        u("§3.9"), u("A fraudulent customer"));
    QVERIFY2(gammaCase.ok(), qPrintable(gammaCase.error().text()));
    m_gammaCase = gammaCase->id;
}

void TestReports::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QByteArray TestReports::readAll(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList TestReports::lines(const QString &file)
{
    QByteArray bytes = readAll(file);
    if (bytes.startsWith(kBom))
        bytes.remove(0, kBom.size());
    QStringList all = QString::fromUtf8(bytes).split(u("\r\n"));
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    return all;
}

QVector<CsvRow> TestReports::rows(const QString &report, const QString &file)
{
    QVector<CsvColumn> columns;
    for (const ReportColumn &c : ReportRegistry::create(report)->columns())
        columns.append({c.key, true});
    auto reader = CsvReader::open(file, columns);
    if (!reader) {
        qWarning("%s", qPrintable(reader.error().text()));
        return {};
    }
    QVector<CsvRow> out;
    CsvRow row;
    for (;;) {
        const Result<bool> more = reader.value()->next(&row);
        if (!more || !*more)
            break;
        out.append(row);
    }
    return out;
}

Result<qint64> TestReports::exportAs(const Actor &actor, const QString &report, const QString &file,
                                     bool personal, const QDate &date)
{
    ReportOptions options;
    options.includePersonalData = personal;
    options.date = date;
    return ReportExporter::exportCsv(*m_db, actor, report, file, options);
}

qint64 TestReports::count(const QString &sql)
{
    SqlQuery q(*m_db, sql);
    const Result<QVariant> n = q.scalar();
    return n.ok() ? n.value().toLongLong() : -1;
}

void TestReports::registry()
{
    const QStringList names = ReportRegistry::names();
    QVERIFY(names.contains(u("agents")));
    QVERIFY(names.contains(u("contracts")));
    QVERIFY(names.contains(u("violations")));
    QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
    for (const QString &name : names) {
        const std::unique_ptr<Report> report = ReportRegistry::create(name);
        QVERIFY(report);
        QCOMPARE(report->name(), name);
        QVERIFY(!report->title().isEmpty());
    }
    QVERIFY(!ReportRegistry::create(u("pears")));
}

void TestReports::agentsKeys()
{
    const QString file = path(u("agents.csv"));
    const Result<qint64> n = exportAs(m_manager, u("agents"), file);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(*n, 3);
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith(kBom + QByteArrayLiteral("name,uscc,level,parent_uscc,status,tier")));
    QCOMPARE(lines(file).first(), u("name,uscc,level,parent_uscc,status,tier,legal_rep,contact,"
                                    "phone,email,address,region,portal_account"));
    QCOMPARE(lines(file).size(), 4);

    // One audit entry for the export, naming the file.
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'export.agents'"
                     " AND entity_id = 'agents.csv' AND new_value = '3 rows; personal data: no'"
                     " AND user_name = 'manager1' AND clause = ''")),
             1);
}

void TestReports::agentsRows()
{
    const QString file = path(u("agents.csv"));
    QVERIFY(exportAs(m_manager, u("agents"), file).ok());
    const QVector<CsvRow> all = rows(u("agents"), file);
    QCOMPARE(all.size(), 3);
    // Level 1 first, by name: Alpha, Gamma, then the sub-agent Beta.
    QCOMPARE(all.at(0).value(u("name")), u("Alpha 北京科技有限公司"));
    QCOMPARE(all.at(0).value(u("uscc")), m_alpha);
    QCOMPARE(all.at(0).value(u("level")), u("1"));
    QCOMPARE(all.at(0).value(u("parent_uscc")), QString());
    QCOMPARE(all.at(0).value(u("status")), u("active"));
    QCOMPARE(all.at(0).value(u("tier")), u("silver"));
    QCOMPARE(all.at(0).value(u("legal_rep")), u("张三"));
    QCOMPARE(all.at(0).value(u("contact")), u("李四"));
    QCOMPARE(all.at(0).value(u("address")), u("海淀区中关村大街1号"));
    QCOMPARE(all.at(0).value(u("region")), u("北京"));
    QCOMPARE(all.at(1).value(u("name")), u("Gamma"));
    QCOMPARE(all.at(1).value(u("status")), u("terminated"));
    QCOMPARE(all.at(1).value(u("tier")), u("standard"));
    QCOMPARE(all.at(2).value(u("name")), u("Beta Sub"));
    QCOMPARE(all.at(2).value(u("level")), u("2"));
    QCOMPARE(all.at(2).value(u("parent_uscc")), m_alpha);
    QCOMPARE(all.at(2).value(u("status")), u("prospect"));
}

void TestReports::agentsTierOnDate()
{
    // §3.2 A downgrade from a later day: before it the report shows the old
    // tier, from it the new one.
    const QDate today = QDate::currentDate();
    QVERIFY(ViolationService(*m_db)
                .penalise(m_manager, m_alphaCase, PenaltyKind::Downgrade, today.addDays(10))
                .ok());
    const QString before = path(u("before.csv"));
    const QString after = path(u("after.csv"));
    QVERIFY(exportAs(m_manager, u("agents"), before, false, today).ok());
    QVERIFY(exportAs(m_manager, u("agents"), after, false, today.addDays(20)).ok());
    QCOMPARE(rows(u("agents"), before).at(0).value(u("tier")), u("silver"));
    QCOMPARE(rows(u("agents"), after).at(0).value(u("tier")), u("standard"));
}

void TestReports::contractsKeysAndRows()
{
    const QString file = path(u("contracts.csv"));
    const Result<qint64> n = exportAs(m_manager, u("contracts"), file);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(*n, 2);
    QVERIFY(readAll(file).startsWith(kBom));
    const QStringList all = lines(file);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0), u("number,agent_uscc,agent_name,year,start_date,end_date,tier,task_q1,"
                          "task_q2,task_q3,task_q4,status,terminated_on,termination_reason,"
                          "termination_clause"));
    QCOMPARE(all.at(1),
             u("HT-2026-0001,%1,Alpha 北京科技有限公司,2026,2026-03-01,2026-12-31,silver,"
               "10,20,30,40,active,,,")
                 .arg(m_alpha));
    QCOMPARE(all.at(2), u("HT-2026-0002,%1,Gamma,2026,2026-02-01,2026-12-31,standard,1,2,3,4,"
                          "terminated,2026-06-30,improper,§3.2")
                            .arg(m_gamma));
}

void TestReports::violationsKeysAndRows()
{
    const QString file = path(u("violations.csv"));
    const Result<qint64> n = exportAs(m_manager, u("violations"), file);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(*n, 2);
    QVERIFY(readAll(file).startsWith(kBom));
    const QStringList all = lines(file);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0), u("id,agent_uscc,agent_name,found_on,clause,description,source,"
                          "classification,status,penalties"));
    QCOMPARE(all.at(1), u("%1,%2,Alpha 北京科技有限公司,2026-04-01,§3.2,Misleading advertising,"
                          "manual,,open,fine 5000.00; stop 2026-05-01..2026-05-31")
                            .arg(m_alphaCase)
                            .arg(m_alpha));
    QCOMPARE(all.at(2), u("%1,%2,Gamma,2026-06-01,§3.9,A fraudulent customer,manual,,open,")
                            .arg(m_gammaCase)
                            .arg(m_gamma));

    // A classified case shows its classification key.
    QVERIFY(ViolationService(*m_db)
                .classify(m_manager, m_gammaCase, Classification::Negligent, QDate(2026, 6, 2))
                .ok());
    QVERIFY(exportAs(m_manager, u("violations"), file).ok());
    QCOMPARE(rows(u("violations"), file).at(1).value(u("classification")), u("negligent"));
}

void TestReports::personalDataMaskedByDefault()
{
    const QString file = path(u("agents.csv"));
    QVERIFY(exportAs(m_manager, u("agents"), file).ok());
    const QVector<CsvRow> all = rows(u("agents"), file);
    QCOMPARE(all.at(0).value(u("phone")), u("138****5678"));
    QCOMPARE(all.at(0).value(u("email")), u("z***@example.com"));
    QVERIFY(!readAll(file).contains("13812345678"));
    QVERIFY(!readAll(file).contains("zhangsan@"));
}

void TestReports::personalDataForManager()
{
    const QString file = path(u("agents-full.csv"));
    const Result<qint64> n = exportAs(m_manager, u("agents"), file, true);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    const QVector<CsvRow> all = rows(u("agents"), file);
    QCOMPARE(all.at(0).value(u("phone")), u("13812345678"));
    QCOMPARE(all.at(0).value(u("email")), u("zhangsan@example.com"));
    // §2.6 The unmasked export is on record with its clause.
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'export.agents'"
                     " AND entity_id = 'agents-full.csv'"
                     " AND new_value = '3 rows; personal data: yes' AND clause = '§2.6'")),
             1);
}

void TestReports::auditorRefusedPersonalData()
{
    const QString file = path(u("agents.csv"));
    const qint64 before = count(u("SELECT COUNT(*) FROM audit_log"));
    const Result<qint64> n = exportAs(m_auditor, u("agents"), file, true);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind, ErrorKind::Permission);
    QCOMPARE(n.error().clause, u("§2.6"));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log")), before);
}

void TestReports::auditorMaskedExportAllowed()
{
    const QString file = path(u("agents.csv"));
    const Result<qint64> n = exportAs(m_auditor, u("agents"), file);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(rows(u("agents"), file).at(0).value(u("phone")), u("138****5678"));
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'export.agents'"
                     " AND user_name = 'auditor1'")),
             1);
}

void TestReports::localizedHeaders()
{
    const QString file = path(u("agents.csv"));
    ReportOptions options;
    options.localizedHeaders = true;
    QVERIFY(ReportExporter::exportCsv(*m_db, m_manager, u("agents"), file, options).ok());
    const std::unique_ptr<Report> report = ReportRegistry::create(u("agents"));
    QStringList headers;
    for (const ReportColumn &c : report->columns())
        headers << c.header;
    QCOMPARE(lines(file).first(), headers.join(QLatin1Char(',')));
    QVERIFY(lines(file).first() !=
            ReportExporter::headerRow(report->columns(), false).join(QLatin1Char(',')));
}

void TestReports::unknownReport()
{
    const QString file = path(u("pears.csv"));
    const Result<qint64> n = exportAs(m_manager, u("pears"), file);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind, ErrorKind::Usage);
    QVERIFY(n.error().message.contains(u("agents")));
    QVERIFY(!QFile::exists(file));
}

void TestReports::cancelledLeavesNoFile()
{
    const QString file = path(u("agents.csv"));
    const qint64 before = count(u("SELECT COUNT(*) FROM audit_log"));
    qint64 seen = -1;
    const Result<qint64> n =
        ReportExporter::exportCsv(*m_db, m_manager, u("agents"), file, {}, [&seen](qint64 rows) {
            seen = rows;
            return false;
        });
    QVERIFY(!n.ok());
    QCOMPARE(seen, 3); // asked once more after the last row
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList({u("agents*")}, QDir::Files), QStringList());
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log")), before);
}

void TestReports::cancelledKeepsOlderFile()
{
    const QString file = path(u("agents.csv"));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older export\n");
    }
    const Result<qint64> n = ReportExporter::exportCsv(*m_db, m_manager, u("agents"), file, {},
                                                       [](qint64) { return false; });
    QVERIFY(!n.ok());
    QCOMPARE(readAll(file), QByteArray("older export\n"));
}

void TestReports::progressAndStreaming()
{
    // 250 more agents: progress every 100 rows, then once with the total; a
    // sink that stops early stops the query.
    QVERIFY(m_db->exec(u("BEGIN")).ok());
    for (int i = 0; i < 250; ++i) {
        SqlQuery q(*m_db, u("INSERT INTO agents (name, uscc, level, created_at)"
                            " VALUES (:n, :c, 1, '2026-01-01T00:00:00Z')"));
        q.bind(u(":n"), u("Bulk %1").arg(i, 3, 10, QLatin1Char('0')))
            .bind(u(":c"), u("BULK%1").arg(i, 14, 10, QLatin1Char('0')));
        QVERIFY(q.exec().ok());
    }
    QVERIFY(m_db->exec(u("COMMIT")).ok());

    QVector<qint64> calls;
    const QString file = path(u("agents.csv"));
    const Result<qint64> n =
        ReportExporter::exportCsv(*m_db, m_manager, u("agents"), file, {}, [&calls](qint64 rows) {
            calls << rows;
            return true;
        });
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(*n, 253);
    QCOMPARE(calls, (QVector<qint64>{100, 200, 253}));
    QCOMPARE(lines(file).size(), 254);

    int seen = 0;
    const std::unique_ptr<Report> report = ReportRegistry::create(u("agents"));
    QVERIFY(report
                ->run(*m_db, {},
                      [&seen](const QStringList &cells) {
                          ++seen;
                          return cells.size() == 13 && seen < 5;
                      })
                .ok());
    QCOMPARE(seen, 5);
}

void TestReports::unwritablePath()
{
    const QString file = path(u("no-such-folder/agents.csv"));
    const Result<qint64> n = exportAs(m_manager, u("agents"), file);
    QVERIFY(!n.ok());
    QCOMPARE(n.error().kind, ErrorKind::BadInput);
    QVERIFY(n.error().message.startsWith(file));
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'export.%'")), 0);
}

void TestReports::auditKeysAndRows()
{
    const qint64 entries = count(u("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(entries > 5);
    const QString file = path(u("audit.csv"));
    const Result<qint64> n = exportAs(m_auditor, u("audit"), file);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(*n, entries);
    QCOMPARE(lines(file).first(),
             u("id,at,user,action,entity,entity_id,old_value,new_value,clause"));
    const QVector<CsvRow> all = rows(u("audit"), file);
    QCOMPARE(all.size(), int(entries));
    // Oldest first: the first entry created Alpha, the penalties cite their clause.
    QCOMPARE(all.first().value(u("id")), u("1"));
    QCOMPARE(all.first().value(u("user")), u("manager1"));
    QCOMPARE(all.first().value(u("entity_id")), m_alpha);
    bool clauseSeen = false;
    for (const CsvRow &row : all)
        clauseSeen = clauseSeen || row.value(u("clause")) == u("§3.2");
    QVERIFY(clauseSeen);
    // The export is itself audited, after the rows it wrote.
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'export.audit'"
                     " AND user_name = 'auditor1'")),
             1);

    // As of a date before any entry: the keys alone.
    const QString early = path(u("audit-2020.csv"));
    const Result<qint64> none = exportAs(m_manager, u("audit"), early, false, QDate(2020, 1, 1));
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
    QCOMPARE(lines(early).size(), 1);
}

// The Excel option writes all-digit codes of 12 or more digits as ="…" so a
// double-click in Excel keeps 121200004013590816 whole; the reader takes
// them back as plain digits. Without it the file holds the bare digits.
void TestReports::excelKeepsLongCodes()
{
    const QString digits = u("12120000401359081") + Uscc::checkCharacter(u("12120000401359081"));
    SqlQuery insert(*m_db, u("INSERT INTO agents (name, uscc, level, created_at)"
                             " VALUES ('Delta', :c, 1, '2026-01-01T00:00:00Z')"));
    insert.bind(u(":c"), digits);
    QVERIFY(insert.exec().ok());

    const QString plain = path(u("plain.csv"));
    QVERIFY(exportAs(m_manager, u("agents"), plain).ok());
    QVERIFY(readAll(plain).contains((u("\nDelta,") + digits + u(",1,")).toUtf8()));

    ReportOptions options;
    options.excelText = true;
    const QString excel = path(u("excel.csv"));
    QVERIFY(ReportExporter::exportCsv(*m_db, m_manager, u("agents"), excel, options).ok());
    const QByteArray bytes = readAll(excel);
    QVERIFY(bytes.contains((u("\nDelta,\"=\"\"") + digits + u("\"\"\",1,")).toUtf8()));
    // Codes with letters are left as they are; nothing else changes.
    QVERIFY(bytes.contains(m_alpha.toUtf8()));
    QVERIFY(!bytes.contains((u("=\"\"") + m_alpha).toUtf8()));
    bool found = false;
    for (const CsvRow &row : rows(u("agents"), excel))
        found = found || (row.value(u("name")) == u("Delta") && row.value(u("uscc")) == digits);
    QVERIFY(found);
}

namespace {
// The peak resident set of this process in KiB (Linux), or -1.
qint64 peakResidentKiB()
{
    QFile status(u("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

// 300,000 numbers exported: the report streams row by row, so the peak memory
// grows by far less than the file's size (holding the rows as strings would
// take several times the file).
void TestReports::largeExportStreamsInFixedMemory()
{
    if (peakResidentKiB() < 0)
        QSKIP("needs /proc/self/status (Linux)");
    QVERIFY(m_db->exec(u("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                         " WHERE i < 299999)"
                         " INSERT INTO numbers (number, carrier, grade, status, created_at)"
                         " SELECT printf('400%07d', i), 'telecom', 'normal', 'available',"
                         " '2026-01-01T00:00:00Z' FROM n"))
                .ok());
    // A small export first, so code and data the export path touches once
    // (libraries' pages, caches) are resident before the measure starts.
    QVERIFY(exportAs(m_manager, u("agents"), path(u("warm-up.csv"))).ok());
    // Reset the peak to what is resident now, where the kernel allows it.
    QFile clearRefs(u("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    const qint64 before = peakResidentKiB();

    const QString file = path(u("numbers.csv"));
    const Result<qint64> n = exportAs(m_manager, u("numbers"), file);
    QVERIFY2(n.ok(), qPrintable(n.error().text()));
    QCOMPARE(*n, 300000);
    const qint64 grown = peakResidentKiB() - before;
    const qint64 fileKiB = QFileInfo(file).size() / 1024;
    QVERIFY(fileKiB > 10 * 1024);
    qInfo("export of %lld rows: file %lld KiB, peak memory %lld KiB before, grew %lld KiB",
          qint64(*n), fileKiB, before, grown);
    // The measure itself can tell: holding the same rows raises the peak by
    // more than the file's size.
    QVector<QStringList> held;
    const std::unique_ptr<Report> report = ReportRegistry::create(u("numbers"));
    QVERIFY(report
                ->run(*m_db, {},
                      [&held](const QStringList &c) {
                          held.append(c);
                          return true;
                      })
                .ok());
    QCOMPARE(held.size(), 300000);
    QVERIFY(peakResidentKiB() - before > fileKiB);
    QVERIFY2(grown < fileKiB / 2, qPrintable(u("peak grew %1 KiB for a %2 KiB file")
                                                 .arg(grown)
                                                 .arg(fileKiB)));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
