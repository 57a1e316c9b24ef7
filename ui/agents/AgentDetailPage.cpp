#include "AgentDetailPage.h"

#include "agents/AgentCustomersModel.h"
#include "agents/AgentListModel.h"
#include "agents/AgentService.h"
#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "compliance/ClassifyDialog.h"
#include "compliance/PenaltyDialog.h"
#include "compliance/TakeoverDialog.h"
#include "compliance/TakeoverService.h"
#include "compliance/TrainingSessionModel.h"
#include "compliance/ViolationDialog.h"
#include "compliance/ViolationListModel.h"
#include "contracts/ContractDialog.h"
#include "contracts/ContractListModel.h"
#include "contracts/TerminationDialog.h"
#include "print/PrintJob.h"
#include "printouts/PrintMenu.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kSubAgentsHeader = QStringLiteral("ui/agentDetail/subAgentsHeader");
const QString kContractsHeader = QStringLiteral("ui/agentDetail/contractsHeader");
const QString kTrainingHeader = QStringLiteral("ui/agentDetail/trainingHeader");
const QString kViolationsHeader = QStringLiteral("ui/agentDetail/violationsHeader");
const QString kCustomersHeader = QStringLiteral("ui/agentDetail/customersHeader");

// The tab indices, in the order they are added.
enum Tab { OverviewTab, ContractsTab, TrainingTab, ViolationsTab, CustomersTab };

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QWidget *tabPage(QWidget *parent, QVBoxLayout **layout)
{
    auto *page = new QWidget(parent);
    *layout = new QVBoxLayout(page);
    (*layout)->setContentsMargins(16, 14, 16, 14);
    (*layout)->setSpacing(10);
    return page;
}
} // namespace

AgentDetailPage::AgentDetailPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_subAgents(new AgentListModel(*context.database, this))
    , m_contracts(new ContractListModel(*context.database, this))
    , m_training(new TrainingSessionModel(*context.database, this))
    , m_violations(new ViolationListModel(*context.database, this))
    , m_customers(new AgentCustomersModel(*context.database, this))
    , m_backButton(new QPushButton(tr("‹ All Agents"), this))
    , m_nameLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_statusBadge(new StatusBadge(this))
    , m_levelBadge(new StatusBadge(this))
    , m_tierBadge(new StatusBadge(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("agentDetailPage"));
    setStyleSheet(Theme::cardStyleSheet());

    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setFlat(true);
    m_backButton->setToolTip(tr("Back to the list of agents (Esc)"));
    m_backButton->setCursor(Qt::PointingHandCursor);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &AgentDetailPage::backRequested);
    connect(m_backButton, &QPushButton::clicked, this, &AgentDetailPage::backRequested);

    m_nameLabel->setObjectName(QStringLiteral("agentName"));
    m_nameLabel->setFont(Theme::titleFont(font()));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setObjectName(QStringLiteral("agentCode"));
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::makeMuted(m_codeLabel);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));
    m_levelBadge->setObjectName(QStringLiteral("levelBadge"));
    m_tierBadge->setObjectName(QStringLiteral("tierBadge"));

    // The header card: who this is, at a glance.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("agentHeader"));
    card->setProperty("card", true);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_nameLabel);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_levelBadge, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_tierBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 14, 20, 14);
    cardLayout->setSpacing(4);
    cardLayout->addLayout(titleRow);
    cardLayout->addWidget(m_codeLabel);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));
    m_tabs->addTab(buildContracts(), tr("&Contracts"));
    m_tabs->addTab(buildTraining(), tr("T&raining"));
    m_tabs->addTab(buildViolations(), tr("&Violations"));
    m_tabs->addTab(buildCustomers(), tr("C&ustomers"));

    auto *backRow = new QHBoxLayout;
    backRow->addWidget(m_backButton);
    backRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin - 8, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addLayout(backRow);
    layout->addWidget(card);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_backButton, m_tabs);
}

AgentDetailPage::~AgentDetailPage()
{
    ListTable::saveState(m_subAgentTable, kSubAgentsHeader);
    ListTable::saveState(m_contractTable, kContractsHeader);
    ListTable::saveState(m_trainingTable, kTrainingHeader);
    ListTable::saveState(m_violationTable, kViolationsHeader);
    ListTable::saveState(m_customerTable, kCustomersHeader);
}

