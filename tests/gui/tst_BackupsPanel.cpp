// Settings → Backups: the panel (settings, list, Back up now, Restore… for
// administrators only) and what the session does with it: the daily automatic
// backup after sign-in and a restore that reopens the database and asks
// everyone to sign in again.

#include "GuiTestSupport.h"

#include "settings/BackupsPanel.h"
#include "settings/ProviderPanel.h"
#include "settings/ParametersPage.h"
#include "settings/SettingsPage.h"
#include "shell/AppController.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace cd;

class TestBackupsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backUpNowCreatesAFileListedInTheTable();
    void listsAutomaticAndManualBackupsNewestFirst();
    void settingsApplyToThisMachine();
    void nonAdminSeesRestoreDisabled();
    void restoreVerifiesAndAsksBeforeHandingOver();
    void settingsAreaHasTabs();
    void automaticBackupRunsAfterSignInForAnyUser();
    void automaticBackupFailureShowsInTheBar();
    void restoreReopensTheDatabaseAndSignsInAgain();

private:
    PageContext context(const Actor &actor);
    MainWindow *signIn(AppController &controller, const QString &user, const QString &password);
    static int scalar(Database &db, const QString &sql);
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_dbPath;
    QString m_folder;
    Actor m_admin;
    MessageBar *m_bar = nullptr;
    std::unique_ptr<QWidget> m_barHost;
};

void TestBackupsPanel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
}

void TestBackupsPanel::init()
{
    QSettings().clear();
    Localization::install(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("desk.sqlite"));
    m_folder = m_dir->filePath(QStringLiteral("backups"));
    m_db = cdtest::openDatabase(m_dbPath);
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_barHost = std::make_unique<QWidget>();
    m_bar = new MessageBar(m_barHost.get());
}

void TestBackupsPanel::cleanup()
{
    m_barHost.reset();
    m_bar = nullptr;
    m_db.reset();
    m_dir.reset();
}

PageContext TestBackupsPanel::context(const Actor &actor)
{
    PageContext c;
    c.database = m_db.get();
    c.actor = actor;
    c.messageBar = m_bar;
    return c;
}

int TestBackupsPanel::scalar(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    Result<QVariant> v = q.scalar();
    return v ? v->toInt() : -1;
}

void TestBackupsPanel::shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(Localization::current() + QLatin1Char('-') +
                                                   name + QStringLiteral(".png"))));
}

MainWindow *TestBackupsPanel::signIn(AppController &controller, const QString &user,
                                     const QString &password)
{
    auto *dialog = qobject_cast<LoginDialog *>(controller.dialog());
    if (!dialog)
        return nullptr;
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")), user);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    if (!QTest::qWaitFor([&controller] { return controller.mainWindow() != nullptr; }))
        return nullptr;
    return controller.mainWindow();
}

void TestBackupsPanel::backUpNowCreatesAFileListedInTheTable()
{
    BackupsPanel panel(context(m_admin));
    panel.resize(900, 640);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("backupsTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(panel.folder(), m_folder);

    auto *button = panel.findChild<QPushButton *>(QStringLiteral("backupNowButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    const QStringList files = QDir(m_folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString name = files.first();
    QVERIFY2(QRegularExpression(QStringLiteral("^desk-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.sqlite$"))
                 .match(name)
                 .hasMatch(),
             qPrintable(name));
    QVERIFY(Backup::verify(QDir(m_folder).filePath(name)).ok());

    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, BackupsPanel::FileColumn).data().toString(), name);
    QCOMPARE(table->model()->index(0, BackupsPanel::KindColumn).data().toString(),
             QStringLiteral("By hand"));
    QVERIFY(!table->model()->index(0, BackupsPanel::SizeColumn).data().toString().isEmpty());
    QVERIFY(table->selectionModel()->isRowSelected(0, QModelIndex()));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->text().contains(name));
    // Recorded like the CLI's backup.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'database.backup' AND user_name = 'admin'")),
             1);
}

