#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

class QSettings;

namespace cd {

class Database;

// One backup file in the backup folder.
struct BackupFile {
    QString path; // absolute
    QString fileName;
    QDateTime taken; // from the name: the day (00:00) for an automatic one
    qint64 size = 0; // bytes
    bool automatic = false;
};

// The daily automatic backups of a database (issue 7 "Backups"): one copy a
// day named after the database and the day, e.g. channeldesk-2026-11-25.sqlite
// beside manual ones (channeldesk-2026-11-25-143012.sqlite), and only the
// newest N automatic copies kept. Only names of exactly these two forms for
// this database are listed, and only automatic ones are ever deleted: other
// files in the folder are never touched.
//
// Who: a backup by hand is admin only (Backup::backup; a copy holds personal
// data unmasked, §2.6). The automatic copy is the machine's safety net and
// runs for whoever is signed in, without a system actor:
// Backup::automaticBackup records it in the audit log as
// "database.backup.automatic" under the signed-in user, so every entry still
// names a real account and no copy is made anonymously. Restoring stays admin
// only (Backup::restore).
class BackupRotation
{
    Q_DECLARE_TR_FUNCTIONS(cd::BackupRotation)

public:
    static constexpr int kDefaultKeep = 7;
    static constexpr int kMinimumKeep = 1;
    static constexpr int kMaximumKeep = 365;
    static constexpr int kLeftoverSeconds = 3600;

    // Per machine (QSettings, never in the database: a restore must not
    // change where the next backups go).
    struct Settings {
        bool enabled = true;
        QString folder; // empty: defaultFolder() of the database
        int keep = kDefaultKeep;
    };

    // What runDaily() did.
    struct DailyResult {
        QString created;     // today's backup, empty when it existed already
        QStringList removed; // automatic backups deleted beyond the kept N
    };

    // <the database's folder>/backups: for the default database that is the
    // application data folder's backups/.
    static QString defaultFolder(const QString &databasePath);
    // The folder settings name, or the default one.
    static QString folderFor(const Settings &settings, const QString &databasePath);

    // Settings keys "backups/enabled", "backups/folder", "backups/keep"; a
    // keep count out of range reads as the default.
    static Settings load(const QSettings &store);
    static void save(QSettings &store, const Settings &settings);

    // "<database name>-2026-11-25.sqlite"
    static QString automaticName(const QString &databasePath, const QDate &day);
    // "<database name>-2026-11-25-143012.sqlite"
    static QString manualName(const QString &databasePath, const QDateTime &at);

    // The backups of this database in folder, newest first. A missing folder
    // lists nothing.
    static QVector<BackupFile> list(const QString &folder, const QString &databasePath);

    // Today's automatic backup unless one exists already (creating the
    // folder), then rotate(). Written through Backup::automaticBackup, so
    // consistent, never half-written, and audited under actor (any role).
    static Result<DailyResult> runDaily(Database &db, const Actor &actor, const QString &folder,
                                        int keep, const QDate &today);
    // Deletes the automatic backups of this database beyond the `keep` newest
    // days, and the leftovers (".part-…") of its backups interrupted more than
    // kLeftoverSeconds ago; returns what it deleted.
    static Result<QStringList> rotate(const QString &folder, const QString &databasePath, int keep);
    // A backup by hand now under manualName(), never rotated away. Admin only
    // (Backup::backup refuses others with Permission).
    static Result<QString> backupNow(Database &db, const Actor &actor, const QString &folder,
                                     const QDateTime &now);
};

} // namespace cd
