#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QTabWidget;

namespace cd {

// The Settings area: one tab per panel (business parameters, backups, …).
// A new panel is one addPanel() line in the constructor.
class SettingsPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit SettingsPage(const PageContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // Adds the panel as the last tab (the page takes it over); returns its index.
    int addPanel(QWidget *panel, const QString &title);
    // The first panel of type T, e.g. panel<BackupsPanel>(); nullptr if none.
    template <typename T> T *panel() const
    {
        for (int i = 0; i < tabCount(); ++i) {
            if (T *p = qobject_cast<T *>(tabWidget(i)))
                return p;
        }
        return nullptr;
    }

    // Forwards to every panel that can re-read the database.
    void refreshFromDatabase() override;

private:
    int tabCount() const;
    QWidget *tabWidget(int index) const;

    PageContext m_context;
    QTabWidget *m_tabs;
};

} // namespace cd
