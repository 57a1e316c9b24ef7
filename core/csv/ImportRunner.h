#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

class Database;
class RowImporter;

struct ImportReport {
    QString kind;
    QString fileName;
    int rows = 0; // data records read
    bool dryRun = false;
};

// Loads a CSV file of one kind (SPEC §4 `import`, §5): all rows or none.
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(cd::ImportRunner)

public:
    // Opens a WriteTransaction (BEGIN IMMEDIATE), reads every record, calls
    // importRow, collects every error as "FILE:LINE: column: message" (FILE
    // as given), and commits only when there were no errors and dryRun is
    // false; otherwise rolls back. Refuses actors that cannot write with
    // Error::permission. On success (not a dry run) writes one audit entry
    // (action "import.<kind>", entity <kind>, entityId the file name,
    // newValue "<rows> rows") in the same transaction.
    // Header problems → the reader's Error::badInput; row errors →
    // Error::badInput("N errors in FILE; nothing was imported", details =
    // the lines); database failures → the Error from the store.
    static Result<ImportReport> run(Database &db, const Actor &actor, RowImporter &importer,
                                    const QString &path, bool dryRun);
    // Whether the actor may import the importer's kind at all: anyone who
    // can write, and for plans and prices administrators only (§2.4). run()
    // checks it before reading a row; a window asks it to offer the import.
    static Status permits(const Actor &actor, const RowImporter &importer);
};

} // namespace cd
