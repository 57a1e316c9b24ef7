#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "csv/ImportRunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace cd {

class Database;
class MessageBar;

// A CSV import from the window (SPEC §5 file kinds, the same ImportRunner as
// `channeldesk-cli import`): all rows or none, on a worker with its own
// connection and a busy dialog when it runs long (a pool of a million
// numbers takes seconds). The outcome goes to the message bar; a refused
// file offers "Show Rows", the list of every bad line with its file and line
// number.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvImport)

public:
    // The kinds in the order a menu lists them.
    static QStringList kinds();
    // Whether the actor may import this kind (ImportRunner::permits).
    static bool mayImport(const Actor &actor, const QString &kind);
    // "Import Numbers", for file dialogs and buttons.
    static QString title(const QString &kind);
    // "&Numbers…", for the File › Import menu.
    static QString menuText(const QString &kind);
    // "%n number(s) imported from FILE."
    static QString doneText(const QString &kind, int rows, const QString &fileName);

    // Runs the import; the result is ImportRunner's. Shows nothing.
    static Result<ImportReport> run(QWidget *parent, Database &db, const Actor &actor,
                                    const QString &kind, const QString &path);

    // Asks for a file, runs the import and reports in `bar` (success, or the
    // error with Show Rows). True when rows were imported.
    static bool askAndRun(QWidget *parent, Database &db, const Actor &actor, MessageBar *bar,
                          const QString &kind);
    // Runs the import of `path` and reports in `bar`, as askAndRun.
    static bool runAndReport(QWidget *parent, Database &db, const Actor &actor, MessageBar *bar,
                             const QString &kind, const QString &path);
    // The error's summary in the bar, its lines behind Show Rows.
    static void reportError(QWidget *parent, MessageBar *bar, const Error &error);
};

} // namespace cd
