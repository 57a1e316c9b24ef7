#include "ClassifyDialog.h"

#include "agents/FormRows.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {

ClassifyDialog::ClassifyDialog(Database &db, const Actor &actor, const Violation &violation,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_violation(violation)
    , m_messageBar(new MessageBar(this))
    , m_negligentRadio(new QRadioButton(tr("&Negligent: the agent was deceived"), this))
    , m_intentionalRadio(new QRadioButton(tr("&Intentional: the agent knew or took part"), this))
    , m_dateEdit(new QDateEdit(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("classifyDialog"));
    setWindowTitle(tr("Classify Violation"));

    ContractFilter active;
    active.agentId = violation.agentId;
    active.status = contractStatusKey(ContractStatus::Active);
    if (Result<QVector<Contract>> list = ContractService(m_db).list(active);
        list && !list->isEmpty())
        m_activeContract = list->first().number;

    m_negligentRadio->setObjectName(QStringLiteral("negligentRadio"));
    m_intentionalRadio->setObjectName(QStringLiteral("intentionalRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_negligentRadio);
    group->addButton(m_intentionalRadio);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDate(QDate::currentDate());

    auto *heading = new QLabel(tr("Classify Case #%1").arg(violation.id), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *summary = new QLabel(tr("%1 · found %2 · %3\n%4")
                                   .arg(violation.agentName, Dates::format(violation.foundOn),
                                        violation.clause, violation.description),
                               this);
    summary->setObjectName(QStringLiteral("caseSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    Theme::makeMuted(summary);

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

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setSpacing(10);
    auto *choices = new QVBoxLayout;
    choices->addWidget(m_negligentRadio);
    choices->addWidget(m_intentionalRadio);
    form->addRow(tr("Classification:"), choices);
    FormRows::addRow(form, tr("&Decided on:"), dateRow, m_dateEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Classify"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassifyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClassifyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(panel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    setTabOrder(m_negligentRadio, m_intentionalRadio);
    setTabOrder(m_intentionalRadio, m_dateEdit);
    setTabOrder(m_dateEdit, buttons);

    connect(m_negligentRadio, &QRadioButton::toggled, this, &ClassifyDialog::explain);
    connect(m_intentionalRadio, &QRadioButton::toggled, this, &ClassifyDialog::explain);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ClassifyDialog::explain);
    explain();
}

void ClassifyDialog::setClassification(Classification classification)
{
    if (classification == Classification::Negligent)
        m_negligentRadio->setChecked(true);
    else if (classification == Classification::Intentional)
        m_intentionalRadio->setChecked(true);
}

Classification ClassifyDialog::classification() const
{
    if (m_negligentRadio->isChecked())
        return Classification::Negligent;
    if (m_intentionalRadio->isChecked())
        return Classification::Intentional;
    return Classification::Unclassified;
}

QString ClassifyDialog::explanation() const
{
    return m_explanation->text();
}

void ClassifyDialog::explain()
{
    const QString agent = m_violation.agentName;
    switch (classification()) {
    case Classification::Unclassified:
        m_explanation->setText(tr("Choose what the investigation found. The classification is "
                                  "final (§3.9)."));
        break;
    case Classification::Negligent:
        m_explanation->setText(
            tr("%1 becomes supervised and cooperation goes on (§3.9): its contract stays, its "
               "customers get a follow-up review every 90 days and weigh three times in spot "
               "checks.")
                .arg(agent));
        break;
    case Classification::Intentional:
        m_explanation->setText(
            m_activeContract.isEmpty()
                ? tr("%1 becomes terminated under §3.9 on %2. It may still renew and serve its "
                     "customers but may not open new numbers (§9.6).")
                      .arg(agent, Dates::format(m_dateEdit->date()))
                : tr("Contract %1 is terminated under §3.9 on %2 and %3 becomes terminated. It "
                     "may still renew and serve its customers but may not open new numbers "
                     "(§9.6).")
                      .arg(m_activeContract, Dates::format(m_dateEdit->date()), agent));
        break;
    }
    m_okButton->setEnabled(m_actor.canWrite() && classification() != Classification::Unclassified);
}

void ClassifyDialog::accept()
{
    const Classification c = classification();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s =
        ViolationService(m_db).classify(m_actor, m_violation.id, c, m_dateEdit->date());
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
        return;
    }
    m_outcome = c == Classification::Negligent
                    ? tr("Case #%1 classified as negligent; %2 is now supervised (§3.9).")
                          .arg(m_violation.id)
                          .arg(m_violation.agentName)
                    : tr("Case #%1 classified as intentional; %2 is terminated (§3.9).")
                          .arg(m_violation.id)
                          .arg(m_violation.agentName);
    QDialog::accept();
}

} // namespace cd
