#include "AppController.h"

#include "common/Localization.h"
#include "numbers/StartupSweep.h"
#include "settings/BackupsPanel.h"
#include "shell/FirstRunDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Backup.h"
#include "storage/BackupRotation.h"
#include "storage/Database.h"
#include "users/UserService.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>
#include <QTimer>

namespace cd {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
// The automatic backup waits this long after the main window shows: the
// first paint and the catch-up sweep have the machine to themselves.
constexpr int kAutomaticBackupDelayMs = 1500;
} // namespace

AppController::AppController(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    connect(RestoreRequests::instance(), &RestoreRequests::restoreRequested, this,
            [this](QWidget *window, const QString &backupPath) {
                // Only for our own window; run from the event loop, since the
                // request comes from a page of the window the restore closes.
                if (!m_window || window != m_window)
                    return;
                const Actor actor = m_window->actor();
                QTimer::singleShot(0, this, [this, backupPath, actor] {
                    const bool restored = restoreBackup(backupPath, actor);
                    Q_UNUSED(restored)
                });
            });
}

AppController::~AppController()
{
    waitForAutomaticBackup();
    delete m_backupThread;
    delete m_dialog;
    delete m_window;
}

QString AppController::startupLanguage()
{
    // An explicit environment choice wins (tests, screenshots, support calls).
    const QString forced = qEnvironmentVariable("CHANNELDESK_LANG");
    if (Localization::languages().contains(forced))
        return forced;
    const QString stored = QSettings().value(kLanguage).toString();
    if (Localization::languages().contains(stored))
        return stored;
    return Localization::systemLanguage();
}

std::unique_ptr<Database> AppController::openDatabase(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (db)
        return std::move(db).value();
    Dialogs::critical(nullptr, tr("ChannelDesk"),
                      tr("The database %1 cannot be opened.\n\n%2")
                          .arg(QDir::toNativeSeparators(path), db.error().text()));
    return nullptr;
}

bool AppController::start()
{
    Result<bool> any = UserService(*m_db).hasUsers();
    if (!any) {
        Dialogs::critical(nullptr, tr("ChannelDesk"),
                          tr("The database %1 cannot be read.\n\n%2")
                              .arg(QDir::toNativeSeparators(m_db->path()), any.error().text()));
        return false;
    }
    if (*any)
        showLogin();
    else
        showFirstRun();
    return true;
}

void AppController::showFirstRun()
{
    auto *dialog = new FirstRunDialog(*m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closing the dialog must not end the application on its way to the main
    // window; leaving it without signing in ends it through quitRequested.
    dialog->setAttribute(Qt::WA_QuitOnClose, false);
    connect(dialog, &FirstRunDialog::languageChosen, this, &AppController::setLanguage);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        openMainWindow(dialog->actor());
        if (dialog->demoRequested())
            reportDemo(m_window, dialog->demoFailed(), dialog->demoMessage());
    });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_dialog = dialog;
    dialog->open();
}

void AppController::reportDemo(MainWindow *window, bool failed, const QString &text)
{
    QPointer<MainWindow> guard(window);
    // After the startup sweep's report (queued before this one): the new
    // user's first message is about the demo data.
    QTimer::singleShot(0, this, [guard, failed, text] {
        if (!guard)
            return;
        if (failed)
            guard->messageBar()->showError(text);
        else
            guard->messageBar()->showSuccess(text);
    });
}

