#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The audit log as a table, newest first, loaded in pages of PageSize through
// keyset paging (AuditLog::page with the id of the last row loaded), so a log
// of millions of entries opens as fast as a short one. Filters run in SQL.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { At, User, Action, Entity, Record, OldValue, NewValue, Clause, ColumnCount };
    Q_ENUM(Column)

    static constexpr int PageSize = 200;

    explicit AuditLogModel(Database &db, QObject *parent = nullptr);

    // Replaces the filter and loads the first page.
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    // Drops what is loaded and loads the first page again (new entries appear).
    void reload();

    // The entry shown in a row; nullptr outside the rows loaded.
    const AuditEntry *entry(int row) const;

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
    AuditFilter m_filter;
    QVector<AuditEntry> m_entries;
    bool m_atEnd = false;
    bool m_busy = false; // inside a reset or an insert
};

} // namespace cd
