#pragma once

#include "common/Result.h"
#include "incidents/Incident.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

namespace cd {

class Database;

// Platform incidents (§2.8), newest start first, with their flags as the core
// rules decide them (IncidentService::lateNotice, providerLiable): the Flags
// column's display text lists them, FlagTextsRole and FlagTonesRole give them
// to IncidentFlagDelegate, which paints them as badges.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Cause, Start, End, Notice, Agents, Disputes, Flags, ColumnCount };
    Q_ENUM(Column)
    enum Role { FlagTextsRole = Qt::UserRole + 1, FlagTonesRole };

    explicit IncidentListModel(Database &db, QObject *parent = nullptr);

    // Re-reads every incident; an ongoing one is measured up to now.
    cd::Status reload();

    const Incident *incident(int row) const;
    int rowOf(qint64 id) const;
    bool lateNotice(int row) const;
    bool providerLiable(int row) const;
    QDateTime asOf() const { return m_asOf; }

    // A UTC moment in local time, "2026-03-10 16:00".
    static QString displayTime(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<Incident> m_incidents;
    QDateTime m_asOf;
};

} // namespace cd
