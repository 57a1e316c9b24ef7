#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace cd {

class Database;

// What a command runs with: the global options, the opened database, the
// logged-in user, and the two output streams.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(cd::CliContext)

public:
    CliContext();
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    // --db, else CHANNELDESK_DB, else Database::defaultPath().
    QString databasePath() const;
    void setDatabasePath(const QString &path) { m_dbPath = path; }
    const QString &userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints "channeldesk-cli: error: MESSAGE (CLAUSE)" and any detail lines
    // to standard error; returns the exit code of SPEC §4 for the error.
    int fail(const Error &error);

    // Opens an existing database; a missing file is an error rather than a
    // new empty database (only init creates one).
    Status openDatabase();
    void adoptDatabase(std::unique_ptr<Database> db);
    bool hasDatabase() const { return m_db != nullptr; }
    Database &database() { return *m_db; }

    // Logs in as --user with CHANNELDESK_PASSWORD or a prompted password.
    Status login();
    const Actor &actor() const { return *m_actor; }

    // A password from the environment variable, else asked; on a terminal a
    // confirmation is asked too when confirm is set.
    Result<QString> password(const char *envVar, const QString &prompt, bool confirm);

private:
    QString m_dbPath;
    QString m_userName;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_actor;
};

} // namespace cd