void TestBackupsPanel::listsAutomaticAndManualBackupsNewestFirst()
{
    const QDate today = QDate::currentDate();
    for (int i = 2; i >= 0; --i)
        QVERIFY(BackupRotation::runDaily(*m_db, m_admin, m_folder, 7, today.addDays(-i)));
    QVERIFY(BackupRotation::backupNow(*m_db, m_admin, m_folder,
                                      QDateTime(today.addDays(-1), QTime(12, 0))));
    // Not a backup of this database: not listed.
    QFile other(QDir(m_folder).filePath(QStringLiteral("notes.sqlite")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();

    BackupsPanel panel(context(m_admin));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("backupsTable"));
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(panel.backups().size(), 4);
    auto cell = [table](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, BackupsPanel::DateColumn), today.toString(Qt::ISODate));
    QCOMPARE(cell(0, BackupsPanel::KindColumn), QStringLiteral("Automatic"));
    QCOMPARE(cell(1, BackupsPanel::DateColumn),
             today.addDays(-1).toString(Qt::ISODate) + QStringLiteral(" 12:00:00"));
    QCOMPARE(cell(1, BackupsPanel::KindColumn), QStringLiteral("By hand"));
    QCOMPARE(cell(2, BackupsPanel::FileColumn),
             BackupRotation::automaticName(m_dbPath, today.addDays(-1)));
    QCOMPARE(cell(3, BackupsPanel::FileColumn),
             BackupRotation::automaticName(m_dbPath, today.addDays(-2)));
}

void TestBackupsPanel::settingsApplyToThisMachine()
{
    BackupsPanel panel(context(m_admin));
    auto *check = panel.findChild<QCheckBox *>(QStringLiteral("automaticCheck"));
    auto *keep = panel.findChild<QSpinBox *>(QStringLiteral("keepSpin"));
    auto *folderEdit = panel.findChild<QLineEdit *>(QStringLiteral("folderEdit"));
    // The defaults: on, 7, the folder beside the database.
    QVERIFY(check->isChecked());
    QCOMPARE(keep->value(), 7);
    QVERIFY(folderEdit->text().isEmpty());
    QCOMPARE(folderEdit->placeholderText(), QDir::toNativeSeparators(m_folder));

    check->setChecked(false);
    keep->setValue(3);
    const QString elsewhere = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(BackupRotation::runDaily(*m_db, m_admin, elsewhere, 7, QDate::currentDate()));
    cdtest::typeInto(folderEdit, QDir::toNativeSeparators(elsewhere));
    QTest::keyClick(folderEdit, Qt::Key_Return);

    const BackupRotation::Settings stored = BackupRotation::load(QSettings());
    QVERIFY(!stored.enabled);
    QCOMPARE(stored.keep, 3);
    QCOMPARE(stored.folder, elsewhere);
    // The list follows the folder.
    QCOMPARE(panel.folder(), elsewhere);
    QCOMPARE(panel.findChild<QTableView *>(QStringLiteral("backupsTable"))->model()->rowCount(), 1);

    // A second panel (another window, a later session) reads the same settings.
    BackupsPanel again(context(m_admin));
    QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("automaticCheck"))->isChecked());
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("keepSpin"))->value(), 3);
}

void TestBackupsPanel::nonAdminSeesRestoreDisabled()
{
    QVERIFY(BackupRotation::runDaily(*m_db, m_admin, m_folder, 7, QDate::currentDate()));
    for (Role role : {Role::Manager, Role::Auditor}) {
        const Actor other{QStringLiteral("someone"), role};
        BackupsPanel panel(context(other));
        panel.show();
        auto *restore = panel.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        auto *backup = panel.findChild<QPushButton *>(QStringLiteral("backupNowButton"));
        auto *table = panel.findChild<QTableView *>(QStringLiteral("backupsTable"));
        // The list is there to see; the actions are not theirs.
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(!restore->isEnabled());
        QVERIFY(!backup->isEnabled());
        QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("automaticCard"))->isEnabled());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("roleLabel"))->isVisible());
        // Called anyway: refused, nothing handed over, no file written.
        QSignalSpy requested(RestoreRequests::instance(), &RestoreRequests::restoreRequested);
        QVERIFY(!panel.restore());
        QVERIFY(!panel.backUpNow());
        QCOMPARE(requested.count(), 0);
        QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 1);
        QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    }
    // The administrator's panel has both.
    BackupsPanel admin(context(m_admin));
    QVERIFY(admin.findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
    QVERIFY(admin.findChild<QPushButton *>(QStringLiteral("backupNowButton"))->isEnabled());
    QVERIFY(!admin.findChild<QLabel *>(QStringLiteral("roleLabel"))->isVisibleTo(&admin));
}