QWidget *AgentDetailPage::buildOverview()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("overviewTab"));

    m_overviewForm = new QFormLayout;
    m_overviewForm->setHorizontalSpacing(24);
    m_overviewForm->setVerticalSpacing(8);
    m_overviewForm->setLabelAlignment(Qt::AlignLeft);
    m_overviewForm->addRow(tr("Contract:"), valueLabel(QStringLiteral("valueContract"), page));
    m_overviewForm->addRow(tr("Credit code:"), valueLabel(QStringLiteral("valueCode"), page));
    m_overviewForm->addRow(tr("Legal representative:"),
                           valueLabel(QStringLiteral("valueLegalRep"), page));
    m_overviewForm->addRow(tr("Contact person:"), valueLabel(QStringLiteral("valueContact"), page));
    m_overviewForm->addRow(tr("Phone:"), valueLabel(QStringLiteral("valuePhone"), page));
    m_overviewForm->addRow(tr("Email:"), valueLabel(QStringLiteral("valueEmail"), page));
    m_overviewForm->addRow(tr("Address:"), valueLabel(QStringLiteral("valueAddress"), page));
    m_overviewForm->addRow(tr("Region:"), valueLabel(QStringLiteral("valueRegion"), page));
    m_overviewForm->addRow(tr("Portal account:"), valueLabel(QStringLiteral("valuePortal"), page));
    m_overviewForm->addRow(tr("Added:"), valueLabel(QStringLiteral("valueCreated"), page));
    m_parentLabel = new QLabel(page);
    m_parentLabel->setObjectName(QStringLiteral("parentLink"));
    m_parentLabel->setTextFormat(Qt::RichText);
    m_parentLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    m_overviewForm->addRow(tr("Parent agent:"), m_parentLabel);
    connect(m_parentLabel, &QLabel::linkActivated, this, &AgentDetailPage::agentRequested);

    m_subAgentsCaption = new QLabel(page);
    m_subAgentsCaption->setObjectName(QStringLiteral("subAgentsCaption"));
    m_subAgentsCaption->setFont(Theme::sectionFont(font()));
    m_subAgentTable = new QTableView(page);
    m_subAgentTable->setObjectName(QStringLiteral("subAgentsTable"));
    m_subAgentTable->setModel(m_subAgents);
    ListTable::setUp(m_subAgentTable, {200, 170, 70, 0, 90, 80, 100, 160}, kSubAgentsHeader);
    m_subAgentTable->setColumnHidden(AgentListModel::Parent, true);
    m_subAgentTable->setColumnHidden(AgentListModel::Level, true);
    ListTable::addEmptyState(m_subAgentTable, tr("No sub-agents."));
    connect(m_subAgentTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Agent *a = m_subAgents->agent(index.row()))
            emit agentRequested(a->uscc);
    });

    layout->addLayout(m_overviewForm);
    layout->addSpacing(6);
    layout->addWidget(m_subAgentsCaption);
    layout->addWidget(m_subAgentTable, 1);
    return page;
}

QWidget *AgentDetailPage::buildContracts()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("contractsTab"));
    m_signButton = new QPushButton(tr("&Sign Contract…"), page);
    m_signButton->setObjectName(QStringLiteral("signContractButton"));
    m_terminateButton = new QPushButton(tr("&Terminate…"), page);
    m_terminateButton->setObjectName(QStringLiteral("terminateButton"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_signButton);
    row->addWidget(m_terminateButton);
    m_contractTable = new QTableView(page);
    m_contractTable->setObjectName(QStringLiteral("agentContractsTable"));
    m_contractTable->setModel(m_contracts);
    ListTable::setUp(m_contractTable, {110, 0, 60, 95, 95, 80, 130, 90, 220}, kContractsHeader);
    m_contractTable->setColumnHidden(ContractListModel::Agent, true);
    ListTable::addEmptyState(m_contractTable, tr("No contracts yet. A prospect becomes active "
                                                 "with its first contract (§9.2)."));
    layout->addLayout(row);
    layout->addWidget(m_contractTable, 1);
    setTabOrder(m_signButton, m_terminateButton);
    setTabOrder(m_terminateButton, m_contractTable);

    connect(m_signButton, &QPushButton::clicked, this, [this] { signContract(); });
    connect(m_terminateButton, &QPushButton::clicked, this, [this] { terminateContract(); });
    connect(m_contractTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentDetailPage::updateButtons);
    return page;
}

