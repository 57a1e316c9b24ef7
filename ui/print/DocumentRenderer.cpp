#include "DocumentRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

namespace cd {

namespace {
// Margins of a generated PDF, in millimetres.
constexpr qreal kMarginSide = 20.0;
constexpr qreal kMarginTop = 18.0;
constexpr qreal kMarginBottom = 14.0;
// The footer's band at the bottom of the printable area, in millimetres.
constexpr qreal kFooterBand = 10.0;
constexpr int kPdfResolution = 600;

qreal mmToPixels(qreal mm, int dpi)
{
    return mm * dpi / 25.4;
}

// The templates name the Noto CJK families; elsewhere the system's own
// Chinese fonts stand in for them.
void installSubstitutions()
{
    static const bool done = [] {
        QFont::insertSubstitutions(QStringLiteral("Noto Serif CJK SC"),
                                   {QStringLiteral("Source Han Serif SC"),
                                    QStringLiteral("Songti SC"), QStringLiteral("SimSun"),
                                    QStringLiteral("Noto Sans CJK SC")});
        QFont::insertSubstitutions(QStringLiteral("Noto Sans CJK SC"),
                                   {QStringLiteral("Source Han Sans SC"),
                                    QStringLiteral("PingFang SC"),
                                    QStringLiteral("Microsoft YaHei"),
                                    QStringLiteral("Droid Sans Fallback")});
        return true;
    }();
    Q_UNUSED(done)
}

bool isRadical(uint cp)
{
    return cp >= 0x2E80 && cp <= 0x2FDF;
}

bool isIdeograph(uint cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The value of a "<XXXX>" token at `at`, or -1.
int token4(const QByteArray &data, qsizetype at)
{
    if (at + 6 > data.size() || data.at(at) != '<' || data.at(at + 5) != '>')
        return -1;
    int value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int h = hexValue(data.at(at + i));
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

void writeToken4(QByteArray &data, qsizetype at, uint value)
{
    const QByteArray hex = QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        data[at + 1 + i] = hex.at(i);
}
} // namespace

QPageLayout DocumentRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginSide, kMarginTop, kMarginSide, kMarginBottom),
                       QPageLayout::Millimeter);
}

QFont DocumentRenderer::bodyFont()
{
    installSubstitutions();
    QFont font;
    font.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                      QStringLiteral("Songti SC"), QStringLiteral("SimSun"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC")});
    font.setStyleHint(QFont::Serif);
    // Shaped Latin runs pick contextual digit glyphs of the CJK fonts that
    // have no Unicode entry, and the PDF's text layer would lose them
    // ("HT-2026" copied as "HT-"). The documents need no ligatures or kerning.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(10.5);
    return font;
}

std::unique_ptr<QTextDocument> DocumentRenderer::document(const QString &html)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(bodyFont());
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    return doc;
}

int DocumentRenderer::paint(QTextDocument &document, QPagedPaintDevice *device,
                            const PageDecoration &decoration)
{
    const int dpi = device->logicalDpiY();
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footer = decoration.pageFormat.isEmpty() && decoration.title.isEmpty()
                             ? 0.0
                             : mmToPixels(kFooterBand, dpi);
    const QSizeF body(area.width(), area.height() - footer);

    // Lay the text out in the device's pixels so that points print as points;
    // blocks and table rows move to the next page instead of being cut.
    document.documentLayout()->setPaintDevice(device);
    document.setPageSize(body);
    const int pages = std::max(1, document.pageCount());

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont footerFont = bodyFont();
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        const QRectF clip(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        if (footer > 0) {
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), std::max(1.0, dpi / 300.0)));
            const qreal top = body.height() + footer * 0.35;
            painter.drawLine(QPointF(0, top), QPointF(body.width(), top));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF text(0, top, body.width(), footer * 0.65);
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, decoration.title);
            if (!decoration.pageFormat.isEmpty())
                painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter,
                                 decoration.pageFormat.arg(page + 1).arg(pages));
            painter.restore();
        }
    }
    painter.end();
    return pages;
}

