#pragma once

#include "common/Actor.h"
#include "shell/MainWindow.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>

namespace cd {

class Database;

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

    Database &database() { return *m_db; }
    MainWindow *mainWindow() const { return m_window; }
    // The first-run or sign-in dialog while one is shown.
    QDialog *dialog() const { return m_dialog; }

signals:
    // The user left the first-run or sign-in dialog without signing in.
    void quitRequested();
    void mainWindowShown(cd::MainWindow *window);

private:
    void showFirstRun();
    void showLogin();
    void openMainWindow(const Actor &actor);
    MainWindow *createMainWindow(const Actor &actor);
    static void retire(MainWindow *window);

    std::unique_ptr<Database> m_db;
    QPointer<MainWindow> m_window;
    QPointer<QDialog> m_dialog;
};

} // namespace cd
