#pragma once

#include "numbers/NoticeQuery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The notices the provider owes (§2.10, §2.8), newest first, fetched in pages
// of kPageSize through NoticeQuery (keyset paging) as the view scrolls; the
// filters run in SQL and the total comes from NoticeQuery::count.
class NoticeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Number, Recipient, Detail, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;

    explicit NoticeListModel(Database &db, QObject *parent = nullptr);

    // Resets to the first page of the filter and counts its matches.
    cd::Status setFilter(const NoticeFilter &filter);
    cd::Status reload() { return setFilter(m_filter); }
    const NoticeFilter &filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }

    const NoticeRow *notice(int row) const;
    // What a notice says, in the user's language (the Detail column).
    static QString describe(const NoticeRow &notice);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const cd::Error &error);

private:
    Database &m_db;
    NoticeFilter m_filter;
    QVector<NoticeRow> m_rows;
    qint64 m_total = 0;
    bool m_more = false;
    bool m_changing = false;
};

} // namespace cd
