#include "CliContext.h"

#include "CliCommand.h"
#include "PasswordPrompt.h"

#include "storage/Database.h"
#include "users/UserService.h"

#include <QFileInfo>

#include <cstdio>

namespace cd {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr) {}

CliContext::~CliContext() {
    m_out.flush();
    m_err.flush();
}

QString CliContext::databasePath() const {
    if (!m_dbPath.isEmpty())
        return m_dbPath;
    const QString fromEnv = qEnvironmentVariable("CHANNELDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return Database::defaultPath();
}

int CliContext::fail(const Error &error) {
    // Standard output first, so a script sees lines in the order they happened.
    m_out.flush();
    m_err << CliCommand::programName() << QStringLiteral(": ") << tr("error: %1").arg(error.text())
          << Qt::endl;
    for (const QString &detail : error.details)
        m_err << detail << Qt::endl;
    return error.exitCode();
}

Status CliContext::openDatabase() {
    const QString path = databasePath();
    if (!QFileInfo::exists(path)) {
        return Error::database(tr("There is no database at %1; create it with \"%2 init\".")
                                   .arg(path, CliCommand::programName()));
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return {};
}

void CliContext::adoptDatabase(std::unique_ptr<Database> db) {
    m_db = std::move(db);
}

Status CliContext::login() {
    Result<QString> pass =
        password("CHANNELDESK_PASSWORD", tr("Password for %1: ").arg(m_userName), false);
    if (!pass)
        return pass.error();
    UserService users(*m_db);
    Result<Actor> actor = users.login(m_userName, pass.value());
    if (!actor)
        return actor.error();
    m_actor = actor.value();
    return {};
}

Result<QString> CliContext::password(const char *envVar, const QString &prompt, bool confirm) {
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);

    m_out.flush();
    std::optional<QString> first = PasswordPrompt::read(prompt);
    if (!first) {
        return Error::usage(tr("No password given: set %1 or type it when asked.")
                                .arg(QString::fromLatin1(envVar)));
    }
    if (confirm && PasswordPrompt::isInteractive()) {
        std::optional<QString> second = PasswordPrompt::read(tr("Repeat the password: "));
        if (!second || *second != *first)
            return Error::usage(tr("The two passwords differ; nothing was changed."));
    }
    return *first;
}

} // namespace cd
