#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace cd {

struct ParameterSpec;

// The business parameters of SPEC §3 as a form built from Parameters::specs():
// label, description, clause and an editor each. Save writes every changed
// value through Parameters::set (validated and audited there). Admin only.
class ParametersPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit ParametersPage(const PageContext &context, QWidget *parent = nullptr);

    // Reloads the stored values into the editors, dropping unsaved edits.
    void reload();
    void refreshFromDatabase() override { reload(); }
    // Saves every changed value; false when something was refused.
    bool save();
    // Puts each spec's default into its editor (unsaved until Save).
    void restoreDefaults();

    // The editor's current text for a key ("30,15,7", "15").
    QString editorValue(const QString &key) const;
    void setEditorValue(const QString &key, const QString &value);
    QStringList changedKeys() const;

private:
    QWidget *buildEditor(const ParameterSpec &spec, QWidget *parent);
    void updateState();

    PageContext m_context;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_stored;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_defaultsButton;
    QLabel *m_pendingLabel;
};

} // namespace cd
