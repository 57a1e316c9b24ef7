#include "ReportExportJob.h"

#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"
#include "storage/Database.h"

#include <QThread>

namespace cd {

ReportExportJob::ReportExportJob(QObject *parent)
    : QObject(parent)
{
    // The registry registers its reports on first use and is meant for the
    // main thread: make that first use happen here, before any worker reads it.
    ReportRegistry::names();
}

ReportExportJob::~ReportExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportExportJob::isRunning() const
{
    return m_thread != nullptr;
}

void ReportExportJob::cancel()
{
    m_cancel.storeRelease(1);
}

bool ReportExportJob::start(const Request &request)
{
    if (m_thread)
        return false;
    m_request = request;
    m_cancel.storeRelease(0);
    m_ok = false;
    m_rows = 0;
    m_error = Error();
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("reportExport"));
    // QThread::finished comes from the worker; queued, it arrives here once
    // run() has returned and its results are written.
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished();
    }, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ReportExportJob::run()
{
    Database::Options options;
    options.migrate = false; // the window's connection already brought the schema up to date
    Result<std::unique_ptr<Database>> db = Database::open(m_request.databasePath, options);
    if (!db) {
        m_error = db.error();
        return;
    }
    const Result<qint64> rows = ReportExporter::exportCsv(
        **db, m_request.actor, m_request.report, m_request.path, m_request.options,
        [this](qint64 written) {
            emit progressed(written);
            if (m_hook)
                m_hook(written);
            return m_cancel.loadAcquire() == 0;
        });
    if (rows) {
        m_ok = true;
        m_rows = *rows;
    } else {
        m_error = rows.error();
    }
}

} // namespace cd
