#include "InitCommand.h"

#include "CliContext.h"

#include "storage/Database.h"
#include "users/UserService.h"

#include <QFileInfo>

namespace cd {

namespace {
const QString kAdmin = QStringLiteral("admin");
}

QVector<CliCommand> InitCommand::commands() {
    CliCommand init;
    init.words = QStringList{QStringLiteral("init")};
    init.synopsis = QStringLiteral("[--admin NAME]");
    init.summary = tr("Create or upgrade the database; with --admin, create the first "
                      "administrator.");
    init.description = tr("The administrator's password comes from CHANNELDESK_PASSWORD or is "
                          "asked twice. Once the database has users, add more with \"user add\".");
    init.options = {QCommandLineOption(QStringList{kAdmin},
                                       tr("Create the first administrator with this name."),
                                       QStringLiteral("NAME"))};
    init.access = CliAccess::CreateDatabase;
    init.run = &InitCommand::run;
    return {init};
}

int InitCommand::run(CliContext &context, const QCommandLineParser &parser) {
    const QString path = context.databasePath();
    const bool existed = QFileInfo::exists(path);

    // Opened without migrating so the report can say what the upgrade did.
    Database::Options options;
    options.migrate = false;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened)
        return context.fail(opened.error());
    context.adoptDatabase(std::move(opened).value());
    Database &db = context.database();

    const int before = db.schemaVersion();
    if (Status s = db.migrate(); !s)
        return context.fail(s.error());
    const int after = db.schemaVersion();
    if (!existed) {
        context.out()
            << tr("Created the database %1 at schema version %2.").arg(db.path()).arg(after)
            << Qt::endl;
    } else if (before < after) {
        context.out() << tr("Upgraded the database %1 from schema version %2 to %3.")
                             .arg(db.path())
                             .arg(before)
                             .arg(after)
                      << Qt::endl;
    } else {
        context.out()
            << tr("The database %1 is up to date at schema version %2.").arg(db.path()).arg(after)
            << Qt::endl;
    }

    if (!parser.isSet(kAdmin))
        return 0;
    const QString name = parser.value(kAdmin);
    UserService users(db);
    Result<bool> any = users.hasUsers();
    if (!any)
        return context.fail(any.error());
    QString password;
    if (*any) {
        // No prompt for a password that cannot be used: core refuses a second first admin.
        password = qEnvironmentVariable("CHANNELDESK_PASSWORD");
    } else {
        Result<QString> typed = context.password(
            "CHANNELDESK_PASSWORD", tr("Password for the new administrator %1: ").arg(name), true);
        if (!typed)
            return context.fail(typed.error());
        password = typed.value();
    }
    Result<User> admin = users.createFirstAdmin(name, password);
    if (!admin)
        return context.fail(admin.error());
    context.out() << tr("Created the administrator %1.").arg(admin->name) << Qt::endl;
    return 0;
}

} // namespace cd
