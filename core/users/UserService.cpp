#include "UserService.h"

#include "PasswordHasher.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>

namespace cd {

namespace {
User userFrom(SqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    roleFromKey(q.value(2).toString(), &u.role);
    u.active = q.value(3).toInt() != 0;
    u.createdAt = q.value(4).toString();
    u.lastLoginAt = q.value(5).toString();
    return u;
}
const QString kUserColumns = QStringLiteral("id, name, role, active, created_at, last_login_at");
} // namespace

QString UserService::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The user name is empty.");
    if (trimmed.size() > 64)
        return tr("The user name is longer than 64 characters.");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("The user name contains a control character.");
    }
    return {};
}

QString UserService::validatePassword(const QString &password)
{
    if (password.size() < 8)
        return tr("The password must have at least 8 characters.");
    return {};
}

Result<bool> UserService::hasUsers()
{
    SqlQuery q(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)"));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<QVector<User>> UserService::list()
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<User> users;
    while (q.next())
        users.append(userFrom(q));
    return users;
}

Result<User> UserService::createFirstAdmin(const QString &name, const QString &password)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Checked inside the write transaction so two first runs cannot both win.
    Result<bool> any = hasUsers();
    if (!any)
        return any.error();
    if (*any)
        return Error::rule(tr("The database already has users; sign in as an administrator to "
                              "add more."));
    const QString cleanName = name.trimmed();
    if (const QString e = validateName(cleanName); !e.isEmpty())
        return Error::rule(e);
    if (const QString e = validatePassword(password); !e.isEmpty())
        return Error::rule(e);
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::database(tr("The password could not be hashed."));
    const QString now = Dates::nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO users (name, role, password_hash, created_at)"
                                    " VALUES (:name, 'admin', :hash, :now) RETURNING id"));
    q.bind(QStringLiteral(":name"), cleanName).bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":now"), now);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    const Actor self{cleanName, Role::Admin};
    AuditEntry entry;
    entry.action = QStringLiteral("user.create");
    entry.entity = QStringLiteral("user");
    entry.entityId = cleanName;
    entry.newValue = QStringLiteral("role=admin (first administrator)");
    if (Status s = AuditLog::record(m_db, self, entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    User u;
    u.id = id->toLongLong();
    u.name = cleanName;
    u.role = Role::Admin;
    u.createdAt = now;
    return u;
}

Result<User> UserService::create(const Actor &actor, const QString &name, Role role,
                                 const QString &password)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may manage users."));
    const QString cleanName = name.trimmed();
    if (const QString e = validateName(cleanName); !e.isEmpty())
        return Error::rule(e);
    if (const QString e = validatePassword(password); !e.isEmpty())
        return Error::rule(e);
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::database(tr("The password could not be hashed."));

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE name = :name"));
    exists.bind(QStringLiteral(":name"), cleanName);
    Result<QVariant> n = exists.scalar();
    if (!n)
        return n.error();
    if (n->toInt() > 0)
        return Error::rule(tr("A user named \"%1\" already exists.").arg(cleanName));

    const QString now = Dates::nowTimestamp();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO users (name, role, password_hash, created_at)"
                                    " VALUES (:name, :role, :hash, :now) RETURNING id"));
    q.bind(QStringLiteral(":name"), cleanName)
        .bind(QStringLiteral(":role"), roleKey(role))
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":now"), now);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    AuditEntry entry;
    entry.action = QStringLiteral("user.create");
    entry.entity = QStringLiteral("user");
    entry.entityId = cleanName;
    entry.newValue = QStringLiteral("role=") + roleKey(role);
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    User u;
    u.id = id->toLongLong();
    u.name = cleanName;
    u.role = role;
    u.createdAt = now;
    return u;
}

namespace {
// Reads the user's current row inside a transaction; NotFound when absent.
Result<User> findUser(Database &db, const QString &name)
{
    SqlQuery q(db, QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("cd::UserService", "There is no user named \"%1\".").arg(name));
    return userFrom(q);
}

// The last active administrator may not be demoted or disabled: the database
// would have nobody left to manage users and parameters.
Result<bool> isLastActiveAdmin(Database &db, const User &user)
{
    if (user.role != Role::Admin || !user.active)
        return false;
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1"));
    Result<QVariant> n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt() <= 1;
}
} // namespace

