// Daily automatic backups: one copy a day, the newest N automatic copies kept,
// every other file in the folder left alone, and a rotated copy restores.

#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestBackupRotation : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(Database &db, const QString &sql)
    {
        SqlQuery q(db, sql);
        Result<QVariant> v = q.scalar();
        return v ? *v : QVariant();
    }
    static bool setParam(Database &db, const QString &key, const QString &value)
    {
        SqlQuery q(db, QStringLiteral("INSERT OR REPLACE INTO parameters (key, value) "
                                      "VALUES (?, ?)"));
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
    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int backupAudits(Database &db)
    {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'database.backup.automatic'"))
            .toInt();
    }
    static QStringList names(const QVector<BackupFile> &files, bool automaticOnly)
    {
        QStringList out;
        for (const BackupFile &f : files) {
            if (!automaticOnly || f.automatic)
                out << f.fileName;
        }
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_live;
    QString m_folder;
    // Automatic backups run for whoever is signed in, a manager here.
    const Actor m_manager{QStringLiteral("mia"), Role::Manager};
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};
    const QDate m_today{2026, 11, 25};

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_live = m_dir->filePath(QStringLiteral("channeldesk.sqlite"));
        m_folder = BackupRotation::defaultFolder(m_live);
    }

    void namesAndDefaultFolder()
    {
        QCOMPARE(m_folder, m_dir->filePath(QStringLiteral("backups")));
        QCOMPARE(BackupRotation::automaticName(m_live, m_today),
                 QStringLiteral("channeldesk-2026-11-25.sqlite"));
        QCOMPARE(BackupRotation::manualName(m_live, QDateTime(m_today, QTime(14, 30, 12))),
                 QStringLiteral("channeldesk-2026-11-25-143012.sqlite"));
        // Named after the database, so two databases can share a folder.
        QCOMPARE(BackupRotation::automaticName(QStringLiteral("/x/shop.sqlite"), m_today),
                 QStringLiteral("shop-2026-11-25.sqlite"));
    }

    void settingsRoundTripWithDefaults()
    {
        const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
        {
            QSettings store(ini, QSettings::IniFormat);
            const BackupRotation::Settings s = BackupRotation::load(store);
            QVERIFY(s.enabled);
            QVERIFY(s.folder.isEmpty());
            QCOMPARE(s.keep, 7);
            QCOMPARE(BackupRotation::folderFor(s, m_live), m_folder);

            BackupRotation::Settings changed;
            changed.enabled = false;
            changed.folder = m_dir->filePath(QStringLiteral("elsewhere/"));
            changed.keep = 3;
            BackupRotation::save(store, changed);
        }
        {
            QSettings store(ini, QSettings::IniFormat);
            const BackupRotation::Settings s = BackupRotation::load(store);
            QVERIFY(!s.enabled);
            QCOMPARE(s.keep, 3);
            QCOMPARE(BackupRotation::folderFor(s, m_live),
                     m_dir->filePath(QStringLiteral("elsewhere")));
            // A hand-edited keep count out of range falls back to the default.
            store.setValue(QStringLiteral("backups/keep"), 0);
            QCOMPARE(BackupRotation::load(store).keep, 7);
            store.setValue(QStringLiteral("backups/keep"), QStringLiteral("many"));
            QCOMPARE(BackupRotation::load(store).keep, 7);
        }
    }

    void todaysBackupIsMadeOnce()
    {
        auto db = Database::open(m_live);
        QVERIFY(db);
        QVERIFY(!QDir(m_folder).exists());

        Result<BackupRotation::DailyResult> first =
            BackupRotation::runDaily(**db, m_manager, m_folder, 7, m_today);
        QVERIFY2(first, first ? "" : qPrintable(first.error().text()));
        const QString expected =
            QDir(m_folder).filePath(QStringLiteral("channeldesk-2026-11-25.sqlite"));
        QCOMPARE(first->created, expected);
        QVERIFY(first->removed.isEmpty());
        QVERIFY(Backup::verify(expected).ok());
        QCOMPARE(backupAudits(**db), 1);
        // Recorded under the signed-in user: no anonymous copies.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT user_name FROM audit_log WHERE action = "
                                             "'database.backup.automatic'"))
                     .toString(),
                 QStringLiteral("mia"));
        const QByteArray content = readFile(expected);

        // Again the same day (a second sign-in): nothing new, the copy unchanged.
        QVERIFY(setParam(**db, QStringLiteral("later"), QStringLiteral("1")));
        Result<BackupRotation::DailyResult> second =
            BackupRotation::runDaily(**db, m_manager, m_folder, 7, m_today);
        QVERIFY(second);
        QVERIFY(second->created.isEmpty());
        QCOMPARE(backupAudits(**db), 1);
        QCOMPARE(readFile(expected), content);

        const QVector<BackupFile> files = BackupRotation::list(m_folder, m_live);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().fileName, QStringLiteral("channeldesk-2026-11-25.sqlite"));
        QVERIFY(files.first().automatic);
        QCOMPARE(files.first().taken.date(), m_today);
        QCOMPARE(files.first().size, QFileInfo(expected).size());
        QVERIFY(files.first().size > 0);

        // The next day makes the next copy.
        Result<BackupRotation::DailyResult> next =
            BackupRotation::runDaily(**db, m_manager, m_folder, 7, m_today.addDays(1));
        QVERIFY(next);
        QVERIFY(next->created.endsWith(QStringLiteral("channeldesk-2026-11-26.sqlite")));
        QCOMPARE(BackupRotation::list(m_folder, m_live).size(), 2);
    }

    void rotationKeepsNewestAutomaticAndLeavesOtherFiles()
    {
        auto db = Database::open(m_live);
        QVERIFY(db);
        QVERIFY(QDir().mkpath(m_folder));
        const QDir folder(m_folder);
        // Files rotation must never touch: someone's notes, another database's
        // backups, a manual copy older than all, names that only look similar.
        const QStringList foreign{
            QStringLiteral("notes.txt"),
            QStringLiteral("shop-2026-11-01.sqlite"),
            QStringLiteral("channeldesk-2026-10-01-093000.sqlite"),
            QStringLiteral("channeldesk-2026-10-02.sqlite.bak"),
            QStringLiteral("channeldesk-2026-13-45.sqlite"),
            QStringLiteral("channeldesk-2026-10-03-copy.sqlite"),
            QStringLiteral("Channeldesk-2026-10-04.sqlite"),
        };
        for (const QString &name : foreign)
            QVERIFY(writeFile(folder.filePath(name), name.toUtf8()));
        // The manual copy is a real backup (listed, never rotated).
        QVERIFY(QFile::remove(folder.filePath(foreign.at(2))));
        QVERIFY(Backup::backup(**db, m_admin, folder.filePath(foreign.at(2))));

        // Ten days of automatic backups with N = 3.
        QStringList removed;
        for (int i = 9; i >= 0; --i) {
            Result<BackupRotation::DailyResult> r =
                BackupRotation::runDaily(**db, m_manager, m_folder, 3, m_today.addDays(-i));
            QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
            QVERIFY(!r->created.isEmpty());
            removed << r->removed;
        }
        QCOMPARE(removed.size(), 7);

        const QVector<BackupFile> files = BackupRotation::list(m_folder, m_live);
        QCOMPARE(names(files, true),
                 (QStringList{QStringLiteral("channeldesk-2026-11-25.sqlite"),
                              QStringLiteral("channeldesk-2026-11-24.sqlite"),
                              QStringLiteral("channeldesk-2026-11-23.sqlite")}));
        // The list: the three automatic copies and the manual one, newest first.
        QCOMPARE(files.size(), 4);
        QCOMPARE(files.last().fileName, QStringLiteral("channeldesk-2026-10-01-093000.sqlite"));
        QVERIFY(!files.last().automatic);
        QCOMPARE(files.last().taken, QDateTime(QDate(2026, 10, 1), QTime(9, 30)));

        for (const QString &name : foreign) {
            QVERIFY2(QFileInfo::exists(folder.filePath(name)), qPrintable(name));
            if (name != foreign.at(2))
                QCOMPARE(readFile(folder.filePath(name)), name.toUtf8());
        }
        QVERIFY(
            !QFileInfo::exists(folder.filePath(QStringLiteral("channeldesk-2026-11-22.sqlite"))));

        // A smaller N later rotates further; a larger one deletes nothing.
        Result<QStringList> more = BackupRotation::rotate(m_folder, m_live, 1);
        QVERIFY(more);
        QCOMPARE(more->size(), 2);
        QCOMPARE(names(BackupRotation::list(m_folder, m_live), true),
                 QStringList{QStringLiteral("channeldesk-2026-11-25.sqlite")});
        Result<QStringList> none = BackupRotation::rotate(m_folder, m_live, 30);
        QVERIFY(none && none->isEmpty());
        QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), foreign.size() + 1);
    }

    // A backup killed mid-write leaves "<name>.part-<ms>" (and its journal):
    // rotation removes this database's leftovers once an hour old, and leaves
    // a younger one (a backup running now) and other databases' files.
    void rotationRemovesOldLeftoversOfInterruptedBackups()
    {
        QDir folder(m_folder);
        QVERIFY(QDir().mkpath(m_folder));
        const QDateTime twoHoursAgo = QDateTime::currentDateTime().addSecs(-7200);
        const QStringList old = {QStringLiteral("channeldesk-2026-11-25.sqlite.part-1764050000000"),
                                 QStringLiteral("channeldesk-2026-11-25.sqlite.part-1764050000000-wal"),
                                 QStringLiteral("channeldesk-2026-11-20-093000.sqlite.part-17")};
        const QStringList kept = {QStringLiteral("channeldesk-2026-11-25.sqlite.part-99"), // young
                                  QStringLiteral("other-2026-11-25.sqlite.part-1"),       // not ours
                                  QStringLiteral("channeldesk-2026-11-25.sqlite.partial")};
        for (const QString &name : old + kept) {
            QVERIFY(writeFile(folder.filePath(name), name.toUtf8()));
            if (name != kept.first()) {
                QFile f(folder.filePath(name));
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.setFileTime(twoHoursAgo, QFileDevice::FileModificationTime));
            }
        }
        Result<QStringList> removed = BackupRotation::rotate(m_folder, m_live, 7);
        QVERIFY(removed);
        QCOMPARE(removed->size(), old.size());
        for (const QString &name : old)
            QVERIFY2(!QFileInfo::exists(folder.filePath(name)), qPrintable(name));
        for (const QString &name : kept)
            QVERIFY2(QFileInfo::exists(folder.filePath(name)), qPrintable(name));
    }

    void failedBackupDeletesNothing()
    {
        auto db = Database::open(m_live);
        QVERIFY(db);
        for (int i = 3; i >= 1; --i)
            QVERIFY(BackupRotation::runDaily(**db, m_manager, m_folder, 5, m_today.addDays(-i)));
        // Something in the way of today's copy: Backup refuses, so the older
        // copies (the only safety net left) must all stay, even beyond N = 1.
        const QString blocker = QDir(m_folder).filePath(
            BackupRotation::automaticName(m_live, m_today) + QStringLiteral("-wal"));
        QVERIFY(writeFile(blocker, "x"));
        Result<BackupRotation::DailyResult> r =
            BackupRotation::runDaily(**db, m_manager, m_folder, 1, m_today);
        QVERIFY(!r);
        QCOMPARE(names(BackupRotation::list(m_folder, m_live), true).size(), 3);

        // A folder that cannot be created is an error, not a crash.
        const QString file = m_dir->filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(file, "x"));
        Result<BackupRotation::DailyResult> bad = BackupRotation::runDaily(
            **db, m_manager, QDir(file).filePath(QStringLiteral("sub")), 3, m_today);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("backup folder")));
    }

    void manualBackupIsListedAndNeverRotated()
    {
        auto db = Database::open(m_live);
        QVERIFY(db);
        // By hand: admin only, as the CLI's backup.
        const QDateTime at(m_today.addDays(-30), QTime(8, 5, 9));
        Result<QString> refused = BackupRotation::backupNow(**db, m_manager, m_folder, at);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Permission);
        QVERIFY(BackupRotation::list(m_folder, m_live).isEmpty());
        Result<QString> manual = BackupRotation::backupNow(**db, m_admin, m_folder, at);
        QVERIFY2(manual, manual ? "" : qPrintable(manual.error().text()));
        QVERIFY(manual->endsWith(QStringLiteral("channeldesk-2026-10-26-080509.sqlite")));
        for (int i = 2; i >= 0; --i)
            QVERIFY(BackupRotation::runDaily(**db, m_manager, m_folder, 1, m_today.addDays(-i)));
        const QVector<BackupFile> files = BackupRotation::list(m_folder, m_live);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.first().automatic);
        QCOMPARE(files.last().path, *manual);
    }

    void restoreFromRotatedBackupRoundTrips()
    {
        QString rotated;
        {
            auto db = Database::open(m_live);
            QVERIFY(db);
            QVERIFY(setParam(**db, QStringLiteral("marker"), QStringLiteral("day-1")));
            QVERIFY(BackupRotation::runDaily(**db, m_manager, m_folder, 2, m_today.addDays(-2)));
            QVERIFY(setParam(**db, QStringLiteral("marker"), QStringLiteral("day-2")));
            QVERIFY(BackupRotation::runDaily(**db, m_manager, m_folder, 2, m_today.addDays(-1)));
            QVERIFY(setParam(**db, QStringLiteral("marker"), QStringLiteral("day-3")));
            Result<BackupRotation::DailyResult> r =
                BackupRotation::runDaily(**db, m_manager, m_folder, 2, m_today);
            QVERIFY(r);
            // Day 1 rotated away; day 2 is the oldest one kept.
            QCOMPARE(r->removed.size(), 1);
            QVERIFY(r->removed.first().endsWith(QStringLiteral("2026-11-23.sqlite")));
            const QVector<BackupFile> files = BackupRotation::list(m_folder, m_live);
            QCOMPARE(files.size(), 2);
            rotated = files.last().path;
            QVERIFY(rotated.endsWith(QStringLiteral("channeldesk-2026-11-24.sqlite")));
            QVERIFY(setParam(**db, QStringLiteral("marker"), QStringLiteral("after")));
        }
        Result<RestoreReport> report = Backup::restore(m_live, rotated, m_admin);
        QVERIFY2(report, report ? "" : qPrintable(report.error().text()));
        QVERIFY(QFileInfo::exists(report->keptAsidePath));

        auto db = Database::open(m_live);
        QVERIFY(db);
        QCOMPARE(paramOf(**db, QStringLiteral("marker")).toString(), QStringLiteral("day-2"));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'database.restore'"))
                     .toInt(),
                 1);
        // The backup used is unchanged and still listed; the kept file holds the rest.
        QVERIFY(Backup::verify(rotated).ok());
        auto kept = Database::open(report->keptAsidePath);
        QVERIFY(kept);
        QCOMPARE(paramOf(**kept, QStringLiteral("marker")).toString(), QStringLiteral("after"));
    }
};

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
