#pragma once

#include "common/Result.h"
#include "print/PrintJob.h"

#include <QMenu>

#include <functional>

namespace cd {

class PrintPreviewDialog;
class MessageBar;

// The "Print…" menu of a page: preview, print and save as PDF of a document
// the page composes on demand (so it always prints what is stored now). A
// composition that fails — no provider name, a record gone — shows in the
// page's message bar.
class PrintMenu : public QMenu
{
    Q_OBJECT

public:
    using Source = std::function<Result<PrintJob>()>;

    PrintMenu(Source source, MessageBar *messageBar, QWidget *parent = nullptr);

    // Opens the preview window-modal and returns it at once; nullptr (and a
    // message) when the document cannot be composed.
    PrintPreviewDialog *preview();
    // The system's print dialog, then the pages.
    void print();
    // Asks for a file (through Dialogs) and writes the PDF; the saved path,
    // or empty when cancelled or refused.
    QString savePdf();

    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *savePdfAction() const { return m_save; }

private:
    Result<PrintJob> compose();

    Source m_source;
    MessageBar *m_bar;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_save;
};

} // namespace cd
