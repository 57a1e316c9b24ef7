// The daily sweep on sign-in (§2.10): a manager or an administrator gets it
// once the main window is shown, with what changed in the message bar; an
// auditor does not; a failure shows in the bar.

#include "NumbersFixture.h"

#include "numbers/LifecycleSweep.h"
#include "numbers/StartupSweep.h"
#include "shell/AppController.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QLineEdit>
#include <QtTest>

using namespace cd;

class TestRenewalsStartupSweep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signInRunsTheSweepAndSaysWhatChanged();
    void nothingChangedSaysNothing();
    void auditorsSkipIt();
    void failureShowsInTheBar();
    void summaryNamesEachTransition();

private:
    MainWindow *signIn(const QString &user, const QString &password);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<AppController> m_controller;
    QString m_number;
};

void TestRenewalsStartupSweep::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestRenewalsStartupSweep::init()
{
    QSettings().clear();
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    m_world->plan(QStringLiteral("STD"), 120000);
    const Customer c = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), agent);
    m_number = QStringLiteral("4008005172");
    m_world->pool({m_number});
    const QDate today = QDate::currentDate();
    m_world->activate(m_number, c, QStringLiteral("STD"), today);
    // Unpaid for 30 days: past the 15-day grace, so today's sweep suspends it.
    m_world->stage(m_number, QStringLiteral("paid_through = :pt"),
                   {{QStringLiteral(":pt"), today.addDays(-30).toString(Qt::ISODate)}});
}

void TestRenewalsStartupSweep::cleanup()
{
    m_controller.reset();
    m_world.reset();
}

MainWindow *TestRenewalsStartupSweep::signIn(const QString &user, const QString &password)
{
    // The controller owns the database from here on.
    m_controller = std::make_unique<AppController>(std::move(m_world->db));
    if (!m_controller->start())
        return nullptr;
    auto *dialog = qobject_cast<LoginDialog *>(m_controller->dialog());
    if (!dialog)
        return nullptr;
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")), user);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    if (!QTest::qWaitFor([this] { return m_controller->mainWindow() != nullptr; }))
        return nullptr;
    return m_controller->mainWindow();
}

void TestRenewalsStartupSweep::signInRunsTheSweepAndSaysWhatChanged()
{
    MainWindow *window = signIn(QStringLiteral("admin"), cdtest::adminPassword());
    QVERIFY(window);
    MessageBar *bar = window->messageBar();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QTRY_VERIFY(bar->text().startsWith(QStringLiteral("Daily sweep to %1:").arg(today)));
    QVERIFY2(bar->text().contains(QStringLiteral("suspended for arrears")),
             qPrintable(bar->text()));
    QVERIFY(bar->isVisible());
    Result<QDate> last = LifecycleSweep(m_controller->database()).lastSwept();
    QVERIFY(last.ok());
    QCOMPARE(*last, QDate::currentDate());
    Result<Number> n = NumberService(m_controller->database()).find(m_number);
    QCOMPARE(n->status, NumberStatus::Suspended);
}

void TestRenewalsStartupSweep::nothingChangedSaysNothing()
{
    // Swept already today (by the CLI, say): signing in changes nothing and says nothing.
    Result<SweepCounts> first =
        LifecycleSweep(*m_world->db).run(m_world->admin, QDate::currentDate());
    QVERIFY(first.ok());
    QVERIFY(!first->nothingToDo());
    MainWindow *window = signIn(QStringLiteral("admin"), cdtest::adminPassword());
    QVERIFY(window);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QVERIFY(window->messageBar()->text().isEmpty());
    QVERIFY(!window->messageBar()->isVisible());
}

void TestRenewalsStartupSweep::auditorsSkipIt()
{
    const QString password = QStringLiteral("auditor-pass-9");
    Result<User> user =
        UserService(*m_world->db)
            .create(m_world->admin, QStringLiteral("qian"), Role::Auditor, password);
    QVERIFY2(user.ok(), qPrintable(user.error().text()));
    MainWindow *window = signIn(QStringLiteral("qian"), password);
    QVERIFY(window);
    QCOMPARE(window->actor().role, Role::Auditor);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QVERIFY(window->messageBar()->text().isEmpty());
    Result<QDate> last = LifecycleSweep(m_controller->database()).lastSwept();
    QVERIFY(last.ok());
    QVERIFY(!last->isValid());
    QCOMPARE(NumberService(m_controller->database()).find(m_number)->status, NumberStatus::Active);
}

void TestRenewalsStartupSweep::failureShowsInTheBar()
{
    // A store that cannot take the sweep's record: the run fails as a whole.
    QVERIFY(m_world->db->exec(QStringLiteral("DROP TABLE sweep_runs")).ok());
    MessageBar bar;
    Result<SweepCounts> r =
        StartupSweep::run(*m_world->db, m_world->admin, QDate::currentDate(), &bar);
    QVERIFY(!r.ok());
    QCOMPARE(bar.type(), MessageBar::Type::Error);
    QVERIFY(bar.text().startsWith(QStringLiteral("The daily sweep failed:")));
    QCOMPARE(NumberService(*m_world->db).find(m_number)->status, NumberStatus::Active);
}

void TestRenewalsStartupSweep::summaryNamesEachTransition()
{
    SweepCounts c;
    c.upTo = QDate(2026, 11, 25);
    QVERIFY(StartupSweep::summary(c).isEmpty());
    c.renewalNotices = 3;
    c.suspended = 1;
    c.reclaimed = 2;
    const QString text = StartupSweep::summary(c);
    QVERIFY(text.startsWith(QStringLiteral("Daily sweep to 2026-11-25: 3 renewal notice")));
    QVERIFY(text.contains(QStringLiteral("1 number(s) suspended for arrears")) ||
            text.contains(QStringLiteral("1 number suspended for arrears")));
    QVERIFY(text.contains(QStringLiteral("2 number")));
    QVERIFY(!text.contains(QStringLiteral("reservation")));
}

QTEST_MAIN(TestRenewalsStartupSweep)
#include "tst_RenewalsStartupSweep.moc"
