#pragma once

#include "CsvColumn.h"
#include "CsvRow.h"
#include "common/Actor.h"

#include <QString>
#include <QtGlobal>
#include <QVector>

namespace cd {

class Database;

// One problem of one row; column is empty for a whole-row problem.
struct FieldError {
    QString column;
    QString message;
};

// A file kind of SPEC §5 (agents, plans, ...) plugs into the import by
// implementing this and registering a factory with ImportRegistry.
class RowImporter
{
public:
    virtual ~RowImporter() = default;

    virtual QString kind() const = 0;
    virtual QVector<CsvColumn> columns() const = 0;
    // Whether only administrators may import this kind (plans and prices,
    // §2.4); ImportRunner::permits() says who may import what.
    virtual bool adminOnly() const { return false; }

    // Validates one row and, when valid, writes it. Runs inside the import's
    // single write transaction (never open another), so a row may see the rows
    // written before it in the same file. Returns the row's errors, empty when
    // it was written; a row that returns errors is undone on its own (a
    // savepoint), so later rows do not see half of it.
    virtual QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) = 0;

    // Called once after every row was written without error, still inside the
    // transaction, for rules over the whole file (a plan's price chain);
    // errors name no line.
    virtual QVector<FieldError> finish(Database &db, const Actor &actor)
    {
        Q_UNUSED(db)
        Q_UNUSED(actor)
        return {};
    }
};

} // namespace cd
