// Every window and page of the shell renders: nothing blank, every sidebar
// item has its icon. With CHANNELDESK_SCREENSHOT_DIR set, the test also saves
// each picture there as PNG (run it under xvfb-run with CHANNELDESK_LANG=zh_CN
// or en to get the screenshots of either language).

#include "GuiTestSupport.h"

#include "settings/Parameters.h"
#include "shell/AppController.h"
#include "shell/FirstRunDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "users/UserDialog.h"
#include "users/UsersPage.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QtTest>

using namespace cd;

class TestRendering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInDialogs();
    void everyAreaRenders();

private:
    void check(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_shots;
    QString m_language;
};

void TestRendering::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    m_language = AppController::startupLanguage();
    Localization::install(m_language);
    m_shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
}

void TestRendering::cleanupTestCase()
{
    Localization::install(QStringLiteral("en"));
}

// A picture with real content: not one flat colour, and not empty.
void TestRendering::check(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY2(!image.isNull(), qPrintable(name));
    QVERIFY(image.width() > 100 && image.height() > 100);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(name));
    if (!m_shots.isEmpty())
        QVERIFY(image.save(
            QDir(m_shots).filePath(m_language + QLatin1Char('-') + name + QStringLiteral(".png"))));
}

void TestRendering::signInDialogs()
{
    const QString path = m_dir.filePath(QStringLiteral("first.sqlite"));
    {
        AppController controller(cdtest::openDatabase(path));
        QVERIFY(controller.start());
        auto *first = qobject_cast<FirstRunDialog *>(controller.dialog());
        QVERIFY(first);
        first->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("admin"));
        check(first, QStringLiteral("first-run"));
    }
    {
        auto db = cdtest::openDatabase(path);
        cdtest::createAdmin(*db);
        AppController controller(std::move(db));
        QVERIFY(controller.start());
        auto *login = qobject_cast<LoginDialog *>(controller.dialog());
        QVERIFY(login);
        check(login, QStringLiteral("login"));
        login->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))
            ->setText(QStringLiteral("admin"));
        login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("wrong-password"));
        login->accept();
        QVERIFY(login->messageBar()->isVisible());
        check(login, QStringLiteral("login-refused"));
    }
}

void TestRendering::everyAreaRenders()
{
    auto db = cdtest::openDatabase(m_dir.filePath(QStringLiteral("channeldesk.sqlite")));
    QVERIFY(db);
    const Actor admin = cdtest::createAdmin(*db);
    UserService users(*db);
    QVERIFY(users
                .create(admin, QStringLiteral("wang.li"), Role::Manager,
                        QStringLiteral("manager-pass-1"))
                .ok());
    QVERIFY(users
                .create(admin, QStringLiteral("chen.jing"), Role::Manager,
                        QStringLiteral("manager-pass-2"))
                .ok());
    QVERIFY(users
                .create(admin, QStringLiteral("zhao.min"), Role::Auditor,
                        QStringLiteral("auditor-pass-1"))
                .ok());
    QVERIFY(users.login(QStringLiteral("wang.li"), QStringLiteral("manager-pass-1")).ok());
    Parameters parameters(*db);
    QVERIFY(parameters.set(admin, QStringLiteral("grace_days"), QStringLiteral("20")).ok());
    QVERIFY(parameters.set(admin, QStringLiteral("reminder_offsets"), QStringLiteral("30,15,7,3"))
                .ok());

    MainWindow window(*db, admin);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i) {
        if (navigation->item(i)->flags() & Qt::ItemIsSelectable)
            QVERIFY(!navigation->item(i)->icon().isNull());
    }
    for (Area area : Areas::all()) {
        window.showArea(area);
        QCOMPARE(window.currentArea(), area);
        QVERIFY(window.page(area)->isVisible());
        check(&window, Areas::key(area));
    }

    window.showArea(Area::AuditLog);
    auto *table =
        window.page(Area::AuditLog)->findChild<QTableView *>(QStringLiteral("auditTable"));
    table->setCurrentIndex(table->model()->index(1, 0));
    check(&window, QStringLiteral("audit_log-selected"));

    window.showArea(Area::Settings);
    window.messageBar()->showSuccess(
        QCoreApplication::translate("cd::ParametersPage",
                                    "%n change(s) saved. They apply from now on and are recorded "
                                    "in the audit log.",
                                    nullptr, 2));
    check(&window, QStringLiteral("settings-saved"));

    window.showArea(Area::Users);
    auto *page = qobject_cast<UsersPage *>(window.page(Area::Users));
    UserDialog *dialog = page->addUser();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    check(dialog, QStringLiteral("users-add"));
    dialog->reject();
}

QTEST_MAIN(TestRendering)
#include "tst_Rendering.moc"
