#include "TerminationDialog.h"

#include "agents/AgentService.h"
#include "agents/FormRows.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

TerminationDialog::TerminationDialog(Database &db, const Actor &actor, const Contract &contract,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_contract(contract)
    , m_messageBar(new MessageBar(this))
    , m_reasonCombo(new QComboBox(this))
    , m_dateEdit(new QDateEdit(this))
    , m_noteEdit(new QLineEdit(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("terminationDialog"));
    setWindowTitle(tr("Terminate Contract"));

    // What the termination touches besides the contract itself.
    CustomerFilter served;
    served.agentId = contract.agentId;
    served.servedBy = 1;
    if (Result<QVector<Customer>> customers = CustomerService(m_db).list(served, 100000))
        m_customers = int(customers->size());
    else {
        m_messageBar->showError(customers.error());
        FormRows::growToFit(this);
    }
    ContractFilter drafts;
    drafts.agentId = contract.agentId;
    drafts.status = contractStatusKey(ContractStatus::Draft);
    if (Result<QVector<Contract>> list = ContractService(m_db).list(drafts)) {
        for (const Contract &c : *list) {
            if (c.number != contract.number)
                m_drafts << c.number;
        }
    }
    AgentFilter subs;
    subs.parentId = contract.agentId;
    if (Result<QVector<Agent>> list = AgentService(m_db).list(subs))
        m_subAgents = int(list->size());

    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    for (TerminationReason r : {TerminationReason::Fraud, TerminationReason::Improper,
                                TerminationReason::Request, TerminationReason::Ceased})
        m_reasonCombo->addItem(
            QStringLiteral("%1 (%2)").arg(terminationReasonDisplayName(r), terminationClause(r)),
            terminationReasonKey(r));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // An active contract ends within its term.
    if (contract.status == ContractStatus::Active && contract.start.isValid() &&
        contract.end.isValid())
        m_dateEdit->setDateRange(contract.start, contract.end);
    m_dateEdit->setDate(QDate::currentDate());
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setMaxLength(500);
    m_noteEdit->setPlaceholderText(tr("Optional: what happened, document references"));

    auto *heading = new QLabel(tr("Terminate %1").arg(contract.number), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("%1 · %2 · %3 to %4")
                                 .arg(contract.agentName, contract.agentUscc,
                                      Dates::format(contract.start), Dates::format(contract.end)),
                             this);
    intro->setObjectName(QStringLiteral("contractSummary"));
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Reason:"), m_reasonCombo);
    FormRows::addRow(form, tr("&Ends on:"), FormRows::leftAligned(m_dateEdit), m_dateEdit);
    form->addRow(tr("&Note:"), m_noteEdit);

    // What will happen, in a tinted panel the eye goes to before the button.
    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("explanationPanel"));
    panel->setStyleSheet(QStringLiteral("QFrame#explanationPanel { background: #fff7ed;"
                                        " border: 1px solid #fdba74; border-radius: 6px; }"
                                        "QLabel { background: transparent; border: none;"
                                        " color: #7c2d12; }"));
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(14, 10, 14, 10);
    panelLayout->addWidget(m_explanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Terminate Contract"));
    // Destructive: red, and not the default that Enter presses.
    m_okButton->setAutoDefault(false);
    m_okButton->setDefault(false);
    m_okButton->setStyleSheet(
        QStringLiteral("QPushButton { background: #dc2626; color: white; border: 1px solid #b91c1c;"
                       " border-radius: 4px; padding: 5px 14px; }"
                       "QPushButton:hover { background: #b91c1c; }"
                       "QPushButton:disabled { background: #fca5a5; border-color: #fca5a5; }"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &TerminationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TerminationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    setTabOrder(m_reasonCombo, m_dateEdit);
    setTabOrder(m_dateEdit, m_noteEdit);
    setTabOrder(m_noteEdit, buttons);

    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &TerminationDialog::explain);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &TerminationDialog::explain);

    m_okButton->setEnabled(actor.canWrite());
    m_reasonCombo->setFocus();
    explain();
}

void TerminationDialog::setReason(TerminationReason reason)
{
    m_reasonCombo->setCurrentIndex(m_reasonCombo->findData(terminationReasonKey(reason)));
}

void TerminationDialog::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

TerminationReason TerminationDialog::reason() const
{
    TerminationReason r = TerminationReason::Request;
    terminationReasonFromKey(m_reasonCombo->currentData().toString(), &r);
    return r;
}

QDate TerminationDialog::date() const
{
    return m_dateEdit->date();
}

QString TerminationDialog::note() const
{
    return m_noteEdit->text().trimmed();
}

QString TerminationDialog::explanation() const
{
    return m_explanation->text();
}

void TerminationDialog::explain()
{
    const TerminationReason r = reason();
    QStringList lines;
    lines << tr("Clause %1 applies: %2.")
                 .arg(terminationClause(r), terminationReasonDisplayName(r).toLower());
    lines << tr("Contract %1 ends on %2 and %3 becomes terminated.")
                 .arg(m_contract.number, Dates::format(date()), m_contract.agentName);
    lines << tr("It may still renew and serve its %n customer(s) but may not open new numbers "
                "(§9.6).",
                nullptr, m_customers);
    if (!m_drafts.isEmpty())
        lines << tr("The prepared draft %1 ends with it.").arg(m_drafts.join(QStringLiteral(", ")));
    if (m_subAgents > 0)
        lines << tr("Its %n sub-agent(s) may no longer open new numbers while their parent is "
                    "terminated.",
                    nullptr, m_subAgents);
    m_explanation->setText(lines.join(QLatin1Char(' ')));
}

void TerminationDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s =
        ContractService(m_db).terminate(m_actor, m_contract.number, reason(), date(), note());
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
        return;
    }
    QDialog::accept();
}

} // namespace cd
