#include "Actor.h"

#include <QCoreApplication>

namespace cd {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

bool roleFromKey(const QString &key, Role *role)
{
    for (Role r : {Role::Admin, Role::Manager, Role::Auditor}) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("cd::Role", "Administrator");
    case Role::Manager:
        return QCoreApplication::translate("cd::Role", "Channel manager");
    case Role::Auditor:
        return QCoreApplication::translate("cd::Role", "Auditor");
    }
    return {};
}

} // namespace cd
