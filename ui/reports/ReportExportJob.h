#pragma once

#include "common/Actor.h"
#include "common/Error.h"
#include "reports/Report.h"

#include <QAtomicInt>
#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace cd {

// One CSV export (ReportExporter::exportCsv) on a worker thread with a
// database connection of its own, so that the window stays responsive while
// hundreds of thousands of rows stream to the file.
//
// Why a thread and not processEvents() from the progress callback: the
// callback comes every ReportExporter::kProgressStep rows, so a slow query
// (the sort before a report's first row, a per-row lookup) would still freeze
// the window between calls; and processEvents() re-enters the window in the
// middle of the exporter — the user could switch areas, close the page that
// owns the export, or start another query on the same connection while the
// exporter's forward-only query is still open on it. A Database is one
// connection used from the thread that opened it (storage/Database.h), so the
// worker opens its own on the same file (WAL: the window keeps reading while
// the export reads and then writes its audit entry).
class ReportExportJob : public QObject
{
    Q_OBJECT

public:
    struct Request {
        QString databasePath; // the file of the window's Database
        Actor actor;
        QString report;
        QString path;
        ReportOptions options;
    };

    // Called on the worker thread after each progress report of the exporter,
    // before the job decides whether to go on (tests cancel from here).
    using ProgressHook = std::function<void(qint64 rows)>;

    explicit ReportExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for it to leave (no half file stays).
    ~ReportExportJob() override;

    // False when an export is already running.
    bool start(const Request &request);
    // Thread-safe; the exporter stops at its next progress report, writes no
    // file and leaves an existing one as it was.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancel.loadAcquire() != 0; }
    void setProgressHook(ProgressHook hook) { m_hook = std::move(hook); }

    // The outcome of the last export, once finished() was emitted.
    bool succeeded() const { return m_ok; }
    qint64 rowsWritten() const { return m_rows; }
    const Error &error() const { return m_error; }
    const Request &request() const { return m_request; }

signals:
    // Rows written so far (queued from the worker).
    void progressed(qint64 rows);
    void finished();

private:
    void run(); // on the worker thread

    Request m_request;
    QThread *m_thread = nullptr;
    QAtomicInt m_cancel;
    ProgressHook m_hook;
    bool m_ok = false;
    qint64 m_rows = 0;
    Error m_error;
};

} // namespace cd
