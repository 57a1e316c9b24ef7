// The main window: areas by role, a page for every area, keyboard, status bar,
// message bar, dashboard figures, settings.

#include "GuiTestSupport.h"

#include "audit/AuditLog.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/StatCard.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "storage/SqlQuery.h"
#include "widgets/ElidingLabel.h"
#include "widgets/MessageBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace cd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void adminSeesEveryArea();
    void managerDoesNotSeeSettingsOrUsers();
    void everyAreaHasItsPage();
    void backAndForward();
    void shortcutsOpenAreas();
    void keyboardSkipsSectionHeadings();
    void dashboardShowsRealFigures();
    void messageBarShowsClosesAndClearsOnAreaChange();
    void aboutNamesTheVersion();
    void shortcutsListTheMenusKeys();
    void geometryAndAreaAreRemembered();

private:
    QStringList areaTitles(MainWindow &window) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
}

void TestMainWindow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestMainWindow::areaTitles(MainWindow &window) const
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i) {
        if (navigation->item(i)->flags() & Qt::ItemIsSelectable)
            titles << navigation->item(i)->text();
    }
    return titles;
}

void TestMainWindow::adminSeesEveryArea()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    const QStringList titles = areaTitles(window);
    QCOMPARE(titles.size(), Areas::all().size());
    for (Area area : Areas::all())
        QVERIFY2(titles.contains(Areas::title(area)), qPrintable(Areas::title(area)));
    QVERIFY(titles.contains(QStringLiteral("Settings")));
    QVERIFY(titles.contains(QStringLiteral("Users")));
    window.showArea(Area::Users);
    QCOMPARE(window.currentArea(), Area::Users);
    QVERIFY(window.page(Area::Users));
}

void TestMainWindow::managerDoesNotSeeSettingsOrUsers()
{
    const Actor manager{QStringLiteral("mia"), Role::Manager};
    MainWindow window(*m_db, manager);
    window.show();
    const QStringList titles = areaTitles(window);
    QVERIFY(!titles.contains(QStringLiteral("Settings")));
    QVERIFY(!titles.contains(QStringLiteral("Users")));
    QVERIFY(titles.contains(QStringLiteral("Audit log")));
    QCOMPARE(titles.size(), Areas::all().size() - 2);

    // Nor through the Go menu or a direct call.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("goAction_settings")));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("goAction_users")));
    window.showArea(Area::Settings);
    window.showArea(Area::Users);
    QCOMPARE(window.currentArea(), Area::Dashboard);
    QVERIFY(!window.page(Area::Settings));
    QVERIFY(!window.page(Area::Users));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusUser"))->text(),
             QStringLiteral("mia (Channel manager)"));
}

// Every area opens a working page: nothing is left as a placeholder.
void TestMainWindow::everyAreaHasItsPage()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    for (Area area : Areas::visibleTo(m_admin)) {
        window.showArea(area);
        QWidget *page = window.page(area);
        QVERIFY2(page, qPrintable(Areas::key(area)));
        QVERIFY(page->isVisible());
        QVERIFY2(!page->objectName().startsWith(QLatin1String("placeholder")),
                 qPrintable(Areas::key(area)));
        // Panels inside a titled page (Settings' tabs) have no title of their own.
        for (QLabel *title : page->findChildren<QLabel *>(QStringLiteral("pageTitle"))) {
            if (title->isVisible())
                QVERIFY2(!title->text().isEmpty(), qPrintable(Areas::key(area)));
        }
    }
}

// Back and forward walk the areas visited; a new visit drops what was ahead.
void TestMainWindow::backAndForward()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    window.showArea(Area::Dashboard);
    auto *back = window.findChild<QAction *>(QStringLiteral("backAction"));
    auto *forward = window.findChild<QAction *>(QStringLiteral("forwardAction"));
    QVERIFY(back && forward);
    window.showArea(Area::Agents);
    window.showArea(Area::Numbers);
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());
    back->trigger();
    QCOMPARE(window.currentArea(), Area::Agents);
    back->trigger();
    QCOMPARE(window.currentArea(), Area::Dashboard);
    forward->trigger();
    QCOMPARE(window.currentArea(), Area::Agents);
    QVERIFY(forward->isEnabled());
    // The sidebar follows, and a new visit drops Numbers from ahead.
    window.showArea(Area::Reports);
    QVERIFY(!forward->isEnabled());
    back->trigger();
    QCOMPARE(window.currentArea(), Area::Agents);
    QCOMPARE(back->shortcuts(), QKeySequence::keyBindings(QKeySequence::Back));
}

void TestMainWindow::shortcutsOpenAreas()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), Area::Agents);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), Area::Violations);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentArea(), Area::Dashboard);
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QTRY_VERIFY(navigation->hasFocus());
}

void TestMainWindow::keyboardSkipsSectionHeadings()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setFocus();
    QCOMPARE(window.currentArea(), Area::Dashboard);
    // Dashboard, then the "Channel" heading, then Agents.
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentArea(), Area::Agents);
    QTest::keyClick(navigation, Qt::Key_Up);
    QCOMPARE(window.currentArea(), Area::Dashboard);
}

