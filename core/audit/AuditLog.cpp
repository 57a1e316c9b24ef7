#include "AuditLog.h"

#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace cd {

namespace {
// The WHERE clause for a filter; values are bound, never spliced.
QString whereFor(const AuditFilter &filter, qint64 beforeId)
{
    QStringList terms;
    if (beforeId > 0)
        terms << QStringLiteral("id < :before");
    if (!filter.userName.isEmpty())
        terms << QStringLiteral("user_name = :user");
    if (!filter.text.isEmpty()) {
        terms << QStringLiteral("(action LIKE :text ESCAPE '\\' OR entity LIKE :text ESCAPE '\\'"
                                " OR entity_id LIKE :text ESCAPE '\\' OR old_value LIKE :text ESCAPE '\\'"
                                " OR new_value LIKE :text ESCAPE '\\' OR clause LIKE :text ESCAPE '\\')");
    }
    if (filter.from.isValid())
        terms << QStringLiteral("at >= :from");
    if (filter.to.isValid())
        terms << QStringLiteral("at < :to");
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bindFilter(SqlQuery &q, const AuditFilter &filter, qint64 beforeId)
{
    if (beforeId > 0)
        q.bind(QStringLiteral(":before"), beforeId);
    if (!filter.userName.isEmpty())
        q.bind(QStringLiteral(":user"), filter.userName);
    if (!filter.text.isEmpty())
        q.bind(QStringLiteral(":text"), SqlQuery::likeContaining(filter.text));
    if (filter.from.isValid())
        q.bind(QStringLiteral(":from"), Dates::format(filter.from));
    if (filter.to.isValid())
        q.bind(QStringLiteral(":to"), Dates::format(filter.to.addDays(1)));
}
} // namespace

Status AuditLog::record(Database &db, const Actor &actor, const AuditEntry &entry)
{
    SqlQuery q(db, QStringLiteral(
                       "INSERT INTO audit_log (at, user_name, action, entity, entity_id, old_value,"
                       " new_value, clause) VALUES (:at, :user, :action, :entity, :entity_id,"
                       " :old_value, :new_value, :clause)"));
    q.bind(QStringLiteral(":at"), entry.at.isEmpty() ? Dates::nowTimestamp() : entry.at)
        .bind(QStringLiteral(":user"), actor.userName)
        .bind(QStringLiteral(":action"), entry.action)
        .bind(QStringLiteral(":entity"), entry.entity)
        .bind(QStringLiteral(":entity_id"), entry.entityId)
        .bind(QStringLiteral(":old_value"), entry.oldValue)
        .bind(QStringLiteral(":new_value"), entry.newValue)
        .bind(QStringLiteral(":clause"), entry.clause);
    return q.exec();
}

Result<QVector<AuditEntry>> AuditLog::page(Database &db, const AuditFilter &filter,
                                           qint64 beforeId, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT id, at, user_name, action, entity, entity_id, old_value,"
                                  " new_value, clause FROM audit_log")
                       + whereFor(filter, beforeId)
                       + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    bindFilter(q, filter, beforeId);
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.userName = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.clause = q.value(8).toString();
        entries.append(e);
    }
    return entries;
}

Result<qint64> AuditLog::count(Database &db, const AuditFilter &filter)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log") + whereFor(filter, 0));
    bindFilter(q, filter, 0);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QStringList> AuditLog::userNames(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace cd
