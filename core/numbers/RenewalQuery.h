#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// Which renewals a page lists (§2.10).
enum class RenewalBucket {
    Due,              // active, paid_through within [from, to]
    Overdue,          // active, paid_through before `from` (in grace, not yet suspended)
    ArrearsSuspended, // suspended for arrears: a payment makes it active again
};

struct RenewalFilter {
    RenewalBucket bucket = RenewalBucket::Due;
    QDate from;
    QDate to; // Due only
    // Only the numbers this agent serves on `from` (the service owner of
    // §2.3, §9.6: its customers not taken over by then); 0 for all.
    qint64 ownerAgentId = 0;
};

// One number owing a renewal, with whom the notices go to.
struct RenewalRow {
    qint64 numberId = 0;
    QString number;
    QString status;     // status key
    QString suspension; // "arrears" while suspended for it
    QDate paidThrough;
    QDate suspendedOn;
    QString customerUscc;
    QString customerName;
    QString ownerUscc; // §2.10/§9.6 the service owner; empty: the provider after a takeover
    QString ownerName;
    QString planCode;
    Money annualFee;
};

// Read-only: renewals in paid_through order, a page at a time (keyset on
// paid_through and number, on the numbers(status, paid_through) index), so a
// million numbers never load whole. Portable SQL, no date functions.
class RenewalQuery
{
    Q_DECLARE_TR_FUNCTIONS(cd::RenewalQuery)

public:
    explicit RenewalQuery(Database &db) : m_db(db) {}

    // The rows after (afterDate, afterNumber); both empty for the first page.
    Result<QVector<RenewalRow>> page(const RenewalFilter &filter, const QDate &afterDate,
                                     const QString &afterNumber, int limit);
    Result<qint64> count(const RenewalFilter &filter);

private:
    Database &m_db;
};

} // namespace cd
