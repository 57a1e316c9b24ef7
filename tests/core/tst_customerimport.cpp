// `import customers` (SPEC §5) through CustomerImporter and ImportRunner:
// CustomerService's rules per row with FILE:LINE: column messages, all rows or
// none; and `export customers` with its fixed keys.
#include "DomainFixture.h"

#include "compliance/ReviewService.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "customers/CustomerImporter.h"
#include "customers/CustomerService.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QtTest>

using namespace cd;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const char *const kHeader = "name,uscc,agent_uscc,legal_rep,contact,phone,industry,qualification\n";
} // namespace

class TestCustomerImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registered();
    void pendingAndApprovedRows();
    void refusedRows_data();
    void refusedRows();
    void unknownColumnRefused();
    void oneBadRowImportsNothing();
    void dryRunWritesNothing();
    void customersReport();

private:
    QString write(const QByteArray &body);
    Result<ImportReport> import(const QString &path, bool dryRun = false);
    qint64 count(const QString &sql);

    std::unique_ptr<cdtest::Domain> d;
    Agent m_agent;
    Agent m_terminated;
    int m_files = 0;
};

void TestCustomerImport::init()
{
    d = std::make_unique<cdtest::Domain>();
    QVERIFY(d->open());
    m_agent = d->agent(u("北京渠道科技有限公司"));
    m_terminated = d->agent(u("已终止代理有限公司"));
    SqlQuery q(*d->db, QStringLiteral("UPDATE agents SET status = 'terminated' WHERE id = :id"));
    q.bind(QStringLiteral(":id"), m_terminated.id);
    QVERIFY(q.exec().ok());
}

void TestCustomerImport::cleanup()
{
    d.reset();
}

QString TestCustomerImport::write(const QByteArray &body)
{
    const QString path = d->dir.filePath(QStringLiteral("customers%1.csv").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
        qFatal("cannot write");
    return path;
}

Result<ImportReport> TestCustomerImport::import(const QString &path, bool dryRun)
{
    std::unique_ptr<RowImporter> importer = ImportRegistry::create(u("customers"));
    if (!importer)
        return Error::usage(u("not registered"));
    return ImportRunner::run(*d->db, d->manager, *importer, path, dryRun);
}

qint64 TestCustomerImport::count(const QString &sql)
{
    SqlQuery q(*d->db, sql);
    return q.scalar()->toLongLong();
}

void TestCustomerImport::registered()
{
    QVERIFY(ImportRegistry::kinds().contains(u("customers")));
    QStringList keys;
    for (const CsvColumn &c : CustomerImporter().columns())
        keys << c.key + (c.required ? u("*") : QString());
    QCOMPARE(keys, (QStringList{u("name*"), u("uscc*"), u("agent_uscc*"), u("legal_rep"),
                                u("contact"), u("phone"), u("industry"), u("qualification")}));
}

void TestCustomerImport::pendingAndApprovedRows()
{
    const QString pending = cdtest::makeUscc(QStringLiteral("91"), 101);
    const QString moved = cdtest::makeUscc(QStringLiteral("91"), 102);
    const QString shop = cdtest::makeUscc(QStringLiteral("92"), 103);
    const QString path =
        write(QByteArray(kHeader) + u("上海甲公司,%1,%4,王芳,李四,13812345678,餐饮,\n"
                                      "\"旧系统迁移, 有限公司\",%2,%4,,,,,Approved\n"
                                      "张记小吃店,%3,%4,张三,,,餐饮,pending\n")
                                        .arg(pending, moved, shop, m_agent.uscc.toLower())
                                        .toUtf8());
    Result<ImportReport> report = import(path);
    QVERIFY2(report.ok(),
             qPrintable(report.error().text() + u("\n") + report.error().details.join(u("\n"))));
    QCOMPARE(report->rows, 3);

    CustomerService customers(*d->db);
    ReviewService reviews(*d->db);
    Result<Customer> a = customers.find(pending);
    QVERIFY(a.ok());
    QCOMPARE(a->qualification, Qualification::Pending);
    QCOMPARE(a->agentUscc, m_agent.uscc);
    QCOMPARE(a->legalRep, u("王芳"));
    QCOMPARE(a->phone, u("13812345678"));
    QCOMPARE(a->industry, u("餐饮"));
    QVERIFY(reviews.openQualification(a->id).ok());

    Result<Customer> b = customers.find(moved);
    QCOMPARE(b->name, u("旧系统迁移, 有限公司"));
    QCOMPARE(b->qualification, Qualification::Approved);
    QCOMPARE(reviews.openQualification(b->id).error().kind, ErrorKind::NotFound);

    // Individual businesses may be customers.
    QCOMPARE(customers.find(shop)->qualification, Qualification::Pending);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE kind = 'qualification'")), 2);
}

void TestCustomerImport::refusedRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("says");
    const QString ok = cdtest::makeUscc(QStringLiteral("91"), 201);
    QTest::newRow("natural person")
        << u("个人,11010519491231002X,%AGENT%,,,,,") << u("uscc") << u("natural person");
    QTest::newRow("bad check character")
        << u("坏码公司,%1,%AGENT%,,,,,").arg(ok.left(17) + (ok.endsWith(u("0")) ? u("1") : u("0")))
        << u("uscc") << u("check");
    QTest::newRow("terminated agent")
        << u("甲公司,%1,%TERMINATED%,,,,,").arg(ok) << u("agent_uscc") << u("§9.6");
    QTest::newRow("unknown agent")
        << u("甲公司,%1,%2,,,,,").arg(ok, cdtest::makeUscc(QStringLiteral("91"), 999))
        << u("agent_uscc") << QString();
    QTest::newRow("missing name") << u(",%1,%AGENT%,,,,,").arg(ok) << u("name") << QString();
    QTest::newRow("bad phone") << u("甲公司,%1,%AGENT%,,,12345,,").arg(ok) << u("phone")
                               << u("12345");
    QTest::newRow("qualification decided by review")
        << u("甲公司,%1,%AGENT%,,,,,rejected").arg(ok) << u("qualification")
        << u("pending or approved");
}

