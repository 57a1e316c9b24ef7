// Crash safety (issue 7): a large import and a long sweep run in a child
// process (channeldesk-cli) and are killed with SIGKILL in the middle of
// their transaction, at several moments. After each kill the file must pass
// `PRAGMA integrity_check` and hold all of the operation or none of it.
//
// "In the middle" is measured, not guessed: the child is killed when its
// write-ahead log has grown past a threshold, i.e. while the one transaction
// is spilling pages and has not committed. Thresholds past the commit are
// fine too: then the whole operation must be there.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kPassword = QStringLiteral("admin-secret-1");

struct Outcome {
    bool started = false;
    bool killed = false; // false: it finished before the threshold was reached
    int exitCode = -1;
    QString err;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importKilled_data();
    void importKilled();
    void sweepKilled_data();
    void sweepKilled();

private:
    QProcess *start(const QString &db, const QStringList &arguments);
    // Runs to the end; the exit code.
    int run(const QString &db, const QStringList &arguments, QString *err = nullptr);
    // Starts the command and kills it with SIGKILL once the database's -wal
    // file is larger than walBytes (or it ends first).
    Outcome killWhenWalExceeds(const QString &db, const QStringList &arguments, qint64 walBytes);
    // integrity_check's verdict and one query's first value, on a fresh connection.
    QString integrity(const QString &db);
    QString scalar(const QString &db, const QString &sql);
    // A digest of what the sweep changes: statuses and dates of every number,
    // the notices, the sweep runs and the audit log.
    QString sweepState(const QString &db);
    void copy(const QString &from, const QString &to);

    QTemporaryDir m_dir;
    QString m_empty;      // init only
    QString m_swept;      // demo data, swept up to today
    QString m_pool;       // an 80,000-number pool import
    QString m_sweepTo;    // far enough ahead for many transitions
    QString m_before;     // sweepState of m_swept
    QString m_after;      // sweepState after the full sweep
    int m_case = 0;
};

QProcess *TestCrashSafety::start(const QString &db, const QStringList &arguments)
{
    auto *process = new QProcess(this);
    CliOptions options;
    options.password = kPassword;
    startCli(*process, db, arguments, options);
    return process;
}

