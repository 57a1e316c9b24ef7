#include "BackupRotation.h"

#include "Backup.h"
#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace cd {

namespace {

const QString kEnabledKey = QStringLiteral("backups/enabled");
const QString kFolderKey = QStringLiteral("backups/folder");
const QString kKeepKey = QStringLiteral("backups/keep");
const QString kSuffix = QStringLiteral(".sqlite");

QString stemOf(const QString &databasePath)
{
    const QString stem = QFileInfo(databasePath).completeBaseName();
    return stem.isEmpty() ? QStringLiteral("channeldesk") : stem;
}

// <stem>-YYYY-MM-DD.sqlite (automatic) or <stem>-YYYY-MM-DD-HHMMSS.sqlite (manual).
QRegularExpression patternFor(const QString &databasePath)
{
    return QRegularExpression(QStringLiteral("^") +
                              QRegularExpression::escape(stemOf(databasePath)) +
                              QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6}))?\\.sqlite$"));
}

// What a backup of this database leaves when its process dies while writing
// (Backup writes "<target>.part-<ms>" and renames it at the end).
QRegularExpression leftoverPatternFor(const QString &databasePath)
{
    return QRegularExpression(QStringLiteral("^") +
                              QRegularExpression::escape(stemOf(databasePath)) +
                              QStringLiteral("-\\d{4}-\\d{2}-\\d{2}(?:-\\d{6})?\\.sqlite\\.part-\\d+"
                                             "(?:-wal|-shm|-journal)?$"));
}

} // namespace

QString BackupRotation::defaultFolder(const QString &databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

QString BackupRotation::folderFor(const Settings &settings, const QString &databasePath)
{
    return settings.folder.trimmed().isEmpty() ? defaultFolder(databasePath)
                                               : QDir::cleanPath(settings.folder.trimmed());
}

BackupRotation::Settings BackupRotation::load(const QSettings &store)
{
    Settings s;
    s.enabled = store.value(kEnabledKey, true).toBool();
    s.folder = store.value(kFolderKey).toString();
    bool ok = false;
    const int keep = store.value(kKeepKey, kDefaultKeep).toInt(&ok);
    s.keep = ok && keep >= kMinimumKeep && keep <= kMaximumKeep ? keep : kDefaultKeep;
    return s;
}

void BackupRotation::save(QSettings &store, const Settings &settings)
{
    store.setValue(kEnabledKey, settings.enabled);
    if (settings.folder.trimmed().isEmpty())
        store.remove(kFolderKey);
    else
        store.setValue(kFolderKey, QDir::cleanPath(settings.folder.trimmed()));
    store.setValue(kKeepKey, qBound(kMinimumKeep, settings.keep, kMaximumKeep));
}

QString BackupRotation::automaticName(const QString &databasePath, const QDate &day)
{
    return stemOf(databasePath) + QLatin1Char('-') + day.toString(QStringLiteral("yyyy-MM-dd")) +
           kSuffix;
}

QString BackupRotation::manualName(const QString &databasePath, const QDateTime &at)
{
    return stemOf(databasePath) + QLatin1Char('-') +
           at.toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + kSuffix;
}

QVector<BackupFile> BackupRotation::list(const QString &folder, const QString &databasePath)
{
    QVector<BackupFile> files;
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return files;
    const QRegularExpression pattern = patternFor(databasePath);
    const QFileInfoList entries =
        dir.entryInfoList(QStringList{QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QRegularExpressionMatch m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        const QDate day = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            continue;
        BackupFile file;
        file.path = info.absoluteFilePath();
        file.fileName = info.fileName();
        file.size = info.size();
        file.automatic = m.captured(2).isEmpty();
        if (file.automatic) {
            file.taken = QDateTime(day, QTime(0, 0));
        } else {
            const QTime time = QTime::fromString(m.captured(2), QStringLiteral("HHmmss"));
            if (!time.isValid())
                continue;
            file.taken = QDateTime(day, time);
        }
        files.append(file);
    }
    // Newest first; on one day the manual copies (later in the day) before the automatic one.
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.taken != b.taken)
            return a.taken > b.taken;
        return a.fileName > b.fileName;
    });
    return files;
}

Result<BackupRotation::DailyResult> BackupRotation::runDaily(Database &db, const Actor &actor,
                                                             const QString &folder, int keep,
                                                             const QDate &today)
{
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        return Error::database(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    DailyResult result;
    const QString target = QDir(folder).filePath(automaticName(db.path(), today));
    if (!QFileInfo::exists(target)) {
        if (Status s = Backup::automaticBackup(db, actor, target); !s)
            return s.error();
        result.created = target;
    }
    // Only after today's copy exists: a failed backup never costs an older one.
    Result<QStringList> removed = rotate(folder, db.path(), keep);
    if (!removed)
        return removed.error();
    result.removed = *removed;
    return result;
}

Result<QStringList> BackupRotation::rotate(const QString &folder, const QString &databasePath,
                                           int keep)
{
    keep = qBound(kMinimumKeep, keep, kMaximumKeep);
    QStringList removed;
    int kept = 0;
    // list() is newest first: everything automatic after the first `keep` goes.
    for (const BackupFile &file : list(folder, databasePath)) {
        if (!file.automatic)
            continue;
        if (kept < keep) {
            ++kept;
            continue;
        }
        if (!QFile::remove(file.path)) {
            return Error::database(tr("Cannot delete the old automatic backup %1.")
                                       .arg(QDir::toNativeSeparators(file.path)));
        }
        removed << file.path;
    }
    // Leftovers of a backup whose program was killed mid-write: gone after an
    // hour (a backup running now in another window is younger than that).
    const QDir dir(folder);
    const QRegularExpression leftover = leftoverPatternFor(databasePath);
    const QDateTime cutoff = QDateTime::currentDateTime().addSecs(-kLeftoverSeconds);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        if (!leftover.match(info.fileName()).hasMatch() || info.lastModified() > cutoff)
            continue;
        if (!QFile::remove(info.absoluteFilePath())) {
            return Error::database(tr("Cannot delete %1, left by an interrupted backup.")
                                       .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        }
        removed << info.absoluteFilePath();
    }
    return removed;
}

Result<QString> BackupRotation::backupNow(Database &db, const Actor &actor, const QString &folder,
                                          const QDateTime &now)
{
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        return Error::database(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    const QString target = QDir(folder).filePath(manualName(db.path(), now));
    if (Status s = Backup::backup(db, actor, target); !s)
        return s.error();
    return target;
}

} // namespace cd
