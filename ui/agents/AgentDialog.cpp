#include "AgentDialog.h"

#include "agents/AgentCombo.h"
#include "agents/FieldErrorLabel.h"
#include "agents/FormRows.h"
#include "agents/Uscc.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
// The pause after a keystroke before the input is validated again.
constexpr int kValidationDelayMs = 150;

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

AgentDialog::AgentDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_usccHint(new QLabel(this))
    , m_levelCombo(new QComboBox(this))
    , m_parentCombo(new AgentCombo(this))
    , m_tierCombo(new QComboBox(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("agentDialog"));
    setWindowTitle(tr("New Agent"));

    m_nameEdit = lineEdit(QStringLiteral("nameEdit"), 200);
    m_usccEdit = lineEdit(QStringLiteral("usccEdit"), 40);
    m_usccEdit->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    m_usccHint->setObjectName(QStringLiteral("usccHint"));
    m_usccHint->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_usccHint);
    m_usccHint->hide();
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_levelCombo->addItem(tr("Level 1 — signs with the provider"), 1);
    m_levelCombo->addItem(tr("Level 2 — sub-agent of a level-1 agent"), 2);
    m_parentCombo->setObjectName(QStringLiteral("parentCombo"));
    m_parentCombo->setPlaceholderText(tr("Only for level-2 agents"));
    m_legalRepEdit = lineEdit(QStringLiteral("legalRepEdit"), 100);
    m_contactEdit = lineEdit(QStringLiteral("contactEdit"), 100);
    m_phoneEdit = lineEdit(QStringLiteral("phoneEdit"), 30);
    m_phoneEdit->setPlaceholderText(tr("Mobile or landline, e.g. 13812345678"));
    m_emailEdit = lineEdit(QStringLiteral("emailEdit"), 200);
    m_addressEdit = lineEdit(QStringLiteral("addressEdit"), 300);
    m_regionEdit = lineEdit(QStringLiteral("regionEdit"), 100);
    m_regionEdit->setPlaceholderText(tr("e.g. Beijing"));
    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    for (const QString &key : tierKeys()) {
        Tier t = Tier::Standard;
        tierFromKey(key, &t);
        m_tierCombo->addItem(tierDisplayName(t), key);
    }
    m_accountEdit = lineEdit(QStringLiteral("portalAccountEdit"), 64);
    m_accountEdit->setPlaceholderText(tr("Optional"));
    m_passwordEdit = lineEdit(QStringLiteral("portalPasswordEdit"), 128);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("At least 8 characters"));
    m_passwordEdit->setEnabled(false);

    // One error label per key that AgentService::validate reports.
    const QStringList keys = {QStringLiteral("name"),           QStringLiteral("uscc"),
                              QStringLiteral("level"),          QStringLiteral("parent_uscc"),
                              QStringLiteral("phone"),          QStringLiteral("email"),
                              QStringLiteral("tier"),           QStringLiteral("portal_account"),
                              QStringLiteral("portal_password")};
    const QStringList names = {
        QStringLiteral("nameError"),          QStringLiteral("usccError"),
        QStringLiteral("levelError"),         QStringLiteral("parentError"),
        QStringLiteral("phoneError"),         QStringLiteral("emailError"),
        QStringLiteral("tierError"),          QStringLiteral("portalAccountError"),
        QStringLiteral("portalPasswordError")};
    for (int i = 0; i < keys.size(); ++i) {
        auto *label = new FieldErrorLabel(this);
        label->setObjectName(names.at(i));
        m_errors.insert(keys.at(i), label);
    }
    auto field = [this](QWidget *widget, const QString &key, QLabel *extra = nullptr) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(widget);
        if (extra)
            box->addWidget(extra);
        if (FieldErrorLabel *error = m_errors.value(key))
            box->addWidget(error);
        return box;
    };

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("Only legal entities may be agents: a valid unified social credit "
                                "code that is not an individual business's (§1.1). The agent "
                                "starts as a prospect and becomes active with its first "
                                "contract."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *company = makeForm();
    company->addRow(sectionLabel(tr("Company"), this));
    FormRows::addRow(company, tr("&Name:"), field(m_nameEdit, QStringLiteral("name")), m_nameEdit);
    FormRows::addRow(company, tr("Credit &code:"),
                     field(m_usccEdit, QStringLiteral("uscc"), m_usccHint), m_usccEdit);
    company->addRow(tr("&Legal representative:"), m_legalRepEdit);
    company->addRow(sectionLabel(tr("Channel"), this));
    FormRows::addRow(company, tr("Le&vel:"), field(m_levelCombo, QStringLiteral("level")),
                     m_levelCombo);
    FormRows::addRow(company, tr("&Parent agent:"),
                     field(m_parentCombo, QStringLiteral("parent_uscc")), m_parentCombo);
    FormRows::addRow(company, tr("&Tier:"), field(m_tierCombo, QStringLiteral("tier")),
                     m_tierCombo);
    company->addRow(tr("Re&gion:"), m_regionEdit);

    auto *contact = makeForm();
    contact->addRow(sectionLabel(tr("Contact"), this));
    contact->addRow(tr("Contact &person:"), m_contactEdit);
    FormRows::addRow(contact, tr("P&hone:"), field(m_phoneEdit, QStringLiteral("phone")),
                     m_phoneEdit);
    FormRows::addRow(contact, tr("&Email:"), field(m_emailEdit, QStringLiteral("email")),
                     m_emailEdit);
    contact->addRow(tr("&Address:"), m_addressEdit);
    contact->addRow(sectionLabel(tr("Agent portal (optional)"), this));
    FormRows::addRow(contact, tr("Acco&unt:"),
                     field(m_accountEdit, QStringLiteral("portal_account")), m_accountEdit);
    FormRows::addRow(contact, tr("Pass&word:"),
                     field(m_passwordEdit, QStringLiteral("portal_password")), m_passwordEdit);
    auto *portalNote = new QLabel(tr("Stored only as a salted hash (§2.6)."), this);
    portalNote->setWordWrap(true);
    Theme::makeMuted(portalNote);
    contact->addRow(QString(), portalNote);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(company, 1);
    columns->addLayout(contact, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Add Agent"));
    m_okButton->setEnabled(false);
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &AgentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(860);

    setTabOrder(m_nameEdit, m_usccEdit);
    setTabOrder(m_usccEdit, m_legalRepEdit);
    setTabOrder(m_legalRepEdit, m_levelCombo);
    setTabOrder(m_levelCombo, m_parentCombo);
    setTabOrder(m_parentCombo, m_tierCombo);
    setTabOrder(m_tierCombo, m_regionEdit);
    setTabOrder(m_regionEdit, m_contactEdit);
    setTabOrder(m_contactEdit, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_addressEdit);
    setTabOrder(m_addressEdit, m_accountEdit);
    setTabOrder(m_accountEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, buttons);

    // A parent must be an active or supervised level-1 agent.
    AgentFilter parents;
    parents.level = 1;
    if (Status s = m_parentCombo->reload(m_db, parents,
                                         [](const Agent &a) {
                                             return a.status == AgentStatus::Active ||
                                                    a.status == AgentStatus::Supervised;
                                         });
        !s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
    }
    m_parentCombo->setEnabled(false);
    m_parentCombo->setCurrentIndex(-1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kValidationDelayMs);
    connect(m_timer, &QTimer::timeout, this, &AgentDialog::validateNow);
    const QList<QPair<QLineEdit *, QString>> edits = {
        {m_nameEdit, QStringLiteral("name")},
        {m_usccEdit, QStringLiteral("uscc")},
        {m_legalRepEdit, QString()},
        {m_contactEdit, QString()},
        {m_phoneEdit, QStringLiteral("phone")},
        {m_emailEdit, QStringLiteral("email")},
        {m_addressEdit, QString()},
        {m_regionEdit, QString()},
        {m_accountEdit, QStringLiteral("portal_account")},
        {m_passwordEdit, QStringLiteral("portal_password")}};
    for (const auto &[edit, key] : edits)
        connect(edit, &QLineEdit::textEdited, this, [this, key = key] { edited(key); });
    connect(m_accountEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_passwordEdit->setEnabled(!text.trimmed().isEmpty());
        if (text.trimmed().isEmpty())
            m_passwordEdit->clear();
    });
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &AgentDialog::levelChanged);
    connect(m_parentCombo, &QComboBox::currentIndexChanged, this,
            [this] { edited(QStringLiteral("parent_uscc")); });
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this,
            [this] { edited(QStringLiteral("tier")); });

    m_nameEdit->setFocus();
    validateNow();
}

