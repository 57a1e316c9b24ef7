#pragma once

#include <QString>
#include <QVector>

class QAbstractButton;
class QAbstractItemView;
class QAction;
class QLabel;
class QTableView;

namespace cd {

// The look every list of the agents, contracts and compliance areas shares
// with the users page: whole-row single selection, no row numbers, left
// headers, column widths and sort state remembered under a settings key, and
// a centred text in the empty table.
class ListTable
{
public:
    // Call after setModel(). `widths` are the defaults; saved state wins.
    static void setUp(QTableView *table, const QVector<int> &widths,
                      const QString &settingsKey = QString());
    static void saveState(QTableView *table, const QString &settingsKey);
    // Offers a page's button (e.g. Open) in the view's context menu, above
    // Copy Row and in the order added, enabled whenever the button is; a
    // button with a menu becomes a submenu. Call once the button has its
    // object name (the action's is the button's + "Action").
    static QAction *addRowAction(QAbstractItemView *view, QAbstractButton *button);
    // A label in the table's viewport, shown while the model has no rows
    // (object name: the table's + "Empty"; set the table's first). setText() on it to change the
    // wording.
    static QLabel *addEmptyState(QTableView *table, const QString &text);
};

} // namespace cd
