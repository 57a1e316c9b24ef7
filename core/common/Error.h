#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cd {

// What kind of failure an error is; the CLI maps each kind to its exit code (SPEC §4).
enum class ErrorKind {
    Rule,       // refused by a business rule (exit 1)
    NotFound,   // a record that does not exist (exit 1)
    Permission, // the user's role does not allow it (exit 1)
    Usage,      // wrong command-line use (exit 2)
    BadInput,   // a bad input file; nothing was written (exit 3)
    Database,   // the store failed: busy, corrupt, newer schema (exit 4)
};

// A failure as a value: a translated message and, when a rule refused, its clause.
struct Error {
    ErrorKind kind = ErrorKind::Rule;
    QString message;
    QString clause;       // e.g. "§2.4"; empty when no rule is involved
    QStringList details;  // further lines, e.g. one per bad row of an import

    static Error rule(const QString &message, const QString &clause = {});
    static Error notFound(const QString &message);
    static Error permission(const QString &message);
    static Error usage(const QString &message);
    static Error badInput(const QString &message, const QStringList &details = {});
    static Error database(const QString &message);

    // One line: the message followed by the clause, e.g. "… (§2.4)".
    QString text() const;
    // The CLI exit code of SPEC §4 for this kind of error.
    int exitCode() const;
};

} // namespace cd
