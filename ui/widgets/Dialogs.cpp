#include "Dialogs.h"

#include "widgets/WidgetPrompter.h"

namespace cd {

namespace {
Prompter *&installed()
{
    static Prompter *prompter = nullptr;
    return prompter;
}
} // namespace

Prompter &Dialogs::prompter()
{
    static WidgetPrompter real;
    return installed() ? *installed() : real;
}

void Dialogs::setPrompter(Prompter *prompter)
{
    installed() = prompter;
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    prompter().message(parent, Prompter::Severity::Information, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    prompter().message(parent, Prompter::Severity::Warning, title, text);
}

void Dialogs::critical(QWidget *parent, const QString &title, const QString &text)
{
    prompter().message(parent, Prompter::Severity::Critical, title, text);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &acceptText)
{
    return prompter().confirm(parent, title, text, acceptText);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return prompter().openFileName(parent, caption, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                              const QString &filter)
{
    return prompter().saveFileName(parent, caption, suggestedName, filter);
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &richText)
{
    prompter().about(parent, title, richText);
}

} // namespace cd
