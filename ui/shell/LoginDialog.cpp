#include "LoginDialog.h"

#include "storage/Database.h"
#include "users/UserService.h"
#include "widgets/BrandBanner.h"
#include "widgets/LanguageCombo.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kLastUser = QStringLiteral("login/lastUser");
}

LoginDialog::LoginDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new BrandBanner(this))
    , m_messageBar(new MessageBar(this))
    , m_userLabel(new QLabel(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new LanguageCombo(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_userEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_userEdit->setMaxLength(64);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_languageLabel->setBuddy(m_languageCombo);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_databaseLabel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_signInButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_quitButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_languageLabel, m_languageCombo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addWidget(m_banner);
    layout->addSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(m_databaseLabel);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    setTabOrder(m_userEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_languageCombo);
    setTabOrder(m_languageCombo, m_signInButton);
    setTabOrder(m_signInButton, m_quitButton);

    connect(m_languageCombo, &LanguageCombo::languageChosen, this, &LoginDialog::languageChosen);

    setWindowIcon(QApplication::windowIcon());
    setMinimumWidth(460);
    retranslateUi();

    const QString last = QSettings().value(kLastUser).toString();
    setUserName(last);
}

void LoginDialog::setUserName(const QString &name)
{
    m_userEdit->setText(name);
    (name.isEmpty() ? m_userEdit : m_passwordEdit)->setFocus();
}

void LoginDialog::accept()
{
    const QString name = m_userEdit->text().trimmed();
    if (name.isEmpty()) {
        m_messageBar->showError(tr("Enter your user name."));
        m_userEdit->setFocus();
        return;
    }
    // Password checks are deliberately slow (§2.6): show that we are working.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Actor> result = UserService(m_db).login(name, m_passwordEdit->text());
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_messageBar->showError(result.error());
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
        return;
    }
    m_actor = *result;
    QSettings().setValue(kLastUser, m_actor.userName);
    m_messageBar->clearMessage();
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to ChannelDesk"));
    m_banner->setTagline(tr("Channel management for 400-number providers"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_userEdit->setPlaceholderText(tr("Your user name"));
    m_passwordEdit->setPlaceholderText(tr("Your password"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    m_signInButton->setText(tr("Sign in"));
    m_quitButton->setText(tr("Quit"));
    // A message shown before the switch is in the old language; drop it.
    m_messageBar->clearMessage();
}

} // namespace cd
