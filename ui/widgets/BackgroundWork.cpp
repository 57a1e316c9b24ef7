#include "BackgroundWork.h"

#include "storage/Database.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace cd {

namespace {

// Swallows keyboard and mouse input while a job runs: before the busy dialog
// shows (and makes the window modal-blocked) a second click on the button
// that started the job must not start it again when the loop returns.
class InputBlocker : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::Wheel:
            return true;
        default:
            return false;
        }
    }
};

bool hasFile(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") &&
           !path.startsWith(QLatin1String("file::memory:"));
}

} // namespace

Status BackgroundWork::run(QWidget *parent, Database &fallback, const QString &label,
                           const Job &work)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (!hasFile(fallback.path())) {
        work(fallback);
        QApplication::restoreOverrideCursor();
        return {};
    }

    const QString path = fallback.path();
    auto openError = std::make_shared<Status>();
    std::unique_ptr<QThread> thread(QThread::create([path, work, openError] {
        Database::Options options;
        options.migrate = false; // the window's connection brought the schema up to date
        Result<std::unique_ptr<Database>> db = Database::open(path, options);
        if (!db) {
            *openError = db.error();
            return;
        }
        work(**db);
    }));
    thread->setObjectName(QStringLiteral("backgroundWork"));

    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("backgroundWorkProgress"));
    if (parent)
        progress.setWindowTitle(parent->window()->windowTitle());
    progress.setLabelText(label);
    progress.setCancelButton(nullptr); // a transaction runs to its end or not at all
    progress.setRange(0, 0);           // no steps to count: a busy bar
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QTimer::singleShot(500, &progress, [&progress] { progress.show(); });

    InputBlocker blocker;
    qApp->installEventFilter(&blocker);
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    fallback.acknowledgeChanges(); // the job's commits are this window's own
    qApp->removeEventFilter(&blocker);
    progress.hide();
    QApplication::restoreOverrideCursor();
    return *openError;
}

} // namespace cd
