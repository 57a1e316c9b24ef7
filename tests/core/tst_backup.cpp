// Backups and verified restores: round trip, refusals that leave the live
// database untouched, and a consistent copy while another connection writes.

#include "audit/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace cd;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(Database &db, const QString &sql)
    {
        SqlQuery q(db, sql);
        Result<QVariant> v = q.scalar();
        return v ? *v : QVariant();
    }
    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static bool setParam(Database &db, const QString &key, const QString &value)
    {
        SqlQuery q(db, QStringLiteral("INSERT INTO parameters (key, value) VALUES (?, ?)"));
        q.bind(0, key).bind(1, value);
        return q.exec().ok();
    }
    static QVariant paramOf(Database &db, const QString &key)
    {
        SqlQuery q(db, QStringLiteral("SELECT value FROM parameters WHERE key = ?"));
        q.bind(0, key);
        Result<QVariant> v = q.scalar();
        return v ? *v : QVariant();
    }
    // A live database, closed again so that its file is complete on disk.
    QString makeLive()
    {
        const QString path = m_dir->filePath(QStringLiteral("live.sqlite"));
        auto db = Database::open(path);
        if (!db)
            return {};
        setParam(**db, QStringLiteral("demo_marker"), QStringLiteral("live"));
        return path;
    }
    // Writes a SQLite file with the given statements (not through Database).
    static bool rawFile(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                ok = ok && q.exec(sql);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }
    void refusedLeavesLive(const QString &badFile, const QString &expectedWords)
    {
        const QString live = makeLive();
        QVERIFY(!live.isEmpty());
        const QByteArray before = fileHash(live);
        const int filesBefore = QDir(m_dir->path()).entryList(QDir::Files).size();
        Result<RestoreReport> r = Backup::restore(live, badFile, m_actor);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().exitCode(), 3);
        QVERIFY2(r.error().message.contains(expectedWords, Qt::CaseInsensitive),
                 qPrintable(r.error().message));
        QCOMPARE(fileHash(live), before);
        // No kept-aside or staging file left behind.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), filesBefore);
        auto db = Database::open(live);
        QVERIFY(db);
        QCOMPARE(paramOf(**db, QStringLiteral("demo_marker")).toString(), QStringLiteral("live"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Actor m_actor{QStringLiteral("admin"), Role::Admin};

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void roundTrip()
    {
        const QString live = m_dir->filePath(QStringLiteral("live.sqlite"));
        const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
        {
            auto db = Database::open(live);
            QVERIFY(db);
            QVERIFY(setParam(**db, QStringLiteral("before_backup"), QStringLiteral("1")));
            QVERIFY(Backup::backup(**db, m_actor, copy));
            QVERIFY(QFileInfo::exists(copy));
            QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
            QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                 "'database.backup'"))
                         .toInt(),
                     1);
            QVERIFY(setParam(**db, QStringLiteral("after_backup"), QStringLiteral("1")));
        }
        QCOMPARE(Backup::verify(copy).ok(), true);
        QCOMPARE(*Backup::verify(copy), Database::latestVersion());

        Result<RestoreReport> r = Backup::restore(live, copy, m_actor);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QVERIFY(r->keptAsidePath.contains(QStringLiteral("live.sqlite.before-restore-")));
        QVERIFY(QFileInfo::exists(r->keptAsidePath));
        QCOMPARE(r->restoredVersion, Database::latestVersion());

        auto db = Database::open(live);
        QVERIFY(db);
        QCOMPARE(paramOf(**db, QStringLiteral("before_backup")).toString(), QStringLiteral("1"));
        QVERIFY(paramOf(**db, QStringLiteral("after_backup")).isNull());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'database.restore'"))
                     .toInt(),
                 1);
        // The kept file still holds what was written after the backup.
        auto kept = Database::open(r->keptAsidePath);
        QVERIFY(kept);
        QCOMPARE(paramOf(**kept, QStringLiteral("after_backup")).toString(), QStringLiteral("1"));
    }

    void restoreMigratesOlderCopy()
    {
        const QString old = m_dir->filePath(QStringLiteral("old.sqlite"));
        {
            Database::Options options;
            options.migrate = false;
            auto db = Database::open(old, options);
            QVERIFY(db);
            // Schema 1 only: users and audit_log exist, later tables do not.
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, "
                                               "name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, "
                                               "password_hash TEXT NOT NULL, active INTEGER NOT "
                                               "NULL DEFAULT 1, created_at TEXT NOT NULL, "
                                               "last_login_at TEXT)")));
            QVERIFY((*db)->exec(QStringLiteral(
                "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT "
                "NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL "
                "DEFAULT '', old_value TEXT NOT NULL DEFAULT '', new_value TEXT NOT NULL DEFAULT "
                "'', clause TEXT NOT NULL DEFAULT '')")));
            QVERIFY((*db)->exec(QStringLiteral(
                "CREATE TABLE parameters (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QString live = makeLive();
        Result<RestoreReport> r = Backup::restore(live, old);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->backupVersion, 1);
        QCOMPARE(r->restoredVersion, Database::latestVersion());
        auto db = Database::open(live);
        QVERIFY(db);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM numbers")).toInt(), 0);
    }

    void refusesCorruptFile()
    {
        const QString bad = m_dir->filePath(QStringLiteral("corrupt.sqlite"));
        QVERIFY(rawFile(bad, {QStringLiteral("PRAGMA page_size = 1024"),
                              QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, t TEXT)"),
                              QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY)"),
                              QStringLiteral("PRAGMA user_version = 6")}));
        for (int i = 0; i < 200; ++i) {
            QVERIFY(rawFile(bad, {QStringLiteral("INSERT INTO users (t) VALUES "
                                                 "(hex(randomblob(300)))")}));
        }
        // Overwrite the middle pages with garbage, leaving the header intact.
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 1024);
        QVERIFY(f.seek(2 * 1024));
        f.write(QByteArray(int(size - 4 * 1024), '\x5a'));
        f.close();
        refusedLeavesLive(bad, QStringLiteral("damaged"));
    }

    void refusesNonSqliteFile()
    {
        const QString bad = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        refusedLeavesLive(bad, QStringLiteral("not a SQLite"));
    }

    void refusesForeignSqliteFile()
    {
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        QVERIFY(rawFile(other, {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY)"),
                                QStringLiteral("PRAGMA user_version = 3")}));
        refusedLeavesLive(other, QStringLiteral("not a ChannelDesk database"));
    }

    void refusesNewerSchema()
    {
        const QString live = makeLive();
        const QString copy = m_dir->filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(live);
            QVERIFY(db);
            QVERIFY(Backup::backup(**db, m_actor, copy));
        }
        QVERIFY(rawFile(
            copy, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)}));
        refusedLeavesLive(copy, QStringLiteral("newer version"));
        QFile::remove(copy);
    }

    void refusesMissingFile()
    {
        refusedLeavesLive(m_dir->filePath(QStringLiteral("nowhere.sqlite")),
                          QStringLiteral("does not exist"));
    }

    void backupRefusesExistingTarget()
    {
        const QString live = makeLive();
        const QString target = m_dir->filePath(QStringLiteral("taken.sqlite"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        auto db = Database::open(live);
        QVERIFY(db);
        Status s = Backup::backup(**db, m_actor, target);
        QVERIFY(!s);
        QCOMPARE(s.error().exitCode(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'database.backup'"))
                     .toInt(),
                 0);
        // Nothing else was left in the folder (no temporary part file).
        const QStringList parts =
            QDir(m_dir->path()).entryList({QStringLiteral("*.part-*")}, QDir::Files);
        QVERIFY(parts.isEmpty());
    }

    void backupWhileAnotherConnectionWrites()
    {
        const QString live = makeLive();
        const QString copy = m_dir->filePath(QStringLiteral("busy-copy.sqlite"));
        auto db = Database::open(live);
        QVERIFY(db);
        const int committed =
            scalar(**db, QStringLiteral("SELECT COUNT(*) FROM parameters")).toInt();

        // A writer in another thread holds an open write transaction with
        // rows in it while the backup runs, and commits a moment later.
        std::promise<bool> started;
        std::future<bool> startedFuture = started.get_future();
        std::atomic<bool> writerOk{false};
        std::thread writer([&] {
            const QString name = QStringLiteral("writer");
            {
                QSqlDatabase w = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                w.setDatabaseName(live);
                w.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
                bool ok = w.open();
                QSqlQuery q(w);
                ok = ok && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                for (int i = 0; ok && i < 500; ++i) {
                    ok = q.exec(QStringLiteral("INSERT INTO parameters (key, value) VALUES "
                                               "('uncommitted_%1', 'x')")
                                    .arg(i));
                }
                started.set_value(ok);
                std::this_thread::sleep_for(std::chrono::milliseconds(400));
                ok = ok && q.exec(QStringLiteral("COMMIT"));
                q.finish();
                w.close();
                writerOk = ok;
            }
            QSqlDatabase::removeDatabase(name);
        });
        QVERIFY(startedFuture.get());
        Status s = Backup::backup(**db, m_actor, copy);
        writer.join();
        QVERIFY2(s, s ? "" : qPrintable(s.error().text()));
        QVERIFY(writerOk);

        Result<int> v = Backup::verify(copy); // integrity_check inside
        QVERIFY2(v, v ? "" : qPrintable(v.error().text()));
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        c.setDatabaseName(copy);
        QVERIFY(c.open());
        {
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            // The copy is one snapshot: none of the uncommitted rows.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM parameters")) && q.next());
            QCOMPARE(q.value(0).toInt(), committed);
        }
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM parameters")).toInt(),
                 committed + 500);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
