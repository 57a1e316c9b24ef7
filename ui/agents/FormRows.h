#pragma once

#include <QString>

class QFormLayout;
class QHBoxLayout;
class QLayout;
class QWidget;

namespace cd {

// Form rows whose field is a layout (a field with its error line, a date with
// room beside it). QFormLayout gives the label a buddy only for a widget
// field; without one the label shows its "&" instead of a shortcut.
class FormRows
{
public:
    static void addRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *buddy);
    // The widget at its natural width, the rest of the row empty.
    static QHBoxLayout *leftAligned(QWidget *widget);
    // Makes a window taller when a message or an error line appeared in it,
    // so that nothing is squeezed; never narrower or shorter.
    static void growToFit(QWidget *window);
};

} // namespace cd
