#pragma once

#include "agents/StatusBadge.h"
#include "numbers/Number.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

// How a number's state reads on screen, the same in the table, the detail and
// the dialogs: a fraud block (§3.9) and an arrears suspension (§2.10) are
// told apart, since a payment ends one and not the other.
class NumberStyle
{
    Q_DECLARE_TR_FUNCTIONS(cd::NumberStyle)

public:
    // "Active", "Suspended (arrears)", "Blocked (fraud)", …
    static QString statusText(const Number &n);
    static StatusBadge::Tone tone(const Number &n);
    // One sentence on what the state means for the user, "" when nothing to add.
    static QString explanation(const Number &n);
    // The style of a label showing explanation(): a fraud block stands out
    // on the negative tint (Theme::tint), any other state in its tone's colour.
    static QString explanationStyleSheet(const Number &n);
    // "400-820-8888": how people write the number.
    static QString display(const QString &digits);
};

} // namespace cd
