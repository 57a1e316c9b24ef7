#pragma once

#include "common/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class BrandBanner;
class Database;
class LanguageCombo;
class MessageBar;

// Sign-in: user name, password and language. A refused sign-in shows core's
// message inline and keeps the dialog open; success leaves the Actor.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    void setUserName(const QString &name);
    MessageBar *messageBar() const { return m_messageBar; }

    // Tries the sign-in; closes the dialog only when it succeeds.
    void accept() override;

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Database &m_db;
    Actor m_actor;
    BrandBanner *m_banner;
    MessageBar *m_messageBar;
    QLabel *m_userLabel;
    QLineEdit *m_userEdit;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QLabel *m_languageLabel;
    LanguageCombo *m_languageCombo;
    QLabel *m_databaseLabel;
    QPushButton *m_signInButton;
    QPushButton *m_quitButton;
};

} // namespace cd
