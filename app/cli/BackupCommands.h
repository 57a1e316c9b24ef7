#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace cd {

// backup --out FILE / restore FILE (SPEC §4). Both are admin only: a backup
// holds every personal record unmasked and the password hashes (§2.6), and a
// restore replaces the whole database. restore signs in against the current
// database, then closes it before the file swap (Backup::restore needs no
// open connection to the live file).
// Exit codes: refused target or role 1, a backup file that cannot be restored
// 3 (nothing changed), a failure while swapping files 4 (live database put back).
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::BackupCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int runBackup(CliContext &context, const QCommandLineParser &parser);
    static int runRestore(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
