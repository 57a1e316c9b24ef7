// channeldesk-cli for customers, qualification reviews, follow-ups, spot
// checks and check results (SPEC §4, §3.9): a separate process on a
// temporary database, judged by its exit code, its output and the data.
//
// `review decide … reject` without --reason is a usage error (exit 2): the
// command line lacks what the decision needs.
#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");

const QStringList kBasicKinds{u("business_licence"), u("legal_rep_id"), u("application_form"),
                              u("commitment_letter")};

} // namespace

class TestCliReviews : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void customerAddAndList();
    void approveWithMissingDocumentRefused();
    void rejectNeedsReason();
    void usageErrors();
    void attachThenApprove();
    void handlerDocumentsRequired();
    void moreKeepsReviewListed();
    void exportReviewsKeys();
    void spotCheckAndFraud();
    void followUpSchedule();

private:
    Run cli(const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &bytes);
    void addCustomer(const QString &uscc, const QStringList &extra = {});
    void attachAll(const QString &uscc, const QStringList &kinds);
    void sql(const QString &statement, const QVariantMap &values);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_agent;
    QString m_customer;
};

Run TestCliReviews::cli(const QStringList &arguments)
{
    CliOptions options;
    options.password = kAdminPassword;
    if (arguments.constFirst() != u("init"))
        options.user = u("admin");
    options.workingDirectory = m_dir->path();
    return runCli(m_db, arguments, options);
}

QString TestCliReviews::writeFile(const QString &name, const QByteArray &bytes)
{
    return cdtest::writeBytes(m_dir->filePath(name), bytes);
}

