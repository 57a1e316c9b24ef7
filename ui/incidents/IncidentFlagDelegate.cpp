#include "IncidentFlagDelegate.h"

#include "agents/StatusBadge.h"
#include "incidents/IncidentListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cd {

void IncidentFlagDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    // The cell without its text: selection and alternate rows as usual.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const QStringList texts = index.data(IncidentListModel::FlagTextsRole).toStringList();
    const QVariantList tones = index.data(IncidentListModel::FlagTonesRole).toList();
    if (texts.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : font.pointSizeF());
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    int x = option.rect.left() + 4;
    for (int i = 0; i < texts.size(); ++i) {
        const auto tone = StatusBadge::Tone(tones.value(i).toInt());
        const QColor fg = StatusBadge::textColorOnTint(tone);
        // The badge's tint: its text colour at 15% on white, opaque so that
        // it reads on a selected row too.
        const auto tint = [](int c) { return 255 - (255 - c) * 15 / 100; };
        const QColor bg(tint(fg.red()), tint(fg.green()), tint(fg.blue()));
        const int width = metrics.horizontalAdvance(texts.at(i)) + 16;
        if (x + width > option.rect.right())
            break;
        const QRectF pill(x, option.rect.center().y() - height / 2.0 + 0.5, width, height);
        QPainterPath path;
        path.addRoundedRect(pill, height / 2.0, height / 2.0);
        painter->fillPath(path, bg);
        painter->setPen(fg);
        painter->drawText(pill, Qt::AlignCenter, texts.at(i));
        x += width + 6;
    }
    painter->restore();
}

} // namespace cd
