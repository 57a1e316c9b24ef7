// channeldesk-cli: the scripted face of ChannelDesk (SPEC §4). Parsing and
// wiring only; every rule is enforced by the core services it calls.
#include "CliApplication.h"

#include "common/Localization.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
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
