#pragma once

#include <QString>

namespace cd {

// Roles of SPEC §2 "User".
enum class Role { Admin, Manager, Auditor };

QString roleKey(Role role);                 // "admin", "manager", "auditor"
bool roleFromKey(const QString &key, Role *role);
QString roleDisplayName(Role role);         // translated

// Who is doing something: every mutating service call takes one and writes it
// into the audit log.
struct Actor {
    QString userName;
    Role role = Role::Auditor;

    bool isAdmin() const { return role == Role::Admin; }
    bool canWrite() const { return role == Role::Admin || role == Role::Manager; }
};

} // namespace cd
