#include "GlobalSearch.h"

#include "agents/Uscc.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace cd {

namespace {

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QString GlobalSearch::kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Agent:
        return tr("Agent");
    case SearchHit::Kind::Customer:
        return tr("Customer");
    case SearchHit::Kind::Number:
        return tr("Number");
    case SearchHit::Kind::Contract:
        return tr("Contract");
    }
    return {};
}

Result<QVector<SearchHit>> GlobalSearch::find(const QString &input, int perKind)
{
    const QString text = input.trimmed();
    QVector<SearchHit> hits;
    if (text.size() < 2 || perKind <= 0)
        return hits;
    const QString upper = text.toUpper();
    const QString contains = SqlQuery::likeContaining(text);
    // Codes and 400 numbers as the rest of the application reads them:
    // full-width characters, spaces and dashes ("400-820-8888",
    // "91-110000-…") taken out, upper case (Uscc::normalise).
    const QString code = Uscc::normalise(text);
    const QString startsCode = SqlQuery::likeStartingWith(code);

    auto collect = [&](SqlQuery &q, SearchHit::Kind kind) -> Status {
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            SearchHit hit;
            hit.kind = kind;
            hit.key = q.value(0).toString();
            hit.title = q.value(1).toString();
            hit.subtitle = q.value(2).toString();
            hit.status = q.value(3).toString();
            hits.append(hit);
        }
        q.finish();
        return {};
    };

    {
        // A few thousand agents: a bounded scan of names; codes by prefix.
        SqlQuery q(m_db, QStringLiteral(
                             "SELECT uscc, name, uscc, status FROM agents"
                             " WHERE name LIKE :c ESCAPE '\\' OR uscc LIKE :p ESCAPE '\\'"
                             " ORDER BY (uscc = :exact) DESC, level, name LIMIT :n"));
        q.bind(QStringLiteral(":c"), contains)
            .bind(QStringLiteral(":p"), startsCode)
            .bind(QStringLiteral(":exact"), code)
            .bind(QStringLiteral(":n"), perKind);
        if (Status s = collect(q, SearchHit::Kind::Agent); !s)
            return s.error();
    }
    {
        // An exact code is one index lookup; names stop at the limit.
        SqlQuery q(m_db, QStringLiteral(
                             "SELECT c.uscc, c.name, c.uscc || ' · ' || a.name, c.qualification"
                             " FROM customers c"
                             " JOIN agents a ON a.id = c.agent_id"
                             " WHERE c.uscc = :exact"
                             " UNION ALL"
                             " SELECT * FROM (SELECT c.uscc, c.name, c.uscc || ' · ' || a.name, c.qualification"
                             " FROM customers c JOIN agents a ON a.id = c.agent_id"
                             " WHERE (c.name LIKE :c ESCAPE '\\' OR c.uscc LIKE :p ESCAPE '\\')"
                             " AND c.uscc <> :exact LIMIT :n)"
                             " LIMIT :n2"));
        q.bind(QStringLiteral(":exact"), code)
            .bind(QStringLiteral(":c"), contains)
            .bind(QStringLiteral(":p"), startsCode)
            .bind(QStringLiteral(":n"), perKind)
            .bind(QStringLiteral(":n2"), perKind);
        if (Status s = collect(q, SearchHit::Kind::Customer); !s)
            return s.error();
    }
    if (allDigits(code) && code.size() >= 3) {
        // "400…" is a prefix: a range over the unique index. Other digits
        // (the memorable tail "8888") scan until enough matches are found.
        const bool prefix = code.startsWith(QLatin1String("400"));
        SqlQuery q(m_db,
                   QStringLiteral("SELECT n.number, n.number, ifnull(c.name, ''), n.status"
                                  " FROM numbers n LEFT JOIN customers c ON c.id = n.customer_id"
                                  " WHERE ") +
                       (prefix ? QStringLiteral("n.number >= :lo AND n.number < :hi")
                               : QStringLiteral("n.number LIKE :c ESCAPE '\\'")) +
                       QStringLiteral(" ORDER BY n.number LIMIT :n"));
        if (prefix) {
            q.bind(QStringLiteral(":lo"), code).bind(QStringLiteral(":hi"), code + QLatin1Char(':'));
        } else {
            q.bind(QStringLiteral(":c"), SqlQuery::likeContaining(code));
        }
        q.bind(QStringLiteral(":n"), perKind);
        if (Status s = collect(q, SearchHit::Kind::Number); !s)
            return s.error();
    }
    if (upper.startsWith(QLatin1String("HT")) || allDigits(code)) {
        SqlQuery q(m_db, QStringLiteral(
                             "SELECT k.number, k.number, a.name, k.status FROM contracts k"
                             " JOIN agents a ON a.id = k.agent_id"
                             " WHERE k.number LIKE :c ESCAPE '\\' ORDER BY k.number DESC LIMIT :n"));
        q.bind(QStringLiteral(":c"), SqlQuery::likeContaining(upper)).bind(QStringLiteral(":n"), perKind);
        if (Status s = collect(q, SearchHit::Kind::Contract); !s)
            return s.error();
    }
    return hits;
}

} // namespace cd
