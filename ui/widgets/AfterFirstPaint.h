#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace cd {

// Runs work once a widget has painted for the first time, so that what the
// user waits for (a window, a page) is on screen before slower work starts.
// A zero-timer is not enough: Qt delivers posted events before the window
// system's expose that triggers the first paint.
class AfterFirstPaint : public QObject
{
public:
    // Calls `work` on the event loop's next turn after `widget`'s first paint
    // event (or at once on the next turn when it has painted already). The
    // work is dropped if the widget is deleted first.
    static void run(QWidget *widget, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, std::function<void()> work);

    QPointer<QWidget> m_widget;
    std::function<void()> m_work;
};

} // namespace cd
