#pragma once

#include <QStyledItemDelegate>

namespace cd {

// Paints task completion as a bar with the percentage beside it: the bar's
// full width is 125 % of the promotion threshold, a tick marks the threshold,
// and a line at or above it is green. A line without a task (the model's
// completion role is invalid) shows its text, "no task", and no bar.
class CompletionBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CompletionBarDelegate(int completionRole, QObject *parent = nullptr);

    void setThreshold(int percent) { m_threshold = percent; }
    int threshold() const { return m_threshold; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
    int m_threshold = 120;
};

} // namespace cd
