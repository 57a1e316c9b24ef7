#pragma once

#include "compliance/ReviewService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// §3.9 The documents a customer's qualification needs, each on file or
// missing; the handler's two only when the handler is not the legal
// representative (ReviewService::checklist decides).
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Document, State, Files, ColumnCount };
    Q_ENUM(Column)

    explicit ChecklistModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(qint64 customerId);
    void clear();
    const ChecklistItem *item(int row) const;
    QVector<DocumentKind> missing() const;
    bool complete() const { return !m_items.isEmpty() && missing().isEmpty(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<ChecklistItem> m_items;
};

} // namespace cd
