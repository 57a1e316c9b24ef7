#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cd {

class ReportExportJob;
class ReportPreviewModel;
struct ReportOptions;

// The Reports area (SPEC §5): pick a report and its date, see its first rows
// as the export writes them (translated headers, personal data masked unless
// asked for, §2.6), and export it to CSV with a progress dialog whose Cancel
// leaves no half file. The export runs on a worker thread (ReportExportJob);
// the exporter writes the audit entry.
class ReportsPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit ReportsPage(const PageContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    ReportPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReportExportJob *exportJob() const { return m_job; }
    // The progress dialog of the running export; nullptr when none runs.
    QProgressDialog *progressDialog() const { return m_progress; }

    // Selects a report by its key ("agents"); false when there is none.
    bool selectReport(const QString &name);
    QString currentReport() const;
    void setDate(const QDate &date);
    void setIncludePersonalData(bool include);

    // Asks where to save, then starts the export; returns at once.
    void exportReport();
    // Starts the export to `path`; false when one is already running.
    bool startExport(const QString &path);

    void refreshFromDatabase() override;

signals:
    // The export ended: written, cancelled or failed (see the message bar).
    void exportFinished(bool written);

private:
    ReportOptions options() const;
    void reloadPreview();
    void exportDone();

    PageContext m_context;
    ReportPreviewModel *m_model;
    ReportExportJob *m_job;
    QListWidget *m_reportList;
    QDateEdit *m_dateEdit;
    QCheckBox *m_personalCheck;
    QCheckBox *m_excelCheck;
    QLabel *m_previewLabel;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QPushButton *m_exportButton;
    QPointer<QProgressDialog> m_progress;
};

} // namespace cd
