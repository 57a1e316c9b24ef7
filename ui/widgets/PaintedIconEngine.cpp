#include "PaintedIconEngine.h"

#include <QPainter>
#include <QPixmap>

namespace cd {

PaintedIconEngine::PaintedIconEngine(PaintFunction function, const QColor &normal,
                                     const QColor &selected, const QString &name)
    : m_function(std::move(function))
    , m_normal(normal)
    , m_selected(selected)
    , m_name(name)
{
}

QColor PaintedIconEngine::colorFor(QIcon::Mode mode) const
{
    switch (mode) {
    case QIcon::Selected:
        return m_selected;
    case QIcon::Disabled: {
        QColor c = m_normal;
        c.setAlphaF(0.4f);
        return c;
    }
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return m_normal;
}

void PaintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal side = qMin(rect.width(), rect.height());
    if (side <= 0)
        return;
    const QColor color = colorFor(mode);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0,
                       rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    m_function(*painter, color);
    painter->restore();
}

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                        qreal scale)
{
    QPixmap pm(size * scale);
    pm.fill(Qt::transparent);
    pm.setDevicePixelRatio(scale);
    QPainter p(&pm);
    paint(&p, QRect(QPoint(0, 0), size), mode, state);
    return pm;
}

QIconEngine *PaintedIconEngine::clone() const
{
    return new PaintedIconEngine(m_function, m_normal, m_selected, m_name);
}

QString PaintedIconEngine::key() const
{
    return QStringLiteral("cd::PaintedIconEngine");
}

QString PaintedIconEngine::iconName()
{
    return m_name;
}

} // namespace cd
