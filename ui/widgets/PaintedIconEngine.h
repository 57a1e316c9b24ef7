#pragma once

#include <QColor>
#include <QIconEngine>

#include <functional>

namespace cd {

// An icon drawn with QPainter on a 24×24 grid, sharp at every size and
// device pixel ratio. The icons need no image plugin (Qt's SVG plugin is not
// part of a plain Qt Widgets install).
class PaintedIconEngine : public QIconEngine
{
public:
    // Draws in a 24×24 box with the pen already set to `color` (1.8 wide,
    // round caps) and no brush.
    using PaintFunction = std::function<void(QPainter &painter, const QColor &color)>;

    PaintedIconEngine(PaintFunction function, const QColor &normal, const QColor &selected,
                      const QString &name);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;

private:
    QColor colorFor(QIcon::Mode mode) const;

    PaintFunction m_function;
    QColor m_normal;
    QColor m_selected;
    QString m_name;
};

} // namespace cd
