#pragma once

#include "common/Result.h"
#include "numbers/NumberHistory.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The status history of one number, oldest first (a handful of rows).
class NumberEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, From, To, Reason, ColumnCount };
    Q_ENUM(Column)

    explicit NumberEventsModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(qint64 numberId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<NumberEvent> m_events;
};

} // namespace cd
