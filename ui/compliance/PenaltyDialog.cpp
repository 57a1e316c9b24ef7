#include "PenaltyDialog.h"

#include "agents/AgentService.h"
#include "agents/FormRows.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
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
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cd {

namespace {
QDateEdit *dateEdit(const QString &objectName, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(date);
    return edit;
}
} // namespace

bool PenaltyDialog::parseYuan(const QString &text, Money *amount)
{
    return Money::parseYuan(text, amount);
}

PenaltyDialog::PenaltyDialog(Database &db, const Actor &actor, const Violation &violation,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_violation(violation)
    , m_messageBar(new MessageBar(this))
    , m_form(new QFormLayout)
    , m_kindCombo(new QComboBox(this))
    , m_fineEdit(new QLineEdit(this))
    , m_noteEdit(new QLineEdit(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("penaltyDialog"));
    setWindowTitle(tr("Decide Penalty"));
    const QDate today = QDate::currentDate();

    if (Result<Agent> agent = AgentService(m_db).findById(violation.agentId)) {
        m_agent = *agent;
    } else {
        m_messageBar->showError(agent.error());
        FormRows::growToFit(this);
    }
    ContractFilter active;
    active.agentId = violation.agentId;
    active.status = contractStatusKey(ContractStatus::Active);
    if (Result<QVector<Contract>> list = ContractService(m_db).list(active);
        list && !list->isEmpty())
        m_activeContract = list->first().number;

    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (PenaltyKind k : {PenaltyKind::Warning, PenaltyKind::Fine, PenaltyKind::Downgrade,
                          PenaltyKind::Stop, PenaltyKind::Termination})
        m_kindCombo->addItem(penaltyKindDisplayName(k), penaltyKindKey(k));
    m_decidedEdit = dateEdit(QStringLiteral("decidedEdit"), today, this);
    m_fineEdit->setObjectName(QStringLiteral("fineEdit"));
    m_fineEdit->setPlaceholderText(tr("Yuan, e.g. 5000 or 1250.50"));
    m_fineEdit->setMaxLength(20);
    m_stopFromEdit = dateEdit(QStringLiteral("stopFromEdit"), today, this);
    m_stopUntilEdit = dateEdit(QStringLiteral("stopUntilEdit"), today.addMonths(3), this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setMaxLength(500);
    m_noteEdit->setPlaceholderText(tr("Optional: decision reference, remarks"));

    auto *heading = new QLabel(tr("Penalty for Case #%1").arg(violation.id), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *summary = new QLabel(tr("%1 · found %2 · %3 · tier %4")
                                   .arg(violation.agentName, Dates::format(violation.foundOn),
                                        violation.clause, tierDisplayName(m_agent.tier)),
                               this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    Theme::makeMuted(summary);

    auto *fineRow = new QHBoxLayout;
    auto *yuan = new QLabel(QStringLiteral("¥"), this);
    fineRow->addWidget(yuan);
    fineRow->addWidget(m_fineEdit, 1);

    m_form->setSpacing(10);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Penalty:"), m_kindCombo);
    FormRows::addRow(m_form, tr("&Decided on:"), FormRows::leftAligned(m_decidedEdit),
                     m_decidedEdit);
    FormRows::addRow(m_form, tr("&Fine:"), fineRow, m_fineEdit);
    FormRows::addRow(m_form, tr("Stop &from:"), FormRows::leftAligned(m_stopFromEdit),
                     m_stopFromEdit);
    FormRows::addRow(m_form, tr("Stop &until:"), FormRows::leftAligned(m_stopUntilEdit),
                     m_stopUntilEdit);
    m_form->addRow(tr("&Note:"), m_noteEdit);

    auto *panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("explanationPanel"));
    panel->setStyleSheet(QStringLiteral("QFrame#explanationPanel { background: #f8fafc;"
                                        " border: 1px solid #cbd5e1; border-radius: 6px; }"
                                        "QLabel { background: transparent; border: none; }"));
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(14, 10, 14, 10);
    panelLayout->addWidget(m_explanation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Record Penalty"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &PenaltyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PenaltyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_form);
    layout->addWidget(panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    setTabOrder(m_kindCombo, m_decidedEdit);
    setTabOrder(m_decidedEdit, m_fineEdit);
    setTabOrder(m_fineEdit, m_stopFromEdit);
    setTabOrder(m_stopFromEdit, m_stopUntilEdit);
    setTabOrder(m_stopUntilEdit, m_noteEdit);
    setTabOrder(m_noteEdit, buttons);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &PenaltyDialog::explain);
    connect(m_decidedEdit, &QDateEdit::dateChanged, this, &PenaltyDialog::explain);
    connect(m_fineEdit, &QLineEdit::textChanged, this, &PenaltyDialog::explain);
    connect(m_stopFromEdit, &QDateEdit::dateChanged, this, &PenaltyDialog::explain);
    connect(m_stopUntilEdit, &QDateEdit::dateChanged, this, &PenaltyDialog::explain);
    explain();
}

void PenaltyDialog::setKind(PenaltyKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(penaltyKindKey(kind)));
}

PenaltyKind PenaltyDialog::kind() const
{
    PenaltyKind k = PenaltyKind::Warning;
    penaltyKindFromKey(m_kindCombo->currentData().toString(), &k);
    return k;
}

bool PenaltyDialog::fine(Money *amount) const
{
    return parseYuan(m_fineEdit->text(), amount);
}

QString PenaltyDialog::explanation() const
{
    return m_explanation->text();
}

void PenaltyDialog::explain()
{
    const PenaltyKind k = kind();
    // Form rows: kind, date, fine, stop from, stop until, note.
    m_form->setRowVisible(2, k == PenaltyKind::Fine);
    m_form->setRowVisible(3, k == PenaltyKind::Stop);
    m_form->setRowVisible(4, k == PenaltyKind::Stop);
    const QString agent = m_violation.agentName;
    const QString day = Dates::format(m_decidedEdit->date());
    QString text;
    bool possible = true;
    switch (k) {
    case PenaltyKind::Warning:
        text = tr("A warning to %1 is put on record (§3.2). Nothing else changes.").arg(agent);
        break;
    case PenaltyKind::Fine: {
        Money amount;
        if (fine(&amount) && amount.fen() > 0) {
            text = tr("A fine of %1 on %2 is put on record (§3.2).").arg(amount.display(), agent);
        } else {
            text = tr("Enter the fine in yuan, e.g. 5000 or 1250.50.");
            possible = false;
        }
        break;
    }
    case PenaltyKind::Downgrade: {
        Tier below = Tier::Standard;
        if (tierBelow(m_agent.tier, &below)) {
            text = tr("%1 goes down one tier, from %2 to %3, from %4. A downgrade is the only way "
                      "a tier ever goes down, and only one tier at a time (§3.2).")
                       .arg(agent, tierDisplayName(m_agent.tier), tierDisplayName(below), day);
        } else {
            text = tr("%1 is already at the lowest tier (%2); it cannot be downgraded (§3.2).")
                       .arg(agent, tierDisplayName(m_agent.tier));
            possible = false;
        }
        break;
    }
    case PenaltyKind::Stop:
        if (m_stopUntilEdit->date() < m_stopFromEdit->date()) {
            text = tr("The stop must end on or after the day it starts.");
            possible = false;
        } else {
            text = tr("From %1 to %2, %3 may not open numbers for new customers; it keeps "
                      "renewing and serving the ones it has (§3.2).")
                       .arg(Dates::format(m_stopFromEdit->date()),
                            Dates::format(m_stopUntilEdit->date()), agent);
        }
        break;
    case PenaltyKind::Termination:
        if (m_activeContract.isEmpty()) {
            text = tr("%1 has no active contract to terminate.").arg(agent);
            possible = false;
        } else {
            text = tr("Contract %1 is terminated under §3.2 on %2 and %3 becomes terminated. It "
                      "may still renew and serve its customers but may not open new numbers "
                      "(§9.6).")
                       .arg(m_activeContract, day, agent);
        }
        break;
    }
    m_explanation->setText(text);
    m_okButton->setEnabled(possible && m_actor.canWrite());
}

void PenaltyDialog::accept()
{
    const PenaltyKind k = kind();
    Money amount;
    if (k == PenaltyKind::Fine && !fine(&amount)) {
        m_messageBar->showError(tr("\"%1\" is not an amount of yuan.").arg(m_fineEdit->text()));
        FormRows::growToFit(this);
        return;
    }
    const bool stop = k == PenaltyKind::Stop;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Penalty> p = ViolationService(m_db).penalise(
        m_actor, m_violation.id, k, m_decidedEdit->date(), amount,
        stop ? m_stopFromEdit->date() : QDate(), stop ? m_stopUntilEdit->date() : QDate(),
        m_noteEdit->text().trimmed());
    QApplication::restoreOverrideCursor();
    if (!p) {
        m_messageBar->showError(p.error());
        FormRows::growToFit(this);
        return;
    }
    m_outcome = k == PenaltyKind::Fine ? tr("Fine of %1 recorded on case #%2 (§3.2).")
                                             .arg(p->amount.display())
                                             .arg(m_violation.id)
                                       : tr("%1 recorded on case #%2 (§3.2).")
                                             .arg(penaltyKindDisplayName(k))
                                             .arg(m_violation.id);
    QDialog::accept();
}

} // namespace cd
