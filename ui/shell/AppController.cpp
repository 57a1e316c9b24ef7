#include "AppController.h"

#include "common/Localization.h"
#include "numbers/StartupSweep.h"
#include "shell/FirstRunDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "users/UserService.h"
#include "widgets/Dialogs.h"

#include <QDir>
#include <QSettings>

namespace cd {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
}

AppController::AppController(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

AppController::~AppController()
{
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openMainWindow(dialog->actor()); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_dialog = dialog;
    dialog->open();
}

void AppController::showLogin()
{
    auto *dialog = new LoginDialog(*m_db);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAttribute(Qt::WA_QuitOnClose, false);
    connect(dialog, &LoginDialog::languageChosen, this, &AppController::setLanguage);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openMainWindow(dialog->actor()); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    m_dialog = dialog;
    dialog->open();
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
    emit mainWindowShown(m_window);
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
