#include "UserCommands.h"

#include "CliContext.h"

#include "users/UserService.h"

namespace cd {

namespace {
const QString kRole = QStringLiteral("role");
const char *const kNewPasswordVariable = "CHANNELDESK_NEW_PASSWORD";

CliArgument nameArgument(const QString &description) {
    return CliArgument{QStringLiteral("NAME"), description, false};
}
} // namespace

QVector<CliCommand> UserCommands::commands() {
    const QString newPasswordNote =
        tr("The new password comes from CHANNELDESK_NEW_PASSWORD or is asked twice.");

    CliCommand add;
    add.words = QStringList{QStringLiteral("user"), QStringLiteral("add")};
    add.synopsis = QStringLiteral("NAME --role admin|manager|auditor");
    add.summary = tr("Create a user account (administrators only).");
    add.description = newPasswordNote;
    add.arguments = {nameArgument(tr("The name of the new account."))};
    add.options = {QCommandLineOption(
        QStringList{kRole}, tr("The role: admin, manager or auditor."), QStringLiteral("ROLE"))};
    add.check = [](const QCommandLineParser &parser) -> Status {
        Role role;
        if (!parser.isSet(kRole))
            return Error::usage(tr("Missing --role (admin, manager or auditor)."));
        if (!roleFromKey(parser.value(kRole), &role)) {
            return Error::usage(
                tr("Unknown role \"%1\": use admin, manager or auditor.").arg(parser.value(kRole)));
        }
        return {};
    };
    add.run = &UserCommands::add;

    CliCommand list;
    list.words = QStringList{QStringLiteral("user"), QStringLiteral("list")};
    list.summary = tr("List the user accounts, tab-separated.");
    list.description = tr("Columns: name, role, status, created_at, last_login_at.");
    list.run = &UserCommands::list;

    CliCommand passwd;
    passwd.words = QStringList{QStringLiteral("user"), QStringLiteral("passwd")};
    passwd.synopsis = QStringLiteral("NAME");
    passwd.summary = tr("Set a user's password (administrators; anyone for their own).");
    passwd.description = newPasswordNote;
    passwd.arguments = {nameArgument(tr("The account whose password changes."))};
    passwd.run = &UserCommands::passwd;

    CliCommand disable;
    disable.words = QStringList{QStringLiteral("user"), QStringLiteral("disable")};
    disable.synopsis = QStringLiteral("NAME");
    disable.summary = tr("Disable a user account so it can no longer sign in.");
    disable.arguments = {nameArgument(tr("The account to disable."))};
    disable.run = [](CliContext &context, const QCommandLineParser &parser) {
        return setActive(context, parser, false);
    };

    CliCommand enable;
    enable.words = QStringList{QStringLiteral("user"), QStringLiteral("enable")};
    enable.synopsis = QStringLiteral("NAME");
    enable.summary = tr("Enable a disabled user account again.");
    enable.arguments = {nameArgument(tr("The account to enable."))};
    enable.run = [](CliContext &context, const QCommandLineParser &parser) {
        return setActive(context, parser, true);
    };

    return {add, list, passwd, disable, enable};
}

int UserCommands::add(CliContext &context, const QCommandLineParser &parser) {
    const QString name = parser.positionalArguments().constFirst();
    Role role = Role::Auditor;
    roleFromKey(parser.value(kRole), &role);
    Result<QString> password = context.password(
        kNewPasswordVariable, tr("Password for the new user %1: ").arg(name), true);
    if (!password)
        return context.fail(password.error());
    UserService users(context.database());
    Result<User> user = users.create(context.actor(), name, role, password.value());
    if (!user)
        return context.fail(user.error());
    context.out()
        << tr("Created the user %1 with the role %2.").arg(user->name, roleKey(user->role))
        << Qt::endl;
    return 0;
}

int UserCommands::list(CliContext &context, const QCommandLineParser &) {
    UserService users(context.database());
    Result<QVector<User>> all = users.list();
    if (!all)
        return context.fail(all.error());
    QTextStream &out = context.out();
    out << "name\trole\tstatus\tcreated_at\tlast_login_at\n";
    for (const User &u : all.value()) {
        out << u.name << '\t' << roleKey(u.role) << '\t'
            << (u.active ? QStringLiteral("active") : QStringLiteral("disabled")) << '\t'
            << u.createdAt << '\t' << u.lastLoginAt << '\n';
    }
    return 0;
}

int UserCommands::passwd(CliContext &context, const QCommandLineParser &parser) {
    const QString name = parser.positionalArguments().constFirst();
    Result<QString> password =
        context.password(kNewPasswordVariable, tr("New password for %1: ").arg(name), true);
    if (!password)
        return context.fail(password.error());
    UserService users(context.database());
    if (Status s = users.setPassword(context.actor(), name, password.value()); !s)
        return context.fail(s.error());
    context.out() << tr("Changed the password of %1.").arg(name) << Qt::endl;
    return 0;
}

int UserCommands::setActive(CliContext &context, const QCommandLineParser &parser, bool active) {
    const QString name = parser.positionalArguments().constFirst();
    UserService users(context.database());
    if (Status s = users.setActive(context.actor(), name, active); !s)
        return context.fail(s.error());
    context.out() << (active ? tr("Enabled the user %1.") : tr("Disabled the user %1.")).arg(name)
                  << Qt::endl;
    return 0;
}

} // namespace cd
