// Two programs, one file (issue 7): the CLI against a database another
// process is writing. A writer waits for the other within the busy timeout
// (5 s); past it, it fails with a clear message and exit 4 and changes
// nothing; two writers at once both land every change; the file stays
// intact throughout.
#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cd;
using namespace cdtest;

namespace {

const QString kPassword = QStringLiteral("admin-secret-1");

} // namespace

class TestTwoProcess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writerWaitsForAShortLock();
    void writerGivesUpClearlyAfterTheTimeout();
    void twoWritersAtOnceLandEverything();

private:
    QProcess *start(const QStringList &arguments);
    qint64 count(const QString &sql);
    QString pool(const QString &name, int first, int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QProcess *TestTwoProcess::start(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    CliOptions options;
    options.password = kPassword;
    startCli(*process, m_db, arguments, options);
    return process;
}

qint64 TestTwoProcess::count(const QString &sql)
{
    auto db = Database::open(m_db);
    if (!db)
        return -1;
    SqlQuery q(**db, sql);
    const Result<QVariant> v = q.scalar();
    return v ? v->toLongLong() : -1;
}

QString TestTwoProcess::pool(const QString &name, int first, int n)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes("number,carrier\n");
    for (int i = first; i < first + n; ++i)
        bytes += "4008" + QByteArray::number(i).rightJustified(6, '0') + ",telecom\n";
    file.write(bytes);
    return path;
}

void TestTwoProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u("shared.sqlite"));
    std::unique_ptr<QProcess> initProcess(start({u("init"), u("--admin"), u("admin")}));
    QVERIFY(initProcess->waitForFinished(60000));
    QCOMPARE(initProcess->exitCode(), 0);
}

// Another program holds the write lock for a second: the CLI's import waits,
// then lands whole.
void TestTwoProcess::writerWaitsForAShortLock()
{
    const QString file = pool(u("a.csv"), 0, 500);
    auto other = Database::open(m_db);
    QVERIFY(other.ok());
    WriteTransaction holding(**other);
    QVERIFY(holding.begin().ok());
    QVERIFY((*other)->exec(u("INSERT INTO parameters (key, value) VALUES ('probe', '1')")).ok());

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> cli(start({u("--user"), u("admin"), u("import"), u("numbers"), file}));
    QVERIFY(cli->waitForStarted());
    // Still waiting while the lock is held.
    QVERIFY(!cli->waitForFinished(1200));
    QVERIFY(holding.commit().ok());
    QVERIFY(cli->waitForFinished(60000));
    QVERIFY2(cli->exitCode() == 0, cli->readAllStandardError().constData());
    QVERIFY(timer.elapsed() >= 1200);
    QCOMPARE(count(u("SELECT COUNT(*) FROM numbers")), 500);
    // The other program's change is there too: nothing lost on either side.
    QCOMPARE(count(u("SELECT COUNT(*) FROM parameters WHERE key = 'probe'")), 1);
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'import.numbers'")), 1);
}

// A lock held past the busy timeout: the CLI stops with exit 4 and a message
// that says what happened, and has written nothing.
void TestTwoProcess::writerGivesUpClearlyAfterTheTimeout()
{
    const QString file = pool(u("b.csv"), 1000, 50);
    auto other = Database::open(m_db);
    QVERIFY(other.ok());
    WriteTransaction holding(**other);
    QVERIFY(holding.begin().ok());

    std::unique_ptr<QProcess> cli(start({u("--user"), u("admin"), u("import"), u("numbers"), file}));
    QVERIFY(cli->waitForFinished(60000));
    holding.rollback();
    QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli->exitCode(), 4);
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY2(err.contains(u("is busy: another program is writing to it")), qPrintable(err));
    QVERIFY2(err.contains(m_db), qPrintable(err));
    QCOMPARE(count(u("SELECT COUNT(*) FROM numbers")), 0);
    auto check = Database::open(m_db);
    QVERIFY(check.ok());
    SqlQuery integrity(**check, u("PRAGMA integrity_check"));
    QCOMPARE(integrity.scalar()->toString(), u("ok"));
}

// Two CLI writers started together: one waits for the other, both land.
void TestTwoProcess::twoWritersAtOnceLandEverything()
{
    const QString first = pool(u("c.csv"), 2000, 3000);
    const QString second = pool(u("d.csv"), 6000, 3000);
    std::unique_ptr<QProcess> a(start({u("--user"), u("admin"), u("import"), u("numbers"), first}));
    std::unique_ptr<QProcess> b(start({u("--user"), u("admin"), u("import"), u("numbers"), second}));
    QVERIFY(a->waitForFinished(60000));
    QVERIFY(b->waitForFinished(60000));
    QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
    QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
    QCOMPARE(count(u("SELECT COUNT(*) FROM numbers")), 6000);
    QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log WHERE action = 'import.numbers'")), 2);
    auto check = Database::open(m_db);
    QVERIFY(check.ok());
    SqlQuery integrity(**check, u("PRAGMA integrity_check"));
    QCOMPARE(integrity.scalar()->toString(), u("ok"));
}

QTEST_GUILESS_MAIN(TestTwoProcess)
#include "tst_twoprocess.moc"
