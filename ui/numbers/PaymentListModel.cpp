#include "PaymentListModel.h"

#include "common/Dates.h"

namespace cd {

PaymentListModel::PaymentListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status PaymentListModel::reload(const QString &number)
{
    Result<QVector<Payment>> payments = PaymentService(m_db).ofNumber(number);
    beginResetModel();
    m_payments = payments ? *payments : QVector<Payment>();
    endResetModel();
    if (!payments)
        return payments.error();
    return {};
}

int PaymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment &p = m_payments.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Months))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case PaidOn:
        return Dates::format(p.paidOn);
    case Amount:
        return p.amount.display();
    case Months:
        return p.months;
    case PeriodFrom:
        return Dates::format(p.periodFrom);
    case PeriodTo:
        return Dates::format(p.periodTo);
    case Payer:
        return p.payerUscc.isEmpty() ? tr("Provider") : p.payerUscc;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PaidOn:
        return tr("Paid on");
    case Amount:
        return tr("Amount");
    case Months:
        return tr("Months");
    case PeriodFrom:
        return tr("Covers from");
    case PeriodTo:
        return tr("Covers to");
    case Payer:
        return tr("Paid by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
