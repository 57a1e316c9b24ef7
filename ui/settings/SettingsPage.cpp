#include "SettingsPage.h"

#include "settings/BackupsPanel.h"
#include "settings/ProviderPanel.h"
#include "settings/ParametersPage.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

namespace {
// The panel last shown, by object name: the area reopens where the user left it.
const QString kCurrentTab = QStringLiteral("settings/currentTab");
} // namespace

SettingsPage::SettingsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *header = new PageHeader(tr("Settings"),
                                  tr("The business parameters that tune the rules, the "
                                     "provider's details on printed documents, and the backups "
                                     "of the database."),
                                  this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);

    addPanel(new ParametersPage(context), tr("Business Para&meters"));
    addPanel(new ProviderPanel(context), tr("Pr&ovider"));
    addPanel(new BackupsPanel(context), tr("Ba&ckups"));

    const QString last = QSettings().value(kCurrentTab).toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!last.isEmpty() && m_tabs->widget(i)->objectName() == last)
            m_tabs->setCurrentIndex(i);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *w = m_tabs->widget(index))
            QSettings().setValue(kCurrentTab, w->objectName());
    });
}

int SettingsPage::addPanel(QWidget *panel, const QString &title)
{
    return m_tabs->addTab(panel, title);
}

void SettingsPage::refreshFromDatabase()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = dynamic_cast<RefreshablePage *>(m_tabs->widget(i)))
            page->refreshFromDatabase();
    }
}

int SettingsPage::tabCount() const
{
    return m_tabs->count();
}

QWidget *SettingsPage::tabWidget(int index) const
{
    return m_tabs->widget(index);
}

} // namespace cd
