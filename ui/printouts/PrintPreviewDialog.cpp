#include "PrintPreviewDialog.h"

#include "print/DocumentRenderer.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace cd {

PrintPreviewDialog::PrintPreviewDialog(const PrintJob &job, QWidget *parent)
    : QPrintPreviewDialog(parent)
    , m_job(job)
    , m_document(DocumentRenderer::document(job.html))
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(tr("Print Preview — %1").arg(job.decoration.title));
    QPrinter *p = printer();
    p->setDocName(job.decoration.title);
    p->setPageLayout(DocumentRenderer::pageLayout());
    connect(this, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        m_pages = DocumentRenderer::paint(*m_document, target, m_job.decoration);
    });
    resize(900, 1000);
}

PrintPreviewDialog::~PrintPreviewDialog() = default;

} // namespace cd
