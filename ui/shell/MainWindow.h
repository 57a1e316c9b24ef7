#pragma once

#include "common/Actor.h"
#include "shell/Areas.h"

#include <QHash>
#include <QMainWindow>
#include <QVariantMap>
#include <QVector>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace cd {

class Database;
class MessageBar;
class QuickSearch;
class ShortcutsDialog;

// The main window: a navigation sidebar with every area of SPEC §2 the user
// may open, the area's page, an inline message bar above it, and a status bar
// naming the database and the signed-in user.
//
// Pages link to each other through PageContext::navigate (navigate() here).
// When the application becomes active again and another connection — the
// CLI, a second window — committed to the database meanwhile (PRAGMA
// data_version), every opened RefreshablePage re-reads it and the status bar
// says so.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an area; an area the user may not see (admin only) is ignored.
    void showArea(Area area);
    Area currentArea() const { return m_current; }
    // The page of an area, or nullptr while it has not been opened (pages are
    // built on first use).
    QWidget *page(Area area) const;
    MessageBar *messageBar() const { return m_messageBar; }
    const Actor &actor() const { return m_actor; }
    Database &database() const { return m_db; }

    // Opens an area by its Areas::key and hands the filter to its page when
    // it is a FilterablePage; an unknown area or one the user may not see is
    // ignored.
    void navigate(const QString &areaKey, const QVariantMap &filter);
    // Refreshes the opened pages when another connection changed the
    // database since the last check; true when it did.
    bool refreshIfChanged();
    // Every opened RefreshablePage re-reads the database (e.g. after the
    // startup sweep changed it through this window's own connection).
    void refreshPages();
    // Back and forward through the areas visited (Alt+Left, Alt+Right).
    void goBack();
    void goForward();

    // The quick search (Ctrl+K, Ctrl+F): opens what it finds in its area.
    void openQuickSearch();
    QuickSearch *quickSearch() const { return m_quickSearch; }
    // Help › Keyboard Shortcuts (Ctrl+/), window-modal; returns at once.
    ShortcutsDialog *showShortcuts();

signals:
    void languageRequested(const QString &language);
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildSidebar();
    void buildMenus();
    void buildStatusBar();
    void onNavigationRowChanged(int row);
    void activate(Area area);
    void showAbout();
    void saveSettings() const;
    void travel(int step);
    void updateHistoryActions();

    Database &m_db;
    Actor m_actor;
    Area m_current = Area::Dashboard;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBar *m_messageBar = nullptr;
    QHash<int, QWidget *> m_pages;
    QActionGroup *m_languageGroup = nullptr;
    QuickSearch *m_quickSearch = nullptr;
    QVector<Area> m_history;
    int m_historyIndex = -1;
    bool m_travelling = false;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
};

} // namespace cd
