#pragma once

#include <QStyledItemDelegate>

namespace cd {

// A cell of the price matrix: the price large, the day it took effect small
// and grey below it; a cell without a price shows the model's text ("missing")
// in the model's colours.
class PriceCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PriceCellDelegate(int priceRole, int detailRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_priceRole;
    int m_detailRole;
};

} // namespace cd
