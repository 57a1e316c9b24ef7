#pragma once

#include <QFrame>

class QLabel;
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

    Type type() const { return m_type; }
    QString text() const;

signals:
    void closed();

private:
    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace cd
