#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "csv/RowImporter.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <memory>

namespace cd {

class Database;
class SqlQuery;

struct NumberFilter {
    QString digits;        // numbers containing these digits
    QString status;        // status key; empty for all
    QString grade;         // grade key; empty for all
    qint64 agentId = 0;    // opened by this agent
    qint64 customerId = 0;
    // Suspended for arrears on or before this day (§2.10): with the reclaim
    // days added, the numbers the sweep reclaims by then. Null for all.
    QDate arrearsSuspendedBy;
};

struct Activation {
    QString number;
    QString customerUscc;
    QString planCode;
    QDate date;
    int months = 12;
    QStringList destinations; // 落地号码, Chinese phone numbers
};

// The number pool and a number's life until the sweep takes over: import,
// reservation, activation, destinations, cancellation, fraud blocks.
class NumberService
{
    Q_DECLARE_TR_FUNCTIONS(cd::NumberService)

public:
    explicit NumberService(Database &db) : m_db(db) {}

    Result<Number> find(const QString &number);
    Result<Number> findById(qint64 id);
    // One page in number order after `afterNumber` (keyset paging: fast on a
    // million rows); filters run in SQL.
    Result<QVector<Number>> page(const NumberFilter &filter, const QString &afterNumber, int limit);
    Result<qint64> count(const NumberFilter &filter);
    // The earliest suspension day among the filter's numbers; null when none
    // is suspended.
    Result<QDate> earliestSuspension(const NumberFilter &filter);

    // Holds an available number for a customer: at most reservation_limit at a
    // time, released by the sweep after reservation_days.
    Status reserve(const Actor &actor, const QString &number, const QString &customerUscc, const QDate &date);
    Status release(const Actor &actor, const QString &number, const QDate &date);

    // Activation needs (§3.9, §9.2, §9.6, §3.2): the customer approved, an
    // agent that may open numbers (OperatingRights), a plan whose annual fee
    // meets the grade's minimum. paid_through = date + months − 1 day.
    Result<Number> activate(const Actor &actor, const Activation &activation);

    Status setDestinations(const Actor &actor, const QString &number, const QStringList &phones);
    Status cancel(const Actor &actor, const QString &number, const QDate &date);

    // §3.9 Fraud found by a check blocks every number of the customer at once;
    // inside the caller's transaction. Returns how many were blocked.
    Result<int> blockCustomerNumbersIn(const Actor &actor, qint64 customerId, const QDate &date,
                                       const QString &reason);

    // Inside the caller's transaction: one status change with its event row.
    Status recordEvent(qint64 numberId, const QDate &date, const QString &from, const QString &to,
                       const QString &reason);

private:
    // One aggregate (COUNT(*), MIN(…)) over the numbers the filter selects.
    Result<QVariant> aggregate(const NumberFilter &filter, const QString &expression);
    Database &m_db;
};

// `import numbers` (SPEC §5): the pool, or migrated active numbers.
class NumberImporter : public RowImporter
{
public:
    NumberImporter();
    ~NumberImporter() override;

    QString kind() const override { return QStringLiteral("numbers"); }
    QVector<CsvColumn> columns() const override;
    QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) override;

private:
    QHash<QString, QPair<qint64, qint64>> m_customers; // uscc → (customer id, agent id)
    QHash<QString, qint64> m_plans;                     // code → plan id
    // Prepared once per import: preparing the INSERT (a table with eight
    // indexes, checks and foreign keys) for every row cost more than the row.
    std::unique_ptr<SqlQuery> m_insert;
    QString m_now; // created_at of every row of the file
};

} // namespace cd
