#pragma once

#include "common/Actor.h"
#include "shell/Areas.h"

#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace cd {

class Database;
class MessageBar;

// The main window: a navigation sidebar with every area of SPEC §2 the user
// may open, the area's page, an inline message bar above it, and a status bar
// naming the database and the signed-in user.
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

    Database &m_db;
    Actor m_actor;
    Area m_current = Area::Dashboard;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBar *m_messageBar = nullptr;
    QHash<int, QWidget *> m_pages;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace cd