LoginDialog *AppController::showLogin()
{
    auto *dialog = new LoginDialog(*m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAttribute(Qt::WA_QuitOnClose, false);
    connect(dialog, &LoginDialog::languageChosen, this, &AppController::setLanguage);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openMainWindow(dialog->actor()); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

MainWindow *AppController::createMainWindow(const Actor &actor)
{
    auto *window = new MainWindow(*m_db, actor);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::languageRequested, this, &AppController::setLanguage);
    connect(window, &MainWindow::signOutRequested, this, &AppController::signOut);
    return window;
}

void AppController::openMainWindow(const Actor &actor)
{
    if (m_window) {
        retire(m_window);
        m_window = nullptr;
    }
    m_window = createMainWindow(actor);
    m_window->show();
    // The daily sweep on sign-in (managers and administrators), once the window shows.
    StartupSweep::schedule(m_window);
    scheduleAutomaticBackup(actor);
    emit mainWindowShown(m_window);
}

void AppController::scheduleAutomaticBackup(const Actor &actor)
{
    // For any signed-in user: the machine's safety net, recorded under that
    // user (see BackupRotation on why there is no system actor).
    QTimer::singleShot(kAutomaticBackupDelayMs, this, [this, actor] {
        // Not once the session ended meanwhile (signed out, restored).
        if (!m_db || !m_window || m_backupThread)
            return;
        const BackupRotation::Settings settings = BackupRotation::load(QSettings());
        if (!settings.enabled)
            return;
        const QString path = m_db->path();
        const QString folder = BackupRotation::folderFor(settings, path);
        const int keep = settings.keep;
        const QDate today = QDate::currentDate();
        auto created = std::make_shared<QString>();
        auto error = std::make_shared<QString>();
        // A connection of its own on the thread: VACUUM INTO reads one
        // snapshot, so the window's connection goes on reading and writing.
        QThread *thread = QThread::create([path, folder, keep, today, actor, created, error] {
            Database::Options options;
            options.migrate = false; // the window's connection migrated it
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            if (!db) {
                *error = db.error().text();
                return;
            }
            Result<BackupRotation::DailyResult> done =
                BackupRotation::runDaily(**db, actor, folder, keep, today);
            if (done)
                *created = done->created;
            else
                *error = done.error().text();
        });
        thread->setObjectName(QStringLiteral("automaticBackup"));
        m_backupThread = thread;
        connect(thread, &QThread::finished, this, [this, thread, created, error] {
            thread->deleteLater();
            if (m_db)
                m_db->acknowledgeChanges(); // the backup's audit entry is ours
            // Failures go to the bar; a backup that worked needs no words.
            if (!error->isEmpty() && m_window) {
                m_window->messageBar()->showError(
                    tr("The automatic backup failed: %1").arg(*error));
            }
            emit automaticBackupFinished(*created, *error);
        });
        thread->start(QThread::LowPriority);
    });
}

bool AppController::automaticBackupRunning() const
{
    return m_backupThread && m_backupThread->isRunning();
}

void AppController::waitForAutomaticBackup()
{
    if (m_backupThread)
        m_backupThread->wait();
}

bool AppController::restoreBackup(const QString &backupPath, const Actor &actor)
{
    if (!actor.isAdmin() || !m_db)
        return false; // the panel offers it to administrators only (§2.6)
    // Nothing may hold the file: the backup thread, the pages, our connection.
    waitForAutomaticBackup();
    const QString live = m_db->path();
    if (m_window) {
        MainWindow *old = m_window;
        m_window = nullptr;
        retire(old);
        delete old; // now, not later: its models hold queries on the connection
    }
    delete m_dialog;
    m_db.reset();

    const Result<RestoreReport> report = Backup::restore(live, backupPath, actor);
    Result<std::unique_ptr<Database>> reopened = Database::open(live);
    if (!reopened) {
        Dialogs::critical(nullptr, tr("ChannelDesk"),
                          tr("The database %1 cannot be opened.\n\n%2")
                              .arg(QDir::toNativeSeparators(live), reopened.error().text()));
        emit quitRequested();
        return false;
    }
    m_db = std::move(reopened).value();

    LoginDialog *login = showLogin();
    login->setUserName(actor.userName);
    if (report) {
        // File names only: the dialog names the database's folder below.
        QString text =
            tr("The database was restored from %1.").arg(QFileInfo(backupPath).fileName());
        if (!report->keptAsidePath.isEmpty()) {
            text += QLatin1Char(' ') + tr("The data it replaced is kept beside it as %1.")
                                           .arg(QFileInfo(report->keptAsidePath).fileName());
        }
        text += QLatin1Char(' ') + tr("Sign in again.");
        login->messageBar()->showSuccess(text);
    } else {
        Error e = report.error();
        e.message = tr("Nothing was restored; the database is as it was. %1").arg(e.message);
        login->messageBar()->showError(e);
    }
    login->adjustSize(); // room for the message, which came after the dialog opened
    return report.ok();
}

void AppController::setLanguage(const QString &language)
{
    if (!Localization::languages().contains(language))
        return;
    QSettings().setValue(kLanguage, language);
    if (language == Localization::current())
        return;
    Localization::install(language);
    if (!m_window)
        return;
    // Rebuild rather than retranslate: every page and model then speaks the
    // new language without each one handling LanguageChange.
    MainWindow *old = m_window;
    MainWindow *fresh = createMainWindow(old->actor());
    fresh->restoreGeometry(old->saveGeometry());
    fresh->restoreState(old->saveState());
    fresh->showArea(old->currentArea());
    m_window = fresh;
    fresh->show();
    retire(old);
    emit mainWindowShown(fresh);
}

void AppController::retire(MainWindow *window)
{
    // Replaced, not closed by the user: the application goes on.
    window->setAttribute(Qt::WA_QuitOnClose, false);
    window->close();
}

void AppController::signOut()
{
    if (!m_window)
        return;
    MainWindow *old = m_window;
    m_window = nullptr;
    showLogin();
    retire(old);
}

} // namespace cd
