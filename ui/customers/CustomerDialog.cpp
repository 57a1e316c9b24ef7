#include "CustomerDialog.h"

#include "agents/AgentCombo.h"
#include "agents/FieldErrorLabel.h"
#include "agents/FormRows.h"
#include "compliance/Review.h"
#include "compliance/ReviewService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kValidationDelayMs = 150;
}

CustomerDialog::CustomerDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_agentCombo(new AgentCombo(this))
    , m_handlerHint(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("New Customer"));

    m_nameEdit = lineEdit(QStringLiteral("nameEdit"), 200);
    m_usccEdit = lineEdit(QStringLiteral("usccEdit"), 40);
    m_usccEdit->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    m_agentCombo->setObjectName(QStringLiteral("agentCombo"));
    m_legalRepEdit = lineEdit(QStringLiteral("legalRepEdit"), 100);
    m_handlerEdit = lineEdit(QStringLiteral("handlerEdit"), 100);
    m_handlerEdit->setPlaceholderText(tr("Empty when the legal representative handles it"));
    m_handlerHint->setObjectName(QStringLiteral("handlerHint"));
    m_handlerHint->setWordWrap(true);
    m_handlerHint->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_handlerHint);
    m_contactEdit = lineEdit(QStringLiteral("contactEdit"), 100);
    m_phoneEdit = lineEdit(QStringLiteral("phoneEdit"), 30);
    m_phoneEdit->setPlaceholderText(tr("Mobile or landline, e.g. 13812345678"));
    m_industryEdit = lineEdit(QStringLiteral("industryEdit"), 100);

    const QList<QPair<QString, QString>> keys = {
        {QStringLiteral("name"), QStringLiteral("nameError")},
        {QStringLiteral("uscc"), QStringLiteral("usccError")},
        {QStringLiteral("agent_uscc"), QStringLiteral("agentError")},
        {QStringLiteral("phone"), QStringLiteral("phoneError")}};
    for (const auto &[key, name] : keys) {
        auto *label = new FieldErrorLabel(this);
        label->setObjectName(name);
        m_errors.insert(key, label);
    }
    auto field = [this](QWidget *widget, const QString &key, QWidget *extra = nullptr) {
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

    m_heading = new QLabel(windowTitle(), this);
    m_heading->setObjectName(QStringLiteral("dialogHeading"));
    m_heading->setFont(Theme::sectionFont(font()));
    m_intro = new QLabel(tr("An enterprise that will use 400 numbers. Companies and individual "
                                "businesses qualify; natural persons do not. The customer starts "
                                "pending: its qualification review opens today (§3.9)."),
                         this);
    m_intro->setWordWrap(true);
    Theme::makeMuted(m_intro);

    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, tr("&Name:"), field(m_nameEdit, QStringLiteral("name")), m_nameEdit);
    FormRows::addRow(form, tr("Credit &code:"), field(m_usccEdit, QStringLiteral("uscc")),
                     m_usccEdit);
    FormRows::addRow(form, tr("Developing &agent:"),
                     field(m_agentCombo, QStringLiteral("agent_uscc")), m_agentCombo);
    form->addRow(tr("&Legal representative:"), m_legalRepEdit);
    FormRows::addRow(form, tr("&Handler:"), field(m_handlerEdit, QString(), m_handlerHint),
                     m_handlerEdit);
    form->addRow(tr("Contact &person:"), m_contactEdit);
    FormRows::addRow(form, tr("Ph&one:"), field(m_phoneEdit, QStringLiteral("phone")), m_phoneEdit);
    form->addRow(tr("&Industry:"), m_industryEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Add Customer"));
    m_okButton->setEnabled(false);
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    setTabOrder(m_nameEdit, m_usccEdit);
    setTabOrder(m_usccEdit, m_agentCombo);
    setTabOrder(m_agentCombo, m_legalRepEdit);
    setTabOrder(m_legalRepEdit, m_handlerEdit);
    setTabOrder(m_handlerEdit, m_contactEdit);
    setTabOrder(m_contactEdit, m_phoneEdit);
    setTabOrder(m_phoneEdit, m_industryEdit);
    setTabOrder(m_industryEdit, buttons);

    // A terminated agent may not bring in new customers (§9.6).
    if (Status s = m_agentCombo->reload(
            m_db, AgentFilter(),
            [](const Agent &a) { return a.status != AgentStatus::Terminated; });
        !s)
        m_messageBar->showError(s.error());

    m_timer->setSingleShot(true);
    m_timer->setInterval(kValidationDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CustomerDialog::validateNow);
    const QList<QPair<QLineEdit *, QString>> edits = {
        {m_nameEdit, QStringLiteral("name")}, {m_usccEdit, QStringLiteral("uscc")},
        {m_legalRepEdit, QString()},          {m_handlerEdit, QString()},
        {m_contactEdit, QString()},           {m_phoneEdit, QStringLiteral("phone")},
        {m_industryEdit, QString()}};
    for (const auto &[edit, key] : edits)
        connect(edit, &QLineEdit::textEdited, this, [this, key = key] { edited(key); });
    connect(m_agentCombo, &QComboBox::currentIndexChanged, this,
            [this] { edited(QStringLiteral("agent_uscc")); });

    m_nameEdit->setFocus();
    validateNow();
}