Status UserService::setRole(const Actor &actor, const QString &name, Role role)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may manage users."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<User> user = findUser(m_db, name);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    Result<bool> last = isLastActiveAdmin(m_db, *user);
    if (!last)
        return last.error();
    if (*last)
        return Error::rule(tr("\"%1\" is the last active administrator and must stay one.").arg(name));
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET role = :role WHERE id = :id"));
    q.bind(QStringLiteral(":role"), roleKey(role)).bind(QStringLiteral(":id"), user->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("user.role");
    entry.entity = QStringLiteral("user");
    entry.entityId = user->name;
    entry.oldValue = QStringLiteral("role=") + roleKey(user->role);
    entry.newValue = QStringLiteral("role=") + roleKey(role);
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

Status UserService::setPassword(const Actor &actor, const QString &name, const QString &password)
{
    // Administrators reset anyone's password; every user may change their own.
    if (!actor.isAdmin() && actor.userName != name)
        return Error::permission(tr("Only an administrator may manage users."));
    if (const QString e = validatePassword(password); !e.isEmpty())
        return Error::rule(e);
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::database(tr("The password could not be hashed."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<User> user = findUser(m_db, name);
    if (!user)
        return user.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET password_hash = :hash, failed_logins = 0,"
                                    " locked_until = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":hash"), hash).bind(QStringLiteral(":id"), user->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("user.password");
    entry.entity = QStringLiteral("user");
    entry.entityId = user->name;
    entry.newValue = QStringLiteral("password changed"); // §2.6: never the hash itself
    entry.clause = QStringLiteral("§2.6");
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

Status UserService::setActive(const Actor &actor, const QString &name, bool active)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may manage users."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<User> user = findUser(m_db, name);
    if (!user)
        return user.error();
    if (user->active == active)
        return {};
    if (!active) {
        Result<bool> last = isLastActiveAdmin(m_db, *user);
        if (!last)
            return last.error();
        if (*last)
            return Error::rule(
                tr("\"%1\" is the last active administrator and must stay one.").arg(name));
    }
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET active = :active, failed_logins = 0,"
                                    " locked_until = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":active"), active ? 1 : 0).bind(QStringLiteral(":id"), user->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry entry;
    entry.action = active ? QStringLiteral("user.enable") : QStringLiteral("user.disable");
    entry.entity = QStringLiteral("user");
    entry.entityId = user->name;
    entry.oldValue = user->active ? QStringLiteral("active") : QStringLiteral("disabled");
    entry.newValue = active ? QStringLiteral("active") : QStringLiteral("disabled");
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

Result<Actor> UserService::login(const QString &name, const QString &password)
{
    // One message for a wrong password, an unknown user and a disabled account,
    // so that the answer does not tell which names exist.
    const Error refused = Error::rule(tr("Wrong user name or password."));

    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    SqlQuery q(m_db, QStringLiteral("SELECT id, role, password_hash, active, failed_logins,"
                                    " locked_until FROM users WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name.trimmed());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        // Spend the same time as a real check so timing does not reveal names.
        PasswordHasher::verify(password, PasswordHasher::hash(QStringLiteral("timing-equaliser")));
        return refused;
    }
    const qint64 id = q.value(0).toLongLong();
    Actor actor;
    actor.userName = name.trimmed();
    roleFromKey(q.value(1).toString(), &actor.role);
    const QString stored = q.value(2).toString();
    const bool active = q.value(3).toInt() != 0;
    const int failed = q.value(4).toInt();
    const QString lockedUntil = q.value(5).toString();
    q.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!lockedUntil.isEmpty()) {
        const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODate);
        if (until.isValid() && until > now) {
            return Error::rule(tr("Too many failed sign-ins: the account is locked until %1 UTC.")
                                   .arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        }
    }

    if (!active || !PasswordHasher::verify(password, stored)) {
        if (active) {
            const int attempts = failed + 1;
            QString lock;
            if (attempts >= params->loginLockAttempts)
                lock = Dates::timestamp(now.addSecs(qint64(params->loginLockMinutes) * 60));
            SqlQuery u(m_db, QStringLiteral("UPDATE users SET failed_logins = :n, locked_until = :lock"
                                            " WHERE id = :id"));
            u.bind(QStringLiteral(":n"), lock.isEmpty() ? attempts : 0)
                .bind(QStringLiteral(":lock"), lock.isEmpty() ? QVariant() : QVariant(lock))
                .bind(QStringLiteral(":id"), id);
            if (Status s = u.exec(); !s)
                return s.error();
            if (!lock.isEmpty()) {
                AuditEntry entry;
                entry.action = QStringLiteral("user.locked");
                entry.entity = QStringLiteral("user");
                entry.entityId = actor.userName;
                entry.newValue = QStringLiteral("locked until ") + lock;
                if (Status s = AuditLog::record(m_db, actor, entry); !s)
                    return s.error();
            }
            if (Status s = tx.commit(); !s)
                return s.error();
        }
        return refused;
    }

    SqlQuery u(m_db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL,"
                                    " last_login_at = :now WHERE id = :id"));
    u.bind(QStringLiteral(":now"), Dates::timestamp(now)).bind(QStringLiteral(":id"), id);
    if (Status s = u.exec(); !s)
        return s.error();
    if (PasswordHasher::needsRehash(stored)) {
        const QString fresh = PasswordHasher::hash(password);
        if (!fresh.isEmpty()) {
            SqlQuery r(m_db, QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"));
            r.bind(QStringLiteral(":hash"), fresh).bind(QStringLiteral(":id"), id);
            if (Status s = r.exec(); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return actor;
}

} // namespace cd
