#include "ReviewsReport.h"

#include "common/Dates.h"
#include "compliance/Review.h"
#include "compliance/ReviewService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

namespace cd {

QString ReviewsReport::name() const
{
    return QStringLiteral("reviews");
}

QString ReviewsReport::title() const
{
    return tr("Open reviews");
}

QVector<ReportColumn> ReviewsReport::columns() const
{
    return {
        {QStringLiteral("customer_uscc"), tr("Customer's code")},
        {QStringLiteral("customer_name"), tr("Customer")},
        {QStringLiteral("agent_uscc"), tr("Developing agent's code")},
        {QStringLiteral("kind"), tr("Kind"), PersonalDataKind::None, KeyKind::ReviewKind},
        {QStringLiteral("opened_on"), tr("Opened on")},
        {QStringLiteral("age_days"), tr("Age (days)")},
        {QStringLiteral("due_on"), tr("Due on")},
        {QStringLiteral("missing_documents"), tr("Missing documents"), PersonalDataKind::None,
         KeyKind::DocumentKinds},
        {QStringLiteral("review_id"), tr("Review")},
        {QStringLiteral("outcome"), tr("Interim outcome"), PersonalDataKind::None,
         KeyKind::ReviewOutcome},
        {QStringLiteral("plan_id"), tr("Spot check plan")},
    };
}

Status ReviewsReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    const QDate date = options.effectiveDate();
    // The documents on file of customers in open qualification review, read
    // once so the rows can stream from one forward-only query.
    QHash<qint64, QSet<QString>> onFile;
    {
        SqlQuery d(db,
                   QStringLiteral("SELECT DISTINCT d.customer_id, d.kind FROM customer_documents d"
                                  " WHERE d.customer_id IN (SELECT r.customer_id FROM reviews r"
                                  "  WHERE r.status = 'open' AND r.kind = 'qualification')"));
        if (Status s = d.exec(); !s)
            return s;
        while (d.next())
            onFile[d.value(0).toLongLong()].insert(d.value(1).toString());
        d.finish();
    }
    SqlQuery q(db,
               QStringLiteral("SELECT c.uscc, c.name, a.uscc, r.kind, r.opened_on, r.due_on, r.id,"
                              " r.outcome, r.plan_id, c.id, c.legal_rep, c.handler_name"
                              " FROM reviews r JOIN customers c ON c.id = r.customer_id"
                              " JOIN agents a ON a.id = c.agent_id"
                              " WHERE r.status = 'open' AND r.opened_on <= :d"
                              " ORDER BY r.opened_on, r.id"));
    q.bind(QStringLiteral(":d"), Dates::format(date));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const QString kind = q.value(3).toString();
        const QDate opened = Dates::parse(q.value(4).toString());
        QStringList missing;
        if (kind == reviewKindKey(ReviewKind::Qualification)) {
            // §3.9 The checklist, decided in one place.
            const QSet<QString> present = onFile.value(q.value(9).toLongLong());
            for (DocumentKind k :
                 ReviewService::requiredDocuments(q.value(10).toString(), q.value(11).toString())) {
                if (!present.contains(documentKindKey(k)))
                    missing << documentKindKey(k);
            }
        }
        const QStringList cells{q.value(0).toString(),
                                q.value(1).toString(),
                                q.value(2).toString(),
                                kind,
                                Dates::format(opened),
                                opened.isValid() ? QString::number(opened.daysTo(date)) : QString(),
                                q.value(5).toString(),
                                missing.join(QStringLiteral("; ")),
                                q.value(6).toString(),
                                q.value(7).toString(),
                                q.value(8).isNull() ? QString() : q.value(8).toString()};
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
