#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "numbers/LifecycleSweep.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cd {

class Database;
class MainWindow;
class MessageBar;

// The daily sweep (§2.10) when a manager or an administrator opens the main
// window: it runs once the window is on screen and says in the message bar
// what changed (nothing when nothing did). Auditors only read: no sweep.
class StartupSweep
{
    Q_DECLARE_TR_FUNCTIONS(cd::StartupSweep)

public:
    // Queues run() for the window's next turn of the event loop.
    static void schedule(MainWindow *window);
    // Sweeps up to `today` and reports in the bar: a summary of what changed,
    // the error when it failed. Returns the counts (or the error).
    static Result<SweepCounts> run(Database &db, const Actor &actor, const QDate &today,
                                   MessageBar *bar);
    // "Daily sweep to 2026-11-25: 3 renewal notices, 1 number suspended"; ""
    // when nothing changed.
    static QString summary(const SweepCounts &counts);
};

} // namespace cd
