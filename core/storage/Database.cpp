#include "Database.h"

#include "Migrations.h"
#include "WriteTransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace cd {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("channeldesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended variants.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}
} // namespace

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Database::defaultPath()
{
    // The same file for the GUI and the CLI whatever organisation name each
    // program sets: <user data folder>/ChannelDesk/channeldesk.sqlite.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("ChannelDesk/channeldesk.sqlite"));
}

int Database::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error::database(tr("Cannot open the database %1: it is a folder.").arg(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Error::database(
            tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db->m_db.open())
        return Error::database(tr("Cannot open the database %1: %2")
                                   .arg(db->m_path, db->m_db.lastError().text()));
    if (Status s = db->configure(options); !s)
        return s.error();
    return db;
}

Status Database::configure(const Options &options)
{
    // A file that is not a database, or a damaged one, is refused before
    // anything is written to it.
    const bool full = options.check == Check::Full ||
                      (options.check == Check::Auto && QFileInfo(m_path).size() <= kFullCheckBytes);
    if (full) {
        if (Status s = checkIntegrity(); !s)
            return s;
    } else {
        // The header and every table's definition: a file that is not SQLite,
        // or whose first pages are damaged, fails here.
        QSqlQuery check(m_db);
        check.setForwardOnly(true);
        if (!check.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !check.next()) {
            return Error::database(tr("The file %1 is not a ChannelDesk database or is damaged: %2")
                                       .arg(m_path, check.lastError().databaseText()));
        }
    }

    const int version = schemaVersion();
    if (version < 0)
        return Error::database(tr("Cannot read the schema version of %1.").arg(m_path));
    if (version > latestVersion()) {
        return Error::database(
            tr("The database %1 was written by a newer version of ChannelDesk (schema %2; this "
               "version reads up to %3). Install the newer version to open it; the file was "
               "left unchanged.")
                .arg(m_path)
                .arg(version)
                .arg(latestVersion()));
    }

    const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        if (Status s = exec(pragma); !s)
            return s;
    }
    if (options.migrate)
        return migrate();
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 Database::dataVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Database::changedElsewhere()
{
    const qint64 version = dataVersion();
    if (version < 0)
        return false;
    const bool changed = m_seenVersion >= 0 && version != m_seenVersion;
    m_seenVersion = version;
    return changed;
}

void Database::acknowledgeChanges()
{
    m_seenVersion = dataVersion();
}

Status Database::migrate()
{
    for (const Migration &step : migrations()) {
        if (step.version <= schemaVersion())
            continue;
        WriteTransaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        for (const QString &sql : step.statements) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                return Error::database(tr("Upgrading %1 to schema %2 failed; the file stays at "
                                          "schema %3: %4")
                                           .arg(m_path)
                                           .arg(step.version)
                                           .arg(step.version - 1)
                                           .arg(q.lastError().text()));
            }
        }
        // user_version lives in the file header and commits with the step.
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return errorFor(q.lastError(), sql);
    return {};
}

Status Database::checkIntegrity()
{
    QSqlQuery check(m_db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        return Error::database(tr("The file %1 is not a ChannelDesk database or is damaged: %2")
                                   .arg(m_path, check.lastError().databaseText()));
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return Error::database(tr("The database %1 is damaged: %2")
                                   .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))));
    }
    return {};
}

Error Database::errorFor(const QSqlError &error, const QString &what) const
{
    if (isBusy(error)) {
        return Error::database(tr("The database %1 is busy: another program is writing to it. "
                                  "Try again in a moment.")
                                   .arg(m_path));
    }
    Q_UNUSED(what)
    return Error::database(tr("Database error in %1: %2").arg(m_path, error.text()));
}

} // namespace cd
