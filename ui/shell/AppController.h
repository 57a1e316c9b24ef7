#pragma once

#include "common/Actor.h"
#include "shell/MainWindow.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace cd {

class Database;
class LoginDialog;

// Runs the GUI session: the first-run or sign-in dialog, then the main window;
// switches the language live (by rebuilding the main window in place) and
// signs out. app/gui/main.cpp only opens the database and hands it over.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~AppController() override;

    // The language to start in: CHANNELDESK_LANG when set, else QSettings
    // "ui/language", else the system locale's.
    static QString startupLanguage();
    // Opens the database; on failure tells the user in a modal message naming
    // the file and returns nullptr (main then exits with 4, SPEC §4).
    static std::unique_ptr<Database> openDatabase(const QString &path);

    // Shows the first-run dialog (no accounts yet) or the sign-in dialog.
    // False, after telling the user, when the database cannot be read.
    bool start();

    // Installs the language, remembers it, and rebuilds the main window (same
    // user, area and geometry). Dialogs retranslate themselves.
    void setLanguage(const QString &language);
    // Back to the sign-in dialog; the main window closes.
    void signOut();

    // Replaces the database by a backup (admin only; the Backups panel asks
    // through RestoreRequests): closes the main window and the database,
    // restores through Backup::restore, reopens the file and shows the sign-in
    // dialog saying what happened. When the restore fails the current
    // database is reopened unchanged and the dialog says why. False when the
    // restore was refused or failed.
    bool restoreBackup(const QString &backupPath, const Actor &actor);

    // The daily automatic backup (BackupRotation, settings of this machine):
    // started on a thread of its own a moment after the main window shows,
    // so neither the window nor the startup sweep waits for it.
    void scheduleAutomaticBackup(const Actor &actor);
    bool automaticBackupRunning() const;
    // Blocks until a running automatic backup has finished (restore, exit, tests).
    void waitForAutomaticBackup();

    Database &database() { return *m_db; }
    MainWindow *mainWindow() const { return m_window; }
    // The first-run or sign-in dialog while one is shown.
    QDialog *dialog() const { return m_dialog; }

signals:
    // The user left the first-run or sign-in dialog without signing in.
    void quitRequested();
    void mainWindowShown(cd::MainWindow *window);
    // A daily automatic backup finished; `error` is empty on success.
    void automaticBackupFinished(const QString &created, const QString &error);

private:
    void showFirstRun();
    LoginDialog *showLogin();
    void openMainWindow(const Actor &actor);
    void reportDemo(MainWindow *window, bool failed, const QString &text);
    MainWindow *createMainWindow(const Actor &actor);
    static void retire(MainWindow *window);

    std::unique_ptr<Database> m_db;
    QPointer<MainWindow> m_window;
    QPointer<QDialog> m_dialog;
    QPointer<QThread> m_backupThread;
};

} // namespace cd
