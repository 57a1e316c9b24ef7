#pragma once

#include "common/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cd {

class Database;

// A prepared statement with bound values and errors as values. Forward-only:
// scans never cache rows.
class SqlQuery
{
public:
    SqlQuery(Database &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(int position, const QVariant &value);

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

    // Runs the statement and returns the first column of its first row, e.g.
    // the id from INSERT … RETURNING id. An empty result is NotFound.
    Result<QVariant> scalar();

    QSqlQuery &raw() { return m_query; }

    // A LIKE pattern that matches the user's text literally, anywhere in the
    // value or at its start: the text's percent, underscore and backslash are
    // escaped with a backslash, so write the condition as LIKE :p ESCAPE '\\'.
    static QString likeContaining(const QString &text);
    static QString likeStartingWith(const QString &text);

private:
    Database &m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace cd
