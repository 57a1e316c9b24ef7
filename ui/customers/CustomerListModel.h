#pragma once

#include "customers/CustomerService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// Customers matching a search, filtered and ordered in SQL by
// CustomerService::list, at most kLimit rows (the search narrows the rest:
// the service has no paging yet).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, DevelopingAgent, ServiceOwner, Qualification, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kLimit = 1000;

    explicit CustomerListModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(const CustomerFilter &filter);
    cd::Status reload() { return reload(m_filter); }
    const CustomerFilter &filter() const { return m_filter; }
    // True when the search matched more than kLimit customers.
    bool truncated() const { return m_truncated; }
    const Customer *customer(int row) const;
    int rowOf(const QString &uscc) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The tone of a qualification in tables and badges.
    static QColor qualificationColor(cd::Qualification q);

private:
    Database &m_db;
    CustomerFilter m_filter;
    QVector<cd::Customer> m_customers;
    bool m_truncated = false;
};

} // namespace cd
