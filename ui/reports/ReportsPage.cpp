#include "ReportsPage.h"

#include "agents/ListTable.h"
#include "common/Dates.h"
#include "reports/ReportExportJob.h"
#include "reports/ReportExporter.h"
#include "reports/ReportPreviewModel.h"
#include "reports/ReportRegistry.h"
#include "storage/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
// The progress dialog shows only when an export takes longer than this.
constexpr int kProgressDelayMs = 400;
} // namespace

ReportsPage::ReportsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ReportPreviewModel(this))
    , m_job(new ReportExportJob(this))
    , m_reportList(new QListWidget(this))
    , m_dateEdit(new QDateEdit(this))
    , m_personalCheck(new QCheckBox(tr("Include &personal data"), this))
    , m_excelCheck(new QCheckBox(tr("Long codes as te&xt for Excel"), this))
    , m_previewLabel(new QLabel(this))
    , m_emptyLabel(nullptr)
    , m_table(new QTableView(this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("reportsPage"));

    auto *header = new PageHeader(tr("Reports"),
                                  tr("Every report of the export command, previewed here as "
                                     "the file will read and saved as CSV for Excel."),
                                  this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the whole report to a CSV file (UTF-8 with a byte "
                                  "order mark, for Excel)"));
    header->addAction(m_exportButton);

    // The reports, by their translated titles; the key is what `export` takes.
    m_reportList->setObjectName(QStringLiteral("reportList"));
    for (const QString &name : ReportRegistry::names()) {
        const std::unique_ptr<Report> report = ReportRegistry::create(name);
        if (!report)
            continue;
        auto *item = new QListWidgetItem(report->title(), m_reportList);
        item->setData(Qt::UserRole, name);
        item->setToolTip(tr("channeldesk-cli export %1").arg(name));
    }
    m_reportList->sortItems();
    m_reportList->setFixedWidth(210);

    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDate(QDate::currentDate());
    m_dateEdit->setToolTip(tr("The report's \"as of\" date: tiers, statuses and due dates on "
                              "that day"));

    // §2.6 Personal data leaves unmasked only for the roles with the right.
    m_personalCheck->setObjectName(QStringLiteral("personalDataCheck"));
    const bool mayUnmask = ReportExporter::mayIncludePersonalData(m_context.actor);
    m_personalCheck->setEnabled(mayUnmask);
    m_personalCheck->setToolTip(
        mayUnmask ? tr("Phones, e-mails and ID numbers in full; without this they are masked "
                       "(§2.6). The export is recorded in the audit log.")
                  : tr("An auditor may not see personal data unmasked (§2.6): phones, e-mails "
                       "and ID numbers are always masked."));

    // Excel shows an 18-digit USCC as 1.21E+17 and loses digits; the
    // exporter can keep such codes as text (see CsvWriter::LongCodes).
    m_excelCheck->setObjectName(QStringLiteral("excelTextCheck"));
    m_excelCheck->setChecked(true);
    m_excelCheck->setToolTip(tr("Writes codes of 12 or more digits (such as an all-digit USCC) "
                                "so that Excel keeps them whole instead of showing 1.21E+17. "
                                "ChannelDesk imports such files as they are."));

    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    Theme::makeMuted(m_previewLabel);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *options = new QHBoxLayout;
    options->setSpacing(8);
    options->addWidget(label(tr("As &of:"), m_dateEdit));
    options->addWidget(m_dateEdit);
    options->addSpacing(16);
    options->addWidget(m_personalCheck);
    options->addSpacing(16);
    options->addWidget(m_excelCheck);
    options->addStretch(1);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table, {});
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_emptyLabel = ListTable::addEmptyState(m_table, QString());

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addLayout(options);
    right->addWidget(m_previewLabel);
    right->addWidget(m_table, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(Theme::Spacing);
    body->addWidget(m_reportList);
    body->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(body, 1);

    setTabOrder(m_exportButton, m_reportList);
    setTabOrder(m_reportList, m_dateEdit);
    setTabOrder(m_dateEdit, m_personalCheck);
    setTabOrder(m_personalCheck, m_excelCheck);
    setTabOrder(m_excelCheck, m_table);

    connect(m_reportList, &QListWidget::currentRowChanged, this, &ReportsPage::reloadPreview);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ReportsPage::reloadPreview);
    connect(m_personalCheck, &QCheckBox::toggled, this, &ReportsPage::reloadPreview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::exportReport);
    connect(m_job, &ReportExportJob::progressed, this, [this](qint64 rows) {
        if (m_progress && !m_progress->wasCanceled())
            m_progress->setLabelText(tr("Exporting “%1”… rows written: %2")
                                         .arg(m_reportList->currentItem()
                                                  ? m_reportList->currentItem()->text()
                                                  : m_job->request().report,
                                              Format::count(rows)));
    });
    connect(m_job, &ReportExportJob::finished, this, &ReportsPage::exportDone);

    if (m_reportList->count() > 0)
        m_reportList->setCurrentRow(0);
}