QWidget *AgentDetailPage::buildTraining()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("trainingTab"));
    m_trainingWarning = new QLabel(page);
    m_trainingWarning->setObjectName(QStringLiteral("trainingWarning"));
    m_trainingWarning->setWordWrap(true);
    m_trainingWarning->setTextFormat(Qt::PlainText);
    m_trainingTable = new QTableView(page);
    m_trainingTable->setObjectName(QStringLiteral("agentTrainingTable"));
    m_trainingTable->setModel(m_training);
    ListTable::setUp(m_trainingTable, {100, 320, 160, 60}, kTrainingHeader);
    m_trainingTable->setColumnHidden(TrainingSessionModel::Attendees, true);
    ListTable::addEmptyState(m_trainingTable, tr("No training attended yet."));
    layout->addWidget(m_trainingWarning);
    layout->addWidget(m_trainingTable, 1);
    return page;
}

QWidget *AgentDetailPage::buildViolations()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("violationsTab"));
    m_newViolationButton = new QPushButton(tr("&New Violation…"), page);
    m_newViolationButton->setObjectName(QStringLiteral("newViolationButton"));
    m_classifyButton = new QPushButton(tr("Cl&assify…"), page);
    m_classifyButton->setObjectName(QStringLiteral("classifyButton"));
    m_penaltyButton = new QPushButton(tr("&Penalty…"), page);
    m_penaltyButton->setObjectName(QStringLiteral("penaltyButton"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_newViolationButton);
    row->addWidget(m_classifyButton);
    row->addWidget(m_penaltyButton);
    m_violationTable = new QTableView(page);
    m_violationTable->setObjectName(QStringLiteral("agentViolationsTable"));
    m_violationTable->setModel(m_violations);
    ListTable::setUp(m_violationTable, {55, 0, 88, 50, 95, 150, 150, 60, 200}, kViolationsHeader);
    m_violationTable->setColumnHidden(ViolationListModel::Agent, true);
    ListTable::addEmptyState(m_violationTable, tr("No violations on record."));
    layout->addLayout(row);
    layout->addWidget(m_violationTable, 1);
    setTabOrder(m_newViolationButton, m_classifyButton);
    setTabOrder(m_classifyButton, m_penaltyButton);
    setTabOrder(m_penaltyButton, m_violationTable);

    connect(m_newViolationButton, &QPushButton::clicked, this, [this] { newViolation(); });
    connect(m_classifyButton, &QPushButton::clicked, this, [this] { classifyViolation(); });
    connect(m_penaltyButton, &QPushButton::clicked, this, [this] { penalise(); });
    connect(m_violationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentDetailPage::updateButtons);
    return page;
}

QWidget *AgentDetailPage::buildCustomers()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("customersTab"));
    m_customersSummary = new QLabel(page);
    m_customersSummary->setObjectName(QStringLiteral("customersSummary"));
    m_customersSummary->setWordWrap(true);
    Theme::makeMuted(m_customersSummary);
    m_takeOverButton = new QPushButton(tr("&Take Over…"), page);
    m_takeOverButton->setObjectName(QStringLiteral("takeOverButton"));
    m_takeOverButton->setToolTip(tr("The provider serves the agent's customers itself (§2.3, "
                                    "§9.6)"));
    m_letterMenu = new PrintMenu(
        [this]() -> Result<PrintJob> {
            return PrintJob::renewalLetter(*m_context.database, m_agent.uscc,
                                           QDate::currentDate(), documentLanguageOfUi());
        },
        m_context.messageBar, page);
    m_letterButton = new QPushButton(tr("Print Renewal &Letter…"), page);
    m_letterButton->setObjectName(QStringLiteral("renewalLetterButton"));
    m_letterButton->setToolTip(tr("A letter to the agent listing its customers' numbers due "
                                  "for renewal in the coming notice period (§2.10)"));
    m_letterButton->setMenu(m_letterMenu);
    auto *row = new QHBoxLayout;
    row->addWidget(m_customersSummary, 1);
    row->addWidget(m_letterButton);
    row->addWidget(m_takeOverButton);
    m_customerTable = new QTableView(page);
    m_customerTable->setObjectName(QStringLiteral("agentCustomersTable"));
    m_customerTable->setModel(m_customers);
    ListTable::setUp(m_customerTable, {240, 180, 150, 180}, kCustomersHeader);
    ListTable::addEmptyState(m_customerTable, tr("No customers developed yet."));
    m_takeoversLabel = new QLabel(page);
    m_takeoversLabel->setObjectName(QStringLiteral("takeoversLabel"));
    m_takeoversLabel->setWordWrap(true);
    m_takeoversLabel->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_takeoversLabel);
    layout->addLayout(row);
    layout->addWidget(m_customerTable, 1);
    layout->addWidget(m_takeoversLabel);
    connect(m_takeOverButton, &QPushButton::clicked, this, [this] { takeOver(); });
    return page;
}

