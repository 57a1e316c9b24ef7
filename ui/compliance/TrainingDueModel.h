#pragma once

#include "compliance/TrainingService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

// §2.7 Signed agents not yet trained on a date: overdue ones (past their
// first contract start + the due days) first, then those still inside it.
class TrainingDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Agent, Code, FirstStart, DueBy, State, ColumnCount };
    Q_ENUM(Column)

    explicit TrainingDueModel(Database &db, QObject *parent = nullptr);

    Status reload(const QDate &asOf);
    const TrainingDue *due(int row) const;
    int rowOf(const QString &agentUscc) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QDate m_asOf;
    QVector<TrainingDue> m_rows;
};

} // namespace cd
