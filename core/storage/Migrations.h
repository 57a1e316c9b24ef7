#pragma once

#include <QStringList>
#include <QVector>

namespace cd {

// One step of the schema: the statements that take version - 1 to version.
// Steps run in order, each in its own transaction with PRAGMA user_version set
// inside it, so a failed step leaves the file at the version before.
struct Migration {
    int version;
    const char *description;
    QStringList statements;
};

const QVector<Migration> &migrations();

} // namespace cd
