#include "NoticesReport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString NoticesReport::name() const
{
    return QStringLiteral("notices");
}

QString NoticesReport::title() const
{
    return tr("Notices");
}

QVector<ReportColumn> NoticesReport::columns() const
{
    return {
        {QStringLiteral("date"), tr("Date")},
        {QStringLiteral("kind"), tr("Kind"), PersonalDataKind::None, KeyKind::NoticeKind},
        {QStringLiteral("number"), tr("Number")},
        {QStringLiteral("recipient_uscc"), tr("Recipient's code")},
        {QStringLiteral("detail"), tr("Detail")},
    };
}

Status NoticesReport::run(Database &db, const ReportOptions &, const RowSink &sink) const
{
    // Every notice on record, whatever the report date; notices_date orders them.
    SqlQuery q(db, QStringLiteral("SELECT x.notice_date, x.kind, n.number, a.uscc, x.detail"
                                  " FROM notices x LEFT JOIN numbers n ON n.id = x.number_id"
                                  " LEFT JOIN agents a ON a.id = x.recipient_agent_id"
                                  " ORDER BY x.notice_date, x.id"));
    if (Status s = q.exec(); !s)
        return s;
    constexpr int kColumns = 5;
    while (q.next()) {
        QStringList cells;
        cells.reserve(kColumns);
        for (int i = 0; i < kColumns; ++i)
            cells << q.value(i).toString(); // no number or recipient: empty
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
