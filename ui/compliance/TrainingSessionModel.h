#pragma once

#include "compliance/TrainingService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// Platform training sessions (§2.7), newest first: all, or those one agent attended.
class TrainingSessionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeldOn, Topic, Trainer, Attendees, ColumnCount };
    Q_ENUM(Column)

    explicit TrainingSessionModel(Database &db, QObject *parent = nullptr);

    // agentId 0: every session.
    Status reload(qint64 agentId = 0);
    const TrainingSession *session(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<TrainingSession> m_sessions;
};

} // namespace cd
