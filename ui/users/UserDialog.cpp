#include "UserDialog.h"

#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

UserDialog::UserDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_messageBar(new MessageBar(this))
    , m_nameEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userDialog"));
    m_nameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_nameEdit->setMaxLength(64);
    m_roleCombo->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : {Role::Manager, Role::Auditor, Role::Admin})
        m_roleCombo->addItem(roleDisplayName(r), roleKey(r));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("At least 8 characters"));
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setPlaceholderText(tr("The same password again"));

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_nameEdit);
    form->addRow(tr("&Role:"), m_roleCombo);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("&Confirm password:"), m_confirmEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    // The style's stock icons do not fit the renamed buttons.
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Add User"));
        intro->setText(tr("The new user signs in with this name and password. Managers work "
                          "with agents, customers and numbers; auditors only read; "
                          "administrators also manage users and settings."));
        m_okButton->setText(tr("Add User"));
        break;
    case Mode::ChangeRole:
        setWindowTitle(tr("Change Role"));
        intro->setText(tr("The new role applies from the user's next sign-in."));
        m_nameEdit->setReadOnly(true);
        form->setRowVisible(m_passwordEdit, false);
        form->setRowVisible(m_confirmEdit, false);
        m_okButton->setText(tr("Change Role"));
        break;
    case Mode::ResetPassword:
        setWindowTitle(tr("Reset Password"));
        intro->setText(tr("Give the user the new password in person; they can sign in with it "
                          "at once. A locked account is unlocked."));
        m_nameEdit->setReadOnly(true);
        form->setRowVisible(m_roleCombo, false);
        m_okButton->setText(tr("Reset Password"));
        break;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    heading->setText(windowTitle());
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    if (mode == Mode::ChangeRole)
        m_roleCombo->setFocus();
    else if (mode == Mode::ResetPassword)
        m_passwordEdit->setFocus();
}

void UserDialog::setUserName(const QString &name)
{
    m_nameEdit->setText(name);
}

void UserDialog::setRole(Role role)
{
    const int index = m_roleCombo->findData(roleKey(role));
    if (index >= 0)
        m_roleCombo->setCurrentIndex(index);
}

QString UserDialog::userName() const
{
    return m_nameEdit->text().trimmed();
}

Role UserDialog::role() const
{
    Role r = Role::Auditor;
    roleFromKey(m_roleCombo->currentData().toString(), &r);
    return r;
}

QString UserDialog::password() const
{
    return m_passwordEdit->text();
}

void UserDialog::setSubmitHandler(std::function<Status()> handler)
{
    m_submit = std::move(handler);
}

void UserDialog::accept()
{
    if (m_mode != Mode::ChangeRole && m_passwordEdit->text() != m_confirmEdit->text()) {
        m_messageBar->showError(tr("The two passwords differ. Type the same password twice."));
        m_confirmEdit->clear();
        m_confirmEdit->setFocus();
        return;
    }
    if (m_submit) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status status = m_submit();
        QApplication::restoreOverrideCursor();
        if (!status) {
            m_messageBar->showError(status.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd
