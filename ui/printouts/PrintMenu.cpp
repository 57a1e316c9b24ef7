#include "PrintMenu.h"

#include "print/DocumentRenderer.h"
#include "printouts/PrintPreviewDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace cd {

PrintMenu::PrintMenu(Source source, MessageBar *messageBar, QWidget *parent)
    : QMenu(parent)
    , m_source(std::move(source))
    , m_bar(messageBar)
    , m_preview(addAction(tr("Print Pre&view…")))
    , m_print(addAction(tr("&Print…")))
    , m_save(addAction(tr("Save as P&DF…")))
{
    setObjectName(QStringLiteral("printMenu"));
    m_preview->setObjectName(QStringLiteral("printPreviewAction"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_save->setObjectName(QStringLiteral("savePdfAction"));
    connect(m_preview, &QAction::triggered, this, [this] { preview(); });
    connect(m_print, &QAction::triggered, this, &PrintMenu::print);
    connect(m_save, &QAction::triggered, this, [this] { savePdf(); });
}

Result<PrintJob> PrintMenu::compose()
{
    Result<PrintJob> job = m_source ? m_source() : Result<PrintJob>(Error::notFound(tr("Nothing to print.")));
    if (!job && m_bar)
        m_bar->showError(job.error());
    return job;
}

PrintPreviewDialog *PrintMenu::preview()
{
    Result<PrintJob> job = compose();
    if (!job)
        return nullptr;
    auto *dialog = new PrintPreviewDialog(*job, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void PrintMenu::print()
{
    Result<PrintJob> job = compose();
    if (!job)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(job->decoration.title);
    printer.setPageLayout(DocumentRenderer::pageLayout());
    QPrintDialog dialog(&printer, parentWidget());
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> document = DocumentRenderer::document(job->html);
    DocumentRenderer::paint(*document, &printer, job->decoration);
    if (m_bar)
        m_bar->showSuccess(tr("%1 sent to the printer.").arg(job->decoration.title));
}

QString PrintMenu::savePdf()
{
    Result<PrintJob> job = compose();
    if (!job)
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::saveFileName(parentWidget(), tr("Save as PDF"),
                                               QDir(folder).filePath(job->suggestedFileName),
                                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (Status s = DocumentRenderer::writePdf(job->html, path, job->decoration); !s) {
        if (m_bar)
            m_bar->showError(s.error());
        return {};
    }
    if (m_bar)
        m_bar->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

} // namespace cd
