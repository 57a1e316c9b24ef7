// channeldesk: the desktop program. Parsing and wiring only; the session
// (sign-in, main window, language) lives in ui/shell/AppController.

#include "common/Localization.h"
#include "shell/AppController.h"
#include "storage/Database.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("ChannelDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
    QApplication::setWindowIcon(cd::Icons::app());

    cd::Localization::install(cd::AppController::startupLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cd::main", "Channel management for 400-number providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("cd::main", "The database file to open."),
        QCoreApplication::translate("cd::main", "path"));
    parser.addOption(dbOption);
    parser.process(app);

    // As for channeldesk-cli (SPEC §4): --db, else CHANNELDESK_DB, else the default.
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("CHANNELDESK_DB");
    if (path.isEmpty())
        path = cd::Database::defaultPath();

    std::unique_ptr<cd::Database> db = cd::AppController::openDatabase(path);
    if (!db)
        return 4;
    cd::AppController controller(std::move(db));
    QObject::connect(&controller, &cd::AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!controller.start())
        return 4;
    return app.exec();
}