Result<QByteArray> DocumentRenderer::pdf(const QString &html, const PageDecoration &decoration)
{
    std::unique_ptr<QTextDocument> doc = document(html);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(decoration.title);
        writer.setCreator(QStringLiteral("ChannelDesk"));
        writer.setPageLayout(pageLayout());
        paint(*doc, &writer, decoration);
    }
    if (bytes.isEmpty())
        return Error::database(tr("The PDF could not be produced."));
    return fixToUnicode(bytes, radicalMap(*doc, decoration.title + decoration.pageFormat));
}

Status DocumentRenderer::writePdf(const QString &html, const QString &path,
                                  const PageDecoration &decoration)
{
    Result<QByteArray> bytes = pdf(html, decoration);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error::usage(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QHash<uint, uint> DocumentRenderer::radicalMap(const QTextDocument &document,
                                               const QString &alsoPrinted)
{
    // The characters of the text, and the fonts they are set in.
    QSet<uint> characters;
    const QString text = document.toPlainText() + alsoPrinted;
    for (const uint cp : text.toUcs4()) {
        if (isIdeograph(cp))
            characters.insert(cp);
    }
    QHash<QString, QFont> fonts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QFont font = it.fragment().charFormat().font().resolve(document.defaultFont());
            fonts.insert(font.key(), font);
        }
    }
    QHash<uint, uint> map;
    if (characters.isEmpty())
        return map;
    for (const QFont &font : std::as_const(fonts)) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        QHash<quint32, uint> byGlyph;
        for (const uint cp : std::as_const(characters)) {
            const QList<quint32> g = raw.glyphIndexesForString(QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1));
            if (g.size() == 1 && g.constFirst() != 0)
                byGlyph.insert(g.constFirst(), cp);
        }
        for (uint r = 0x2E80; r <= 0x2FDF; ++r) {
            if (map.contains(r))
                continue;
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(char16_t(r))));
            if (g.size() == 1 && g.constFirst() != 0 && byGlyph.contains(g.constFirst()))
                map.insert(r, byGlyph.value(g.constFirst()));
        }
    }
    // A radical the text itself uses stays a radical.
    for (const uint cp : text.toUcs4())
        map.remove(cp);
    return map;
}

QByteArray DocumentRenderer::fixToUnicode(const QByteArray &pdf, const QHash<uint, uint> &radicals)
{
    if (radicals.isEmpty())
        return pdf;
    QByteArray out = pdf;
    auto fixAt = [&](qsizetype at) {
        const int value = token4(out, at);
        if (value >= 0 && isRadical(uint(value)) && radicals.contains(uint(value)))
            writeToken4(out, at, radicals.value(uint(value)));
    };
    // Only inside the uncompressed ToUnicode maps, and only destinations: the
    // first one or two tokens of a line are glyph codes.
    for (const QByteArray &kind : {QByteArrayLiteral("bfrange"), QByteArrayLiteral("bfchar")}) {
        const QByteArray begin = "begin" + kind;
        const QByteArray end = "end" + kind;
        qsizetype from = 0;
        for (;;) {
            const qsizetype start = out.indexOf(begin, from);
            if (start < 0)
                break;
            const qsizetype stop = out.indexOf(end, start);
            if (stop < 0)
                break;
            qsizetype line = out.indexOf('\n', start) + 1;
            while (line > 0 && line < stop) {
                qsizetype lineEnd = out.indexOf('\n', line);
                if (lineEnd < 0 || lineEnd > stop)
                    lineEnd = stop;
                // Token positions on the line.
                QList<qsizetype> tokens;
                for (qsizetype i = line; i < lineEnd; ++i) {
                    if (out.at(i) == '<')
                        tokens << i;
                }
                const bool range = kind == "bfrange";
                const bool array = out.indexOf('[', line) >= 0 && out.indexOf('[', line) < lineEnd;
                if (range && array) {
                    for (qsizetype k = 2; k < tokens.size(); ++k)
                        fixAt(tokens.at(k));
                } else if (range && tokens.size() == 3 &&
                           token4(out, tokens.at(0)) == token4(out, tokens.at(1))) {
                    fixAt(tokens.at(2));
                } else if (!range && tokens.size() == 2) {
                    fixAt(tokens.at(1));
                }
                line = lineEnd + 1;
            }
            from = stop;
        }
    }
    return out;
}

} // namespace cd
