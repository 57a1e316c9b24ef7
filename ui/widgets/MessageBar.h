#pragma once

#include <QFrame>
#include <QKeySequence>

#include <functional>

class QLabel;
class QPushButton;
class QShortcut;
class QToolButton;

namespace cd {

struct Error;

// An inline message strip in the manner of KDE's KMessageWidget: a tinted
// frame with an icon, the text and a close button. Windows and dialogs show
// the outcome of an action here instead of in a modal box (STYLE).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Positive, Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text);
    // The error's message and clause, and its detail lines below.
    void showError(const cd::Error &error);
    void showError(const QString &text);
    void showSuccess(const QString &text);
    void showInformation(const QString &text);
    void showWarning(const QString &text);
    void clearMessage();
    // Offers one action with the message now shown, e.g. "Undo" after a
    // change that has a simple inverse. The next message, or closing this
    // one, withdraws it; it runs at most once. With a shortcut (Ctrl+Z for
    // Undo) the key runs it too, anywhere in the window, unless the focused
    // widget has a use of its own for the key (a line edit's own undo).
    void setAction(const QString &text, std::function<void()> action,
                   const QKeySequence &shortcut = {});
    bool hasAction() const;

    Type type() const { return m_type; }
    QString text() const;

signals:
    void closed();

private:
    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QPushButton *m_action;
    QShortcut *m_shortcut;
    std::function<void()> m_callback;
};

} // namespace cd
