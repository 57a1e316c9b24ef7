#pragma once

// Helpers shared by the GUI tests: an isolated settings store, fresh
// databases with accounts, and a Prompter that answers modal questions.

#include "common/Actor.h"
#include "common/Localization.h"
#include "storage/Database.h"
#include "users/UserService.h"
#include "widgets/Dialogs.h"
#include "widgets/Prompter.h"

#include <QApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QVector>
#include <QWidget>

#include <memory>

namespace cdtest {

// Records every modal question and answers from a script.
class ScriptedPrompter : public cd::Prompter
{
public:
    struct Message {
        Severity severity;
        QString title;
        QString text;
    };

    QVector<Message> messages;
    QStringList confirmations;  // texts of the questions asked
    QList<bool> confirmAnswers; // answers in order; then `defaultAnswer`
    bool defaultAnswer = true;
    QString fileToOpen;
    QString fileToSave;
    QString aboutText;

    void message(QWidget *, Severity severity, const QString &title, const QString &text) override
    {
        messages.append({severity, title, text});
    }
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        confirmations << text;
        return confirmAnswers.isEmpty() ? defaultAnswer : confirmAnswers.takeFirst();
    }
    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        return fileToOpen;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return fileToSave;
    }
    void about(QWidget *, const QString &, const QString &richText) override
    {
        aboutText = richText;
    }
};

// Installs a ScriptedPrompter for the lifetime of the guard.
struct PrompterGuard {
    ScriptedPrompter prompter;
    PrompterGuard() { cd::Dialogs::setPrompter(&prompter); }
    ~PrompterGuard() { cd::Dialogs::setPrompter(nullptr); }
    PrompterGuard(const PrompterGuard &) = delete;
    PrompterGuard &operator=(const PrompterGuard &) = delete;
};

// Points QSettings at a folder of the test's own, so that no test reads the
// user's settings or another test's leftovers.
inline void isolateSettings(const QString &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ChannelDeskTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

inline std::unique_ptr<cd::Database> openDatabase(const QString &path)
{
    cd::Result<std::unique_ptr<cd::Database>> db = cd::Database::open(path);
    if (!db) {
        qWarning("%s", qPrintable(db.error().text()));
        return nullptr;
    }
    return std::move(db).value();
}

inline const QString &adminPassword()
{
    static const QString password = QStringLiteral("correct-horse-7");
    return password;
}

// The first administrator "admin" with adminPassword().
inline cd::Actor createAdmin(cd::Database &db, const QString &name = QStringLiteral("admin"))
{
    cd::Result<cd::User> user = cd::UserService(db).createFirstAdmin(name, adminPassword());
    if (!user)
        qWarning("%s", qPrintable(user.error().text()));
    return cd::Actor{name, cd::Role::Admin};
}

// The visible top-level widget of type T with the object name, or nullptr.
template <typename T> T *topLevel(const QString &objectName)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->isVisible() && w->objectName() == objectName) {
            if (T *t = qobject_cast<T *>(w))
                return t;
        }
    }
    return nullptr;
}

// Replaces a line edit's text the way a user does.
inline void typeInto(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace cdtest