ReportsPage::~ReportsPage() = default; // the job cancels and waits for a running export

QString ReportsPage::currentReport() const
{
    const QListWidgetItem *item = m_reportList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ReportsPage::selectReport(const QString &name)
{
    for (int i = 0; i < m_reportList->count(); ++i) {
        if (m_reportList->item(i)->data(Qt::UserRole).toString() == name) {
            m_reportList->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ReportsPage::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

void ReportsPage::setIncludePersonalData(bool include)
{
    if (m_personalCheck->isEnabled())
        m_personalCheck->setChecked(include);
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o;
    o.date = m_dateEdit->date();
    o.includePersonalData = m_personalCheck->isEnabled() && m_personalCheck->isChecked();
    o.localizedHeaders = true; // the GUI writes the translated headers; the CLI the keys
    o.excelText = m_excelCheck->isChecked();
    return o;
}

void ReportsPage::refreshFromDatabase()
{
    reloadPreview();
}

void ReportsPage::reloadPreview()
{
    const QString name = currentReport();
    if (name.isEmpty()) {
        m_model->clear();
        m_previewLabel->clear();
        m_emptyLabel->setText(tr("Choose a report on the left."));
        m_exportButton->setEnabled(false);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status loaded = m_model->load(*m_context.database, name, options());
    QApplication::restoreOverrideCursor();
    if (!loaded && m_context.messageBar)
        m_context.messageBar->showError(loaded.error());
    // Wide enough for the header and for the first rows' cells (a 10-digit
    // number, "China Telecom"), never wider than 260 px: the rest elide.
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const QFontMetrics cellMetrics = m_table->fontMetrics();
    const int sampled = qMin(m_model->rowCount(), 50);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < sampled; ++r)
            width = qMax(width, cellMetrics.horizontalAdvance(
                                    m_model->index(r, c).data(Qt::DisplayRole).toString()));
        m_table->setColumnWidth(c, qBound(80, width + 32, 260));
    }
    const int rows = m_model->rowCount();
    if (m_model->truncated())
        m_previewLabel->setText(tr("Preview of the first %1 rows; the export writes every row.")
                                    .arg(Format::count(rows)));
    else
        m_previewLabel->setText(tr("Rows in the report: %1.").arg(Format::count(rows)));
    if (!options().includePersonalData)
        m_previewLabel->setText(m_previewLabel->text() + QLatin1Char(' ') +
                                tr("Personal data is masked (§2.6)."));
    m_emptyLabel->setText(loaded ? tr("This report has no rows for the chosen date.")
                                 : tr("The report could not be read."));
    m_exportButton->setEnabled(!m_job->isRunning());
}

void ReportsPage::exportReport()
{
    const QString name = currentReport();
    if (name.isEmpty() || m_job->isRunning())
        return;
    const QString suggested =
        QStringLiteral("%1-%2.csv").arg(name, Dates::format(m_dateEdit->date()));
    const QString path = Dialogs::saveFileName(this, tr("Export Report"), suggested,
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    startExport(path);
}

bool ReportsPage::startExport(const QString &path)
{
    const QString name = currentReport();
    if (name.isEmpty() || m_job->isRunning())
        return false;
    ReportExportJob::Request request;
    request.databasePath = m_context.database->path();
    request.actor = m_context.actor;
    request.report = name;
    request.path = path;
    request.options = options();

    const QString title = m_reportList->currentItem()->text();
    m_progress = new QProgressDialog(tr("Exporting “%1”…").arg(title), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export Report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumWidth(420);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_job->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling; no file will be written…"));
    });
    m_progress->setValue(0); // starts the delay after which the dialog shows

    m_exportButton->setEnabled(false);
    if (!m_job->start(request)) {
        delete m_progress;
        m_exportButton->setEnabled(true);
        return false;
    }
    return true;
}

void ReportsPage::exportDone()
{
    m_context.database->acknowledgeChanges(); // the export's audit entry is ours
    delete m_progress;
    m_exportButton->setEnabled(!currentReport().isEmpty());
    const ReportExportJob::Request &request = m_job->request();
    const QString file = QDir::toNativeSeparators(request.path);
    if (m_job->succeeded()) {
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(tr("Exported “%1” to %2 — rows written: %3.")
                                                  .arg(request.report, file,
                                                       Format::count(m_job->rowsWritten())));
        emit exportFinished(true);
        return;
    }
    if (m_context.messageBar) {
        if (m_job->wasCancelled() && m_job->error().kind == ErrorKind::Rule) {
            m_context.messageBar->showInformation(
                QFileInfo::exists(request.path)
                    ? tr("Export cancelled; %1 was left as it was.").arg(file)
                    : tr("Export cancelled; no file was written."));
        } else {
            m_context.messageBar->showError(m_job->error());
        }
    }
    emit exportFinished(false);
}

} // namespace cd
