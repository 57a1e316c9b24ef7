#pragma once

#include "compliance/ReviewService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The documents on file for a customer, with their SHA-256.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, FileName, Size, Added, AddedBy, Sha256, ColumnCount };
    Q_ENUM(Column)

    explicit DocumentListModel(Database &db, QObject *parent = nullptr);

    cd::Status reload(qint64 customerId);
    void clear();
    const CustomerDocument *document(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<CustomerDocument> m_documents;
};

} // namespace cd
