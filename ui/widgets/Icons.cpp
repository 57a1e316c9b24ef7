#include "Icons.h"

#include "widgets/PaintedIconEngine.h"
#include "widgets/Theme.h"

#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cd {

namespace {

using Draw = PaintedIconEngine::PaintFunction;

void person(QPainter &p, qreal cx, qreal headY, qreal headR, qreal bodyW)
{
    p.drawEllipse(QPointF(cx, headY), headR, headR);
    const QRectF body(cx - bodyW / 2, headY + headR + 2.2, bodyW, bodyW);
    p.drawArc(body, 0, 180 * 16);
}

void badge(QPainter &p, const QColor &fill, bool triangle)
{
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    if (triangle) {
        QPainterPath path;
        path.moveTo(12, 2.5);
        path.lineTo(22.5, 20.5);
        path.lineTo(1.5, 20.5);
        path.closeSubpath();
        p.setPen(QPen(fill, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
    } else {
        p.drawEllipse(QRectF(2, 2, 20, 20));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

Draw drawing(Icons::Glyph glyph)
{
    using G = Icons::Glyph;
    switch (glyph) {
    case G::Dashboard:
        return [](QPainter &p, const QColor &) {
            for (const QPointF &o :
                 {QPointF(3, 3), QPointF(13, 3), QPointF(3, 13), QPointF(13, 13)})
                p.drawRoundedRect(QRectF(o, QSizeF(8, 8)), 2, 2);
        };
    case G::Agents:
        return [](QPainter &p, const QColor &) {
            person(p, 9, 7.5, 3.3, 12);
            p.drawEllipse(QPointF(16.8, 7.8), 2.6, 2.6);
            QPainterPath shoulder;
            shoulder.moveTo(16.5, 13.3);
            shoulder.cubicTo(19.6, 13.3, 21.5, 15.6, 21.5, 18.8);
            p.drawPath(shoulder);
        };
    case G::Contracts:
        return [](QPainter &p, const QColor &) {
            QPainterPath doc;
            doc.moveTo(6, 3);
            doc.lineTo(14, 3);
            doc.lineTo(19, 8);
            doc.lineTo(19, 21);
            doc.lineTo(6, 21);
            doc.closeSubpath();
            p.drawPath(doc);
            p.drawPolyline(QPolygonF({QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)}));
            p.drawLine(QPointF(9, 12), QPointF(16, 12));
            p.drawLine(QPointF(9, 15), QPointF(16, 15));
            p.drawLine(QPointF(9, 18), QPointF(13, 18));
        };
    case G::Prices:
        return [](QPainter &p, const QColor &) {
            QPainterPath tag;
            tag.moveTo(11.5, 3);
            tag.lineTo(20, 3);
            tag.quadTo(21, 3, 21, 4);
            tag.lineTo(21, 12.5);
            tag.lineTo(12, 21.5);
            tag.lineTo(2.5, 12);
            tag.closeSubpath();
            p.drawPath(tag);
            p.drawEllipse(QPointF(16.3, 7.7), 1.6, 1.6);
        };
    case G::Customers:
        return [](QPainter &p, const QColor &color) {
            p.drawRect(QRectF(4.5, 4, 10, 17));
            p.drawPolyline(QPolygonF({QPointF(14.5, 10), QPointF(19.5, 10), QPointF(19.5, 21)}));
            p.drawLine(QPointF(2.5, 21), QPointF(21.5, 21));
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            for (qreal y : {7.0, 11.0, 15.0}) {
                p.drawRect(QRectF(7, y, 2, 2));
                p.drawRect(QRectF(10.5, y, 2, 2));
            }
            p.drawRect(QRectF(16, 13, 2, 2));
            p.drawRect(QRectF(16, 16.5, 2, 2));
        };
    case G::Reviews:
        return [](QPainter &p, const QColor &) {
            p.drawRoundedRect(QRectF(5, 4, 14, 18), 2, 2);
            p.drawRoundedRect(QRectF(9, 2.5, 6, 3), 1, 1);
            p.drawPolyline(QPolygonF({QPointF(8.5, 13.5), QPointF(11, 16), QPointF(15.5, 11)}));
        };
    case G::Numbers:
        return [](QPainter &p, const QColor &color) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            for (qreal y : {4.5, 9.5, 14.5})
                for (qreal x : {6.5, 12.0, 17.5})
                    p.drawEllipse(QPointF(x, y), 1.8, 1.8);
            p.drawEllipse(QPointF(12, 19.5), 1.8, 1.8);
        };
    case G::Payments:
        return [](QPainter &p, const QColor &color) {
            p.drawRoundedRect(QRectF(2.5, 5.5, 19, 13), 2, 2);
            p.setPen(QPen(color, 2.6));
            p.drawLine(QPointF(2.5, 9.7), QPointF(21.5, 9.7));
            p.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(6, 14.8), QPointF(10, 14.8));
        };
    case G::Violations:
        return [](QPainter &p, const QColor &) {
            p.drawLine(QPointF(5, 3), QPointF(5, 21));
            QPainterPath flag;
            flag.moveTo(5, 4);
            flag.lineTo(19.5, 4);
            flag.lineTo(16.3, 8.5);
            flag.lineTo(19.5, 13);
            flag.lineTo(5, 13);
            p.drawPath(flag);
        };
    case G::Incidents:
        return [](QPainter &p, const QColor &) {
            p.drawPolygon(QPolygonF({QPointF(13.5, 2.5), QPointF(5, 13.5), QPointF(11, 13.5),
                                     QPointF(10, 21.5), QPointF(19, 9.8), QPointF(13, 9.8)}));
        };
    case G::Training:
        return [](QPainter &p, const QColor &) {
            p.drawPolygon(
                QPolygonF({QPointF(12, 4), QPointF(22, 9), QPointF(12, 14), QPointF(2, 9)}));
            QPainterPath cap;
            cap.moveTo(6, 11);
            cap.lineTo(6, 16);
            cap.quadTo(12, 20, 18, 16);
            cap.lineTo(18, 11);
            p.drawPath(cap);
            p.drawLine(QPointF(22, 9), QPointF(22, 15));
        };
    case G::Notices:
        return [](QPainter &p, const QColor &) {
            QPainterPath bell;
            bell.moveTo(6, 16);
            bell.lineTo(6, 11);
            bell.cubicTo(6, 7.5, 8.7, 5, 12, 5);
            bell.cubicTo(15.3, 5, 18, 7.5, 18, 11);
            bell.lineTo(18, 16);
            bell.lineTo(19.5, 18);
            bell.lineTo(4.5, 18);
            bell.closeSubpath();
            p.drawPath(bell);
            QPainterPath clapper;
            clapper.moveTo(10, 20.5);
            clapper.quadTo(12, 22.5, 14, 20.5);
            p.drawPath(clapper);
            p.drawLine(QPointF(12, 3), QPointF(12, 5));
        };
    case G::Reports:
        return [](QPainter &p, const QColor &) {
            p.drawLine(QPointF(3, 21), QPointF(21, 21));
            p.drawRect(QRectF(5, 12, 3.5, 6.5));
            p.drawRect(QRectF(10.25, 6, 3.5, 12.5));
            p.drawRect(QRectF(15.5, 9.5, 3.5, 9));
        };
    case G::AuditLog:
        return [](QPainter &p, const QColor &) {
            p.drawArc(QRectF(4, 4, 16, 16), 150 * 16, -310 * 16);
            p.drawPolyline(QPolygonF({QPointF(2.6, 7.2), QPointF(5.1, 8.2), QPointF(6.2, 5.6)}));
            p.drawPolyline(QPolygonF({QPointF(12, 8), QPointF(12, 12), QPointF(15, 14)}));
        };
    case G::Settings:
        return [](QPainter &p, const QColor &color) {
            for (qreal y : {6.0, 12.0, 18.0})
                p.drawLine(QPointF(3.5, y), QPointF(20.5, y));
            p.setBrush(color);
            p.drawEllipse(QPointF(9, 6), 2.3, 2.3);
            p.drawEllipse(QPointF(15.5, 12), 2.3, 2.3);
            p.drawEllipse(QPointF(7.5, 18), 2.3, 2.3);
        };
    case G::Users:
        return [](QPainter &p, const QColor &) {
            person(p, 9.5, 7.5, 3.4, 12.5);
            p.drawEllipse(QPointF(18.5, 11), 2.2, 2.2);
            p.drawLine(QPointF(18.5, 13.2), QPointF(18.5, 20.5));
            p.drawLine(QPointF(18.5, 18.5), QPointF(20.5, 18.5));
        };
    case G::Database:
        return [](QPainter &p, const QColor &) {
            p.drawEllipse(QRectF(5, 3, 14, 5));
            p.drawLine(QPointF(5, 5.5), QPointF(5, 18.5));
            p.drawLine(QPointF(19, 5.5), QPointF(19, 18.5));
            p.drawArc(QRectF(5, 9.5, 14, 5), 180 * 16, 180 * 16);
            p.drawArc(QRectF(5, 16, 14, 5), 180 * 16, 180 * 16);
        };
    case G::User:
        return [](QPainter &p, const QColor &) { person(p, 12, 7.5, 3.8, 14); };
    case G::Add:
        return [](QPainter &p, const QColor &) {
            p.drawLine(QPointF(12, 5), QPointF(12, 19));
            p.drawLine(QPointF(5, 12), QPointF(19, 12));
        };
    case G::Refresh:
        return [](QPainter &p, const QColor &) {
            p.drawArc(QRectF(4.5, 4.5, 15, 15), 60 * 16, 280 * 16);
            p.drawPolyline(QPolygonF({QPointF(14.5, 3.2), QPointF(16.2, 6), QPointF(13.2, 7.6)}));
        };
    case G::Close:
        return [](QPainter &p, const QColor &) {
            p.drawLine(QPointF(7, 7), QPointF(17, 17));
            p.drawLine(QPointF(17, 7), QPointF(7, 17));
        };
    case G::Key:
        return [](QPainter &p, const QColor &) {
            p.drawEllipse(QPointF(8, 12), 4, 4);
            p.drawLine(QPointF(12, 12), QPointF(21, 12));
            p.drawLine(QPointF(18, 12), QPointF(18, 15.5));
            p.drawLine(QPointF(21, 12), QPointF(21, 15));
        };
    case G::Error:
        return [](QPainter &p, const QColor &) {
            badge(p, QColor(0xdc, 0x26, 0x26), false);
            p.drawLine(QPointF(12, 7), QPointF(12, 13));
            p.drawPoint(QPointF(12, 16.6));
        };
    case G::Warning:
        return [](QPainter &p, const QColor &) {
            badge(p, QColor(0xd9, 0x77, 0x06), true);
            p.drawLine(QPointF(12, 9), QPointF(12, 14));
            p.drawPoint(QPointF(12, 17.3));
        };
    case G::Information:
        return [](QPainter &p, const QColor &) {
            badge(p, QColor(0x25, 0x63, 0xeb), false);
            p.drawLine(QPointF(12, 11), QPointF(12, 17));
            p.drawPoint(QPointF(12, 7.4));
        };
    case G::Success:
        return [](QPainter &p, const QColor &) {
            badge(p, QColor(0x16, 0xa3, 0x4a), false);
            p.drawPolyline(QPolygonF({QPointF(7.5, 12.3), QPointF(10.6, 15.3), QPointF(16.5, 9)}));
        };
    }
    return [](QPainter &, const QColor &) {};
}

// The picture of resources/icons/channeldesk.svg, on its 256×256 grid.
void paintApp(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient bg(0, 0, 256, 256);
    bg.setColorAt(0, QColor(0x3b, 0x82, 0xf6));
    bg.setColorAt(1, QColor(0x1d, 0x4e, 0xd8));
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 56, 56);
    QColor line(Qt::white);
    line.setAlphaF(0.9f);
    p.setPen(QPen(line, 12, Qt::SolidLine, Qt::RoundCap));
    const QPointF hub(128, 128);
    const QPointF nodes[] = {QPointF(68, 76), QPointF(188, 76), QPointF(128, 196)};
    for (const QPointF &n : nodes)
        p.drawLine(hub, n);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(hub, 30, 30);
    for (const QPointF &n : nodes)
        p.drawEllipse(n, 20, 20);
    p.setBrush(QColor(0xf5, 0x9e, 0x0b));
    p.drawEllipse(hub, 12, 12);
}

class AppIconEngine : public PaintedIconEngine
{
public:
    AppIconEngine()
        : PaintedIconEngine(
              [](QPainter &p, const QColor &) {
                  p.scale(24.0 / 256.0, 24.0 / 256.0);
                  paintApp(p);
              },
              QColor(), QColor(), QStringLiteral("channeldesk"))
    {
    }
};

} // namespace

QIcon Icons::app()
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    if (svg)
        return QIcon(QStringLiteral(":/icons/channeldesk.svg"));
    return QIcon(new AppIconEngine);
}

QPixmap Icons::appPixmap(int size, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.fill(Qt::transparent);
    pm.setDevicePixelRatio(devicePixelRatio);
    QPainter p(&pm);
    p.scale(size / 256.0, size / 256.0);
    paintApp(p);
    return pm;
}

QIcon Icons::glyph(Glyph glyph, const QColor &color, const QColor &selected)
{
    const QColor normal = color.isValid() ? color : Theme::iconColor();
    return QIcon(new PaintedIconEngine(drawing(glyph), normal, selected,
                                       QStringLiteral("glyph-%1").arg(int(glyph))));
}

} // namespace cd
