#pragma once

#include "compliance/ViolationService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// Violation cases (§3.2, §3.9), open ones first, then the newest; of one
// agent or all. Each row carries a summary of its penalties.
class ViolationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Agent,
        FoundOn,
        Clause,
        Source,
        Classification,
        Penalties,
        State,
        Description,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ViolationListModel(Database &db, QObject *parent = nullptr);

    // agentId 0: every agent's cases.
    Status reload(qint64 agentId);
    Status reload() { return reload(m_agentId); }
    const Violation *violation(int row) const;
    int rowOf(qint64 id) const;

    static QString sourceDisplayName(const QString &source);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Violation violation;
        QString penalties;
    };

    Database &m_db;
    qint64 m_agentId = 0;
    QVector<Row> m_rows;
};

} // namespace cd
