#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QLabel;

namespace cd {

// The look of ChannelDesk in one place: colours, fonts and the few style
// sheets that scoped widgets use. Everything else keeps the platform style.
namespace Theme {

constexpr int PageMargin = 24;
constexpr int Spacing = 12;

// Whether the application's palette is a dark one (a dark desktop theme):
// the content colours below follow it, the sidebar stays dark in both.
bool isDark();

QColor accent(); // the brand blue
QColor sidebarBackground();
QColor sidebarText();
QColor sidebarMutedText();
QColor contentBackground();
QColor cardBackground(); // the panels on the content background
QColor cardBorder();
QColor gridLine();              // chart grid lines on a card
QColor negativeRowBackground(); // a table row that must stand out (a fraud block)
QColor mutedText(); // secondary text on the content background
QColor iconColor(); // line icons on the content background

// The tinted panels (message bars, check results, warnings): a border, a
// faint background of the same hue and a text colour that reads on it, in
// the light or the dark palette.
enum class Tint { Positive, Information, Warning, Negative };
struct TintColors {
    QColor border;
    QColor background;
    QColor text;
};
TintColors tint(Tint tint);
// A style sheet giving the widgets `selector` matches the tint's background
// and rounded border, and the labels inside them its text colour.
QString tintedPanelStyleSheet(const QString &selector, Tint tint);

// The font `factor` times as large, whether sized in points or pixels.
QFont scaled(const QFont &base, qreal factor);
// A page title: larger and bold.
QFont titleFont(const QFont &base);
// Section headings inside a page.
QFont sectionFont(const QFont &base);

// Turns a label into the secondary, greyed kind (descriptions, hints).
void makeMuted(QLabel *label);

QString sidebarStyleSheet();
// For a page whose QFrames with the property card=true are panels (white
// in the light palette).
QString cardStyleSheet();

} // namespace Theme
} // namespace cd
