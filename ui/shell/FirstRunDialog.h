#pragma once

#include "common/Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class BrandBanner;
class Database;
class LanguageCombo;
class MessageBar;

// Shown when the database has no account yet: creates the first administrator
// and signs them in. Refusals (short password, mismatch) show inline. On
// request it then fills the database with demo data (DemoGenerator at the
// CLI's default size), so that a new user sees a living application.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Database &db, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    MessageBar *messageBar() const { return m_messageBar; }

    // Creates the account; closes the dialog only when that succeeds. With
    // "Fill with demo data" checked it then writes the demo data (on a thread,
    // with a progress dialog when it takes longer than half a second) and
    // closes whatever the outcome: the account exists either way.
    void accept() override;
    // Ignored while the demo data is being written.
    void reject() override;

    // Whether demo data was asked for; how it went, once accept() is done.
    bool demoRequested() const;
    bool demoFailed() const { return m_demoFailed; }
    // What to tell the user in the main window: what was written, or why not.
    QString demoMessage() const { return m_demoMessage; }

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillWithDemoData();

    Database &m_db;
    Actor m_actor;
    BrandBanner *m_banner;
    QLabel *m_intro;
    MessageBar *m_messageBar;
    QLabel *m_userLabel;
    QLineEdit *m_userEdit;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmEdit;
    QLabel *m_languageLabel;
    LanguageCombo *m_languageCombo;
    QCheckBox *m_demoCheck;
    QLabel *m_databaseLabel;
    QPushButton *m_createButton;
    QPushButton *m_quitButton;
    bool m_busy = false;
    bool m_demoFailed = false;
    QString m_demoMessage;
};

} // namespace cd
