// The first-run dialog's "Fill with demo data": the administrator is created,
// then the demo data is written, and the main window opens on a living
// database that says so; left unchecked, the database stays empty.

#include "GuiTestSupport.h"

#include "demo/DemoGenerator.h"
#include "shell/AppController.h"
#include "shell/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace cd;

class TestFirstRunDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoDataFillsTheNewDatabase();
    void withoutDemoDataTheDatabaseStaysEmpty();
    void demoFailureIsReportedAndTheAccountStays();

private:
    FirstRunDialog *fillIn(AppController &controller, bool demo);
    static int count(Database &db, const QString &table);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void TestFirstRunDemo::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
}

void TestFirstRunDemo::init()
{
    QSettings().clear();
    // No automatic backup in the way of what these tests look at.
    QSettings().setValue(QStringLiteral("backups/enabled"), false);
    Localization::install(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("new.sqlite"));
}

void TestFirstRunDemo::cleanup()
{
    m_dir.reset();
}

int TestFirstRunDemo::count(Database &db, const QString &table)
{
    // Table names from this test only, never input.
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    Result<QVariant> v = q.scalar();
    return v ? v->toInt() : -1;
}

FirstRunDialog *TestFirstRunDemo::fillIn(AppController &controller, bool demo)
{
    auto *dialog = qobject_cast<FirstRunDialog *>(controller.dialog());
    if (!dialog)
        return nullptr;
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("chief"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("first-secret-9"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("first-secret-9"));
    auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("demoCheck"));
    if (!check || check->isChecked())
        return nullptr; // off unless asked for
    if (demo)
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    if (check->isChecked() != demo)
        return nullptr;
    return dialog;
}

void TestFirstRunDemo::demoDataFillsTheNewDatabase()
{
    AppController controller(cdtest::openDatabase(m_dbPath));
    QVERIFY(controller.start());
    FirstRunDialog *dialog = fillIn(controller, true);
    QVERIFY(dialog);
    const QString shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(dialog->grab().save(
            QDir(shots).filePath(Localization::current() + QStringLiteral("-first-run-demo.png"))));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow(), 60000);
    MainWindow *window = controller.mainWindow();
    QCOMPARE(window->actor().userName, QStringLiteral("chief"));
    QCOMPARE(window->actor().role, Role::Admin);

    // The CLI's default size, all of it there.
    const DemoOptions defaults;
    Database &db = controller.database();
    QCOMPARE(count(db, QStringLiteral("agents")), defaults.agents);
    QCOMPARE(count(db, QStringLiteral("customers")), defaults.customers);
    QCOMPARE(count(db, QStringLiteral("numbers")), defaults.numbers);
    QVERIFY(count(db, QStringLiteral("contracts")) > 0);
    // Written by the new administrator, as one audited run.
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'chief' AND "
                                  "action LIKE 'demo%'"));
    Result<QVariant> audited = q.scalar();
    QVERIFY(audited.ok());
    QCOMPARE(audited->toInt(), 1);
    // Still exactly one account: the one created.
    QCOMPARE(count(db, QStringLiteral("users")), 1);

    // The new user is told what they are looking at.
    MessageBar *bar = window->messageBar();
    QTRY_VERIFY(bar->text().startsWith(QStringLiteral("Demo data added:")));
    QCOMPARE(bar->type(), MessageBar::Type::Positive);
    QVERIFY(bar->text().contains(QStringLiteral("6,000")));
    if (!shots.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(QDir(shots).filePath(
            Localization::current() + QStringLiteral("-first-run-demo-window.png"))));
    }
}

void TestFirstRunDemo::withoutDemoDataTheDatabaseStaysEmpty()
{
    AppController controller(cdtest::openDatabase(m_dbPath));
    QVERIFY(controller.start());
    FirstRunDialog *dialog = fillIn(controller, false);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(controller.mainWindow());
    QCOMPARE(count(controller.database(), QStringLiteral("agents")), 0);
    QCOMPARE(count(controller.database(), QStringLiteral("numbers")), 0);
    QCOMPARE(count(controller.database(), QStringLiteral("users")), 1);
    QTest::qWait(20);
    QVERIFY(!controller.mainWindow()->messageBar()->text().startsWith(QStringLiteral("Demo")));
}

void TestFirstRunDemo::demoFailureIsReportedAndTheAccountStays()
{
    // A database that already holds an agent: the generator refuses (it only
    // fills an empty one), the account is kept and the window says why.
    auto db = cdtest::openDatabase(m_dbPath);
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("DROP TABLE numbers")).ok());
    AppController controller(std::move(db));
    QVERIFY(controller.start());
    FirstRunDialog *dialog = fillIn(controller, true);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow(), 60000);
    MessageBar *bar = controller.mainWindow()->messageBar();
    // The last word, after the startup sweep's own complaint about this store.
    QTRY_VERIFY2(bar->text().startsWith(QStringLiteral("Your account is ready, but the demo data")),
                 qPrintable(bar->text()));
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QCOMPARE(count(controller.database(), QStringLiteral("users")), 1);
    QCOMPARE(count(controller.database(), QStringLiteral("agents")), 0);
}

QTEST_MAIN(TestFirstRunDemo)
#include "tst_FirstRunDemo.moc"
