#include "FirstRunDialog.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "users/UserService.h"
#include "widgets/BackgroundWork.h"
#include "widgets/BrandBanner.h"
#include "widgets/Format.h"
#include "widgets/LanguageCombo.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace cd {

FirstRunDialog::FirstRunDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new BrandBanner(this))
    , m_intro(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_userLabel(new QLabel(this))
    , m_userEdit(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new LanguageCombo(this))
    , m_demoCheck(new QCheckBox(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_userEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_userEdit->setMaxLength(64);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setObjectName(QStringLiteral("confirmEdit"));
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_confirmLabel->setBuddy(m_confirmEdit);
    m_languageLabel->setBuddy(m_languageCombo);
    m_demoCheck->setObjectName(QStringLiteral("demoCheck"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_databaseLabel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_createButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_quitButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_confirmLabel, m_confirmEdit);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_demoCheck);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(m_databaseLabel);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    setTabOrder(m_userEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_confirmEdit);
    setTabOrder(m_confirmEdit, m_languageCombo);
    setTabOrder(m_languageCombo, m_demoCheck);
    setTabOrder(m_demoCheck, m_createButton);
    setTabOrder(m_createButton, m_quitButton);

    connect(m_languageCombo, &LanguageCombo::languageChosen, this, &FirstRunDialog::languageChosen);

    setWindowIcon(QApplication::windowIcon());
    setMinimumWidth(500);
    retranslateUi();
    m_userEdit->setFocus();
}

void FirstRunDialog::accept()
{
    if (m_busy)
        return;
    if (m_passwordEdit->text() != m_confirmEdit->text()) {
        m_messageBar->showError(tr("The two passwords differ. Type the same password twice."));
        m_confirmEdit->clear();
        m_confirmEdit->setFocus();
        return;
    }
    // Hashing is deliberately slow (§2.6): show that we are working.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<User> created =
        UserService(m_db).createFirstAdmin(m_userEdit->text(), m_passwordEdit->text());
    QApplication::restoreOverrideCursor();
    if (!created) {
        m_messageBar->showError(created.error());
        return;
    }
    m_actor = Actor{created->name, created->role};
    QSettings().setValue(QStringLiteral("login/lastUser"), created->name);
    if (demoRequested())
        fillWithDemoData();
    QDialog::accept();
}

void FirstRunDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

bool FirstRunDialog::demoRequested() const
{
    return m_demoCheck->isChecked();
}

void FirstRunDialog::fillWithDemoData()
{
    // The CLI's default size: enough for every screen to have something to
    // show, written in about a second.
    const DemoOptions options;
    const Actor actor = m_actor;
    std::optional<Result<DemoCounts>> result;
    m_busy = true;
    m_createButton->setEnabled(false);
    m_quitButton->setEnabled(false);
    const Status started = BackgroundWork::run(
        this, m_db, tr("Writing demo data: agents, contracts, customers and numbers…"),
        [&result, actor, options](Database &db) { result = DemoGenerator(db).generate(actor, options); });
    m_createButton->setEnabled(true);
    m_quitButton->setEnabled(true);
    m_busy = false;
    if (!started)
        result = started.error();

    if (!*result) {
        m_demoFailed = true;
        m_demoMessage = tr("Your account is ready, but the demo data could not be written: %1")
                            .arg(result->error().text());
        return;
    }
    const DemoCounts &counts = **result;
    m_demoFailed = false;
    m_demoMessage = tr("Demo data added: %1 agents, %2 customers and %3 numbers. Every name "
                       "and number in it is made up.")
                        .arg(Format::count(counts.agents), Format::count(counts.customers),
                             Format::count(counts.numbers));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to ChannelDesk"));
    m_banner->setTagline(tr("Channel management for 400-number providers"));
    m_intro->setText(tr("This database has no accounts yet. Create the administrator account: "
                        "the administrator signs in first, adds the other users and sets the "
                        "business parameters."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("&Confirm password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_userEdit->setPlaceholderText(tr("e.g. admin"));
    m_passwordEdit->setPlaceholderText(tr("At least 8 characters"));
    m_confirmEdit->setPlaceholderText(tr("The same password again"));
    m_demoCheck->setText(tr("&Fill with demo data to try ChannelDesk"));
    const DemoOptions demo;
    m_demoCheck->setToolTip(tr("Adds %1 agents, %2 customers and %3 numbers with made-up names, "
                               "so that every screen has something to show. Leave it off for "
                               "real work: demo data is not removed later.")
                                .arg(Format::count(demo.agents), Format::count(demo.customers),
                                     Format::count(demo.numbers)));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    m_createButton->setText(tr("Create account"));
    m_quitButton->setText(tr("Quit"));
    m_messageBar->clearMessage();
}

} // namespace cd
