// The session: first run, sign-in, the main window, language switch, sign-out.

#include "GuiTestSupport.h"

#include "shell/AppController.h"
#include "shell/FirstRunDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "widgets/ElidingLabel.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cd;

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunCreatesAdminAndOpensMainWindow();
    void firstRunShowsRefusalsInline();
    void wrongPasswordShowsMessageAndStays();
    void rightPasswordOpensMainWindow();
    void leavingSignInRequestsQuit();
    void languageSwitchRebuildsWindowInPlace();
    void signOutReturnsToSignIn();
    void unreadableDatabaseIsReportedWithItsName();
    void replacingWindowsKeepsTheApplicationRunning();
    void closingTheMainWindowEndsTheApplication();

private:
    std::unique_ptr<AppController> startWithAdmin();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void TestAppController::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
}

void TestAppController::init()
{
    QSettings().clear();
    Localization::install(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("desk.sqlite"));
}

void TestAppController::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<AppController> TestAppController::startWithAdmin()
{
    auto db = cdtest::openDatabase(m_dbPath);
    if (!db)
        return nullptr;
    cdtest::createAdmin(*db);
    auto controller = std::make_unique<AppController>(std::move(db));
    if (!controller->start())
        return nullptr;
    return controller;
}

void TestAppController::firstRunCreatesAdminAndOpensMainWindow()
{
    auto db = cdtest::openDatabase(m_dbPath);
    QVERIFY(db);
    AppController controller(std::move(db));
    // Closing the dialog on the way to the main window must not end the program.
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    QVERIFY(controller.start());

    auto *dialog = qobject_cast<FirstRunDialog *>(controller.dialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!controller.mainWindow());

    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("chief"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("first-secret-9"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("first-secret-9"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);

    QTRY_VERIFY(controller.mainWindow());
    MainWindow *window = controller.mainWindow();
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(window->actor().userName, QStringLiteral("chief"));
    QCOMPARE(window->actor().role, Role::Admin);
    QTRY_VERIFY(controller.dialog() == nullptr);
    QCOMPARE(lastClosed.count(), 0);

    // The account is real: it exists and signs in with the password typed.
    Result<bool> any = UserService(controller.database()).hasUsers();
    QVERIFY(any.ok() && *any);
    Result<Actor> login = UserService(controller.database())
                              .login(QStringLiteral("chief"), QStringLiteral("first-secret-9"));
    QVERIFY2(login.ok(), qPrintable(login.error().text()));
    QCOMPARE(login->role, Role::Admin);
}

void TestAppController::firstRunShowsRefusalsInline()
{
    auto db = cdtest::openDatabase(m_dbPath);
    QVERIFY(db);
    AppController controller(std::move(db));
    QVERIFY(controller.start());
    auto *dialog = qobject_cast<FirstRunDialog *>(controller.dialog());
    QVERIFY(dialog);
    auto *bar = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));

    // Two different passwords: refused here, nothing written.
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("chief"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("first-secret-9"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("first-secret-8"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY(bar->text().contains(QStringLiteral("differ")));
    QVERIFY(dialog->isVisible());

    // A short password: core's rule, shown inline.
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("short"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("short"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), UserService::validatePassword(QStringLiteral("short")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!controller.mainWindow());
    Result<bool> any = UserService(controller.database()).hasUsers();
    QVERIFY(any.ok() && !*any);
}

void TestAppController::wrongPasswordShowsMessageAndStays()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    auto *dialog = qobject_cast<LoginDialog *>(controller->dialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("admin"));
    cdtest::typeInto(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);

    auto *bar = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QCOMPARE(bar->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(password->text().isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(controller->dialog(), dialog);
    QVERIFY(!controller->mainWindow());
}

void TestAppController::rightPasswordOpensMainWindow()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    auto *dialog = qobject_cast<LoginDialog *>(controller->dialog());
    QVERIFY(dialog);

    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("admin"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     cdtest::adminPassword());
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);

    QTRY_VERIFY(controller->mainWindow());
    MainWindow *window = controller->mainWindow();
    QTRY_VERIFY(window->isVisible());
    QCOMPARE(window->actor().userName, QStringLiteral("admin"));

    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QVERIFY(navigation->isVisible());
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i)
        titles << navigation->item(i)->text();
    QVERIFY(titles.contains(QStringLiteral("Dashboard")));
    QVERIFY(titles.contains(QStringLiteral("Audit log")));
    QVERIFY(titles.contains(QStringLiteral("Users")));

    auto *dbLabel = window->findChild<ElidingLabel *>(QStringLiteral("statusDatabase"));
    auto *userLabel = window->findChild<QLabel *>(QStringLiteral("statusUser"));
    QVERIFY(dbLabel && userLabel);
    QVERIFY(dbLabel->isVisible());
    QCOMPARE(dbLabel->text(), QDir::toNativeSeparators(m_dbPath));
    QCOMPARE(userLabel->text(), QStringLiteral("admin (Administrator)"));
    QCOMPARE(window->currentArea(), Area::Dashboard);
    QCOMPARE(QSettings().value(QStringLiteral("login/lastUser")).toString(),
             QStringLiteral("admin"));
}

void TestAppController::leavingSignInRequestsQuit()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    QSignalSpy quit(controller.get(), &AppController::quitRequested);
    auto *dialog = qobject_cast<LoginDialog *>(controller->dialog());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("quitButton")),
                      Qt::LeftButton);
    QCOMPARE(quit.count(), 1);
    QVERIFY(!controller->mainWindow());
}

