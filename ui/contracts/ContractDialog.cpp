#include "ContractDialog.h"

#include "agents/AgentCombo.h"
#include "agents/FieldErrorLabel.h"
#include "agents/FormRows.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

ContractDialog::ContractDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_today(QDate::currentDate())
    , m_messageBar(new MessageBar(this))
    , m_agentCombo(new AgentCombo(this))
    , m_yearSpin(new QSpinBox(this))
    , m_startCheck(new QCheckBox(tr("Fi&xed start date:"), this))
    , m_startEdit(new QDateEdit(this))
    , m_startHint(new QLabel(this))
    , m_problem(new FieldErrorLabel(this))
    , m_outlook(new QLabel(this))
{
    setObjectName(QStringLiteral("contractDialog"));
    setWindowTitle(tr("Sign Contract"));

    m_agentCombo->setObjectName(QStringLiteral("agentCombo"));
    // A terminated agent may not sign again (§9.6): it is not offered.
    if (Status s = m_agentCombo->reload(
            m_db, {}, [](const Agent &a) { return a.status != AgentStatus::Terminated; });
        !s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
    }
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    // The years the service accepts (§9.2).
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(m_today.year());
    m_yearSpin->setGroupSeparatorShown(false);
    m_startCheck->setObjectName(QStringLiteral("startCheck"));
    m_startEdit->setObjectName(QStringLiteral("startEdit"));
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_startEdit->setDate(m_today);
    m_startEdit->setEnabled(false);
    m_startHint->setObjectName(QStringLiteral("startHint"));
    m_startHint->setWordWrap(true);
    Theme::makeMuted(m_startHint);

    auto *tasks = new QGridLayout;
    tasks->setHorizontalSpacing(10);
    tasks->setVerticalSpacing(2);
    for (int q = 0; q < 4; ++q) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("taskQ%1Spin").arg(q + 1));
        spin->setRange(0, 100000);
        spin->setAccessibleName(tr("Task for Q%1").arg(q + 1));
        m_taskSpins[size_t(q)] = spin;
        auto *label = new QLabel(tr("Q&%1").arg(q + 1), this);
        label->setBuddy(spin);
        tasks->addWidget(label, 0, q);
        tasks->addWidget(spin, 1, q);
    }
    auto *tasksNote = new QLabel(tr("New activations the agent commits to in each quarter."), this);
    Theme::makeMuted(tasksNote);
    tasks->addWidget(tasksNote, 2, 0, 1, 4);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_outlook->setObjectName(QStringLiteral("outlookLabel"));
    m_outlook->setWordWrap(true);
    m_outlook->setTextFormat(Qt::PlainText);

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("Contracts are annual and end on 31 December (§9.2). An agent has "
                                "at most one active contract."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_startEdit);
    startRow->addStretch(1);
    auto *startBox = new QVBoxLayout;
    startBox->setSpacing(2);
    startBox->addLayout(startRow);
    startBox->addWidget(m_startHint);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Agent:"), m_agentCombo);
    FormRows::addRow(form, tr("&Year:"), FormRows::leftAligned(m_yearSpin), m_yearSpin);
    form->addRow(m_startCheck, startBox);
    FormRows::addRow(form, tr("&Quarterly tasks:"), tasks, m_taskSpins[0]);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Sign Contract"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &ContractDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContractDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_outlook);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    setTabOrder(m_agentCombo, m_yearSpin);
    setTabOrder(m_yearSpin, m_startCheck);
    setTabOrder(m_startCheck, m_startEdit);
    setTabOrder(m_startEdit, m_taskSpins[0]);
    for (int q = 0; q < 3; ++q)
        setTabOrder(m_taskSpins[size_t(q)], m_taskSpins[size_t(q + 1)]);
    setTabOrder(m_taskSpins[3], buttons);

    connect(m_agentCombo, &QComboBox::currentIndexChanged, this, &ContractDialog::recheck);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, [this](int year) {
        // Keep a fixed start in the chosen year unless the user set one there.
        if (!m_startCheck->isChecked())
            m_startEdit->setDate(year == m_today.year() ? m_today : QDate(year, 1, 1));
        recheck();
    });
    connect(m_startCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_startEdit->setEnabled(on);
        recheck();
    });
    connect(m_startEdit, &QDateEdit::dateChanged, this, &ContractDialog::recheck);

    m_agentCombo->setFocus();
    recheck();
}

void ContractDialog::setAgent(const QString &uscc, bool fixed)
{
    m_agentCombo->setCurrentUscc(uscc);
    m_agentCombo->setEnabled(!fixed);
    recheck();
}

