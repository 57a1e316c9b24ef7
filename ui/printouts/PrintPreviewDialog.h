#pragma once

#include "print/PrintJob.h"

#include <QPrintPreviewDialog>

#include <memory>

class QTextDocument;

namespace cd {

// Qt's print preview over a composed document, on A4 with the document's
// margins; its toolbar prints. The document is laid out once per preview
// refresh on the preview's printer.
class PrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    explicit PrintPreviewDialog(const PrintJob &job, QWidget *parent = nullptr);
    ~PrintPreviewDialog() override;

    // Pages painted by the last refresh (0 before the first).
    int pageCount() const { return m_pages; }

private:
    PrintJob m_job;
    std::unique_ptr<QTextDocument> m_document;
    int m_pages = 0;
};

} // namespace cd