QLineEdit *AgentDialog::lineEdit(const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

AgentInput AgentDialog::input() const
{
    AgentInput in;
    in.name = m_nameEdit->text();
    in.uscc = m_usccEdit->text();
    in.level = m_levelCombo->currentData().toInt();
    in.parentUscc = in.level == 2 ? m_parentCombo->currentUscc() : QString();
    in.legalRep = m_legalRepEdit->text();
    in.contact = m_contactEdit->text();
    in.phone = m_phoneEdit->text();
    in.email = m_emailEdit->text();
    in.address = m_addressEdit->text();
    in.region = m_regionEdit->text();
    in.tier = m_tierCombo->currentData().toString();
    in.portalAccount = m_accountEdit->text();
    in.portalPassword = m_passwordEdit->text();
    return in;
}

QString AgentDialog::fieldError(const QString &key) const
{
    const FieldErrorLabel *label = m_errors.value(key);
    return label ? label->error() : QString();
}

void AgentDialog::edited(const QString &key)
{
    if (!key.isEmpty())
        m_touched.insert(key);
    m_timer->start();
}

void AgentDialog::levelChanged()
{
    const bool sub = m_levelCombo->currentData().toInt() == 2;
    m_parentCombo->setEnabled(sub);
    // A level-1 agent has no parent: the picker stays empty until level 2 is chosen.
    if (!sub)
        m_parentCombo->setCurrentIndex(-1);
    else if (m_parentCombo->currentIndex() < 0 && m_parentCombo->count() > 0)
        m_parentCombo->setCurrentIndex(0);
    m_parentCombo->setPlaceholderText(!sub ? tr("Only for level-2 agents")
                                           : tr("No active or supervised level-1 agent"));
    m_touched.insert(QStringLiteral("level"));
    if (sub)
        m_touched.insert(QStringLiteral("parent_uscc"));
    m_timer->start();
}

void AgentDialog::validateNow()
{
    m_timer->stop();
    const AgentInput in = input();
    const QVector<FieldError> errors = AgentService(m_db).validate(in);
    QHash<QString, QString> byKey;
    for (const FieldError &e : errors) {
        QString &text = byKey[e.column];
        text = text.isEmpty() ? e.message : text + QLatin1Char('\n') + e.message;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        // Problems of fields not yet edited wait, so a fresh form is not all red.
        it.value()->setError(m_touched.contains(it.key()) ? byKey.value(it.key()) : QString());
    }
    // A valid code: say what kind of body it belongs to.
    const QString code = in.uscc.trimmed();
    const bool codeOk = !code.isEmpty() && !byKey.contains(QStringLiteral("uscc"));
    if (codeOk) {
        Result<Uscc> parsed = Uscc::parse(code);
        if (parsed)
            m_usccHint->setText(tr("%1 · %2").arg(parsed->code(), parsed->categoryName()));
    }
    m_usccHint->setVisible(codeOk && !m_usccHint->text().isEmpty());
    m_valid = errors.isEmpty();
    m_okButton->setEnabled(m_valid && m_actor.canWrite());
    FormRows::growToFit(this);
}

void AgentDialog::accept()
{
    validateNow();
    if (!m_valid)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Agent> agent = AgentService(m_db).create(m_actor, input());
    QApplication::restoreOverrideCursor();
    if (!agent) {
        m_messageBar->showError(agent.error());
        FormRows::growToFit(this);
        return;
    }
    m_created = *agent;
    QDialog::accept();
}

} // namespace cd
