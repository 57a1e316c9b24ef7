#include "ReportPreviewModel.h"

#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"

namespace cd {

ReportPreviewModel::ReportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

cd::Status ReportPreviewModel::load(Database &db, const QString &report,
                                    const ReportOptions &options, int limit)
{
    const std::unique_ptr<Report> r = ReportRegistry::create(report);
    QVector<ReportColumn> columns;
    QVector<QStringList> rows;
    bool truncated = false;
    Status ran;
    if (!r) {
        ran = Error::usage(tr("There is no report \"%1\".").arg(report));
    } else {
        columns = r->columns();
        rows.reserve(qMin(limit, 64));
        // One row past the limit says whether there are more; then the report stops.
        ran = r->run(db, options, [&](const QStringList &cells) {
            if (rows.size() >= limit) {
                truncated = true;
                return false;
            }
            rows.append(ReportExporter::maskRow(columns, cells, options.includePersonalData));
            return true;
        });
    }
    beginResetModel();
    m_report = report;
    m_columns = columns;
    m_rows = ran ? rows : QVector<QStringList>();
    m_truncated = ran && truncated;
    endResetModel();
    return ran;
}

void ReportPreviewModel::clear()
{
    beginResetModel();
    m_report.clear();
    m_columns.clear();
    m_rows.clear();
    m_truncated = false;
    endResetModel();
}

int ReportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString cell = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // Statuses, tiers and other keys in the words every other screen
        // shows; the export keeps the keys (SPEC §5).
        return m_columns.at(index.column()).displayText(cell);
    case Qt::ToolTipRole:
    case Qt::UserRole: // the cell as the CSV writes it
        return cell;
    default:
        break;
    }
    return {};
}

QVariant ReportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ReportColumn &column = m_columns.at(section);
    if (role == Qt::DisplayRole)
        return column.header;
    if (role == Qt::ToolTipRole) // the fixed key the CLI export writes (SPEC §5)
        return column.personal == PersonalDataKind::None
                   ? column.key
                   : tr("%1 — personal data (§2.6)").arg(column.key);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cd