int TestCrashSafety::run(const QString &db, const QStringList &arguments, QString *err)
{
    std::unique_ptr<QProcess> process(start(db, arguments));
    if (!process->waitForFinished(240000))
        return -1;
    if (err)
        *err = QString::fromUtf8(process->readAllStandardError());
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

Outcome TestCrashSafety::killWhenWalExceeds(const QString &db, const QStringList &arguments,
                                            qint64 walBytes)
{
    Outcome outcome;
    std::unique_ptr<QProcess> process(start(db, arguments));
    outcome.started = process->waitForStarted(10000);
    if (!outcome.started)
        return outcome;
    const QString wal = db + u("-wal");
    QElapsedTimer timer;
    timer.start();
    while (process->state() != QProcess::NotRunning && timer.elapsed() < 240000) {
        if (QFileInfo(wal).size() > walBytes) {
            process->kill(); // SIGKILL on Unix: no handler, no cleanup
            outcome.killed = true;
            break;
        }
        QThread::usleep(500);
    }
    process->waitForFinished(30000);
    if (!outcome.killed) {
        outcome.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        outcome.err = QString::fromUtf8(process->readAllStandardError());
    }
    return outcome;
}

QString TestCrashSafety::integrity(const QString &db)
{
    return scalar(db, u("PRAGMA integrity_check"));
}

QString TestCrashSafety::scalar(const QString &db, const QString &sql)
{
    const QString name = u("crash-check-%1").arg(++m_case);
    QString value;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u("QSQLITE"), name);
        connection.setDatabaseName(db);
        if (!connection.open())
            return u("cannot open: ") + connection.lastError().text();
        QSqlQuery q(connection);
        if (!q.exec(sql))
            value = u("query failed: ") + q.lastError().text();
        else if (q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString TestCrashSafety::sweepState(const QString &db)
{
    const QStringList parts{
        scalar(db, u("SELECT COUNT(*) || ':' || group_concat(x, '|') FROM (SELECT status || ','"
                     " || ifnull(suspended_on, '') || ',' || ifnull(reclaimed_on, '') || ','"
                     " || ifnull(reserved_until, '') AS x FROM numbers ORDER BY id)")),
        scalar(db, u("SELECT COUNT(*) FROM notices")),
        scalar(db, u("SELECT COUNT(*) FROM sweep_runs")),
        scalar(db, u("SELECT COUNT(*) FROM number_events")),
        scalar(db, u("SELECT COUNT(*) FROM audit_log")),
        scalar(db, u("SELECT group_concat(status, ',') FROM (SELECT status FROM contracts"
                     " ORDER BY id)")),
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u("\n")).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

void TestCrashSafety::copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::remove(to + u("-wal"));
    QFile::remove(to + u("-shm"));
    QVERIFY(QFile::copy(from, to));
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_empty = m_dir.filePath(u("empty.sqlite"));
    QString err;
    QCOMPARE(run(m_empty, {u("init"), u("--admin"), u("admin")}, &err), 0);

    // A pool of 80,000 numbers: one transaction of several megabytes.
    m_pool = m_dir.filePath(u("pool.csv"));
    {
        QFile pool(m_pool);
        QVERIFY(pool.open(QIODevice::WriteOnly));
        QByteArray bytes("number,carrier\n");
        bytes.reserve(80000 * 20);
        for (int i = 0; i < 80000; ++i)
            bytes += "4008" + QByteArray::number(i).rightJustified(6, '0') + ",unicom\n";
        pool.write(bytes);
    }

    // Demo data, swept to today; a sweep two years on has work on most numbers.
    m_swept = m_dir.filePath(u("swept.sqlite"));
    copy(m_empty, m_swept);
    QCOMPARE(run(m_swept,
                 {u("--user"), u("admin"), u("demo"), u("--agents"), u("40"), u("--customers"),
                  u("3000"), u("--numbers"), u("30000"), u("--seed"), u("11")},
                 &err),
             0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(run(m_swept, {u("--user"), u("admin"), u("sweep"), u("--date"), today}, &err), 0);
    // Checkpoint so that each copy is one self-contained file.
    QCOMPARE(scalar(m_swept, u("PRAGMA wal_checkpoint(TRUNCATE)")), u("0"));
    m_sweepTo = QDate::currentDate().addYears(2).toString(Qt::ISODate);
    m_before = sweepState(m_swept);

    const QString full = m_dir.filePath(u("full-sweep.sqlite"));
    copy(m_swept, full);
    QCOMPARE(run(full, {u("--user"), u("admin"), u("sweep"), u("--date"), m_sweepTo}, &err), 0);
    m_after = sweepState(full);
    QVERIFY2(m_after != m_before, "the sweep must have work to do");
}

void TestCrashSafety::importKilled_data()
{
    QTest::addColumn<qint64>("walBytes");
    QTest::newRow("early") << qint64(64 * 1024);
    QTest::newRow("middle") << qint64(1024 * 1024);
    QTest::newRow("late") << qint64(3 * 1024 * 1024);
}

void TestCrashSafety::importKilled()
{
    QFETCH(qint64, walBytes);
    const QString db = m_dir.filePath(u("import-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    copy(m_empty, db);
    const Outcome outcome = killWhenWalExceeds(
        db, {u("--user"), u("admin"), u("import"), u("numbers"), m_pool}, walBytes);
    QVERIFY(outcome.started);
    if (!outcome.killed)
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));

    QCOMPARE(integrity(db), u("ok"));
    const QString numbers = scalar(db, u("SELECT COUNT(*) FROM numbers"));
    const QString audited =
        scalar(db, u("SELECT COUNT(*) FROM audit_log WHERE action = 'import.numbers'"));
    qInfo("killed=%d at WAL > %lld bytes: %s numbers", int(outcome.killed), walBytes,
          qPrintable(numbers));
    if (numbers == u("0")) {
        QCOMPARE(audited, u("0")); // none of it
    } else {
        QCOMPARE(numbers, u("80000")); // all of it, with its audit entry
        QCOMPARE(audited, u("1"));
    }
    // The file still works: the same import runs to the end afterwards.
    if (numbers == u("0") && QByteArray(QTest::currentDataTag()) == "early") {
        QString err;
        QVERIFY2(run(db, {u("--user"), u("admin"), u("import"), u("numbers"), m_pool}, &err) == 0,
                 qPrintable(err));
        QCOMPARE(scalar(db, u("SELECT COUNT(*) FROM numbers")), u("80000"));
    }
}

void TestCrashSafety::sweepKilled_data()
{
    QTest::addColumn<qint64>("walBytes");
    QTest::newRow("early") << qint64(32 * 1024);
    QTest::newRow("middle") << qint64(512 * 1024);
    QTest::newRow("late") << qint64(2 * 1024 * 1024);
}

void TestCrashSafety::sweepKilled()
{
    QFETCH(qint64, walBytes);
    const QString db = m_dir.filePath(u("sweep-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
    copy(m_swept, db);
    const Outcome outcome = killWhenWalExceeds(
        db, {u("--user"), u("admin"), u("sweep"), u("--date"), m_sweepTo}, walBytes);
    QVERIFY(outcome.started);
    if (!outcome.killed)
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));

    QCOMPARE(integrity(db), u("ok"));
    const QString state = sweepState(db);
    qInfo("killed=%d at WAL > %lld bytes: %s", int(outcome.killed), walBytes,
          state == m_before ? "nothing swept" : state == m_after ? "all swept" : "PARTIAL");
    QVERIFY2(state == m_before || state == m_after, "the sweep left a partial state");

    // Running the sweep again finishes the job exactly as an unbroken run.
    if (QByteArray(QTest::currentDataTag()) == "middle") {
        QString err;
        QCOMPARE(run(db, {u("--user"), u("admin"), u("sweep"), u("--date"), m_sweepTo}, &err), 0);
        QCOMPARE(sweepState(db), m_after);
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
