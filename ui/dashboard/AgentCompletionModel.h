#pragma once

#include "dashboard/DashboardQuery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

// The dashboard's quarterly completion per agent (§2.4), best first; agents
// without a task last. The completion column carries CompletionRole for
// CompletionBarDelegate; Qt::UserRole is the agent's credit code.
class AgentCompletionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Agent, Level, Activations, Completion, ColumnCount };
    Q_ENUM(Column)
    enum Role { CompletionRole = Qt::UserRole + 1 };

    explicit AgentCompletionModel(QObject *parent = nullptr);

    void setLines(const QVector<AgentCompletion> &lines);
    const AgentCompletion *line(int row) const;
    int rowOf(const QString &uscc) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<AgentCompletion> m_lines;
};

} // namespace cd
