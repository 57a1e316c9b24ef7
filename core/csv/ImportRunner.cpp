#include "ImportRunner.h"

#include "CsvReader.h"
#include "RowImporter.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QStringList>

namespace cd {

Status ImportRunner::permits(const Actor &actor, const RowImporter &importer)
{
    if (!actor.canWrite()) {
        return Error::permission(tr("%1 may not import files: the role %2 can only read")
                                     .arg(actor.userName, roleDisplayName(actor.role)));
    }
    if (importer.adminOnly() && !actor.isAdmin()) {
        Error error = Error::permission(tr("%1 may not import %2: only an administrator changes "
                                           "plans and prices.")
                                            .arg(actor.userName, importer.kind()));
        error.clause = QStringLiteral("§2.4");
        return error;
    }
    return {};
}

Result<ImportReport> ImportRunner::run(Database &db, const Actor &actor, RowImporter &importer,
                                       const QString &path, bool dryRun)
{
    if (Status s = permits(actor, importer); !s)
        return s.error();

    auto opened = CsvReader::open(path, importer.columns());
    if (!opened)
        return opened.error();
    CsvReader &reader = *opened.value();

    // A big file touches index pages all over a big table in one long
    // transaction: with SQLite's default 2 MB page cache they are spilled to
    // the WAL and read back over and over. A larger cache while the import
    // runs (only what is touched is allocated), the usual one after.
    int cacheSize = 0;
    {
        SqlQuery q(db, QStringLiteral("PRAGMA cache_size"));
        if (Result<QVariant> v = q.scalar(); v)
            cacheSize = v->toInt();
    }
    struct CacheRestore {
        Database &db;
        int size;
        ~CacheRestore()
        {
            if (size != 0)
                (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size));
        }
    } cacheRestore{db, cacheSize};
    if (cacheSize != 0)
        (void)db.exec(QStringLiteral("PRAGMA cache_size = -131072")); // 128 MB

    // All rows or none (§5): one transaction for the whole file.
    WriteTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();

    // A row that fails is undone alone, so that the rows after it are checked
    // against what the file really would write.
    SqlQuery savepoint(db, QStringLiteral("SAVEPOINT cd_import_row"));
    SqlQuery release(db, QStringLiteral("RELEASE SAVEPOINT cd_import_row"));
    SqlQuery undo(db, QStringLiteral("ROLLBACK TO SAVEPOINT cd_import_row"));

    ImportReport report;
    report.kind = importer.kind();
    report.fileName = path;
    report.dryRun = dryRun;

    QStringList problems;
    CsvRow row;
    for (;;) {
        const Result<bool> read = reader.next(&row);
        if (!read) {
            problems.append(read.error().message);
            continue; // the reader goes on with the next record, or ends
        }
        if (!*read)
            break;
        ++report.rows;

        if (Status s = savepoint.exec(); !s)
            return s.error();
        const QVector<FieldError> errors = importer.importRow(db, actor, row);
        if (!errors.isEmpty()) {
            if (Status s = undo.exec(); !s)
                return s.error();
        }
        if (Status s = release.exec(); !s)
            return s.error();

        const QString where = QStringLiteral("%1:%2").arg(path, QString::number(row.line()));
        for (const FieldError &error : errors) {
            if (error.column.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(where, error.message));
            else
                problems.append(
                    QStringLiteral("%1: %2: %3").arg(where, error.column, error.message));
        }
    }

    // Rules over the whole file (a plan's price chain) once every row is in.
    if (problems.isEmpty()) {
        for (const FieldError &error : importer.finish(db, actor)) {
            problems.append(error.column.isEmpty()
                                ? QStringLiteral("%1: %2").arg(path, error.message)
                                : QStringLiteral("%1: %2: %3").arg(path, error.column, error.message));
        }
    }

    if (!problems.isEmpty()) {
        transaction.rollback();
        return Error::badInput(
            tr("%n error(s) in %1; nothing was imported", nullptr, int(problems.size())).arg(path),
            problems);
    }
    if (dryRun) {
        transaction.rollback();
        return report;
    }

    AuditEntry entry;
    entry.action = QStringLiteral("import.") + report.kind;
    entry.entity = report.kind;
    entry.entityId = path;
    entry.newValue = QStringLiteral("%1 rows").arg(report.rows);
    if (Status audited = AuditLog::record(db, actor, entry); !audited)
        return audited.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace cd