bool AgentDetailPage::setAgent(const QString &uscc)
{
    Result<Agent> agent = AgentService(*m_context.database).find(uscc);
    if (!agent) {
        if (m_context.messageBar)
            m_context.messageBar->showError(agent.error());
        return false;
    }
    const bool other = agent->id != m_agent.id;
    m_agent = *agent;
    reload();
    if (other)
        m_tabs->setCurrentIndex(OverviewTab);
    return true;
}

void AgentDetailPage::reload()
{
    if (m_agent.id == 0)
        return;
    Database &db = *m_context.database;
    if (Result<Agent> fresh = AgentService(db).findById(m_agent.id))
        m_agent = *fresh;
    MessageBar *bar = m_context.messageBar;
    auto report = [bar](const Status &s) {
        if (!s && bar)
            bar->showError(s.error());
    };

    AgentFilter subs;
    subs.parentId = m_agent.id;
    report(m_subAgents->reload(subs));
    ContractFilter contracts;
    contracts.agentId = m_agent.id;
    report(m_contracts->reload(contracts));
    report(m_training->reload(m_agent.id));
    report(m_violations->reload(m_agent.id));
    report(m_customers->reload(m_agent.id));

    showHeader();
    showOverview();

    // §2.7 Training: overdue, due soon, or fine.
    QString warning;
    StatusBadge::Tone tone = StatusBadge::Tone::Neutral;
    if (Result<QVector<TrainingDue>> due =
            TrainingService(db).untrained(QDate::currentDate(), true)) {
        for (const TrainingDue &d : *due) {
            if (d.agentId != m_agent.id)
                continue;
            tone = d.overdue ? StatusBadge::Tone::Negative : StatusBadge::Tone::Warning;
            warning = d.overdue
                          ? tr("Training overdue: the first contract started on %1 and no "
                               "training was attended by %2 (§2.7).")
                                .arg(Dates::format(d.firstContractStart), Dates::format(d.dueBy))
                          : tr("Training due by %1, %2 days after the first contract's start "
                               "(§2.7).")
                                .arg(Dates::format(d.dueBy))
                                .arg(d.firstContractStart.daysTo(d.dueBy));
        }
    }
    m_trainingWarning->setText(warning);
    m_trainingWarning->setVisible(!warning.isEmpty());
    QPalette p = m_trainingWarning->palette();
    p.setColor(QPalette::WindowText, StatusBadge::textColor(tone));
    m_trainingWarning->setPalette(p);

    // Customers: who serves them, and the takeovers on record.
    const int total = m_customers->rowCount();
    const int byAgent = m_customers->servedByAgent();
    m_customersSummary->setText(
        tr("%n customer(s) developed", nullptr, total) + QStringLiteral(" · ") +
        tr("%n served by the agent", nullptr, byAgent) + QStringLiteral(" · ") +
        tr("%n by the provider", nullptr, total - byAgent));
    QStringList takeovers;
    if (Result<QVector<Takeover>> list = TakeoverService(db).takeovers(m_agent.id)) {
        for (const Takeover &t : *list)
            takeovers << tr("Taken over %1 under %2 (%n customer(s)): %3", nullptr, t.customers)
                             .arg(Dates::format(t.takenOn), t.clause, t.reason);
    }
    m_takeoversLabel->setText(takeovers.join(QLatin1Char('\n')));
    m_takeoversLabel->setVisible(!takeovers.isEmpty());

    m_tabs->setTabText(ContractsTab, tr("&Contracts (%1)").arg(m_contracts->rowCount()));
    m_tabs->setTabText(ViolationsTab, tr("&Violations (%1)").arg(m_violations->rowCount()));
    m_tabs->setTabText(CustomersTab, tr("C&ustomers (%1)").arg(total));
    m_tabs->setTabText(TrainingTab, warning.isEmpty() || tone != StatusBadge::Tone::Negative
                                        ? tr("T&raining")
                                        : tr("T&raining (overdue)"));
    updateButtons();
}

