#pragma once

#include "compliance/ReviewService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

// Reviews of ReviewService::list, oldest first: the queue of open
// qualification reviews with their age, the open checks, or one customer's
// history. Views hide the columns they do not need.
class ReviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Customer,
        Code,
        Agent,
        Kind,
        Opened,
        Age,
        Due,
        Outcome,
        Reason,
        Decided,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ReviewListModel(Database &db, QObject *parent = nullptr);

    // `asOf` counts the age in days; `kinds` keeps only these kinds (all when empty).
    cd::Status reload(const ReviewFilter &filter, const QDate &asOf,
                      const QVector<ReviewKind> &kinds = {});
    const Review *review(int row) const;
    int rowOfCustomer(qint64 customerId) const;
    int rowOf(qint64 reviewId) const;

    static QString outcomeText(const QString &key);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QDate m_asOf;
    QVector<Review> m_reviews;
};

} // namespace cd
