#pragma once

#include <QColor>
#include <QIcon>

namespace cd {

// The application's icons: the app icon and a family of line icons drawn in
// code (see PaintedIconEngine), one per area and action.
class Icons
{
public:
    enum class Glyph {
        Dashboard,
        Agents,
        Contracts,
        Prices,
        Customers,
        Reviews,
        Numbers,
        Payments,
        Violations,
        Incidents,
        Training,
        Notices,
        Reports,
        AuditLog,
        Settings,
        Users,
        Database,
        User,
        Add,
        Refresh,
        Close,
        Key,
        Error, // filled badges in their own colours
        Warning,
        Information,
        Success,
    };

    // The app icon: the embedded SVG where Qt can read SVG, else the same
    // picture painted.
    static QIcon app();
    // A line icon in `color` (default: Theme::iconColor()), white when selected.
    static QIcon glyph(Glyph glyph, const QColor &color = QColor(),
                       const QColor &selected = QColor(Qt::white));
    // The app icon as a pixmap of the given logical size.
    static QPixmap appPixmap(int size, qreal devicePixelRatio);
};

} // namespace cd
