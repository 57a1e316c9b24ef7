#include "audit/AuditLog.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "csv/RowImporter.h"
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

// A small file kind for the tests: things(name, qty). It writes the row first
// and checks qty ≥ 0 afterwards, so a failing row leaves half-work behind that
// the runner must undo.
class ThingsImporter : public RowImporter
{
public:
    QString kind() const override { return u("things"); }
    QVector<CsvColumn> columns() const override
    {
        return {{u("name"), true}, {u("qty"), true}, {u("note"), false}};
    }
    QVector<FieldError> importRow(Database &db, const Actor &, const CsvRow &row) override
    {
        ++calls;
        QVector<FieldError> errors;
        const QString name = row.value(u("name")).trimmed();
        bool isNumber = false;
        const int qty = row.value(u("qty")).trimmed().toInt(&isNumber);
        if (name.isEmpty())
            errors.append({u("name"), u("is required")});
        if (!isNumber)
            errors.append({u("qty"), u("is not a whole number")});
        if (!errors.isEmpty())
            return errors;
        SqlQuery insert(db, u("INSERT INTO things (name, qty) VALUES (:name, :qty)"));
        insert.bind(u(":name"), name).bind(u(":qty"), qty);
        if (!insert.exec())
            return {{u("name"), u("\"%1\" already exists").arg(name)}};
        if (qty < 0)
            return {{QString(), u("a negative quantity")}};
        return {};
    }
    int calls = 0;
};

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void success();
    void oneBadRowWritesNothing();
    void everyErrorListed();
    void failedRowIsUndoneAlone();
    void dryRun();
    void dryRunWithErrors();
    void headerErrorWritesNothing();
    void auditorRefused();
    void adminOnlyKindRefusesManagers();
    void missingFile();
    void registry();

private:
    QString write(const QByteArray &bytes);
    qint64 things();
    qint64 audits();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const Actor m_manager{u("tester"), Role::Manager};
    int m_files = 0;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u("test.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    QVERIFY(m_db->exec(u("CREATE TABLE things (name TEXT NOT NULL UNIQUE, qty INTEGER NOT NULL)"))
                .ok());
}

void TestImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImport::write(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u("things%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

qint64 TestImport::things()
{
    SqlQuery q(*m_db, u("SELECT COUNT(*) FROM things"));
    const Result<QVariant> n = q.scalar();
    return n.ok() ? n.value().toLongLong() : -1;
}

qint64 TestImport::audits()
{
    const Result<qint64> n = AuditLog::count(*m_db, AuditFilter{});
    return n.ok() ? n.value() : -1;
}

void TestImport::success()
{
    const qint64 auditsBefore = audits();
    const QString path =
        write("\xEF\xBB\xBFqty,name\r\n1,apple\r\n2,\"pear, green\"\r\n3,plum\r\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, false);
    QVERIFY2(report.ok(),
             qPrintable(report.error().message + u("\n") + report.error().details.join(u("\n"))));
    QCOMPARE(report->kind, u("things"));
    QCOMPARE(report->fileName, path);
    QCOMPARE(report->rows, 3);
    QVERIFY(!report->dryRun);
    QCOMPARE(things(), 3);

    SqlQuery q(*m_db, u("SELECT qty FROM things WHERE name = :name"));
    q.bind(u(":name"), u("pear, green"));
    QCOMPARE(q.scalar().value().toInt(), 2);

    QCOMPARE(audits(), auditsBefore + 1);
    const auto entries = AuditLog::page(*m_db, AuditFilter{}, 0, 1);
    QVERIFY(entries.ok());
    const AuditEntry &entry = entries->first();
    QCOMPARE(entry.userName, u("tester"));
    QCOMPARE(entry.action, u("import.things"));
    QCOMPARE(entry.entity, u("things"));
    QCOMPARE(entry.entityId, path);
    QCOMPARE(entry.newValue, u("3 rows"));
}

void TestImport::oneBadRowWritesNothing()
{
    const qint64 auditsBefore = audits();
    const QString path = write("name,qty\napple,1\npear,many\nplum,3\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, false);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QCOMPARE(report.error().details, QStringList{path + u(":3: qty: is not a whole number")});
    QVERIFY(report.error().message.startsWith(u("1 error")));
    QVERIFY(report.error().message.contains(path));
    QVERIFY(report.error().message.endsWith(u("; nothing was imported")));
    QCOMPARE(importer.calls, 3); // every row is still checked
    QCOMPARE(things(), 0);
    QCOMPARE(audits(), auditsBefore);
}

// Field errors, whole-row errors, reader errors (ragged rows) and errors that
// come from rows written earlier in the same file, each with FILE:LINE.
void TestImport::everyErrorListed()
{
    const QString path = write("name,qty,note\r\n"
                               "apple,1,\r\n"
                               ",x,\"two\r\nlines\"\r\n"
                               "apple,2,\r\n"
                               "pear,1\r\n"
                               "plum,-4,\r\n"
                               "fig,5,\r\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, false);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    const QStringList expected{
        path + u(":3: name: is required"),
        path + u(":3: qty: is not a whole number"),
        path + u(":5: name: \"apple\" already exists"),
        path + u(":6: the row has 2 fields, the header has 3"),
        path + u(":7: a negative quantity"),
    };
    QCOMPARE(report.error().details, expected);
    QVERIFY(report.error().message.startsWith(u("5 error")));
    QCOMPARE(things(), 0);
}

// "plum,-4" is written and then refused; the runner undoes that row alone, so
// the later "plum,4" does not collide with it.
void TestImport::failedRowIsUndoneAlone()
{
    const QString path = write("name,qty\nplum,-4\nplum,4\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, true);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details, QStringList{path + u(":2: a negative quantity")});
}

void TestImport::dryRun()
{
    const qint64 auditsBefore = audits();
    const QString path = write("name,qty\napple,1\npear,2\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, true);
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    QVERIFY(report->dryRun);
    QCOMPARE(report->rows, 2);
    QCOMPARE(importer.calls, 2);
    QCOMPARE(things(), 0);
    QCOMPARE(audits(), auditsBefore);

    // The same file then imports for real: the dry run left no lock behind.
    const Result<ImportReport> real = ImportRunner::run(*m_db, m_manager, importer, path, false);
    QVERIFY2(real.ok(), qPrintable(real.error().message));
    QCOMPARE(things(), 2);
    QCOMPARE(audits(), auditsBefore + 1);
}

void TestImport::dryRunWithErrors()
{
    const QString path = write("name,qty\napple,1\napple,2\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, true);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QCOMPARE(report.error().details, QStringList{path + u(":3: name: \"apple\" already exists")});
    QCOMPARE(things(), 0);
}

void TestImport::headerErrorWritesNothing()
{
    const qint64 auditsBefore = audits();
    const QString path = write("name,qty,colour\napple,1,red\n");
    ThingsImporter importer;
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, false);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QCOMPARE(report.error().message,
             path + u(":1: unknown column \"colour\"; expected: name, qty, note"));
    QCOMPARE(importer.calls, 0);
    QCOMPARE(things(), 0);
    QCOMPARE(audits(), auditsBefore);
}

// Plans and prices are an administrator's (§2.4): a manager is refused before
// a row is read, with the clause; the registry's plans and prices say so.
void TestImport::adminOnlyKindRefusesManagers()
{
    const QString path = write("name,qty\napple,1\n");
    struct AdminThings : ThingsImporter {
        bool adminOnly() const override { return true; }
    } importer;
    const Result<ImportReport> refused = ImportRunner::run(*m_db, m_manager, importer, path, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Permission);
    QCOMPARE(refused.error().clause, u("§2.4"));
    QCOMPARE(importer.calls, 0);
    const Actor admin{u("boss"), Role::Admin};
    QVERIFY(ImportRunner::permits(admin, importer));
    QVERIFY(ImportRunner::run(*m_db, admin, importer, path, true).ok());
    for (const char *kind : {"plans", "prices"})
        QVERIFY2(ImportRegistry::create(u(kind))->adminOnly(), kind);
    for (const char *kind : {"agents", "customers", "numbers", "payments"})
        QVERIFY2(!ImportRegistry::create(u(kind))->adminOnly(), kind);
}

void TestImport::auditorRefused()
{
    const qint64 auditsBefore = audits();
    const QString path = write("name,qty\napple,1\n");
    ThingsImporter importer;
    const Actor auditor{u("watcher"), Role::Auditor};
    for (bool dry : {false, true}) {
        const Result<ImportReport> report = ImportRunner::run(*m_db, auditor, importer, path, dry);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Permission);
        QVERIFY(report.error().message.contains(u("watcher")));
    }
    QCOMPARE(importer.calls, 0);
    QCOMPARE(things(), 0);
    QCOMPARE(audits(), auditsBefore);
}

void TestImport::missingFile()
{
    ThingsImporter importer;
    const QString path = m_dir->filePath(u("missing.csv"));
    const Result<ImportReport> report = ImportRunner::run(*m_db, m_manager, importer, path, false);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QVERIFY(report.error().message.startsWith(path + u(": cannot open the file")));
}

void TestImport::registry()
{
    QVERIFY(!ImportRegistry::create(u("things")));
    ImportRegistry::add(u("things"), [] { return std::make_unique<ThingsImporter>(); });
    ImportRegistry::add(u("apples"), [] { return std::make_unique<ThingsImporter>(); });
    const QStringList kinds = ImportRegistry::kinds();
    QVERIFY(kinds.contains(u("apples")));
    QVERIFY(kinds.contains(u("things")));
    QVERIFY(std::is_sorted(kinds.cbegin(), kinds.cend()));
    const std::unique_ptr<RowImporter> importer = ImportRegistry::create(u("things"));
    QVERIFY(importer);
    QCOMPARE(importer->kind(), u("things"));
    QVERIFY(!ImportRegistry::create(u("pears")));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
