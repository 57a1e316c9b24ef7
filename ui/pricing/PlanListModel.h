#pragma once

#include "common/Result.h"
#include "pricing/Plan.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The plans (a short list: loaded whole), active and inactive.
class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Carrier, RetailFee, CarrierCost, Active, ColumnCount };
    Q_ENUM(Column)

    explicit PlanListModel(Database &db, QObject *parent = nullptr);

    Status reload();
    const Plan *plan(int row) const;
    int rowOf(const QString &code) const;
    const QVector<Plan> &plans() const { return m_plans; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<Plan> m_plans;
};

} // namespace cd
