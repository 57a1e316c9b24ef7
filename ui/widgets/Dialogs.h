#pragma once

#include "widgets/Prompter.h"

namespace cd {

// The application's access point to modal questions. Widgets call these; tests
// install their own Prompter with setPrompter() and answer without a window.
class Dialogs
{
public:
    static Prompter &prompter();
    // Not owned; nullptr restores the real (widget) prompter.
    static void setPrompter(Prompter *prompter);

    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &acceptText);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedName, const QString &filter);
    static void about(QWidget *parent, const QString &title, const QString &richText);
};

} // namespace cd
