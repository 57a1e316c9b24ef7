#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cd {

// contract print and renewal letter: the printed documents as PDF, composed
// in core/printing and rendered by the print library.
class PrintCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::PrintCommands)

public:
    static QVector<CliCommand> commands();

    // Rendering needs a QGuiApplication (fonts); every other command keeps
    // the lighter QCoreApplication. Decided from the arguments (without the
    // program name) before any application object exists.
    static bool needsGuiApplication(const QStringList &arguments);

private:
    static int printContract(CliContext &context, const QCommandLineParser &parser);
    static int renewalLetter(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
