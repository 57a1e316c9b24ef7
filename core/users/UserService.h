#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

class Database;

struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Auditor;
    bool active = true;
    QString createdAt;
    QString lastLoginAt;
};

// Accounts of this application (SPEC §2 "User"). Only admins manage users.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(cd::UserService)

public:
    explicit UserService(Database &db) : m_db(db) {}

    Result<bool> hasUsers();
    Result<QVector<User>> list();

    // The first admin of a new database; refused once any user exists.
    Result<User> createFirstAdmin(const QString &name, const QString &password);

    // Admin only; every change is audited.
    Result<User> create(const Actor &actor, const QString &name, Role role,
                        const QString &password);
    Status setRole(const Actor &actor, const QString &name, Role role);
    Status setPassword(const Actor &actor, const QString &name, const QString &password);
    Status setActive(const Actor &actor, const QString &name, bool active);

    // A wrong password and an unknown user get the same message. Rehashes the
    // stored hash when its parameters are weaker than today's.
    Result<Actor> login(const QString &name, const QString &password);

    // Names: 1–64 characters, no control characters; passwords: 8+ characters.
    static QString validateName(const QString &name);      // "" when fine
    static QString validatePassword(const QString &password);

private:
    Database &m_db;
};

} // namespace cd
