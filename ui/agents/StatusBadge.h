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
    // The text colour of a tone on a white or light background.
    static QColor textColor(Tone tone);

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace cd
