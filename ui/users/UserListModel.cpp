#include "UserListModel.h"

#include "widgets/Format.h"

#include <QColor>

namespace cd {

UserListModel::UserListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status UserListModel::reload()
{
    Result<QVector<User>> users = UserService(m_db).list();
    if (!users)
        return users.error();
    beginResetModel();
    m_users = *users;
    endResetModel();
    return {};
}

const User *UserListModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).name == name)
            return i;
    }
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return u.name;
        case Role:
            return roleDisplayName(u.role);
        case Active:
            return u.active ? tr("Active") : tr("Deactivated");
        case Created:
            return Format::timestamp(u.createdAt);
        case LastLogin:
            return u.lastLoginAt.isEmpty() ? tr("Never") : Format::timestamp(u.lastLoginAt);
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        if (!u.active)
            return QColor(0x8b, 0x95, 0xa5);
    } else if (role == Qt::UserRole) {
        return u.name;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("User name");
    case Role:
        return tr("Role");
    case Active:
        return tr("Status");
    case Created:
        return tr("Created");
    case LastLogin:
        return tr("Last sign-in");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
