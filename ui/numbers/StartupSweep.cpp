#include "StartupSweep.h"

#include "widgets/AfterFirstPaint.h"

#include "common/Dates.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace cd {

void StartupSweep::schedule(MainWindow *window)
{
    if (!window || !window->actor().canWrite())
        return;
    QPointer<MainWindow> guard(window);
    // After the window has painted: the user sees it at once, the sweep follows.
    AfterFirstPaint::run(window, [guard] {
        // run() reports in the bar, success or failure; nothing is left to do here.
        if (guard) {
            const Result<SweepCounts> counts =
                run(guard->database(), guard->actor(), QDate::currentDate(), guard->messageBar());
            // Pages opened before the sweep (the dashboard) show its outcome.
            if (counts && !counts->nothingToDo())
                guard->refreshPages();
        }
    });
}

Result<SweepCounts> StartupSweep::run(Database &db, const Actor &actor, const QDate &today,
                                      MessageBar *bar)
{
    if (!actor.canWrite())
        return Error::permission(LifecycleSweep::tr("An auditor may not run the daily sweep."));
    Result<SweepCounts> counts = LifecycleSweep(db).run(actor, today);
    if (!counts) {
        if (bar) {
            Error e = counts.error();
            e.message = tr("The daily sweep failed: %1").arg(e.message);
            bar->showError(e);
        }
        return counts;
    }
    const QString text = summary(*counts);
    if (bar && !text.isEmpty())
        bar->showInformation(text);
    return counts;
}

QString StartupSweep::summary(const SweepCounts &c)
{
    if (c.nothingToDo())
        return {};
    QStringList parts;
    if (c.renewalNotices)
        parts << tr("%n renewal notice(s)", nullptr, c.renewalNotices);
    if (c.suspended)
        parts << tr("%n number(s) suspended for arrears", nullptr, c.suspended);
    if (c.reclaimWarnings)
        parts << tr("%n reclaim warning(s)", nullptr, c.reclaimWarnings);
    if (c.reclaimed)
        parts << tr("%n number(s) reclaimed", nullptr, c.reclaimed);
    if (c.reservationsReleased)
        parts << tr("%n reservation(s) released", nullptr, c.reservationsReleased);
    if (c.contractsExpired)
        parts << tr("%n contract(s) expired", nullptr, c.contractsExpired);
    if (c.contractsActivated)
        parts << tr("%n contract(s) took effect", nullptr, c.contractsActivated);
    return tr("Daily sweep to %1: %2.")
        .arg(Dates::format(c.upTo), parts.join(QStringLiteral(", ")));
}

} // namespace cd