void TestCliReviews::addCustomer(const QString &uscc, const QStringList &extra)
{
    const Run r =
        cli(QStringList{u("customer"), u("add"), u("--name"), u("客户 ") + uscc.right(4),
                        u("--uscc"), uscc, u("--agent"), m_agent, u("--legal-rep"), u("王芳")} +
            extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliReviews::attachAll(const QString &uscc, const QStringList &kinds)
{
    for (const QString &kind : kinds) {
        const QString file = writeFile(kind + u(".pdf"), "scan of " + kind.toUtf8());
        const Run r = cli({u("review"), u("attach"), uscc, u("--kind"), kind, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

void TestCliReviews::sql(const QString &statement, const QVariantMap &values)
{
    auto db = cd::Database::open(m_db);
    QVERIFY(db.ok());
    cd::SqlQuery q(**db, statement);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(it.key(), it.value());
    QVERIFY(q.exec().ok());
}

void TestCliReviews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("test.sqlite"));
    m_agent = code("MA01RRRR1");
    m_customer = code("MA01CCCC1");
    const Run created = cli({u("init"), u("--admin"), u("admin")});
    QCOMPARE(created.exitCode, 0);
    const QString agents =
        writeFile(u("agents.csv"), u("name,uscc,level\n渠道代理,%1,1\n").arg(m_agent).toUtf8());
    const Run imported = cli({u("import"), u("agents"), agents});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    addCustomer(m_customer);
}

void TestCliReviews::customerAddAndList()
{
    const Run list = cli({u("customer"), u("list"), u("--agent"), m_agent});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u("\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u("uscc\tname\tagent_uscc\tlegal_rep\thandler_"
                            "name\tindustry\tqualification\tservice_owner"));
    QVERIFY2(lines.at(1).startsWith(m_customer + u("\t")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(u("\tpending\t") + m_agent));

    // A natural person is refused by the rule (1); a missing option is usage (2).
    Run r = cli({u("customer"), u("add"), u("--name"), u("个人"), u("--uscc"),
                 u("11010519491231002X"), u("--agent"), m_agent});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("natural person")), qPrintable(r.err));
    r = cli({u("customer"), u("add"), u("--name"), u("甲"), u("--uscc"), code("MA01CCCC9")});
    QCOMPARE(r.exitCode, 2);
    r = cli({u("customer"), u("add"), u("--name"), u("甲"), u("--uscc"), code("MA01CCCC9"),
             u("--agent"), code("MA01XXXX9")});
    QCOMPARE(r.exitCode, 1);
    r = cli({u("customer"), u("list"), u("--search"), u("nothing-like-this")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(u("\n"), Qt::SkipEmptyParts).size(), 1);
}

void TestCliReviews::approveWithMissingDocumentRefused()
{
    attachAll(m_customer, {u("business_licence"), u("legal_rep_id")});
    const Run r = cli({u("review"), u("decide"), m_customer, u("approve")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("§3.9")), qPrintable(r.err));
    QVERIFY2(r.err.contains(u("application_form")) && r.err.contains(u("commitment_letter")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(u("business_licence")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u("\n")), 0); // one line
    const Run list = cli({u("customer"), u("list")});
    QVERIFY(list.out.contains(u("\tpending\t")));
}

void TestCliReviews::rejectNeedsReason()
{
    Run r = cli({u("review"), u("decide"), m_customer, u("reject")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u("--reason")), qPrintable(r.err));
    r = cli({u("review"), u("decide"), m_customer, u("reject"), u("--reason"), u("  ")});
    QCOMPARE(r.exitCode, 2);
    r = cli({u("review"), u("decide"), m_customer, u("reject"), u("--reason"), u("执照过期")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u("rejected")));
    QVERIFY(cli({u("customer"), u("list")}).out.contains(u("\trejected\t")));
}

void TestCliReviews::usageErrors()
{
    const QString file = writeFile(u("scan.pdf"), "scan");
    Run r = cli({u("review"), u("attach"), m_customer, u("--kind"), u("passport"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u("business_licence")), qPrintable(r.err)); // lists the kinds
    r = cli({u("review"), u("attach"), m_customer, file});
    QCOMPARE(r.exitCode, 2);
    r = cli({u("review"), u("attach"), m_customer, u("--kind"), u("legal_rep_id"),
             m_dir->filePath(u("missing.pdf"))});
    QCOMPARE(r.exitCode, 3);
    r = cli({u("review"), u("decide"), m_customer, u("maybe")});
    QCOMPARE(r.exitCode, 2);
    r = cli({u("review"), u("decide"), code("MA01NONE1"), u("more")});
    QCOMPARE(r.exitCode, 1);
    r = cli({u("check"), u("record"), u("12"), u("great")});
    QCOMPARE(r.exitCode, 2);
    r = cli({u("check"), u("record"), u("9999"), u("pass")});
    QCOMPARE(r.exitCode, 1);
    r = cli({u("spotcheck"), u("plan"), u("--size"), u("0")});
    QCOMPARE(r.exitCode, 2);
    r = cli({u("spotcheck"), u("plan"), u("--size"), u("2"), u("--seed"), u("-3")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliReviews::attachThenApprove()
{
    const QByteArray bytes("%PDF-1.4 licence");
    const QString file = writeFile(u("licence.pdf"), bytes);
    const Run r =
        cli({u("review"), u("attach"), m_customer, u("--kind"), u("business_licence"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QString::fromLatin1(
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u("legal_rep_id")), qPrintable(r.out)); // still missing
    attachAll(m_customer, kBasicKinds.mid(1));
    const Run approve = cli({u("review"), u("decide"), m_customer, u("approve")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    QVERIFY(approve.out.contains(u("approved")));
    QVERIFY(cli({u("customer"), u("list")}).out.contains(u("\tapproved\t")));
    // Nothing left open for it.
    QVERIFY(!cli({u("review"), u("list")}).out.contains(m_customer));
}

void TestCliReviews::handlerDocumentsRequired()
{
    const QString other = code("MA01CCCC2");
    addCustomer(other, {u("--handler"), u("李娜")});
    attachAll(other, kBasicKinds);
    Run r = cli({u("review"), u("decide"), other, u("approve")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u("handler_id")) && r.err.contains(u("authorisation_letter")),
             qPrintable(r.err));
    // Once the legal representative handles it again, the four documents suffice.
    r = cli({u("customer"), u("edit"), other, u("--handler"), QString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({u("review"), u("decide"), other, u("approve")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliReviews::moreKeepsReviewListed()
{
    const Run r =
        cli({u("review"), u("decide"), m_customer, u("more"), u("--reason"), u("缺法人身份证")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Run list = cli({u("review"), u("list"), u("--kind"), u("qualification")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u("\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(m_customer + u("\t")));
    QVERIFY(lines.at(1).contains(u("\tmore_documents\t")));
    QVERIFY(cli({u("customer"), u("list")}).out.contains(u("\tmore_documents\t")));
}

void TestCliReviews::exportReviewsKeys()
{
    const QString out = m_dir->filePath(u("reviews.csv"));
    const QDate later = QDate::currentDate().addDays(9);
    const Run r =
        cli({u("export"), u("reviews"), u("--out"), out, u("--date"), later.toString(Qt::ISODate)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(f.readAll().mid(3)).split(u("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(
                 u("customer_uscc,customer_name,agent_uscc,kind,opened_on,age_days,due_on,"
                   "missing_documents")),
             qPrintable(lines.at(0)));
    const QStringList cells = lines.at(1).split(u(","));
    QCOMPARE(cells.at(0), m_customer);
    QCOMPARE(cells.at(3), u("qualification"));
    QCOMPARE(cells.at(5), u("9"));
    QCOMPARE(cells.at(7), kBasicKinds.join(u("; ")));
}

void TestCliReviews::spotCheckAndFraud()
{
    // Two active numbers for the customer, written straight into the store.
    for (const QString &number : {u("4008200001"), u("4008200002")}) {
        sql(QStringLiteral(
                "INSERT INTO numbers (number, carrier, grade, status, customer_id, agent_id,"
                " activated_on, paid_through, created_at) SELECT :n, 'telecom', 'normal', 'active',"
                " c.id, c.agent_id, '2026-01-05', '2027-01-04', '2026-01-05T00:00:00Z'"
                " FROM customers c WHERE c.uscc = :u"),
            {{u(":n"), number}, {u(":u"), m_customer}});
    }
    Run plan = cli({u("spotcheck"), u("plan"), u("--size"), u("3"), u("--seed"), u("42"),
                    u("--date"), u("2026-02-10")});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    QVERIFY2(plan.out.contains(u("seed: 42\n")), qPrintable(plan.out));
    const QRegularExpression row(u("^(\\d+)\\t%1\\t").arg(m_customer),
                                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = row.match(plan.out);
    QVERIFY2(m.hasMatch(), qPrintable(plan.out));
    const QString reviewId = m.captured(1);

    // Nobody else may be drawn now: the customer's check is open.
    Run again = cli({u("spotcheck"), u("plan"), u("--size"), u("1"), u("--date"), u("2026-02-10")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u("§3.9")));

    Run record = cli({u("check"), u("record"), reviewId, u("fraud"), u("--note"), u("冒用营业执照"),
                      u("--date"), u("2026-02-12")});
    QVERIFY2(record.exitCode == 0, qPrintable(record.err));
    QVERIFY2(record.out.contains(u("Blocked 2 numbers")), qPrintable(record.out));
    auto db = cd::Database::open(m_db);
    QVERIFY(db.ok());
    cd::SqlQuery q(
        **db,
        QStringLiteral(
            "SELECT COUNT(*) FROM numbers WHERE suspension = 'fraud' AND status = 'suspended'"));
    QCOMPARE(q.scalar()->toInt(), 2);
    cd::SqlQuery v(**db, QStringLiteral("SELECT clause || ' ' || source FROM violations"));
    QCOMPARE(v.scalar()->toString(), u("§3.9 spot_check"));

    // A second result for the same check is refused.
    record = cli({u("check"), u("record"), reviewId, u("pass"), u("--date"), u("2026-02-12")});
    QCOMPARE(record.exitCode, 1);
}

void TestCliReviews::followUpSchedule()
{
    sql(QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, customer_id, agent_id,"
                       " activated_on, paid_through, created_at) SELECT '4008200003', 'telecom', "
                       "'normal', 'active',"
                       " c.id, c.agent_id, '2026-01-05', '2027-01-04', '2026-01-05T00:00:00Z'"
                       " FROM customers c WHERE c.uscc = :u"),
        {{u(":u"), m_customer}});
    Run due = cli({u("followup"), u("due"), u("--date"), u("2026-01-10")});
    QCOMPARE(due.exitCode, 0);
    QVERIFY2(due.out.contains(m_customer) && due.out.contains(u("\t2026-02-04\t")),
             qPrintable(due.out));
    Run r = cli({u("followup"), u("schedule"), u("--date"), u("2026-01-10")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u("Opened 1 ")), qPrintable(r.out));
    r = cli({u("followup"), u("schedule"), u("--date"), u("2026-01-10")});
    QVERIFY2(r.out.contains(u("Opened 0 ")), qPrintable(r.out));
    const Run list =
        cli({u("review"), u("list"), u("--kind"), u("follow_up"), u("--date"), u("2026-01-20")});
    QVERIFY2(list.out.contains(u("\tfollow_up\t2026-01-10\t10\t2026-02-04\t")),
             qPrintable(list.out));
}

QTEST_GUILESS_MAIN(TestCliReviews)
#include "tst_cli_reviews.moc"
