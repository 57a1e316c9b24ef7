#pragma once

#include "numbers/NumberService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The number pool, fetched in pages of kPageSize through NumberService::page
// (keyset paging in number order) as the view scrolls: a million numbers
// never load whole. Filters run in SQL; the total comes from
// NumberService::count. Sorting is by number only, the order of the keyset.
class NumberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Status,
        Grade,
        Carrier,
        Customer,
        Agent,
        Plan,
        Activated,
        PaidThrough,
        Suspended,
        Reclaimed,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;

    explicit NumberListModel(Database &db, QObject *parent = nullptr);

    // Resets to the first page of the filter and counts its matches.
    cd::Status setFilter(const NumberFilter &filter);
    cd::Status reload() { return setFilter(m_filter); }
    const NumberFilter &filter() const { return m_filter; }
    // How many numbers match the filter (not how many are loaded).
    qint64 totalCount() const { return m_total; }

    const cd::Number *number(int row) const;
    int rowOf(const QString &number) const;
    // Re-reads one loaded number after an action changed it.
    cd::Status refreshNumber(const QString &number);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page could not be read; the view shows it in its message bar.
    void loadFailed(const cd::Error &error);

private:
    Database &m_db;
    NumberFilter m_filter;
    QVector<cd::Number> m_numbers;
    qint64 m_total = 0;
    bool m_more = false;
    bool m_changing = false;
};

} // namespace cd
