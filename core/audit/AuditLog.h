#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One line of the append-only audit log: who did what to which record, when,
// old and new values, and the clause the change rests on (SPEC §2).
struct AuditEntry {
    qint64 id = 0;
    QString at;        // UTC ISO 8601
    QString userName;
    QString action;    // e.g. "user.create", "parameter.set", "import.agents"
    QString entity;    // e.g. "user", "parameter", "agent"
    QString entityId;  // the record's key (name, code, number)
    QString oldValue;
    QString newValue;
    QString clause;    // e.g. "§2.4"
};

struct AuditFilter {
    QString userName;  // exact; empty for all
    QString text;      // substring of action, entity, record or values
    QDate from;        // inclusive, by UTC date; invalid for open
    QDate to;          // inclusive
};

// The database refuses UPDATE and DELETE on the log (triggers); every
// mutating service call records its entry inside its own transaction.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(cd::AuditLog)

public:
    // Appends one entry; call inside the change's WriteTransaction.
    static Status record(Database &db, const Actor &actor, const AuditEntry &entry);

    // Newest first; entries with id < beforeId (0: from the newest). Keyset
    // paging keeps each page one indexed query however long the log grows.
    static Result<QVector<AuditEntry>> page(Database &db, const AuditFilter &filter,
                                            qint64 beforeId, int limit);

    static Result<qint64> count(Database &db, const AuditFilter &filter);
    static Result<QStringList> userNames(Database &db);
};

} // namespace cd
