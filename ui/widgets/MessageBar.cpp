#include "MessageBar.h"

#include "common/Error.h"
#include "widgets/Icons.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>

namespace cd {

namespace {
Theme::Tint tintOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return Theme::Tint::Positive;
    case MessageBar::Type::Information:
        return Theme::Tint::Information;
    case MessageBar::Type::Warning:
        return Theme::Tint::Warning;
    case MessageBar::Type::Error:
        break;
    }
    return Theme::Tint::Negative;
}

Icons::Glyph glyphOf(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return Icons::Glyph::Success;
    case MessageBar::Type::Information:
        return Icons::Glyph::Information;
    case MessageBar::Type::Warning:
        return Icons::Glyph::Warning;
    case MessageBar::Type::Error:
        break;
    }
    return Icons::Glyph::Error;
}
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_action(new QPushButton(this))
    , m_shortcut(new QShortcut(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("messageText"));
    // Messages carry user data (names, file paths): never interpret them as HTML.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setFlat(true);
    m_action->setCursor(Qt::PointingHandCursor);
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, [this] {
        std::function<void()> callback = std::move(m_callback);
        m_callback = nullptr;
        m_action->hide();
        m_shortcut->setEnabled(false);
        if (callback)
            callback(); // may show a new message
    });

    m_shortcut->setContext(Qt::WindowShortcut);
    m_shortcut->setEnabled(false);
    connect(m_shortcut, &QShortcut::activated, m_action, &QPushButton::click);

    connect(m_close, &QToolButton::clicked, this, [this] {
        clearMessage();
        emit closed();
    });
    hide();
}

void MessageBar::showMessage(Type type, const QString &text)
{
    m_callback = nullptr;
    m_action->hide();
    m_shortcut->setEnabled(false);
    m_type = type;
    const Theme::TintColors tint = Theme::tint(tintOf(type));
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2;"
                                 " border-radius: 6px; }"
                                 "QLabel#messageText { color: %3; background: transparent;"
                                 " border: none; }"
                                 "QLabel#messageIcon { background: transparent; border: none; }"
                                 "QPushButton#messageAction { color: %3; font-weight: bold; }")
                      .arg(tint.background.name(), tint.border.name(), tint.text.name()));
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_icon->setPixmap(Icons::glyph(glyphOf(type)).pixmap(QSize(side, side), devicePixelRatioF()));
    m_close->setIcon(Icons::glyph(Icons::Glyph::Close, tint.text));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBar::showError(const Error &error)
{
    QString text = error.text();
    for (const QString &line : error.details)
        text += QLatin1Char('\n') + line;
    showMessage(Type::Error, text);
}

void MessageBar::showError(const QString &text)
{
    showMessage(Type::Error, text);
}

void MessageBar::showSuccess(const QString &text)
{
    showMessage(Type::Positive, text);
}

void MessageBar::showInformation(const QString &text)
{
    showMessage(Type::Information, text);
}

void MessageBar::showWarning(const QString &text)
{
    showMessage(Type::Warning, text);
}

void MessageBar::clearMessage()
{
    m_callback = nullptr;
    m_action->hide();
    m_shortcut->setEnabled(false);
    m_text->clear();
    hide();
}

void MessageBar::setAction(const QString &text, std::function<void()> action,
                           const QKeySequence &shortcut)
{
    m_callback = std::move(action);
    m_action->setText(text);
    m_action->setVisible(bool(m_callback));
    m_action->setToolTip(shortcut.isEmpty()
                             ? QString()
                             : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                             shortcut.toString(QKeySequence::NativeText)));
    m_shortcut->setKey(shortcut);
    m_shortcut->setEnabled(bool(m_callback) && !shortcut.isEmpty());
}

bool MessageBar::hasAction() const
{
    return bool(m_callback);
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace cd
