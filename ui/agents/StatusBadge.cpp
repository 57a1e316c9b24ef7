#include "StatusBadge.h"

#include "widgets/Theme.h"

namespace cd {

namespace {
struct Colours {
    const char *text;
    const char *background;
};

Colours coloursOf(StatusBadge::Tone tone)
{
    switch (tone) {
    case StatusBadge::Tone::Positive:
        return {"#15803d", "#dcfce7"};
    case StatusBadge::Tone::Warning:
        return {"#b45309", "#fef3c7"};
    case StatusBadge::Tone::Negative:
        return {"#b91c1c", "#fee2e2"};
    case StatusBadge::Tone::Information:
        return {"#1d4ed8", "#dbeafe"};
    case StatusBadge::Tone::Neutral:
        break;
    }
    return {"#475569", "#e2e8f0"};
}

// The same tones readable on a dark window or table.
const char *darkTextOf(StatusBadge::Tone tone)
{
    switch (tone) {
    case StatusBadge::Tone::Positive:
        return "#4ade80";
    case StatusBadge::Tone::Warning:
        return "#fbbf24";
    case StatusBadge::Tone::Negative:
        return "#f87171";
    case StatusBadge::Tone::Information:
        return "#60a5fa";
    case StatusBadge::Tone::Neutral:
        break;
    }
    return "#a7b0bc";
}
} // namespace

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    setBadge(QString(), Tone::Neutral);
}

void StatusBadge::setBadge(const QString &text, Tone tone)
{
    m_tone = tone;
    const Colours c = coloursOf(tone);
    setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px;"
                                 " padding: 2px 10px; font-weight: 600; }")
                      .arg(QLatin1String(c.text), QLatin1String(c.background)));
    setText(text);
    setVisible(!text.isEmpty());
}

void StatusBadge::setAgentStatus(AgentStatus status)
{
    setBadge(agentStatusDisplayName(status), toneOf(status));
}

void StatusBadge::setContractStatus(ContractStatus status)
{
    setBadge(contractStatusDisplayName(status), toneOf(status));
}

StatusBadge::Tone StatusBadge::toneOf(AgentStatus status)
{
    switch (status) {
    case AgentStatus::Active:
        return Tone::Positive;
    case AgentStatus::Supervised:
        return Tone::Warning;
    case AgentStatus::Terminated:
        return Tone::Negative;
    case AgentStatus::Prospect:
        break;
    }
    return Tone::Information;
}

StatusBadge::Tone StatusBadge::toneOf(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Active:
        return Tone::Positive;
    case ContractStatus::Terminated:
        return Tone::Negative;
    case ContractStatus::Draft:
        return Tone::Information;
    case ContractStatus::Expired:
        break;
    }
    return Tone::Neutral;
}

QColor StatusBadge::textColor(Tone tone)
{
    return Theme::isDark() ? QColor(QLatin1String(darkTextOf(tone))) : textColorOnTint(tone);
}

QColor StatusBadge::textColorOnTint(Tone tone)
{
    return QColor(QLatin1String(coloursOf(tone).text));
}

} // namespace cd
