#pragma once

#include <QString>

class QWidget;

namespace cd {

// The questions and notices that need a modal window, behind an interface so
// that tests can answer them (STYLE: wrap QMessageBox/QFileDialog). Failed
// actions go to the inline MessageBar instead; a modal box only when the user
// must decide or nothing else can show it.
class Prompter
{
public:
    enum class Severity { Information, Warning, Critical };

    virtual ~Prompter();

    virtual void message(QWidget *parent, Severity severity, const QString &title,
                         const QString &text) = 0;
    // True when the user chose acceptText; false for Cancel or closing the box.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptText) = 0;
    // An empty string when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption,
                                 const QString &suggestedName, const QString &filter) = 0;
    virtual void about(QWidget *parent, const QString &title, const QString &richText) = 0;
};

} // namespace cd
