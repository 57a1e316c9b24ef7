#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

WriteTransaction::WriteTransaction(Database &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::begin()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return m_db.errorFor(q.lastError(), QStringLiteral("BEGIN IMMEDIATE"));
    m_active = true;
    return {};
}

Status WriteTransaction::commit()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = m_db.errorFor(q.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace cd
