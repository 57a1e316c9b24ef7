#pragma once

#include <QStyledItemDelegate>

namespace cd {

// Paints an item's flags (IncidentListModel::FlagTextsRole and FlagTonesRole)
// as small rounded badges in the StatusBadge colours.
class IncidentFlagDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace cd
