#pragma once

#include "common/Result.h"
#include "pricing/PriceService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

// Every entry of one price (plan × tier × level), newest first: history is
// never overwritten (§2.4). The entry in force on the page's date is bold;
// entries that take effect later are greyed.
class PriceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EffectiveFrom, Price, Reason, Reference, By, RecordedAt, ColumnCount };
    Q_ENUM(Column)

    explicit PriceHistoryModel(Database &db, QObject *parent = nullptr);

    Status load(qint64 planId, Tier tier, int level, const QDate &date);
    void clear();
    bool isLoaded() const { return m_planId != 0; }
    Tier tier() const { return m_tier; }
    int level() const { return m_level; }
    const PricePoint *point(int row) const;
    // The row in force on the date, or -1.
    int rowInForce() const;

    // "Carrier price adjustment", "Global cut", … for a stored reason key.
    static QString reasonDisplayName(const QString &key);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_planId = 0;
    Tier m_tier = Tier::Standard;
    int m_level = 1;
    QDate m_date;
    QVector<PricePoint> m_points;
};

} // namespace cd