void TestAppController::languageSwitchRebuildsWindowInPlace()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    auto *dialog = qobject_cast<LoginDialog *>(controller->dialog());
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     cdtest::adminPassword());
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("admin"));
    dialog->accept();
    QTRY_VERIFY(controller->mainWindow());
    QPointer<MainWindow> before = controller->mainWindow();
    before->showArea(Area::AuditLog);
    before->resize(QSize(1300, 860)); // roomy enough for either language's minimum
    const QSize size = before->size();

    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    auto *chinese = before->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();

    QTRY_VERIFY(controller->mainWindow() && controller->mainWindow() != before.data());
    MainWindow *after = controller->mainWindow();
    QTRY_VERIFY(before.isNull()); // the old window is gone
    QVERIFY(after->isVisible());
    QCOMPARE(after->currentArea(), Area::AuditLog);
    QCOMPARE(after->size(), size);
    QCOMPARE(after->actor().userName, QStringLiteral("admin"));
    QCOMPARE(Localization::current(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QVERIFY(after->findChild<QAction *>(QStringLiteral("language_zh_CN"))->isChecked());
    // Qt's own dialogs speak the language too (qtbase catalogue).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    after->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(Localization::current(), QStringLiteral("en"));
    QTRY_VERIFY(controller->mainWindow() != after);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(lastClosed.count(), 0);
}

void TestAppController::signOutReturnsToSignIn()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    auto *dialog = qobject_cast<LoginDialog *>(controller->dialog());
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("admin"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     cdtest::adminPassword());
    dialog->accept();
    QTRY_VERIFY(controller->mainWindow());
    QPointer<MainWindow> window = controller->mainWindow();
    QSignalSpy quit(controller.get(), &AppController::quitRequested);
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);

    window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
    QVERIFY(!controller->mainWindow());
    QTRY_VERIFY(window.isNull());
    auto *again = qobject_cast<LoginDialog *>(controller->dialog());
    QVERIFY(again);
    QVERIFY(again->isVisible());
    // The last user's name is offered again.
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->text(),
             QStringLiteral("admin"));
    QCOMPARE(quit.count(), 0);
    QCOMPARE(lastClosed.count(), 0);
}

void TestAppController::unreadableDatabaseIsReportedWithItsName()
{
    cdtest::PrompterGuard guard;
    const QString path = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    std::unique_ptr<Database> db = AppController::openDatabase(path);
    QVERIFY(!db);
    QCOMPARE(guard.prompter.messages.size(), 1);
    QCOMPARE(guard.prompter.messages.first().severity, Prompter::Severity::Critical);
    QVERIFY(guard.prompter.messages.first().text.contains(QDir::toNativeSeparators(path)));
}

// These two run the real event loop: Qt quits on the last window closed only
// inside exec(), so that is where a wrong close would show.
void TestAppController::replacingWindowsKeepsTheApplicationRunning()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    AppController *c = controller.get();
    auto signIn = [c] {
        auto *dialog = qobject_cast<LoginDialog *>(c->dialog());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("admin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(cdtest::adminPassword());
        dialog->accept(); // the dialog closes, the main window opens
    };
    QStringList steps;
    QTimer::singleShot(0, c, [&] {
        signIn();
        steps << QStringLiteral("signed in");
    });
    QTimer::singleShot(100, c, [&] {
        c->signOut();
        steps << QStringLiteral("signed out");
    });
    QTimer::singleShot(200, c, [&] {
        signIn();
        steps << QStringLiteral("signed in");
    });
    QTimer::singleShot(300, c, [&] {
        c->setLanguage(QStringLiteral("zh_CN"));
        steps << QStringLiteral("switched");
    });
    QTimer::singleShot(600, c, [] { QCoreApplication::exit(42); });
    QCOMPARE(QCoreApplication::exec(), 42); // 0 would mean Qt quit on its own
    QCOMPARE(steps.size(), 4);
    QVERIFY(c->mainWindow());
    Localization::install(QStringLiteral("en"));
}

void TestAppController::closingTheMainWindowEndsTheApplication()
{
    auto controller = startWithAdmin();
    QVERIFY(controller);
    AppController *c = controller.get();
    QTimer::singleShot(0, c, [c] {
        auto *dialog = qobject_cast<LoginDialog *>(c->dialog());
        dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("admin"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(cdtest::adminPassword());
        dialog->accept();
    });
    QTimer::singleShot(100, c, [c] { c->mainWindow()->close(); });
    QTimer::singleShot(3000, c, [] { QCoreApplication::exit(42); });
    QCOMPARE(QCoreApplication::exec(), 0);
}

QTEST_MAIN(TestAppController)
#include "tst_AppController.moc"
