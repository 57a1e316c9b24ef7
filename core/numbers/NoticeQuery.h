#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

class Database;

// Which notices a list shows. Every part is optional.
struct NoticeFilter {
    QString kind;       // a kind key (NoticeQuery::kinds()); empty for all
    qint64 agentId = 0; // the recipient agent; 0 for all
    QDate from;         // notice_date on or after; invalid: no lower bound
    QDate to;           // notice_date on or before; invalid: no upper bound
};

// One notice the provider owes (§2.10, §2.8), as the daily sweep or an
// incident wrote it.
struct NoticeRow {
    qint64 id = 0;
    QDate date;
    QString kind;          // "renewal_due", "suspended", "reclaim_warning", "reclaimed", "maintenance"
    QString number;        // empty for a maintenance notice
    QString recipientUscc; // empty: the provider's own notice (after a takeover, §2.3)
    QString recipientName;
    QString detail;
    qint64 incidentId = 0; // the maintenance it announces (§2.8); 0 for the other kinds
};

// Read-only: the notices table newest first (notice date, then id), a page at
// a time by keyset on (notice_date, id) over the notices_date index, so that
// years of daily notices never load whole. Filters run in SQL.
class NoticeQuery
{
    Q_DECLARE_TR_FUNCTIONS(cd::NoticeQuery)

public:
    explicit NoticeQuery(Database &db) : m_db(db) {}

    // The kind keys in the order a list offers them.
    static QStringList kinds();
    // The translated name of a kind key; the key itself when unknown.
    static QString kindDisplayName(const QString &kind);

    // The rows after (afterDate, afterId) in newest-first order; an invalid
    // date and 0 for the first page.
    Result<QVector<NoticeRow>> page(const NoticeFilter &filter, const QDate &afterDate,
                                    qint64 afterId, int limit);
    Result<qint64> count(const NoticeFilter &filter);

private:
    Database &m_db;
};

} // namespace cd
