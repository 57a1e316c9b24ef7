#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cd {

// The one owner of a ChannelDesk database file: SQLite through Qt Sql, WAL
// journal, foreign keys on, a busy timeout, the schema version in
// PRAGMA user_version and migrations as ordered steps.
//
// One Database is one named connection; use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cd::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // How much of the file open() reads to refuse a damaged one. A full
    // quick_check reads every page: instant on a small file, seconds on a
    // database of a million numbers (600+ MB), which every CLI command and
    // the window's start would pay. Auto checks fully up to kFullCheckBytes;
    // above, it reads the header and the schema, and leaves the full read to
    // the daily automatic backup (VACUUM INTO reads every page and fails on a
    // damaged one), to `backup`, `restore` and checkIntegrity().
    enum class Check { Auto, Full, Light };
    static constexpr qint64 kFullCheckBytes = 64 * 1024 * 1024;

    struct Options {
        int busyTimeoutMs = 5000;
        bool migrate = true; // bring an older schema up to date on open
        Check check = Check::Auto;
    };

    // Opens (creating it and its folder when missing) and checks the file,
    // refuses a newer schema, then migrates. Never damages a file it refuses.
    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);

    // The default database in the user's application data folder.
    static QString defaultPath();

    // The newest schema version this build knows.
    static int latestVersion();

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // PRAGMA data_version: a different value each time another connection
    // (another process, another Database on the file) committed since this
    // connection last asked; this connection's own commits leave it as it is.
    // -1 when it cannot be read.
    qint64 dataVersion() const;
    // Whether another program changed the file since the last call (or the
    // last acknowledgeChanges()): data_version moved and nothing of this
    // process claimed the move. The first call only takes the baseline.
    bool changedElsewhere();
    // Claims the commits made so far by other connections as this process's
    // own (a worker's import, export or backup on its own connection), so
    // that changedElsewhere() does not report them.
    void acknowledgeChanges();

    // PRAGMA quick_check over the whole file: Database (naming the file and
    // the first problems) when it is damaged.
    Status checkIntegrity();

    // Brings the schema to latestVersion(), one transaction per step.
    Status migrate();

    // A plain statement without parameters (pragmas, DDL); for anything with
    // values use SqlQuery and bind them.
    Status exec(const QString &sql);

    // The error for a failed statement, with the busy case spelled out.
    Error errorFor(const QSqlError &error, const QString &what) const;

private:
    Database() = default;
    Status configure(const Options &options);

    qint64 m_seenVersion = -1; // data_version at the last look (changedElsewhere)
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace cd
