#pragma once

#include "users/UserService.h"

#include <QAbstractTableModel>
#include <QVector>

namespace cd {

class Database;

// The accounts of this database (a short list: loaded whole).
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Active, Created, LastLogin, ColumnCount };
    Q_ENUM(Column)

    explicit UserListModel(Database &db, QObject *parent = nullptr);

    Status reload();
    const User *user(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QVector<User> m_users;
};

} // namespace cd
