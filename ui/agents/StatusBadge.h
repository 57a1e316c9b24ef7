#pragma once

#include "agents/Agent.h"
#include "contracts/Contract.h"

#include <QColor>
#include <QLabel>

namespace cd {

// A small rounded label in a status colour: green for active, amber for
// supervised, red for terminated, grey for the rest. Tables use the same
// colours for their status column (textColor()).
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Neutral, Positive, Warning, Negative, Information };

    explicit StatusBadge(QWidget *parent = nullptr);

    void setBadge(const QString &text, Tone tone);
    void setAgentStatus(AgentStatus status);
    void setContractStatus(ContractStatus status);
    Tone tone() const { return m_tone; }

    static Tone toneOf(AgentStatus status);
    static Tone toneOf(ContractStatus status);
    // The text colour of a tone on the palette's own background (table rows,
    // pages): the badge's colour, a lighter shade of it in a dark palette.
    static QColor textColor(Tone tone);
    // The text colour of a tone on its light tint (badges, banners), whatever
    // the palette.
    static QColor textColorOnTint(Tone tone);

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace cd
