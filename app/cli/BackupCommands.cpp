#include "BackupCommands.h"

#include "CliContext.h"

#include "storage/Backup.h"
#include "storage/Database.h"

namespace cd {

namespace {
const QString kOut = QStringLiteral("out");

Status needAdmin(const CliContext &context, const QString &what)
{
    if (!context.actor().isAdmin()) {
        return Error::permission(
            QCoreApplication::translate("cd::BackupCommands", "Only an admin may %1.").arg(what));
    }
    return {};
}
} // namespace

QVector<CliCommand> BackupCommands::commands()
{
    CliCommand backup;
    backup.words = QStringList{QStringLiteral("backup")};
    backup.synopsis = QStringLiteral("--out FILE");
    backup.summary = tr("Write a consistent copy of the database to a new file (admin).");
    backup.description =
        tr("The copy is taken while others keep working and is written under a temporary name, "
           "then renamed; an existing file is never overwritten. Admin only: a backup holds "
           "personal data unmasked (§2.6).");
    backup.options = {QCommandLineOption(QStringList{kOut}, tr("The backup file to create."),
                                         QStringLiteral("FILE"))};
    backup.check = [](const QCommandLineParser &parser) -> Status {
        if (!parser.isSet(kOut) || parser.value(kOut).isEmpty())
            return Error::usage(tr("backup needs --out FILE."));
        return {};
    };
    backup.run = &BackupCommands::runBackup;

    CliCommand restore;
    restore.words = QStringList{QStringLiteral("restore")};
    restore.synopsis = QStringLiteral("FILE");
    restore.summary = tr("Replace the database by a verified backup (admin).");
    restore.description =
        tr("The backup is checked first (readable, intact, a ChannelDesk database, not from a "
           "newer version); the current database is kept as NAME.before-restore-YYYYMMDD-HHMMSS "
           "and put back if anything fails. Sign in against the current database. Exit 3: the "
           "file cannot be restored and nothing changed.");
    restore.arguments = {CliArgument{QStringLiteral("FILE"), tr("The backup file."), false, false}};
    restore.run = &BackupCommands::runRestore;
    return {backup, restore};
}

int BackupCommands::runBackup(CliContext &context, const QCommandLineParser &parser)
{
    if (Status s = needAdmin(context, tr("take a backup")); !s)
        return context.fail(s.error());
    const QString out = parser.value(kOut);
    if (Status s = Backup::backup(context.database(), context.actor(), out); !s)
        return context.fail(s.error());
    context.out() << tr("Backup written to %1.").arg(out) << '\n';
    return 0;
}

int BackupCommands::runRestore(CliContext &context, const QCommandLineParser &parser)
{
    if (Status s = needAdmin(context, tr("restore a backup")); !s)
        return context.fail(s.error());
    const QString file = parser.positionalArguments().constFirst();
    const Actor actor = context.actor();
    const QString live = context.database().path();
    // Backup::restore needs the live file closed: drop our connection first.
    context.adoptDatabase(nullptr);
    Result<RestoreReport> report = Backup::restore(live, file, actor);
    if (!report)
        return context.fail(report.error());
    QTextStream &out = context.out();
    out << tr("Restored %1 from %2.").arg(live, file) << '\n';
    if (!report->keptAsidePath.isEmpty())
        out << tr("The previous database is kept as %1.").arg(report->keptAsidePath) << '\n';
    if (report->restoredVersion != report->backupVersion) {
        out << tr("Schema upgraded from version %1 to %2.")
                   .arg(report->backupVersion)
                   .arg(report->restoredVersion)
            << '\n';
    }
    return 0;
}

} // namespace cd
