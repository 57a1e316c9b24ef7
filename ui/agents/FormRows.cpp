#include "FormRows.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace cd {

void FormRows::addRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *buddy)
{
    auto *text = new QLabel(label, buddy->parentWidget());
    text->setBuddy(buddy);
    form->addRow(text, field);
}

QHBoxLayout *FormRows::leftAligned(QWidget *widget)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

void FormRows::growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace cd
