#include "PriceCellDelegate.h"

#include "widgets/Theme.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace cd {

PriceCellDelegate::PriceCellDelegate(int priceRole, int detailRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_priceRole(priceRole)
    , m_detailRole(detailRole)
{
}

void PriceCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QString price = index.data(m_priceRole).toString();
    if (price.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QFont big = Theme::scaled(opt.font, 1.15);
    big.setBold(true);
    const QFont small = Theme::scaled(opt.font, 0.9);
    const QFontMetrics bigMetrics(big);
    const QFontMetrics smallMetrics(small);
    const int total = bigMetrics.height() + 2 + smallMetrics.height();
    const int top = opt.rect.top() + (opt.rect.height() - total) / 2;
    painter->save();
    painter->setFont(big);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(opt.rect.left(), top, opt.rect.width(), bigMetrics.height()),
                      Qt::AlignCenter, price);
    painter->setFont(small);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : Theme::mutedText());
    painter->drawText(QRect(opt.rect.left(), top + bigMetrics.height() + 2, opt.rect.width(),
                            smallMetrics.height()),
                      Qt::AlignCenter, index.data(m_detailRole).toString());
    painter->restore();
}

QSize PriceCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), fm.height() * 2 + 16));
    return size;
}

} // namespace cd