void TestCustomerImport::refusedRows()
{
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, says);
    row.replace(u("%AGENT%"), m_agent.uscc).replace(u("%TERMINATED%"), m_terminated.uscc);
    const QString good =
        u("好公司,%1,%2,,,,,").arg(cdtest::makeUscc(QStringLiteral("91"), 202), m_agent.uscc);
    const QString path = write(QByteArray(kHeader) + good.toUtf8() + '\n' + row.toUtf8() + '\n');
    Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QCOMPARE(report.error().details.size(), 1);
    const QString line = report.error().details.first();
    QVERIFY2(line.startsWith(path + u(":3: ") + column + u(": ")), qPrintable(line));
    QVERIFY2(line.contains(says), qPrintable(line));
    // A natural person's ID number is never quoted back (§2.6).
    QVERIFY2(!line.mid(path.size()).contains(u("11010519491231002X")), qPrintable(line));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void TestCustomerImport::unknownColumnRefused()
{
    // SPEC §5 has no handler column; unknown columns are an error.
    const QString path = write(QByteArray("name,uscc,agent_uscc,handler_name\n") +
                               u("甲公司,%1,%2,李娜\n")
                                   .arg(cdtest::makeUscc(QStringLiteral("91"), 301), m_agent.uscc)
                                   .toUtf8());
    Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ErrorKind::BadInput);
    QVERIFY2(report.error().text().contains(u("handler_name")) ||
                 report.error().details.join(u(" ")).contains(u("handler_name")),
             qPrintable(report.error().text()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void TestCustomerImport::oneBadRowImportsNothing()
{
    const QString dup = cdtest::makeUscc(QStringLiteral("91"), 401);
    const QString path =
        write(QByteArray(kHeader) +
              u("甲公司,%1,%2,,,,,\n"
                "乙公司,%3,%2,,,,,\n"
                "甲公司重复,%1,%2,,,,,\n")
                  .arg(dup, m_agent.uscc, cdtest::makeUscc(QStringLiteral("91"), 402))
                  .toUtf8());
    Result<ImportReport> report = import(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().details.size(), 1);
    QVERIFY2(report.error().details.first().startsWith(path + u(":4: uscc: ")),
             qPrintable(report.error().details.first()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reviews")), 0);
}

void TestCustomerImport::dryRunWritesNothing()
{
    const QString path = write(QByteArray(kHeader) +
                               u("甲公司,%1,%2,,,,,\n")
                                   .arg(cdtest::makeUscc(QStringLiteral("91"), 501), m_agent.uscc)
                                   .toUtf8());
    Result<ImportReport> report = import(path, true);
    QVERIFY(report.ok());
    QCOMPARE(report->rows, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), 0);
}

void TestCustomerImport::customersReport()
{
    const QString a = cdtest::makeUscc(QStringLiteral("91"), 601);
    const QString b = cdtest::makeUscc(QStringLiteral("91"), 602);
    const QString path =
        write(QByteArray(kHeader) + u("A甲公司,%1,%3,王芳,李四,13812345678,餐饮,approved\n"
                                      "B乙公司,%2,%3,,,,,\n")
                                        .arg(a, b, m_agent.uscc)
                                        .toUtf8());
    QVERIFY(import(path).ok());
    SqlQuery t(*d->db,
               QStringLiteral("UPDATE customers SET taken_over_on = '2026-04-01' WHERE uscc = :u"));
    t.bind(QStringLiteral(":u"), b);
    QVERIFY(t.exec().ok());

    std::unique_ptr<Report> report = ReportRegistry::create(u("customers"));
    QVERIFY(report);
    QStringList keys;
    for (const ReportColumn &c : report->columns())
        keys << c.key;
    QCOMPARE(keys.mid(0, 10),
             (QStringList{u("name"), u("uscc"), u("agent_uscc"), u("legal_rep"), u("contact"),
                          u("phone"), u("industry"), u("qualification"), u("service_owner"),
                          u("taken_over_on")}));
    QVector<QStringList> rows;
    QVERIFY(report
                ->run(*d->db, {},
                      [&rows](const QStringList &cells) {
                          rows << cells;
                          return true;
                      })
                .ok());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).mid(0, 10),
             (QStringList{u("A甲公司"), a, m_agent.uscc, u("王芳"), u("李四"), u("13812345678"),
                          u("餐饮"), u("approved"), m_agent.uscc, QString()}));
    QCOMPARE(rows.at(1).at(7), u("pending"));
    QCOMPARE(rows.at(1).at(8), u("provider"));
    QCOMPARE(rows.at(1).at(9), u("2026-04-01"));

    // §2.6 The export masks the phone unless asked.
    const QStringList masked = ReportExporter::maskRow(report->columns(), rows.at(0), false);
    QCOMPARE(masked.at(5), u("138****5678"));
    const QString out = d->dir.filePath(u("customers-export.csv"));
    Result<qint64> written = ReportExporter::exportCsv(*d->db, d->manager, u("customers"), out, {});
    QVERIFY2(written.ok(), qPrintable(written.error().text()));
    QCOMPARE(*written, 2);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY2(text.startsWith(u("name,uscc,agent_uscc,legal_rep,contact,phone,industry,"
                               "qualification,service_owner,taken_over_on")),
             qPrintable(text.left(200)));
    QVERIFY(!text.contains(u("13812345678")));
    QVERIFY(text.contains(u("138****5678")));
}

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
