#pragma once

#include "common/Result.h"
#include "pricing/PriceChain.h"

#include <QAbstractTableModel>
#include <QDate>

namespace cd {

class Database;

// One plan's agent prices in force on a date (§3 "Pricing"): a row per tier,
// standard to diamond (best last), a column per agent level. A cell shows the
// price and the day it took effect; a cell without a price says "missing".
class PriceMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Level1, Level2, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        TierRole = Qt::UserRole, // the row's tier key
        LevelRole,               // 1 or 2
        PriceFenRole,            // qint64, or invalid when missing
        EffectiveFromRole,       // QDate, or invalid when missing
        PriceTextRole,           // "¥750.00", or empty when missing
        DetailTextRole,          // "from 2026-01-01", or empty when missing
    };

    explicit PriceMatrixModel(Database &db, QObject *parent = nullptr);

    // Loads the prices of the plan (0: none) in force on the date.
    Status load(qint64 planId, const QDate &date);
    void clear();

    qint64 planId() const { return m_planId; }
    QDate date() const { return m_matrix.date; }
    const PriceMatrix &matrix() const { return m_matrix; }
    int missing() const { return m_planId ? m_matrix.missing() : 0; }

    static Tier tierOfRow(int row) { return Tier(row); }
    static int rowOf(Tier tier) { return int(tier); }
    static int levelOfColumn(int column) { return column + 1; }
    static int columnOf(int level) { return level - 1; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_planId = 0;
    PriceMatrix m_matrix;
};

} // namespace cd
