#pragma once

// Helpers shared by the core tests: fixtures loaded into fresh databases.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace cdtest {

inline QString fixture(const QString &relative)
{
    return QStringLiteral(CHANNELDESK_FIXTURES) + QLatin1Char('/') + relative;
}

// Builds a SQLite file from a fixture script (one statement per line, ending in ';').
inline bool buildFromScript(const QString &dbPath, const QString &scriptPath, QString *error)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + scriptPath;
        return false;
    }
    const QString name = QStringLiteral("fixture-builder");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        const QStringList lines = QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString sql = line.trimmed();
            if (!ok || sql.isEmpty() || sql.startsWith(QLatin1String("--")))
                continue;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                *error = sql + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace cdtest
