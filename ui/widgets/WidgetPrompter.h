#pragma once

#include "widgets/Prompter.h"

namespace cd {

// The real Prompter: QMessageBox and QFileDialog. File dialogs start in the
// folder used last (QSettings "ui/lastDirectory").
class WidgetPrompter : public Prompter
{
public:
    void message(QWidget *parent, Severity severity, const QString &title,
                 const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptText) override;
    QString openFileName(QWidget *parent, const QString &caption, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                         const QString &filter) override;
    void about(QWidget *parent, const QString &title, const QString &richText) override;
};

} // namespace cd
