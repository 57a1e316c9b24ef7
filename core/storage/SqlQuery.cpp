#include "SqlQuery.h"

#include "Database.h"

#include <QSqlError>

namespace cd {

SqlQuery::SqlQuery(Database &db, const QString &sql) : m_db(db), m_sql(sql), m_query(db.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

namespace {
// A null QString is "no text", not SQL NULL: text columns are NOT NULL with ''
// for nothing. Pass QVariant() for a real NULL.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}
} // namespace

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, bindable(value));
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return m_db.errorFor(m_query.lastError(), m_sql);
    if (!m_query.exec())
        return m_db.errorFor(m_query.lastError(), m_sql);
    return {};
}

namespace {
QString escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}
} // namespace

QString SqlQuery::likeContaining(const QString &text)
{
    return QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
}

QString SqlQuery::likeStartingWith(const QString &text)
{
    return escapeLike(text) + QLatin1Char('%');
}

Result<QVariant> SqlQuery::scalar()
{
    if (Status s = exec(); !s)
        return s.error();
    if (!m_query.next())
        return Error::notFound(QCoreApplication::translate("cd::SqlQuery", "No such record."));
    QVariant v = m_query.value(0);
    m_query.finish();
    return v;
}

} // namespace cd
