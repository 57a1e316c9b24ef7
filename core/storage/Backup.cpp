#include "Backup.h"

#include "Database.h"
#include "SqlQuery.h"
#include "WriteTransaction.h"

#include "audit/AuditLog.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

QString nextName(const char *prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

// A plain SQLite connection outside Database (no migration, no pragmas), for
// looking at a file that is not the live database. Closed on destruction.
class RawConnection
{
public:
    RawConnection(const QString &path, bool readOnly)
        : m_name(nextName("channeldesk-backup"))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }
    QString errorText() const { return m_db.lastError().text(); }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

const QStringList kSidecars{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : kSidecars)
        QFile::remove(path + suffix);
}

// Renames path and its -wal/-shm to target (+ the same suffixes); on failure
// undoes what it moved.
bool renameWithSidecars(const QString &path, const QString &target)
{
    QStringList moved;
    for (const QString &suffix : kSidecars) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!QFile::rename(path + suffix, target + suffix)) {
            for (const QString &done : moved)
                QFile::rename(target + done, path + done);
            return false;
        }
        moved << suffix;
    }
    return true;
}

bool hasTable(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

Status Backup::backup(Database &db, const Actor &actor, const QString &outPath)
{
    // §2.6 A backup holds personal data unmasked: an administrator's decision.
    if (!actor.isAdmin()) {
        Error error = Error::permission(
            tr("%1 may not take a backup: a backup holds personal data unmasked, so only an "
               "administrator may make one.")
                .arg(actor.userName));
        error.clause = QStringLiteral("§2.6");
        return error;
    }
    return copyTo(db, actor, outPath, QStringLiteral("database.backup"));
}

Status Backup::automaticBackup(Database &db, const Actor &actor, const QString &outPath)
{
    return copyTo(db, actor, outPath, QStringLiteral("database.backup.automatic"));
}

Status Backup::copyTo(Database &db, const Actor &actor, const QString &outPath,
                      const QString &action)
{
    const QFileInfo out(outPath);
    if (outPath.isEmpty() || out.exists() || QFileInfo(outPath + QStringLiteral("-wal")).exists()) {
        return Error::rule(
            tr("The backup file %1 already exists; choose a new name (a backup never "
               "overwrites a file).")
                .arg(outPath));
    }
    if (!out.absoluteDir().exists())
        return Error::database(tr("The folder %1 does not exist.").arg(out.absolutePath()));

    // Written under a temporary name beside the target and renamed at the end,
    // so that a failure never leaves a half-written backup.
    const QString target = out.absoluteFilePath();
    const QString temp =
        target + QStringLiteral(".part-%1").arg(QDateTime::currentMSecsSinceEpoch());
    removeWithSidecars(temp);

    {
        // VACUUM INTO reads one snapshot: writers on other connections go on.
        SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
        vacuum.bind(0, temp);
        if (Status s = vacuum.exec(); !s) {
            removeWithSidecars(temp);
            return Error::database(
                tr("The backup to %1 failed: %2").arg(target, s.error().message));
        }
    }
    {
        // A backup is one self-contained file, whatever the source's journal.
        RawConnection check(temp, false);
        bool ok = check.isOpen();
        if (ok) {
            QSqlQuery q(check.db());
            q.setForwardOnly(true);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            q.finish();
            ok = ok && q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
                 q.value(0).toString() == QLatin1String("ok");
        }
        if (!ok) {
            removeWithSidecars(temp);
            return Error::database(tr("The backup to %1 could not be checked.").arg(target));
        }
    }
    if (QFileInfo::exists(target) || !QFile::rename(temp, target)) {
        removeWithSidecars(temp);
        return Error::database(tr("Cannot write the backup file %1.").arg(target));
    }

    WriteTransaction tx(db);
    Status s = tx.begin();
    if (s) {
        AuditEntry entry;
        entry.action = action;
        entry.entity = QStringLiteral("database");
        entry.entityId = QFileInfo(db.path()).fileName();
        entry.newValue = target;
        s = AuditLog::record(db, actor, entry);
    }
    if (s)
        s = tx.commit();
    if (!s) {
        // An unrecorded backup is not kept: the log must tell every copy made.
        QFile::remove(target);
        return s;
    }
    return {};
}

Result<int> Backup::verify(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.exists() || !info.isFile())
        return Error::badInput(tr("The backup file %1 does not exist.").arg(backupPath));

    // Cheap first look: every SQLite file starts with this header.
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(tr("Cannot read the backup file %1.").arg(backupPath));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            return Error::badInput(
                tr("The file %1 is not a SQLite database, so not a ChannelDesk backup.")
                    .arg(backupPath));
        }
    }

    RawConnection conn(backupPath, true);
    if (!conn.isOpen()) {
        return Error::badInput(
            tr("Cannot open the backup file %1: %2").arg(backupPath, conn.errorText()));
    }
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return Error::badInput(
            tr("The backup file %1 is damaged: %2").arg(backupPath, q.lastError().databaseText()));
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    q.finish();
    if (!problems.isEmpty()) {
        return Error::badInput(tr("The backup file %1 is damaged: %2")
                                   .arg(backupPath, problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error::badInput(tr("Cannot read the schema version of %1.").arg(backupPath));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > Database::latestVersion()) {
        return Error::badInput(
            tr("The backup %1 was written by a newer version of ChannelDesk (schema %2; this "
               "version reads up to %3). Install the newer version to restore it.")
                .arg(backupPath)
                .arg(version)
                .arg(Database::latestVersion()));
    }
    if (version < 1 || !hasTable(conn.db(), QStringLiteral("users")) ||
        !hasTable(conn.db(), QStringLiteral("audit_log"))) {
        return Error::badInput(
            tr("The file %1 is not a ChannelDesk database (no users and audit log).")
                .arg(backupPath));
    }
    return version;
}

Result<RestoreReport> Backup::restore(const QString &livePath, const QString &backupPath)
{
    return restoreImpl(livePath, backupPath, nullptr);
}

Result<RestoreReport> Backup::restore(const QString &livePath, const QString &backupPath,
                                      const Actor &actor)
{
    if (!actor.isAdmin()) {
        return Error::permission(
            tr("%1 may not restore a backup: replacing the database is for an administrator.")
                .arg(actor.userName));
    }
    return restoreImpl(livePath, backupPath, &actor);
}

Result<RestoreReport> Backup::restoreImpl(const QString &livePath, const QString &backupPath,
                                          const Actor *actor)
{
    const QString live = QFileInfo(livePath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == live)
        return Error::badInput(tr("The backup file is the live database itself."));

    // Staged beside the live file first: the copy we verify is the copy we
    // put in place, and the final step is a rename on one file system.
    const QString staging =
        live + QStringLiteral(".restore-%1").arg(QDateTime::currentMSecsSinceEpoch());
    removeWithSidecars(staging);
    if (!QFileInfo(backupPath).isFile())
        return Error::badInput(tr("The backup file %1 does not exist.").arg(backupPath));
    if (!QDir().mkpath(QFileInfo(live).absolutePath()) || !QFile::copy(backupPath, staging)) {
        removeWithSidecars(staging);
        return Error::database(tr("Cannot copy %1 beside the database.").arg(backupPath));
    }
    QFile::setPermissions(staging, QFile::permissions(staging) | QFileDevice::WriteOwner);

    Result<int> version = verify(staging);
    removeWithSidecars(staging + QStringLiteral("-journal"));
    if (!version) {
        removeWithSidecars(staging);
        Error e = version.error();
        e.message.replace(staging, backupPath);
        return e;
    }

    RestoreReport report;
    report.backupVersion = *version;

    // Keep the current database aside, never delete it.
    if (QFileInfo::exists(live)) {
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString kept = live + QStringLiteral(".before-restore-") + stamp;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = live + QStringLiteral(".before-restore-") + stamp + QStringLiteral("-%1").arg(n);
        if (!renameWithSidecars(live, kept)) {
            removeWithSidecars(staging);
            return Error::database(
                tr("Cannot move the current database %1 aside; nothing was restored.").arg(live));
        }
        report.keptAsidePath = kept;
    } else {
        removeWithSidecars(live);
    }

    auto putBack = [&](const Error &error) -> Result<RestoreReport> {
        removeWithSidecars(live);
        removeWithSidecars(staging);
        if (!report.keptAsidePath.isEmpty() && !renameWithSidecars(report.keptAsidePath, live)) {
            Error e = error;
            e.details << tr("The previous database is kept as %1.").arg(report.keptAsidePath);
            return e;
        }
        return error;
    };

    if (!QFile::rename(staging, live))
        return putBack(Error::database(tr("Cannot put the backup in place of %1.").arg(live)));

    Result<std::unique_ptr<Database>> opened = Database::open(live);
    if (!opened) {
        Error e = opened.error();
        e.kind = ErrorKind::Database;
        return putBack(e);
    }
    report.restoredVersion = (*opened)->schemaVersion();
    Status audited;
    if (actor) {
        Database &db = **opened;
        WriteTransaction tx(db);
        audited = tx.begin();
        if (audited) {
            AuditEntry entry;
            entry.action = QStringLiteral("database.restore");
            entry.entity = QStringLiteral("database");
            entry.entityId = QFileInfo(live).fileName();
            entry.oldValue = report.keptAsidePath;
            entry.newValue = QFileInfo(backupPath).absoluteFilePath();
            audited = AuditLog::record(db, *actor, entry);
        }
        if (audited)
            audited = tx.commit();
    }
    opened.value().reset(); // the restored file is closed before any rename
    if (!audited)
        return putBack(audited.error());
    return report;
}

} // namespace cd