void AgentDetailPage::showHeader()
{
    m_nameLabel->setText(m_agent.name);
    m_codeLabel->setText(m_agent.level == 2 && !m_agent.parentName.isEmpty()
                             ? tr("%1 · sub-agent of %2 · %3")
                                   .arg(m_agent.uscc, m_agent.parentName, orDash(m_agent.region))
                             : tr("%1 · %2").arg(m_agent.uscc, orDash(m_agent.region)));
    m_statusBadge->setAgentStatus(m_agent.status);
    m_levelBadge->setBadge(m_agent.level == 1 ? tr("Level 1") : tr("Level 2"),
                           StatusBadge::Tone::Neutral);
    m_tierBadge->setBadge(tr("%1 tier").arg(tierDisplayName(m_agent.tier)),
                          StatusBadge::Tone::Information);
}

void AgentDetailPage::showOverview()
{
    auto set = [this](const char *name, const QString &text) {
        if (auto *label = findChild<QLabel *>(QLatin1String(name)))
            label->setText(orDash(text));
    };
    // The contract that governs the agent now: the active one, else the latest.
    QString contract;
    for (int r = 0; r < m_contracts->rowCount() && contract.isEmpty(); ++r) {
        const Contract *c = m_contracts->contract(r);
        if (c->status == ContractStatus::Active)
            contract = tr("%1, active from %2 to %3")
                           .arg(c->number, Dates::format(c->start), Dates::format(c->end));
    }
    if (contract.isEmpty() && m_contracts->rowCount() > 0) {
        const Contract *c = m_contracts->contract(0);
        contract =
            c->status == ContractStatus::Terminated
                ? tr("%1, terminated on %2 (%3)")
                      .arg(c->number, Dates::format(c->terminatedOn), c->terminationClause)
                : tr("%1, %2").arg(c->number, contractStatusDisplayName(c->status).toLower());
    }
    set("valueContract", contract.isEmpty() ? tr("None yet") : contract);
    set("valueCode", m_agent.uscc);
    set("valueLegalRep", m_agent.legalRep);
    set("valueContact", m_agent.contact);
    set("valuePhone", m_agent.phone);
    set("valueEmail", m_agent.email);
    set("valueAddress", m_agent.address);
    set("valueRegion", m_agent.region);
    set("valuePortal", m_agent.portalAccount);
    set("valueCreated", Format::timestamp(m_agent.createdAt));

    const bool sub = m_agent.level == 2;
    m_overviewForm->setRowVisible(m_parentLabel, sub);
    if (sub)
        m_parentLabel->setText(
            QStringLiteral("<a href=\"%1\">%2</a> · %1")
                .arg(m_agent.parentUscc.toHtmlEscaped(), m_agent.parentName.toHtmlEscaped()));
    // Only level-1 agents have sub-agents: the hierarchy is two levels deep.
    m_subAgentsCaption->setVisible(!sub);
    m_subAgentTable->setVisible(!sub);
    m_subAgentsCaption->setText(tr("Sub-agents (%1)").arg(m_subAgents->rowCount()));
}

const Contract *AgentDetailPage::selectedContract() const
{
    const QModelIndexList rows = m_contractTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_contracts->contract(rows.first().row());
}

const Violation *AgentDetailPage::selectedViolation() const
{
    const QModelIndexList rows = m_violationTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_violations->violation(rows.first().row());
}

void AgentDetailPage::updateButtons()
{
    const bool canWrite = m_context.actor.canWrite();
    const bool terminated = m_agent.status == AgentStatus::Terminated;
    bool hasOpenContract = false;
    for (int r = 0; r < m_contracts->rowCount(); ++r) {
        const ContractStatus s = m_contracts->contract(r)->status;
        hasOpenContract |= s == ContractStatus::Active || s == ContractStatus::Draft;
    }
    const Violation *v = selectedViolation();
    for (QPushButton *b : {m_signButton, m_terminateButton, m_newViolationButton, m_classifyButton,
                           m_penaltyButton, m_takeOverButton})
        b->setVisible(canWrite);
    m_signButton->setEnabled(canWrite && !terminated);
    m_signButton->setToolTip(terminated ? tr("A terminated agent may not sign a new contract "
                                             "(§9.6)")
                                        : QString());
    m_terminateButton->setEnabled(canWrite && hasOpenContract);
    m_newViolationButton->setEnabled(canWrite);
    m_classifyButton->setEnabled(canWrite && v &&
                                 v->classification == Classification::Unclassified);
    m_penaltyButton->setEnabled(canWrite && v && v->open);
    m_takeOverButton->setEnabled(canWrite && m_customers->servedByAgent() > 0);
}

