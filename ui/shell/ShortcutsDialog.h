#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace cd {

// Help › Keyboard Shortcuts: every key the window answers to. The window's
// own keys are read from the menu bar's actions, so the list cannot drift
// from what the menus do; the keys that work inside a page (New, Save, Undo,
// Copy Row, Back from a detail…) follow, written once here.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // (action, keys) pairs in the order shown, for tests.
    QList<QPair<QString, QString>> entries() const;

private:
    QTreeWidget *m_tree;
};

} // namespace cd