QLineEdit *CustomerDialog::lineEdit(const QString &objectName, int maxLength)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

void CustomerDialog::editCustomer(const Customer &c)
{
    m_editedUscc = c.uscc;
    setWindowTitle(tr("Edit Customer"));
    m_heading->setText(windowTitle());
    m_intro->setText(tr("The credit code and the developing agent stay as they are; the "
                        "qualification is decided by its review (§3.9)."));
    m_okButton->setText(tr("Save"));
    // The customer of a terminated agent can still be corrected: list every agent.
    if (Status s = m_agentCombo->reload(m_db, AgentFilter(), [](const Agent &) { return true; }); !s)
        m_messageBar->showError(s.error());
    m_agentCombo->setCurrentUscc(c.agentUscc);
    m_agentCombo->setEnabled(false);
    m_usccEdit->setReadOnly(true);
    m_usccEdit->setText(c.uscc);
    m_nameEdit->setText(c.name);
    m_legalRepEdit->setText(c.legalRep);
    m_handlerEdit->setText(c.handlerName);
    m_contactEdit->setText(c.contact);
    m_phoneEdit->setText(c.phone);
    m_industryEdit->setText(c.industry);
    m_before = input();
    // Whatever is wrong in the stored details shows at once.
    m_touched = {QStringLiteral("name"), QStringLiteral("phone")};
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
    validateNow();
}

void CustomerDialog::setAgent(const QString &uscc)
{
    m_agentCombo->setCurrentUscc(uscc);
    validateNow();
}

CustomerInput CustomerDialog::input() const
{
    CustomerInput in;
    in.name = m_nameEdit->text();
    in.uscc = m_usccEdit->text();
    in.agentUscc = m_agentCombo->currentUscc();
    in.legalRep = m_legalRepEdit->text();
    in.contact = m_contactEdit->text();
    in.phone = m_phoneEdit->text();
    in.industry = m_industryEdit->text();
    in.handlerName = m_handlerEdit->text();
    return in;
}

QString CustomerDialog::fieldError(const QString &key) const
{
    const FieldErrorLabel *label = m_errors.value(key);
    return label ? label->error() : QString();
}

void CustomerDialog::edited(const QString &key)
{
    if (!key.isEmpty())
        m_touched.insert(key);
    m_timer->start();
}

void CustomerDialog::validateNow()
{
    m_timer->stop();
    const CustomerInput in = input();
    const QVector<FieldError> errors =
        isEditing() ? CustomerService(m_db).validateEdit(in) : CustomerService(m_db).validate(in);
    QHash<QString, QString> byKey;
    for (const FieldError &e : errors) {
        QString &text = byKey[e.column];
        text = text.isEmpty() ? e.message : text + QLatin1Char('\n') + e.message;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->setError(m_touched.contains(it.key()) ? byKey.value(it.key()) : QString());
    // §3.9 What the handler means for the checklist.
    const QVector<DocumentKind> required =
        ReviewService::requiredDocuments(in.legalRep, in.handlerName);
    const bool extra = required.contains(DocumentKind::HandlerId);
    m_handlerHint->setText(extra ? tr("Not the legal representative: the handler's ID and an "
                                      "authorisation letter join the documents to review (§3.9).")
                                 : QString());
    m_handlerHint->setVisible(extra);
    m_valid = errors.isEmpty();
    m_okButton->setEnabled(m_valid && m_actor.canWrite());
    FormRows::growToFit(this);
}

void CustomerDialog::accept()
{
    validateNow();
    if (!m_valid)
        return;
    if (isEditing()) {
        if (Status s = CustomerService(m_db).update(m_actor, m_editedUscc, input()); !s) {
            m_messageBar->showError(s.error());
            FormRows::growToFit(this);
            return;
        }
        QDialog::accept();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Customer> c = CustomerService(m_db).create(m_actor, input());
    QApplication::restoreOverrideCursor();
    if (!c) {
        m_messageBar->showError(c.error());
        FormRows::growToFit(this);
        return;
    }
    m_created = *c;
    QDialog::accept();
}

} // namespace cd