void AgentDetailPage::changed(const QString &message)
{
    reload();
    if (m_context.messageBar && !message.isEmpty())
        m_context.messageBar->showSuccess(message);
    emit agentChanged(m_agent.uscc);
}

ContractDialog *AgentDetailPage::signContract()
{
    if (!m_context.actor.canWrite() || m_agent.id == 0 || m_agent.status == AgentStatus::Terminated)
        return nullptr;
    auto *dialog = new ContractDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAgent(m_agent.uscc, true);
    // Prefill from the latest contract or a prepared draft: same tasks as last time.
    if (m_contracts->rowCount() > 0) {
        const Contract *latest = m_contracts->contract(0);
        dialog->setTasks(latest->tasks);
        if (latest->status == ContractStatus::Draft)
            dialog->setYear(latest->year);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Contract c = dialog->created();
        m_tabs->setCurrentIndex(ContractsTab);
        changed(c.status == ContractStatus::Active
                    ? tr("Contract %1 signed; it is active until %2.")
                          .arg(c.number, Dates::format(c.end))
                    : tr("Contract %1 signed; it takes effect on %2.")
                          .arg(c.number, Dates::format(c.start)));
    });
    dialog->open();
    return dialog;
}

TerminationDialog *AgentDetailPage::terminateContract()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    // The selected contract, else the active one.
    const Contract *target = selectedContract();
    if (!target ||
        (target->status != ContractStatus::Active && target->status != ContractStatus::Draft)) {
        target = nullptr;
        for (int r = 0; r < m_contracts->rowCount() && !target; ++r) {
            if (m_contracts->contract(r)->status == ContractStatus::Active)
                target = m_contracts->contract(r);
        }
        for (int r = 0; r < m_contracts->rowCount() && !target; ++r) {
            if (m_contracts->contract(r)->status == ContractStatus::Draft)
                target = m_contracts->contract(r);
        }
    }
    if (!target)
        return nullptr;
    const Contract c = *target;
    auto *dialog = new TerminationDialog(*m_context.database, m_context.actor, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, c, dialog] {
        changed(tr("Contract %1 terminated under %2; %3 may still renew and serve its customers "
                   "(§9.6).")
                    .arg(c.number, terminationClause(dialog->reason()), m_agent.name));
    });
    dialog->open();
    return dialog;
}

ViolationDialog *AgentDetailPage::newViolation()
{
    if (!m_context.actor.canWrite() || m_agent.id == 0)
        return nullptr;
    auto *dialog = new ViolationDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAgent(m_agent.uscc, true);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Violation v = dialog->created();
        m_tabs->setCurrentIndex(ViolationsTab);
        changed(tr("Case #%1 opened (%2).").arg(v.id).arg(v.clause));
        const int row = m_violations->rowOf(v.id);
        if (row >= 0)
            m_violationTable->selectRow(row);
    });
    dialog->open();
    return dialog;
}

ClassifyDialog *AgentDetailPage::classifyViolation()
{
    const Violation *v = selectedViolation();
    if (!v || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new ClassifyDialog(*m_context.database, m_context.actor, *v, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->outcome()); });
    dialog->open();
    return dialog;
}

PenaltyDialog *AgentDetailPage::penalise()
{
    const Violation *v = selectedViolation();
    if (!v || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new PenaltyDialog(*m_context.database, m_context.actor, *v, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->outcome()); });
    dialog->open();
    return dialog;
}

TakeoverDialog *AgentDetailPage::takeOver()
{
    if (!m_context.actor.canWrite() || m_agent.id == 0)
        return nullptr;
    auto *dialog = new TakeoverDialog(*m_context.database, m_context.actor, m_agent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_tabs->setCurrentIndex(CustomersTab);
        changed(dialog->outcome());
    });
    // A reminder recorded in the dialog shows in the history even if it is cancelled.
    connect(dialog, &QDialog::rejected, this, [this] { reload(); });
    dialog->open();
    return dialog;
}

} // namespace cd