void TestBackupsPanel::restoreVerifiesAndAsksBeforeHandingOver()
{
    QVERIFY(BackupRotation::runDaily(*m_db, m_admin, m_folder, 7, QDate::currentDate()));
    BackupsPanel panel(context(m_admin));
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("backupsTable"));
    auto *restore = panel.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QSignalSpy requested(RestoreRequests::instance(), &RestoreRequests::restoreRequested);
    cdtest::PrompterGuard guard;

    // Declined: nothing happens.
    table->selectRow(0);
    guard.prompter.confirmAnswers = {false};
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 1);
    QVERIFY(guard.prompter.confirmations.first().contains(QStringLiteral("current data")));
    QCOMPARE(requested.count(), 0);

    // Confirmed: the chosen file goes to the session.
    guard.prompter.confirmAnswers = {true};
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).toString(), panel.backups().first().path);

    // Nothing selected: a file is asked for, and one that is no backup is
    // refused before any question.
    table->clearSelection();
    const QString junk = m_dir->filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    guard.prompter.fileToOpen = junk;
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 2);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY(m_bar->text().contains(QStringLiteral("not a SQLite database")));
}

void TestBackupsPanel::settingsAreaHasTabs()
{
    // Screenshots in the language asked for (CHANNELDESK_LANG); init() goes back to English.
    Localization::install(AppController::startupLanguage());
    QVERIFY(BackupRotation::runDaily(*m_db, m_admin, m_folder, 7, QDate::currentDate()));
    MainWindow window(*m_db, m_admin);
    window.resize(1200, 800);
    window.show();
    window.showArea(Area::Settings);
    auto *page = qobject_cast<SettingsPage *>(window.page(Area::Settings));
    QVERIFY(page);
    QTabWidget *tabs = page->tabs();
    QCOMPARE(tabs->count(), 3);
    QVERIFY(qobject_cast<ParametersPage *>(tabs->widget(0)));
    QVERIFY(qobject_cast<ProviderPanel *>(tabs->widget(1)));
    QVERIFY(page->panel<ParametersPage>());
    BackupsPanel *panel = page->panel<BackupsPanel>();
    QVERIFY(panel);
    QCOMPARE(tabs->indexOf(panel), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    shoot(&window, QStringLiteral("settings-parameters"));
    tabs->setCurrentWidget(panel);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("backupNowButton")),
                      Qt::LeftButton);
    // The page's message bar is the window's.
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
    QCOMPARE(panel->backups().size(), 2);
    shoot(&window, QStringLiteral("settings-backups"));

    // The tab last shown is the one the area opens with next time.
    MainWindow second(*m_db, m_admin);
    second.showArea(Area::Settings);
    auto *again = qobject_cast<SettingsPage *>(second.page(Area::Settings));
    QCOMPARE(again->tabs()->currentWidget(), again->panel<BackupsPanel>());
}

void TestBackupsPanel::automaticBackupRunsAfterSignInForAnyUser()
{
    const QString password = QStringLiteral("manager-pass-1");
    QVERIFY(UserService(*m_db).create(m_admin, QStringLiteral("mia"), Role::Manager, password));
    AppController controller(std::move(m_db));
    QSignalSpy finished(&controller, &AppController::automaticBackupFinished);
    QVERIFY(controller.start());
    MainWindow *window = signIn(controller, QStringLiteral("mia"), password);
    QVERIFY(window);
    // The window is on screen before any backup is taken.
    QVERIFY(window->isVisible());
    QVERIFY(!QFileInfo::exists(m_folder));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const QString expected =
        QDir(m_folder).filePath(BackupRotation::automaticName(m_dbPath, QDate::currentDate()));
    QCOMPARE(finished.first().at(0).toString(), expected);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(Backup::verify(expected).ok());
    QVERIFY(window->messageBar()->type() != MessageBar::Type::Error ||
            window->messageBar()->text().isEmpty());
    QCOMPARE(scalar(controller.database(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'database.backup.automatic' AND user_name = 'mia'")),
             1);

    // Signing in again the same day makes no second copy.
    controller.signOut();
    window = signIn(controller, QStringLiteral("mia"), password);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.last().at(0).toString(), QString());
    QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 1);
}

