#include "DocumentListModel.h"

#include "common/Dates.h"
#include "widgets/Format.h"

namespace cd {

DocumentListModel::DocumentListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

cd::Status DocumentListModel::reload(qint64 customerId)
{
    Result<QVector<CustomerDocument>> docs = ReviewService(m_db).documents(customerId);
    beginResetModel();
    m_documents = docs ? *docs : QVector<CustomerDocument>();
    endResetModel();
    if (!docs)
        return docs.error();
    return {};
}

void DocumentListModel::clear()
{
    beginResetModel();
    m_documents.clear();
    endResetModel();
}

const CustomerDocument *DocumentListModel::document(int row) const
{
    return row >= 0 && row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerDocument &d = m_documents.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Kind:
            return documentKindDisplayName(d.kind);
        case FileName:
            return d.fileName;
        case Size:
            return Format::fileSize(d.size);
        case Added:
            return Dates::format(d.addedOn);
        case AddedBy:
            return d.addedBy;
        case Sha256:
            return d.sha256.left(16) + QStringLiteral("…");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Sha256) {
        return tr("SHA-256 %1").arg(d.sha256);
    } else if (role == Qt::TextAlignmentRole && index.column() == Size) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return d.id;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Kind:
        return tr("Document");
    case FileName:
        return tr("File");
    case Size:
        return tr("Size");
    case Added:
        return tr("Added");
    case AddedBy:
        return tr("By");
    case Sha256:
        return tr("SHA-256");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace cd
