#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;

// What a restore did: where the replaced database was kept, and the schema
// version of the restored copy before and after it was brought up to date.
struct RestoreReport {
    QString keptAsidePath;   // empty when there was no live database to keep
    int backupVersion = 0;   // schema version of the copy as found
    int restoredVersion = 0; // after Database::open migrated it
};

// Backups and verified restores (SPEC §4 `backup` / `restore`).
//
// Error kinds: a backup file that cannot be restored (missing, not SQLite,
// damaged, not a ChannelDesk database, newer schema) is BadInput (exit 3):
// nothing was written. A failure while swapping files or opening the restored
// copy is Database (exit 4); the live database is then put back.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(cd::Backup)

public:
    // A consistent online copy with VACUUM INTO (one read snapshot, other
    // connections may keep writing), written to a temporary name beside
    // outPath and renamed, so a failure leaves nothing. An existing outPath is
    // refused (Rule), never overwritten. Audited as "database.backup".
    // Administrators only (a backup holds personal data unmasked, §2.6):
    // others get Permission.
    static Status backup(Database &db, const Actor &actor, const QString &outPath);
    // The same copy for the application's own daily safety net (a rotating set
    // on the same machine), made for whoever is signed in and audited as
    // "database.backup.automatic". Only BackupRotation::runDaily calls it.
    static Status automaticBackup(Database &db, const Actor &actor, const QString &outPath);

    // Checks a backup without changing it: readable SQLite, integrity_check
    // ok, schema version <= Database::latestVersion(), has the users and
    // audit_log tables. Returns the copy's schema version.
    static Result<int> verify(const QString &backupPath);

    // Replaces the database at livePath by the backup. Nothing may hold a
    // connection to livePath (the GUI must close its Database first). The
    // live file and its -wal/-shm are renamed to
    // NAME.before-restore-YYYYMMDD-HHMMSS (+ -wal/-shm), the verified copy is
    // put in place and opened with Database::open (which migrates an older
    // copy). On any failure the kept file is moved back. With an actor, the
    // restore is recorded in the restored database's audit log.
    static Result<RestoreReport> restore(const QString &livePath, const QString &backupPath);
    static Result<RestoreReport> restore(const QString &livePath, const QString &backupPath,
                                         const Actor &actor);

private:
    static Status copyTo(Database &db, const Actor &actor, const QString &outPath,
                         const QString &action);
    static Result<RestoreReport> restoreImpl(const QString &livePath, const QString &backupPath,
                                             const Actor *actor);
};

} // namespace cd
