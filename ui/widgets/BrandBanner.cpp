#include "BrandBanner.h"

#include "widgets/Icons.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

BrandBanner::BrandBanner(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_name(new QLabel(QStringLiteral("ChannelDesk"), this))
    , m_tagline(new QLabel(this))
{
    setObjectName(QStringLiteral("brandBanner"));
    m_logo->setPixmap(Icons::appPixmap(56, devicePixelRatioF()));
    m_logo->setFixedSize(56, 56);
    QFont nameFont = Theme::scaled(font(), 1.8);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_tagline->setObjectName(QStringLiteral("brandTagline"));
    m_tagline->setWordWrap(true);
    Theme::makeMuted(m_tagline);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addStretch();
    texts->addWidget(m_name);
    texts->addWidget(m_tagline);
    texts->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_logo);
    layout->addLayout(texts, 1);
}

void BrandBanner::setTagline(const QString &text)
{
    m_tagline->setText(text);
}

} // namespace cd
