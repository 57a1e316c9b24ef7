#pragma once

#include "common/Result.h"
#include "pricing/QuarterlyEvaluation.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The stored lines of one quarter's evaluation (§2.4), one per agent: task,
// activations, completion, tier and the proposed tier with its status. A line
// without a task shows "no task" and has no completion to draw.
class EvaluationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgentName,
        AgentCode,
        Task,
        Activations,
        Completion,
        CurrentTier,
        ProposedTier,
        State,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        CompletionRole = Qt::UserRole + 1, // whole percent, invalid without a task
        ProposalIdRole,                    // qint64
        StatusKeyRole,                     // "none", "proposed", "approved", "declined"
    };

    explicit EvaluationModel(Database &db, QObject *parent = nullptr);

    Status load(const Quarter &quarter);
    const Quarter &quarter() const { return m_quarter; }
    const Performance *line(int row) const;
    int rowOfAgent(const QString &uscc) const;
    int openProposals() const;

    static QString statusDisplayName(const Performance &line);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    Quarter m_quarter;
    QVector<Performance> m_lines;
};

} // namespace cd
