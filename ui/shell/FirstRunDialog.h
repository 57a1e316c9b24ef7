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

// Shown when the database has no account yet: creates the first administrator
// and signs them in. Refusals (short password, mismatch) show inline.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Database &db, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    MessageBar *messageBar() const { return m_messageBar; }

    // Creates the account; closes the dialog only when that succeeds.
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
    QLabel *m_databaseLabel;
    QPushButton *m_createButton;
    QPushButton *m_quitButton;
};

} // namespace cd
