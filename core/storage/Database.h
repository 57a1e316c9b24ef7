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

    struct Options {
        int busyTimeoutMs = 5000;
        bool migrate = true; // bring an older schema up to date on open
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

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace cd
