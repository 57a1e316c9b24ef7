#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "csv/RowImporter.h"
#include "pricing/Plan.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

class Database;

// Plans (SPEC §2 "Plan"). Only administrators change plans and prices.
class PlanService
{
    Q_DECLARE_TR_FUNCTIONS(cd::PlanService)

public:
    explicit PlanService(Database &db) : m_db(db) {}

    QVector<FieldError> validate(const PlanInput &input);
    Result<Plan> create(const Actor &actor, const PlanInput &input);
    Result<Plan> insert(const Actor &actor, const PlanInput &input); // in the caller's transaction
    Status setActive(const Actor &actor, const QString &code, bool active);

    Result<Plan> find(const QString &code);
    Result<Plan> findById(qint64 id);
    Result<QVector<Plan>> list(bool activeOnly = false);

private:
    Database &m_db;
};

// `import plans` (SPEC §5).
class PlanImporter : public RowImporter
{
public:
    QString kind() const override { return QStringLiteral("plans"); }
    QVector<CsvColumn> columns() const override;
    bool adminOnly() const override { return true; }
    QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) override;
};

} // namespace cd
