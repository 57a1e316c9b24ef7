#include "CompletionBarDelegate.h"

#include "widgets/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cd {

CompletionBarDelegate::CompletionBarDelegate(int completionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(completionRole)
{
}

void CompletionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor =
        selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    const QRect area = opt.rect.adjusted(8, 0, -8, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QVariant value = index.data(m_role);
    if (!value.isValid()) {
        QFont f = opt.font;
        f.setItalic(true);
        painter->setFont(f);
        painter->setPen(selected ? textColor : Theme::mutedText());
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
        return;
    }

    const int percent = value.toInt();
    const int scale = std::max(m_threshold, 100) * 5 / 4;
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("1000 %")) + 8;
    const int barHeight = std::max(8, fm.height() / 2);
    QRect bar(area.left(), area.center().y() - barHeight / 2 + 1, area.width() - textWidth,
              barHeight);
    if (bar.width() > 12) {
        const qreal radius = barHeight / 2.0;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe5, 0xe7, 0xeb));
        painter->drawRoundedRect(bar, radius, radius);
        const int filled = int(qint64(bar.width()) * std::min(percent, scale) / scale);
        if (filled > 0) {
            const QColor fill = percent >= m_threshold ? QColor(0x16, 0xa3, 0x4a) : Theme::accent();
            painter->setBrush(fill);
            QPainterPath clip;
            clip.addRoundedRect(bar, radius, radius);
            painter->setClipPath(clip);
            painter->drawRect(QRect(bar.left(), bar.top(), filled, bar.height()));
            painter->setClipping(false);
        }
        // The promotion threshold.
        const int x = bar.left() + int(qint64(bar.width()) * m_threshold / scale);
        painter->setPen(QPen(selected ? textColor : QColor(0x37, 0x41, 0x51), 2));
        painter->drawLine(x, bar.top() - 3, x, bar.bottom() + 3);
    }
    painter->setPen(textColor);
    painter->setFont(opt.font);
    painter->drawText(QRect(area.right() - textWidth + 1, area.top(), textWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize CompletionBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 200));
    return size;
}

} // namespace cd