void TestBackupsPanel::automaticBackupFailureShowsInTheBar()
{
    // A folder that cannot exist: below a plain file.
    const QString plain = m_dir->filePath(QStringLiteral("plain"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    BackupRotation::Settings settings;
    settings.folder = QDir(plain).filePath(QStringLiteral("backups"));
    QSettings store;
    BackupRotation::save(store, settings);

    AppController controller(std::move(m_db));
    QSignalSpy finished(&controller, &AppController::automaticBackupFinished);
    QVERIFY(controller.start());
    MainWindow *window = signIn(controller, QStringLiteral("admin"), cdtest::adminPassword());
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QCOMPARE(window->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(window->messageBar()->text().startsWith(QStringLiteral("The automatic backup failed")),
             qPrintable(window->messageBar()->text()));
    // Work goes on: the window is there and usable.
    QVERIFY(window->isVisible());
    window->showArea(Area::Users);
    QCOMPARE(window->currentArea(), Area::Users);
}

void TestBackupsPanel::restoreReopensTheDatabaseAndSignsInAgain()
{
    AppController controller(std::move(m_db));
    QVERIFY(controller.start());
    MainWindow *window = signIn(controller, QStringLiteral("admin"), cdtest::adminPassword());
    QVERIFY(window);
    window->showArea(Area::Settings);
    auto *page = qobject_cast<SettingsPage *>(window->page(Area::Settings));
    QVERIFY(page);
    BackupsPanel *panel = page->panel<BackupsPanel>();
    page->tabs()->setCurrentWidget(panel);
    QVERIFY(panel->backUpNow());
    const QString backup = panel->backups().first().path;

    // A change after the backup, which the restore takes back.
    QVERIFY(UserService(controller.database())
                .create(m_admin, QStringLiteral("late"), Role::Manager,
                        QStringLiteral("late-pass-123")));
    QCOMPARE(scalar(controller.database(),
                    QStringLiteral("SELECT COUNT(*) FROM users WHERE name = 'late'")),
             1);

    cdtest::PrompterGuard guard;
    guard.prompter.confirmAnswers = {true};
    auto *table = panel->findChild<QTableView *>(QStringLiteral("backupsTable"));
    table->selectRow(0);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("restoreButton")),
                      Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 1);

    QTRY_VERIFY(controller.mainWindow() == nullptr);
    QTRY_VERIFY(qobject_cast<LoginDialog *>(controller.dialog()));
    auto *login = qobject_cast<LoginDialog *>(controller.dialog());
    QTRY_VERIFY(login->isVisible());
    QCOMPARE(login->messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY2(login->messageBar()->text().contains(QStringLiteral("restored")),
             qPrintable(login->messageBar()->text()));
    QCOMPARE(login->findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->text(),
             QStringLiteral("admin"));
    shoot(login, QStringLiteral("login-after-restore"));

    // The reopened database is the backup's, with the restore recorded; the
    // replaced one is kept beside it.
    QCOMPARE(QFileInfo(controller.database().path()).absoluteFilePath(),
             QFileInfo(m_dbPath).absoluteFilePath());
    QCOMPARE(scalar(controller.database(),
                    QStringLiteral("SELECT COUNT(*) FROM users WHERE name = 'late'")),
             0);
    QCOMPARE(scalar(controller.database(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'database.restore' AND user_name = 'admin'")),
             1);
    const QStringList kept =
        QDir(m_dir->path())
            .entryList({QStringLiteral("desk.sqlite.before-restore-*")}, QDir::Files);
    QVERIFY(!kept.isEmpty());
    QVERIFY(QFileInfo::exists(backup));

    // And work goes on after signing in again.
    window = signIn(controller, QStringLiteral("admin"), cdtest::adminPassword());
    QVERIFY(window);
    QVERIFY(window->isVisible());
}

QTEST_MAIN(TestBackupsPanel)
#include "tst_BackupsPanel.moc"
