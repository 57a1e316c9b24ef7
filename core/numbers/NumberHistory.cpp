#include "NumberHistory.h"

#include "common/Dates.h"
#include "storage/SqlQuery.h"

namespace cd {

Result<QVector<NumberEvent>> NumberHistory::events(qint64 numberId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT event_date, from_status, to_status, reason FROM number_events"
                                    " WHERE number_id = :n ORDER BY event_date, id"));
    q.bind(QStringLiteral(":n"), numberId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<NumberEvent> out;
    while (q.next()) {
        NumberEvent e;
        e.date = Dates::parse(q.value(0).toString());
        e.fromStatus = q.value(1).toString();
        e.toStatus = q.value(2).toString();
        e.reason = q.value(3).toString();
        out.append(e);
    }
    return out;
}

} // namespace cd
