#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QHash>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace cd {

// What is printed around the text on every page.
struct PageDecoration {
    QString title;      // PDF title; also the left footer
    QString pageFormat; // "Page %1 of %2" in the document's language; empty: no page numbers
};

// Lays out an HTML document (from core/printing) on A4 pages and paints it on
// any paged device: a QPdfWriter here, a QPrinter or the print preview in the
// GUI. Qt Gui only, no widgets, so the command line renders the same pages.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(cd::DocumentRenderer)

public:
    // The body font: a CJK-capable serif with fallbacks for each system.
    static QFont bodyFont();
    // A4 portrait with the document margins: the PDF, the printer and the
    // preview all lay pages out by it.
    static QPageLayout pageLayout();
    static std::unique_ptr<QTextDocument> document(const QString &html);

    // Paints every page on the device (its own page layout and margins), with
    // a footer of the title and "page x of y". Returns the page count.
    static int paint(QTextDocument &document, QPagedPaintDevice *device,
                     const PageDecoration &decoration);

    // An A4 PDF with its fonts embedded (as subsets).
    static Result<QByteArray> pdf(const QString &html, const PageDecoration &decoration);
    // The same, written whole or not at all.
    static Status writePdf(const QString &html, const QString &path,
                           const PageDecoration &decoration);

    // Qt writes a glyph's ToUnicode entry as the lowest code point that maps
    // to it, and CJK fonts share glyphs between ideographs and the radicals
    // blocks (U+2E80–U+2FDF): 一 would copy out of the PDF as ⼀. Rewrites
    // those entries to the character the text used. `radicals` maps a radical
    // to that character (see radicalMap); entries keep their length, so the
    // file's offsets stay valid.
    static QByteArray fixToUnicode(const QByteArray &pdf, const QHash<uint, uint> &radicals);
    // For the fonts the document uses: each radical that shares a glyph with
    // a character of the document's text (or of `alsoPrinted`, the footer)
    // → that character.
    static QHash<uint, uint> radicalMap(const QTextDocument &document,
                                        const QString &alsoPrinted = {});
};

} // namespace cd
