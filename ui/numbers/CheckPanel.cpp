#include "CheckPanel.h"

#include "widgets/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

CheckPanel::CheckPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("checkPanel"));
    // Styled by a property, not the object name: dialogs rename the panel.
    setProperty("checkPanel", true);
    m_title->setObjectName(QStringLiteral("checkTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_body->setObjectName(QStringLiteral("checkBody"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    setTone(false);
}

void CheckPanel::setTone(bool problem)
{
    setStyleSheet(Theme::tintedPanelStyleSheet(QStringLiteral("QFrame[checkPanel=\"true\"]"),
                                               problem ? Theme::Tint::Negative
                                                       : Theme::Tint::Positive));
}

void CheckPanel::setProblems(const QString &title, const QStringList &problems)
{
    m_problems = problems;
    m_notes.clear();
    setTone(!problems.isEmpty());
    m_title->setText(title);
    QString html;
    for (const QString &p : problems)
        html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    m_body->setText(QStringLiteral("<ul style=\"margin:0; -qt-list-indent:1;\">%1</ul>").arg(html));
    m_body->setVisible(!problems.isEmpty());
}

void CheckPanel::setReady(const QString &text, const QStringList &notes)
{
    m_problems.clear();
    m_notes = notes;
    setTone(false);
    m_title->setText(text);
    QString html;
    for (const QString &n : notes)
        html += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(n.toHtmlEscaped());
    m_body->setText(html);
    m_body->setVisible(!notes.isEmpty());
}

QString CheckPanel::text() const
{
    QStringList lines{m_title->text()};
    lines += m_problems;
    lines += m_notes;
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd
