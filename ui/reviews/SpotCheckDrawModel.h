#pragma once

#include "compliance/SpotCheckService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

// The customers a spot-check plan drew, in draw order, with their risk weight.
class SpotCheckDrawModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Order, Customer, Code, Agent, Supervised, Violations, Weight, ColumnCount };
    Q_ENUM(Column)

    explicit SpotCheckDrawModel(QObject *parent = nullptr);

    void setPlan(const SpotCheckPlan &plan);
    const SpotCheckPlan &plan() const { return m_plan; }
    // The customers' codes in draw order.
    QStringList codes() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SpotCheckPlan m_plan;
};

} // namespace cd
