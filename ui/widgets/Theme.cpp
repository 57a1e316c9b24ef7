#include "Theme.h"

#include <QLabel>
#include <QPalette>

namespace cd::Theme {

QColor accent()
{
    return QColor(0x25, 0x63, 0xeb);
}

QColor sidebarBackground()
{
    return QColor(0x1b, 0x25, 0x33);
}

QColor sidebarText()
{
    return QColor(0xd5, 0xdb, 0xe4);
}

QColor sidebarMutedText()
{
    return QColor(0x7f, 0x8b, 0x9c);
}

QColor contentBackground()
{
    return QColor(0xf4, 0xf6, 0xf9);
}

QColor mutedText()
{
    return QColor(0x5b, 0x65, 0x73);
}

QColor iconColor()
{
    return QColor(0x47, 0x55, 0x69);
}

QFont scaled(const QFont &base, qreal factor)
{
    QFont f = base;
    // A font may be sized in pixels (pointSizeF() is then -1).
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        f.setPixelSize(qRound(base.pixelSize() * factor));
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = scaled(base, 1.6);
    f.setBold(true);
    return f;
}

QFont sectionFont(const QFont &base)
{
    QFont f = scaled(base, 1.15);
    f.setBold(true);
    return f;
}

void makeMuted(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, mutedText());
    label->setPalette(p);
}

QString sidebarStyleSheet()
{
    return QStringLiteral(
               "#sidebar { background: %1; }"
               "QListWidget#navigation { background: %1; border: none; color: %2; outline: 0;"
               "  padding: 4px 0px; }"
               "QListWidget#navigation::item { padding: 6px 10px; margin: 1px 10px;"
               "  border-radius: 6px; }"
               "QListWidget#navigation::item:hover { background: #273447; }"
               "QListWidget#navigation::item:selected { background: %3; color: white; }"
               "QListWidget#navigation::item:disabled { color: %4; background: transparent;"
               "  padding-top: 14px; padding-bottom: 2px; }"
               "QLabel#brandName { color: white; }"
               "QLabel#brandTagline { color: %4; }")
        .arg(sidebarBackground().name(), sidebarText().name(), accent().name(),
             sidebarMutedText().name());
}

QString cardStyleSheet()
{
    return QStringLiteral("QFrame[card=\"true\"] { background: white; border: 1px solid #dfe3ea;"
                          " border-radius: 8px; }");
}

} // namespace cd::Theme
