#include "ElidingLabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace cd {

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent)
    : QFrame(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setText(text);
}

void ElidingLabel::setText(const QString &text)
{
    m_text = text;
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    update();
}

QString ElidingLabel::displayedText() const
{
    return fontMetrics().elidedText(m_text, Qt::ElideMiddle, contentsRect().width());
}

QSize ElidingLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(fontMetrics().horizontalAdvance(m_text) + m.left() + m.right() + 2,
                 fontMetrics().height() + m.top() + m.bottom());
}

QSize ElidingLabel::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return QSize(qMin(hint.width(), fontMetrics().averageCharWidth() * 12), hint.height());
}

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, displayedText());
}

} // namespace cd
