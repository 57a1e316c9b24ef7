#include "PlaceholderPage.h"

#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

PlaceholderPage::PlaceholderPage(Area area, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("placeholderPage_") + Areas::key(area));

    auto *header = new PageHeader(Areas::title(area), Areas::description(area), this);

    auto *icon = new QLabel(this);
    QColor faint = Theme::iconColor();
    faint.setAlphaF(0.45f);
    icon->setPixmap(
        Icons::glyph(Areas::glyph(area), faint).pixmap(QSize(72, 72), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);

    auto *status = new QLabel(tr("Not available in this version yet."), this);
    status->setObjectName(QStringLiteral("placeholderStatus"));
    status->setAlignment(Qt::AlignCenter);
    status->setFont(Theme::sectionFont(font()));
    Theme::makeMuted(status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->addWidget(header);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(status);
    layout->addStretch(3);
}

} // namespace cd