void TestMainWindow::dashboardShowsRealFigures()
{
    for (const char *n : {"4008001001", "4008001002"}) {
        SqlQuery q(*m_db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                         " VALUES (:n, 'telecom', 'normal', '2026-01-01T00:00:00Z')"));
        q.bind(QStringLiteral(":n"), QString::fromLatin1(n));
        QVERIFY(q.exec().ok());
    }

    MainWindow window(*m_db, m_admin);
    window.show();
    auto *page = qobject_cast<DashboardPage *>(window.page(Area::Dashboard));
    QVERIFY(page);
    // The figures load once the window has painted.
    QTRY_COMPARE(page->figures().numbersTotal, qint64(2));
    QCOMPARE(page->figures().countOf(NumberStatus::Available), qint64(2));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("activeCard"))->value(),
             QStringLiteral("0"));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("violationsCard"))->value(),
             QStringLiteral("0"));
    // Who is signed in and which file is open: in the window's status bar.
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusUser"))->text(),
             QStringLiteral("admin (Administrator)"));
    QCOMPARE(window.findChild<ElidingLabel *>(QStringLiteral("statusDatabase"))->text(),
             QDir::toNativeSeparators(m_db->path()));
}

void TestMainWindow::messageBarShowsClosesAndClearsOnAreaChange()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    MessageBar *bar = window.messageBar();
    QVERIFY(!bar->isVisible());
    bar->showError(Error::rule(QStringLiteral("Refused for a reason."), QStringLiteral("§2.4")));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("Refused for a reason. (§2.4)"));
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("messageClose")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());

    bar->showSuccess(QStringLiteral("Done."));
    QCOMPARE(bar->type(), MessageBar::Type::Positive);
    window.showArea(Area::Contracts);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::aboutNamesTheVersion()
{
    cdtest::PrompterGuard guard;
    MainWindow window(*m_db, m_admin);
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY(guard.prompter.aboutText.contains(QStringLiteral(CHANNELDESK_VERSION)));
    QVERIFY(guard.prompter.aboutText.contains(QStringLiteral("ChannelDesk")));
}

// Help › Keyboard Shortcuts lists every menu action that has a key, with
// the key, and the keys that work inside a page.
void TestMainWindow::shortcutsListTheMenusKeys()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) && dialog->isVisible());
    const QList<QPair<QString, QString>> entries = dialog->entries();
    auto keysOf = [&entries](const QString &action) {
        for (const auto &[text, keys] : entries) {
            if (text == action)
                return keys;
        }
        return QString();
    };
    QVERIFY(keysOf(QStringLiteral("Find")).contains(QStringLiteral("Ctrl+K")));
    QVERIFY(keysOf(QStringLiteral("Back")).contains(QStringLiteral("Alt+Left")));
    QCOMPARE(keysOf(QStringLiteral("Quit")), QStringLiteral("Ctrl+Q"));
    QCOMPARE(keysOf(QStringLiteral("Keyboard Shortcuts")), QStringLiteral("Ctrl+/"));
    // Every menu action with a key is listed, the area shortcuts too.
    int withKeys = 0;
    for (QAction *menuAction : window.menuBar()->actions()) {
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *a : actions) {
            if (a->shortcuts().isEmpty() || a->menu())
                continue;
            ++withKeys;
            QString text = a->text();
            text.replace(QLatin1String("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
            text.replace(QStringLiteral("\x01"), QStringLiteral("&")).remove(QStringLiteral("…"));
            QVERIFY2(!keysOf(text).isEmpty(), qPrintable(a->objectName()));
        }
    }
    QVERIFY(withKeys >= 10);
    QVERIFY(!keysOf(QStringLiteral("Back from a detail to its list")).isEmpty());
    QVERIFY(keysOf(QStringLiteral("Undo the change just made (when the message bar offers it)"))
                .contains(QStringLiteral("Ctrl+Z")));
    dialog->reject();
}

void TestMainWindow::geometryAndAreaAreRemembered()
{
    QSize closedSize;
    {
        MainWindow window(*m_db, m_admin);
        // 1280×800 by default, within the screen.
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        QCOMPARE(window.size(), QSize(1280, 800).boundedTo(screen));
        window.show();
        window.showArea(Area::Reports);
        // The offscreen screen is small: the width stays at the window's minimum.
        window.resize(1, 555);
        QCOMPARE(window.height(), 555);
        closedSize = window.size();
        window.close();
    }
    MainWindow again(*m_db, m_admin);
    again.show();
    QCOMPARE(again.size(), closedSize);
    QCOMPARE(again.currentArea(), Area::Reports);

    // An admin-only area remembered by an admin is not opened for a manager.
    QSettings().setValue(QStringLiteral("ui/mainWindow/area"), QStringLiteral("users"));
    MainWindow manager(*m_db, Actor{QStringLiteral("mia"), Role::Manager});
    QCOMPARE(manager.currentArea(), Area::Dashboard);
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
