#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

namespace cd::Theme {

namespace {
QColor paletteWindow()
{
    return QApplication::palette().color(QPalette::Active, QPalette::Window);
}
} // namespace

bool isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Active, QPalette::Window).lightness() <
           p.color(QPalette::Active, QPalette::WindowText).lightness();
}

TintColors tint(Tint tint)
{
    const bool dark = isDark();
    switch (tint) {
    case Tint::Positive:
        return dark ? TintColors{QColor(0x22, 0xc5, 0x5e), QColor(0x12, 0x2e, 0x1e), QColor(0xbb, 0xf7, 0xd0)}
                    : TintColors{QColor(0x86, 0xef, 0xac), QColor(0xf0, 0xfd, 0xf4), QColor(0x14, 0x53, 0x2d)};
    case Tint::Information:
        return dark ? TintColors{QColor(0x3b, 0x82, 0xf6), QColor(0x13, 0x22, 0x3f), QColor(0xbf, 0xdb, 0xfe)}
                    : TintColors{QColor(0x93, 0xc5, 0xfd), QColor(0xef, 0xf6, 0xff), QColor(0x1e, 0x3a, 0x8a)};
    case Tint::Warning:
        return dark ? TintColors{QColor(0xf5, 0x9e, 0x0b), QColor(0x33, 0x25, 0x0c), QColor(0xfd, 0xe6, 0x8a)}
                    : TintColors{QColor(0xfb, 0xbf, 0x24), QColor(0xff, 0xfb, 0xeb), QColor(0x78, 0x35, 0x0f)};
    case Tint::Negative:
        break;
    }
    return dark ? TintColors{QColor(0xef, 0x44, 0x44), QColor(0x3b, 0x16, 0x16), QColor(0xfe, 0xca, 0xca)}
                : TintColors{QColor(0xfc, 0xa5, 0xa5), QColor(0xfe, 0xf2, 0xf2), QColor(0x7f, 0x1d, 0x1d)};
}

QString tintedPanelStyleSheet(const QString &selector, Tint t)
{
    const TintColors c = tint(t);
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"
                          " QLabel { background: transparent; border: none; color: %4; }")
        .arg(selector, c.background.name(), c.border.name(), c.text.name());
}

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
    // On a dark desktop the content is the palette's own window colour, so
    // that tab pages, splitters and forms that fill with it blend in.
    return isDark() ? paletteWindow() : QColor(0xf4, 0xf6, 0xf9);
}

QColor cardBackground()
{
    return isDark() ? paletteWindow().lighter(118) : QColor(Qt::white);
}

QColor cardBorder()
{
    return isDark() ? paletteWindow().lighter(150) : QColor(0xdf, 0xe3, 0xea);
}

QColor gridLine()
{
    return isDark() ? paletteWindow().lighter(170) : QColor(0xe5, 0xe7, 0xeb);
}

QColor negativeRowBackground()
{
    return isDark() ? QColor(0x4a, 0x21, 0x24) : QColor(0xfe, 0xf2, 0xf2);
}

QColor mutedText()
{
    return isDark() ? QColor(0xa7, 0xb0, 0xbc) : QColor(0x5b, 0x65, 0x73);
}

QColor iconColor()
{
    return isDark() ? QColor(0xbd, 0xc5, 0xd0) : QColor(0x47, 0x55, 0x69);
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
    return QStringLiteral("QFrame[card=\"true\"] { background: %1; border: 1px solid %2;"
                          " border-radius: 8px; }")
        .arg(cardBackground().name(), cardBorder().name());
}

} // namespace cd::Theme
