// The store: migrations, refusal of newer and damaged files, pragmas, transactions.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestDatabase : public QObject
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

private slots:
    void migrationsAreOrderedAndComplete()
    {
        int expected = 1;
        for (const Migration &m : migrations()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.statements.isEmpty());
        }
        QCOMPARE(Database::latestVersion(), migrations().constLast().version);
    }

    void createsFromEmpty()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        QVERIFY(QFile::exists(path));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 0);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT value FROM parameters WHERE key = 'grace_days'"))
                     .toString(),
                 QStringLiteral("15"));
    }

    void pragmasOnEveryConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        auto first = Database::open(path);
        QVERIFY(first.ok());
        auto second = Database::open(path);
        QVERIFY(second.ok());
        for (Database *db : {first->get(), second->get()}) {
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QVERIFY(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        }
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("fk.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")).ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY,"
                                           " parent_id INTEGER NOT NULL REFERENCES parent(id))"))
                    .ok());
        SqlQuery q(**db, QStringLiteral("INSERT INTO child (parent_id) VALUES (:p)"));
        q.bind(QStringLiteral(":p"), 42);
        const Status s = q.exec();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Database);
    }

    void upgradesEachOlderVersion_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("fromVersion");
        QTest::addColumn<QString>("user");
        QTest::newRow("v1") << QStringLiteral("schema/v1.sql") << 1 << QStringLiteral("wang.fang");
        QTest::newRow("v2") << QStringLiteral("schema/v2.sql") << 2 << QStringLiteral("li.na");
    }

    void upgradesEachOlderVersion()
    {
        QFETCH(QString, script);
        QFETCH(int, fromVersion);
        QFETCH(QString, user);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        QVERIFY2(cdtest::buildFromScript(path, cdtest::fixture(script), &error), qPrintable(error));

        Database::Options noMigrate;
        noMigrate.migrate = false;
        {
            auto before = Database::open(path, noMigrate);
            QVERIFY(before.ok());
            QCOMPARE((*before)->schemaVersion(), fromVersion);
        }

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        // Data written by the old version is still there, and new columns work.
        SqlQuery q(**db, QStringLiteral("SELECT failed_logins FROM users WHERE name = :n"));
        q.bind(QStringLiteral(":n"), user);
        Result<QVariant> failed = q.scalar();
        QVERIFY2(failed.ok(), qPrintable(failed.error().text()));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 1);
        // A value the old version had set is kept; the defaults fill the rest.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT value FROM parameters WHERE key = 'grace_days'"))
                     .toString(),
                 QStringLiteral("20"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT value FROM parameters WHERE key = 'reclaim_days'"))
                     .toString(),
                 QStringLiteral("90"));
        // The triggers survived the upgrade.
        QVERIFY(!(*db)->exec(QStringLiteral("DELETE FROM audit_log")).ok());
    }

    void failedStepRollsBackWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        QString error;
        QVERIFY(cdtest::buildFromScript(path, cdtest::fixture(QStringLiteral("schema/v1.sql")), &error));
        // An object that step 2 will try to create makes that step fail midway,
        // after its ALTER TABLE statements already ran.
        {
            Database::Options noMigrate;
            noMigrate.migrate = false;
            auto db = Database::open(path, noMigrate);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE INDEX audit_log_at ON audit_log(action)")).ok());
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Database);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));

        Database::Options noMigrate;
        noMigrate.migrate = false;
        auto after = Database::open(path, noMigrate);
        QVERIFY(after.ok());
        QCOMPARE((*after)->schemaVersion(), 1);
        SqlQuery q(**after, QStringLiteral("SELECT failed_logins FROM users"));
        QVERIFY(!q.exec().ok()); // the ALTER TABLE of the failed step is gone too
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 5)).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Database);
        QCOMPARE(db.error().exitCode(), 4);
        QVERIFY(db.error().message.contains(QLatin1String("newer version")));
        QVERIFY(db.error().message.contains(QFileInfo(path).absoluteFilePath()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void refusesGarbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Database);
        QVERIFY2(db.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesDamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT)")).ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE INDEX filler_t ON filler(t)")).ok());
            QVERIFY((*db)->exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                " INSERT INTO filler (t) SELECT printf('row %d padding padding padding', i) FROM n")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        // Scribble over pages in the middle, leaving the header intact.
        for (qint64 page = 4; page * 4096 < size - 4096; page += 3) {
            f.seek(page * 4096 + 100);
            f.write(QByteArray(512, '\x5a'));
        }
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Database);
        QVERIFY2(db.error().message.contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.error().message));

        // The light check of a large file reads the header and the schema
        // only; the full check is still there on demand and names the file.
        Database::Options light;
        light.check = Database::Check::Light;
        light.migrate = false;
        auto opened = Database::open(path, light);
        const Status full = opened ? (*opened)->checkIntegrity() : Status(opened.error());
        QVERIFY(!full.ok());
        QVERIFY(full.error().message.contains(QStringLiteral("is damaged")));
        QVERIFY(full.error().message.contains(QFileInfo(path).absoluteFilePath()));
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(dir.path()));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("tx.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).ok());
        {
            WriteTransaction tx(**db);
            QVERIFY(tx.begin().ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        } // destroyed without commit
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 0);
        {
            WriteTransaction tx(**db);
            QVERIFY(tx.begin().ok());
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM t")).toInt(), 1);
    }

    void writersWaitThenFailClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        auto a = Database::open(path);
        QVERIFY(a.ok());
        Database::Options quick;
        quick.busyTimeoutMs = 200;
        auto b = Database::open(path, quick);
        QVERIFY(b.ok());
        WriteTransaction holder(**a);
        QVERIFY(holder.begin().ok());
        WriteTransaction waiter(**b);
        const Status s = waiter.begin();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Database);
        QVERIFY2(s.error().message.contains(QLatin1String("busy")), qPrintable(s.error().message));
        holder.rollback();
        QVERIFY(waiter.begin().ok());
    }

    void returningGivesTheNewId()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)")).ok());
        for (int expected = 1; expected <= 3; ++expected) {
            SqlQuery q(**db, QStringLiteral("INSERT INTO t (v) VALUES (:v) RETURNING id"));
            q.bind(QStringLiteral(":v"), QString::number(expected));
            Result<QVariant> id = q.scalar();
            QVERIFY(id.ok());
            QCOMPARE(id->toInt(), expected);
        }
        // A no-op insert returns no id at all rather than a stale one.
        SqlQuery q(**db, QStringLiteral("INSERT INTO t (v) VALUES ('1') ON CONFLICT DO NOTHING RETURNING id"));
        Result<QVariant> none = q.scalar();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
