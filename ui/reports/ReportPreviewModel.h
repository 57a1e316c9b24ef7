#pragma once

#include "common/Result.h"
#include "reports/Report.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace cd {

class Database;

// The first rows of a report (SPEC §5) as the GUI export would write them:
// the translated column headers, personal data masked (§2.6) unless asked
// for. Fed by Report::run, which it stops after kPreviewRows rows: a report of
// hundreds of thousands of rows is never held, only its head. The display
// role shows keys (statuses, tiers, ...) by their translated names
// (ReportColumn::displayText); the tool tip, Qt::UserRole and row() keep the
// cells as the CSV writes them.
class ReportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 500;

    explicit ReportPreviewModel(QObject *parent = nullptr);

    // Runs the report to its first `limit` rows; empties the model on an error.
    cd::Status load(Database &db, const QString &report, const ReportOptions &options,
                    int limit = kPreviewRows);
    void clear();

    QString reportName() const { return m_report; }
    const QVector<ReportColumn> &columns() const { return m_columns; }
    // True when the report has more rows than the preview shows.
    bool truncated() const { return m_truncated; }
    QStringList row(int row) const { return m_rows.value(row); } // the cells as written

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_report;
    QVector<ReportColumn> m_columns;
    QVector<QStringList> m_rows;
    bool m_truncated = false;
};

} // namespace cd
