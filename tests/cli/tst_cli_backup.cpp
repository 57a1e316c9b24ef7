// backup, restore and demo through channeldesk-cli: exit codes, roles, and
// what the database holds afterwards.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kMiaPassword = QStringLiteral("mia-secret-22");

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every row of every table, in rowid order, except users.last_login_at: signing
// in to run a command stamps that column, so a refused restore may still move
// it (it must not touch anything else). A byte hash of the file would depend
// on whether both sign-ins fell in the same second.
QByteArray contentDigest(const QString &path)
{
    static int serial = 0;
    const QString name = QStringLiteral("backup-digest-%1").arg(++serial);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QStringList tables;
        QSqlQuery list(db);
        list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                 " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            while (rows.next()) {
                const QSqlRecord record = rows.record();
                for (int i = 0; i < record.count(); ++i) {
                    if (table == QLatin1String("users")
                        && record.fieldName(i) == QLatin1String("last_login_at"))
                        continue;
                    hash.addData(record.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f"));
                }
                hash.addData(QByteArrayView("\n"));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupAndRestore();
    void backupRefusals();
    void restoreRefusesJunk();
    void demo();

private:
    Run cli(const QStringList &arguments, const QString &password,
            const QMap<QString, QString> &extraEnv = {});
    Run asAdmin(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {})
    {
        return cli(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + arguments,
                   kAdminPassword, extraEnv);
    }
    void initWithAdminAndMia();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCliBackup::cli(const QStringList &arguments, const QString &password,
                       const QMap<QString, QString> &extraEnv)
{
    CliOptions options;
    options.password = password;
    options.environment = extraEnv;
    options.timeoutMs = 120000;
    return runCli(m_db, arguments, options);
}

void TestCliBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("live.sqlite"));
}

void TestCliBackup::initWithAdminAndMia()
{
    Run r = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                kAdminPassword);
    QCOMPARE(r.exitCode, 0);
    r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mia"),
                 QStringLiteral("--role"), QStringLiteral("manager")},
                {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), kMiaPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliBackup::backupAndRestore()
{
    initWithAdminAndMia();
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    Run r = asAdmin({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(copy));

    // A user added after the backup is gone after the restore.
    r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zoe"),
                 QStringLiteral("--role"), QStringLiteral("auditor")},
                {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), QStringLiteral("zoe-secret-333")}});
    QCOMPARE(r.exitCode, 0);
    r = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QLatin1String("zoe")));

    // Only an admin restores.
    r = cli({QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("restore"), copy},
            kMiaPassword);
    QCOMPARE(r.exitCode, 1);

    r = asAdmin({QStringLiteral("restore"), copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("before-restore-")));
    const QStringList kept =
        QDir(m_dir->path())
            .entryList({QStringLiteral("live.sqlite.before-restore-*")}, QDir::Files);
    QVERIFY(!kept.isEmpty());

    r = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("mia")));
    QVERIFY(!r.out.contains(QLatin1String("zoe")));
    r = asAdmin({QStringLiteral("audit")});
    QVERIFY(r.out.contains(QLatin1String("database.restore")));
}

void TestCliBackup::backupRefusals()
{
    initWithAdminAndMia();
    const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
    Run r = asAdmin({QStringLiteral("backup")});
    QCOMPARE(r.exitCode, 2); // --out missing
    r = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy}, kAdminPassword);
    QCOMPARE(r.exitCode, 2); // no --user
    r = cli({QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("backup"),
             QStringLiteral("--out"), copy},
            kMiaPassword);
    QCOMPARE(r.exitCode, 1); // admin only (§2.6)
    QVERIFY(!QFileInfo::exists(copy));
    r = asAdmin({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    QCOMPARE(r.exitCode, 0);
    const QByteArray hash = fileHash(copy);
    r = asAdmin({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    QCOMPARE(r.exitCode, 1); // never overwrites
    QVERIFY(r.err.contains(QLatin1String("already exists")));
    QCOMPARE(fileHash(copy), hash);
}

void TestCliBackup::restoreRefusesJunk()
{
    initWithAdminAndMia();
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'j'));
    f.close();
    const QByteArray before = contentDigest(m_db);
    QVERIFY(!before.isEmpty());
    Run r = asAdmin({QStringLiteral("restore"), junk});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("not a SQLite")));
    QCOMPARE(contentDigest(m_db), before);
    QVERIFY(QDir(m_dir->path())
                .entryList({QStringLiteral("live.sqlite.before-restore-*")}, QDir::Files)
                .isEmpty());
    r = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
}

void TestCliBackup::demo()
{
    initWithAdminAndMia();
    Run r = asAdmin({QStringLiteral("demo"), QStringLiteral("--numbers"), QStringLiteral("many")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("demo")},
            kMiaPassword);
    QCOMPARE(r.exitCode, 1);
    r = asAdmin({QStringLiteral("demo"), QStringLiteral("--agents"), QStringLiteral("8"),
                 QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--numbers"),
                 QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("agents: 8\n")));
    QVERIFY(r.out.contains(QLatin1String("customers: 40\n")));
    QVERIFY(r.out.contains(QLatin1String("numbers: 300\n")));
    r = asAdmin({QStringLiteral("export"), QStringLiteral("agents"), QStringLiteral("--out"),
                 m_dir->filePath(QStringLiteral("agents.csv"))});
    QCOMPARE(r.exitCode, 0);
    QFile csv(m_dir->filePath(QStringLiteral("agents.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 9); // header + 8 agents
    // A second run is refused: the database is no longer empty.
    r = asAdmin({QStringLiteral("demo")});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
