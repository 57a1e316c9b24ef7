#include "FieldErrorLabel.h"

#include "widgets/Theme.h"

namespace cd {

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setFont(Theme::scaled(font(), 0.92));
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    setPalette(p);
    hide();
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

} // namespace cd