void ContractDialog::setYear(int year)
{
    m_yearSpin->setValue(year);
}

void ContractDialog::setStart(const QDate &start)
{
    m_startCheck->setChecked(start.isValid());
    if (start.isValid())
        m_startEdit->setDate(start);
    recheck();
}

void ContractDialog::setTasks(const std::array<int, 4> &tasks)
{
    for (int q = 0; q < 4; ++q)
        m_taskSpins[size_t(q)]->setValue(tasks[size_t(q)]);
}

QString ContractDialog::agentUscc() const
{
    return m_agentCombo->currentUscc();
}

int ContractDialog::year() const
{
    return m_yearSpin->value();
}

QDate ContractDialog::start() const
{
    return m_startCheck->isChecked() ? m_startEdit->date() : QDate();
}

std::array<int, 4> ContractDialog::tasks() const
{
    std::array<int, 4> t{};
    for (int q = 0; q < 4; ++q)
        t[size_t(q)] = m_taskSpins[size_t(q)]->value();
    return t;
}

QString ContractDialog::problem() const
{
    return m_problem->error();
}

void ContractDialog::recheck()
{
    const int y = year();
    const Agent *agent = m_agentCombo->currentAgent();
    QString problem;
    QStringList outlook;

    // The agent's contracts: what is running, what was prepared, whether it ever signed.
    QVector<Contract> contracts;
    if (agent) {
        ContractFilter filter;
        filter.agentId = agent->id;
        Result<QVector<Contract>> all = ContractService(m_db).list(filter);
        if (all)
            contracts = *all;
        else {
            m_messageBar->showError(all.error());
            FormRows::growToFit(this);
        }
    }
    bool signedBefore = false;
    const Contract *active = nullptr;
    const Contract *draft = nullptr;
    for (const Contract &c : contracts) {
        if (c.status != ContractStatus::Draft)
            signedBefore = true;
        if (c.status == ContractStatus::Active)
            active = &c;
        if (c.status == ContractStatus::Draft && c.year == y)
            draft = &c;
    }

    // The start: fixed, or the default of §9.2.
    QDate from = start();
    if (!from.isValid()) {
        if (!signedBefore && y == m_today.year()) {
            from = m_today;
            m_startHint->setText(tr("From signing (%1): the agent's first contract runs from the "
                                    "day it is signed to 31 December (§9.2).")
                                     .arg(Dates::format(m_today)));
        } else {
            from = QDate(y, 1, 1);
            m_startHint->setText(tr("From 1 January %1 to 31 December %1 (§9.2).").arg(y));
        }
    } else {
        m_startHint->setText(tr("To 31 December %1.").arg(y));
    }

    if (!agent) {
        problem = tr("Choose the agent that signs.");
    } else if (start().isValid() && start().year() != y) {
        problem = tr("A %1 contract must start within %1; %2 does not (§9.2).")
                      .arg(y)
                      .arg(Dates::format(start()));
    } else if (active && active->year == y) {
        problem = tr("%1 already has the active contract %2 for %3 (§9.2).")
                      .arg(agent->name, active->number)
                      .arg(y);
    } else if (active && from <= m_today) {
        problem = tr("%1 still has the active contract %2 until %3; an agent has at most one "
                     "active contract (§9.2).")
                      .arg(agent->name, active->number, Dates::format(active->end));
    } else {
        if (draft)
            outlook << tr("Signing completes the prepared draft %1.").arg(draft->number);
        if (active)
            outlook << tr("%1 runs until %2; this contract waits as a draft and takes effect on "
                          "%3.")
                           .arg(active->number, Dates::format(active->end), Dates::format(from));
        else if (from > m_today)
            outlook << tr("The contract takes effect on %1.").arg(Dates::format(from));
        else if (agent->status == AgentStatus::Prospect)
            outlook << tr("The contract is active at once and %1 becomes an active agent.")
                           .arg(agent->name);
        else
            outlook << tr("The contract is active at once.");
    }
    m_problem->setError(problem);
    m_outlook->setText(outlook.join(QLatin1Char(' ')));
    m_outlook->setVisible(!outlook.isEmpty());
    m_okButton->setEnabled(problem.isEmpty() && m_actor.canWrite());
    FormRows::growToFit(this);
}

void ContractDialog::accept()
{
    recheck();
    if (!m_okButton->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Contract> made =
        ContractService(m_db).create(m_actor, agentUscc(), year(), tasks(), start(), m_today);
    QApplication::restoreOverrideCursor();
    if (!made) {
        m_messageBar->showError(made.error());
        FormRows::growToFit(this);
        return;
    }
    m_created = *made;
    QDialog::accept();
}

} // namespace cd
