#include "PageHeader.h"

#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("pageHeader"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setFont(Theme::titleFont(font()));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setVisible(!title.isEmpty()); // a panel inside a titled page has none
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setVisible(!subtitle.isEmpty());
    Theme::makeMuted(m_subtitle);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);

    m_actions->setSpacing(8);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    layout->addLayout(m_actions);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::addAction(QWidget *widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignBottom);
}

} // namespace cd
