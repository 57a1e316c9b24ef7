// Issue 7 "two programs, one file": the main window notices changes another
// process committed to the database when the application becomes active
// again (PRAGMA data_version), refreshes its opened pages and says so in the
// status bar; its own changes and an unchanged file refresh nothing.

#include "NumbersFixture.h"

#include "dashboard/DashboardPage.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumbersPage.h"
#include "shell/MainWindow.h"
#include "widgets/PageInterfaces.h"

#include <QStatusBar>
#include <QtTest>

using namespace cd;

class TestRefreshOnFocus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> w;

    // Another program (the CLI, a second window) adding a number to the pool:
    // its own connection to the same file, committed and closed.
    void addNumberElsewhere(const QString &number)
    {
        std::unique_ptr<Database> other = cdtest::openDatabase(w->db->path());
        QVERIFY(other);
        WriteTransaction tx(*other);
        QVERIFY(tx.begin().ok());
        SqlQuery q(*other, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES (:n, 'telecom', 'normal', '2026-01-01T00:00:00Z')"));
        q.bind(QStringLiteral(":n"), number);
        QVERIFY(q.exec().ok());
        QVERIFY(tx.commit().ok());
    }

    // The user switches to another program and back: the application goes
    // inactive, then active again. The offscreen platform never reports an
    // application leaving the foreground, so this sends what a desktop
    // platform's QGuiApplication announces on the way out and back.
    static void leaveAndComeBack()
    {
        emit qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        QCoreApplication::processEvents();
        emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        cdtest::isolateSettings(m_settingsDir.path());
        Localization::install(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        w = std::make_unique<cdtest::NumbersWorld>();
        QVERIFY(w->open());
        w->pool({QStringLiteral("4008001001"), QStringLiteral("4008001002")});
    }

    void cleanup() { w.reset(); }

    void changesByAnotherProcessShowOnReturn()
    {
        MainWindow window(*w->db, w->admin);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(Area::Dashboard));
        QVERIFY(dashboard);
        QTRY_COMPARE(dashboard->figures().numbersTotal, qint64(2)); // loads after its first paint
        window.showArea(Area::Numbers);
        auto *numbers = qobject_cast<NumbersPage *>(window.page(Area::Numbers));
        QVERIFY(numbers);
        QCOMPARE(numbers->model()->totalCount(), qint64(2));

        addNumberElsewhere(QStringLiteral("4008001003"));
        // Nothing polls: the page still shows what it read.
        QCOMPARE(numbers->model()->totalCount(), qint64(2));
        QVERIFY(window.statusBar()->currentMessage().isEmpty());

        leaveAndComeBack();
        QCOMPARE(numbers->model()->totalCount(), qint64(3));
        QVERIFY(numbers->model()->rowOf(QStringLiteral("4008001003")) >= 0);
        // Every opened page, not only the one on screen.
        QCOMPARE(dashboard->figures().numbersTotal, qint64(3));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Updated with changes made to the database by another program."));

        // Coming back again without another change refreshes nothing.
        window.statusBar()->clearMessage();
        leaveAndComeBack();
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        QVERIFY(!window.refreshIfChanged());
    }

    void ownChangesAndUnchangedFilesRefreshNothing()
    {
        MainWindow window(*w->db, w->admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.refreshIfChanged());
        // A change through the window's own connection: its page already
        // followed it, and data_version stays as it was.
        SqlQuery q(*w->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES ('4008001004', 'telecom', 'normal', '2026-01-01T00:00:00Z')"));
        QVERIFY(q.exec().ok());
        QVERIFY(!window.refreshIfChanged());
        addNumberElsewhere(QStringLiteral("4008001005"));
        QVERIFY(window.refreshIfChanged());
        QVERIFY(!window.refreshIfChanged());
    }

    // Every page that reads the database can re-read it on request.
    void pagesAreRefreshable()
    {
        MainWindow window(*w->db, w->admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (Area area : {Area::Dashboard, Area::Agents, Area::Contracts, Area::Prices,
                          Area::Customers, Area::Reviews, Area::Numbers, Area::Payments,
                          Area::Violations, Area::Training, Area::AuditLog, Area::Users}) {
            window.showArea(area);
            QVERIFY2(dynamic_cast<RefreshablePage *>(window.page(area)),
                     qPrintable(Areas::key(area)));
        }
    }
};

QTEST_MAIN(TestRefreshOnFocus)
#include "tst_RefreshOnFocus.moc"
