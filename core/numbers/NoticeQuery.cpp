#include "NoticeQuery.h"

#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

namespace {
QStringList whereFor(const NoticeFilter &f)
{
    QStringList w;
    if (!f.kind.isEmpty())
        w << QStringLiteral("x.kind = :kind");
    if (f.agentId != 0)
        w << QStringLiteral("x.recipient_agent_id = :agent");
    if (f.from.isValid())
        w << QStringLiteral("x.notice_date >= :from");
    if (f.to.isValid())
        w << QStringLiteral("x.notice_date <= :to");
    return w;
}

void bindFilter(SqlQuery &q, const NoticeFilter &f)
{
    if (!f.kind.isEmpty())
        q.bind(QStringLiteral(":kind"), f.kind);
    if (f.agentId != 0)
        q.bind(QStringLiteral(":agent"), f.agentId);
    if (f.from.isValid())
        q.bind(QStringLiteral(":from"), Dates::format(f.from));
    if (f.to.isValid())
        q.bind(QStringLiteral(":to"), Dates::format(f.to));
}
} // namespace

QStringList NoticeQuery::kinds()
{
    return {QStringLiteral("renewal_due"), QStringLiteral("suspended"),
            QStringLiteral("reclaim_warning"), QStringLiteral("reclaimed"),
            QStringLiteral("maintenance")};
}

QString NoticeQuery::kindDisplayName(const QString &kind)
{
    if (kind == QLatin1String("renewal_due"))
        return tr("Renewal reminder");
    if (kind == QLatin1String("suspended"))
        return tr("Suspension");
    if (kind == QLatin1String("reclaim_warning"))
        return tr("Reclaim warning");
    if (kind == QLatin1String("reclaimed"))
        return tr("Reclaimed");
    if (kind == QLatin1String("maintenance"))
        return tr("Maintenance notice");
    return kind;
}

Result<QVector<NoticeRow>> NoticeQuery::page(const NoticeFilter &filter, const QDate &afterDate,
                                             qint64 afterId, int limit)
{
    QStringList w = whereFor(filter);
    const bool after = afterDate.isValid() && afterId > 0;
    if (after)
        w << QStringLiteral("(x.notice_date < :ad OR (x.notice_date = :ad AND x.id < :ai))");
    QString sql = QStringLiteral(
        "SELECT x.id, x.notice_date, x.kind, n.number, a.uscc, a.name, x.detail, x.incident_id"
        " FROM notices x LEFT JOIN numbers n ON n.id = x.number_id"
        " LEFT JOIN agents a ON a.id = x.recipient_agent_id");
    if (!w.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY x.notice_date DESC, x.id DESC LIMIT :limit");
    SqlQuery q(m_db, sql);
    bindFilter(q, filter);
    if (after)
        q.bind(QStringLiteral(":ad"), Dates::format(afterDate)).bind(QStringLiteral(":ai"), afterId);
    q.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<NoticeRow> out;
    while (q.next()) {
        NoticeRow r;
        r.id = q.value(0).toLongLong();
        r.date = Dates::parse(q.value(1).toString());
        r.kind = q.value(2).toString();
        r.number = q.value(3).toString();
        r.recipientUscc = q.value(4).toString();
        r.recipientName = q.value(5).toString();
        r.detail = q.value(6).toString();
        r.incidentId = q.value(7).toLongLong();
        out.append(r);
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return m_db.errorFor(error, QStringLiteral("notices"));
    return out;
}

Result<qint64> NoticeQuery::count(const NoticeFilter &filter)
{
    const QStringList w = whereFor(filter);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM notices x");
    if (!w.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.join(QStringLiteral(" AND "));
    SqlQuery q(m_db, sql);
    bindFilter(q, filter);
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace cd
