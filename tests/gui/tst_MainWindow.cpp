// The main window: areas by role, honest placeholders, keyboard, status bar,
// message bar, dashboard figures, settings.

#include "GuiTestSupport.h"

#include "audit/AuditLog.h"
#include "dashboard/StatCard.h"
#include "shell/MainWindow.h"
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
    void placeholderPagesAreHonest();
    void shortcutsOpenAreas();
    void keyboardSkipsSectionHeadings();
    void dashboardShowsRealFigures();
    void messageBarShowsClosesAndClearsOnAreaChange();
    void aboutNamesTheVersion();
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

void TestMainWindow::placeholderPagesAreHonest()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    window.showArea(Area::Incidents);
    QWidget *page = window.page(Area::Incidents);
    QVERIFY(page);
    QCOMPARE(page->objectName(), QStringLiteral("placeholderPage_incidents"));
    QVERIFY(page->isVisible());
    auto *status = page->findChild<QLabel *>(QStringLiteral("placeholderStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Not available in this version yet."));
    auto *title = page->findChild<QLabel *>(QStringLiteral("pageTitle"));
    QCOMPARE(title->text(), QStringLiteral("Incidents"));
    // Nothing that pretends to work: no buttons at all.
    QVERIFY(page->findChildren<QAbstractButton *>().isEmpty());
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
    UserService users(*m_db);
    QVERIFY(
        users
            .create(m_admin, QStringLiteral("mia"), Role::Manager, QStringLiteral("manager-pass-1"))
            .ok());
    Result<qint64> entries = AuditLog::count(*m_db, AuditFilter());
    QVERIFY(entries.ok());
    QVERIFY(*entries >= 2);

    MainWindow window(*m_db, m_admin);
    window.show();
    QWidget *page = window.page(Area::Dashboard);
    QVERIFY(page);
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("usersCard"))->value(),
             QStringLiteral("2"));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("auditCard"))->value(),
             QString::number(*entries));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("schemaCard"))->value(),
             QString::number(m_db->schemaVersion()));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("signedInCard"))->value(),
             QStringLiteral("admin"));
    QCOMPARE(page->findChild<ElidingLabel *>(QStringLiteral("databasePath"))->text(),
             QDir::toNativeSeparators(QFileInfo(m_db->path()).absoluteFilePath()));
    auto *recent = page->findChild<QTreeWidget *>(QStringLiteral("recentActivity"));
    QCOMPARE(recent->topLevelItemCount(), int(*entries));
    QCOMPARE(recent->topLevelItem(0)->text(3), QStringLiteral("mia")); // newest first
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
