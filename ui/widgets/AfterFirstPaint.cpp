#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>

namespace cd {

namespace {
const char kPainted[] = "cd_painted";
}

AfterFirstPaint::AfterFirstPaint(QWidget *widget, std::function<void()> work)
    : QObject(widget)
    , m_widget(widget)
    , m_work(std::move(work))
{
    widget->installEventFilter(this);
}

void AfterFirstPaint::run(QWidget *widget, std::function<void()> work)
{
    if (!widget)
        return;
    if (widget->property(kPainted).toBool()) {
        QTimer::singleShot(0, widget, std::move(work));
        return;
    }
    new AfterFirstPaint(widget, std::move(work));
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint) {
        m_widget->setProperty(kPainted, true);
        m_widget->removeEventFilter(this);
        // After this paint has reached the screen.
        QTimer::singleShot(0, m_widget, std::move(m_work));
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd
