#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "csv/RowImporter.h"
#include "pricing/Plan.h"
#include "pricing/PriceChain.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

namespace cd {

class Database;

struct PricePoint {
    qint64 id = 0;
    Tier tier = Tier::Standard;
    int level = 1;
    Money price;
    QDate effectiveFrom;
    QString reason;
    QString reference;
    QString createdBy;
    QString createdAt;
};

// Why a price goes up (§2.4): only these, each with a document reference.
enum class IncreaseReason { None, Carrier, Policy };
bool increaseReasonFromKey(const QString &key, IncreaseReason *reason);
QString increaseReasonKey(IncreaseReason reason);

struct PriceChange {
    QString planCode;
    Tier tier = Tier::Standard;
    int level = 1;
    Money price;
    QDate from;
    IncreaseReason reason = IncreaseReason::None;
    QString reference;
};

// A global cut (§2.4): by percent (basis points, 250 = 2.5 %) or by an amount.
struct CutRequest {
    int percentBasisPoints = -1;
    qint64 amountFen = -1;
    QString planCode;   // empty: every active plan
    QDate from;
    QString reason;
};

struct CutLine {
    QString planCode;
    Tier tier = Tier::Standard;
    int level = 1;
    Money before;
    Money after;
};

struct CutPreview {
    QVector<CutLine> lines;
    QVector<ChainBreak> breaks;
    QStringList brokenPlans;
    bool ok() const { return breaks.isEmpty(); }
};

// Agent prices with history (§2.4): the price in force on a date is the latest
// entry on or before it; every change keeps the chain whole on every date from
// its start; raises need a carrier or policy reason with a reference.
class PriceService
{
    Q_DECLARE_TR_FUNCTIONS(cd::PriceService)

public:
    explicit PriceService(Database &db) : m_db(db) {}

    Result<PricePoint> priceOn(qint64 planId, Tier tier, int level, const QDate &date);
    Result<PriceMatrix> matrixOn(qint64 planId, const QDate &date);
    Result<QVector<PricePoint>> history(qint64 planId, Tier tier, int level);

    // Is this change an increase over the price in force on its date? (The
    // GUI asks for a reason and reference only then.)
    Result<bool> isIncrease(const PriceChange &change);

    Status setPrice(const Actor &actor, const PriceChange &change);
    // Inside the caller's transaction, without the chain check (the import
    // checks every plan it touched once, at the end).
    Status insertPrice(const Actor &actor, const PriceChange &change, bool checkChain);

    // Chain breaks of a plan on `from` and on every later date a price of it
    // changes.
    Result<QVector<ChainBreak>> breaksFrom(qint64 planId, const QDate &from);

    Result<CutPreview> previewCut(const Actor &actor, const CutRequest &request);
    Result<CutPreview> applyCut(const Actor &actor, const CutRequest &request);

    // "2.5" → 250 basis points; false when not a percentage in (0, 100).
    static bool parsePercent(const QString &text, int *basisPoints);

private:
    Result<CutPreview> runCut(const Actor &actor, const CutRequest &request, bool commit);
    Database &m_db;
};

// `import prices` (SPEC §5): rows add history entries; the chain of every plan
// touched is checked once the whole file is in.
class PriceImporter : public RowImporter
{
public:
    QString kind() const override { return QStringLiteral("prices"); }
    QVector<CsvColumn> columns() const override;
    bool adminOnly() const override { return true; }
    QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) override;
    QVector<FieldError> finish(Database &db, const Actor &actor) override;

private:
    QHash<qint64, QDate> m_touched; // plan → earliest effective date in the file
};

} // namespace cd
