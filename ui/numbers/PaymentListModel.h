#pragma once

#include "numbers/PaymentService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The payments of one number, newest first.
class PaymentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PaidOn, Amount, Months, PeriodFrom, PeriodTo, Payer, ColumnCount };
    Q_ENUM(Column)

    explicit PaymentListModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(const QString &number);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<Payment> m_payments;
};

} // namespace cd
