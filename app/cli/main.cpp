// channeldesk-cli: the scripted face of ChannelDesk (SPEC §4). Parsing and
// wiring only; every rule is enforced by the core services it calls.
#include "CliApplication.h"
#include "PrintCommands.h"

#include "common/Localization.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[]) {
    // Printing lays text out with real fonts and needs a QGuiApplication; the
    // offscreen platform keeps the command line headless (no display needed).
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (cd::PrintCommands::needsGuiApplication(raw)) {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
#ifdef Q_OS_WIN
    // Qt writes UTF-8; make the console show Chinese messages right.
    SetConsoleOutputCP(CP_UTF8);
#endif
    cd::Localization::install(cd::Localization::systemLanguage());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    cd::CliApplication cli;
    return cli.run(arguments);
}
