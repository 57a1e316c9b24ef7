#include "StatCard.h"

#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cd {

StatCard::StatCard(Icons::Glyph glyph, const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setProperty("card", true);
    // Cards in a row share its height, whatever their detail line needs.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *icon = new QLabel(this);
    icon->setPixmap(
        Icons::glyph(glyph, Theme::accent()).pixmap(QSize(20, 20), devicePixelRatioF()));
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(QStringLiteral("cardCaption"));
    Theme::makeMuted(captionLabel);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(icon);
    top->addWidget(captionLabel, 1);

    m_value->setObjectName(QStringLiteral("cardValue"));
    m_value->setTextFormat(Qt::PlainText);
    QFont big = Theme::scaled(font(), 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("cardDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    Theme::makeMuted(m_detail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void StatCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::detail() const
{
    return m_detail->text();
}

void StatCard::setValueColor(const QColor &color)
{
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, color.isValid() ? color : palette().color(QPalette::WindowText));
    m_value->setPalette(p);
}

void StatCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setProperty("link", clickable);
    setAttribute(Qt::WA_Hover, clickable);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    if (clickable)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void StatCard::mousePressEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void StatCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void StatCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
                        event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace cd
