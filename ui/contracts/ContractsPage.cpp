#include "ContractsPage.h"

#include "agents/ListTable.h"
#include "contracts/ContractDialog.h"
#include "contracts/ContractListModel.h"
#include "contracts/ContractService.h"
#include "contracts/TerminationDialog.h"
#include "print/PrintJob.h"
#include "printouts/PrintMenu.h"
#include "widgets/Dialogs.h"
#include "widgets/Format.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/contracts/header");
}

ContractsPage::ContractsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ContractListModel(*context.database, this))
    , m_searchEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_yearCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_signButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&Sign Contract…"), this))
    , m_terminateButton(new QPushButton(tr("&Terminate…"), this))
    , m_draftsButton(new QPushButton(tr("Prepare &Next Year's Drafts…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_printMenu(nullptr)
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("contractsPage"));

    auto *header = new PageHeader(tr("Contracts"),
                                  tr("Annual agent contracts (§9.2): at most one active per "
                                     "agent, each ending on 31 December."),
                                  this);
    m_signButton->setObjectName(QStringLiteral("signContractButton"));
    m_signButton->setShortcut(QKeySequence::New);
    header->addAction(m_signButton);
    m_terminateButton->setObjectName(QStringLiteral("terminateButton"));
    m_draftsButton->setObjectName(QStringLiteral("prepareDraftsButton"));
    // Printing composes the selected contract afresh, in the interface's language.
    m_printMenu = new PrintMenu(
        [this]() -> Result<PrintJob> {
            const QString number = selectedNumber();
            if (number.isEmpty())
                return Error::notFound(tr("Select a contract to print."));
            return PrintJob::contract(*m_context.database, number, documentLanguageOfUi());
        },
        m_context.messageBar, this);
    m_printButton->setObjectName(QStringLiteral("printContractButton"));
    m_printButton->setToolTip(tr("Preview, print or save the selected contract as PDF"));
    m_printButton->setMenu(m_printMenu);
    m_draftsButton->setToolTip(tr("Prepare %1 drafts for every active agent that has none (§9.2)")
                                   .arg(QDate::currentDate().year() + 1));

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Agent name, credit code or contract number"));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (ContractStatus s : {ContractStatus::Draft, ContractStatus::Active, ContractStatus::Expired,
                             ContractStatus::Terminated})
        m_statusCombo->addItem(contractStatusDisplayName(s), contractStatusKey(s));
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->addItem(tr("All years"), 0);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_statusCombo);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addSpacing(8);
    filters->addWidget(yearLabel);
    filters->addWidget(m_yearCombo);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_printButton);
    actions->addWidget(m_terminateButton);
    actions->addWidget(m_draftsButton);

    m_table->setObjectName(QStringLiteral("contractsTable"));
    m_table->setModel(m_model);
    // Fits a 1280-pixel window without a horizontal scroll bar; Termination stretches.
    ListTable::setUp(m_table, {105, 180, 50, 88, 88, 70, 115, 80, 210}, kHeaderState);
    ListTable::addRowAction(m_table, m_terminateButton);
    ListTable::addRowAction(m_table, m_printButton);
    ListTable::addEmptyState(m_table, tr("No contracts match. Sign one with \"Sign Contract…\"."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    setTabOrder(m_signButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_yearCombo);
    setTabOrder(m_yearCombo, m_printButton);
    setTabOrder(m_printButton, m_terminateButton);
    setTabOrder(m_terminateButton, m_draftsButton);
    setTabOrder(m_draftsButton, m_table);

    // Read-only for auditors: the service refuses anyway; do not offer it.
    const bool canWrite = m_context.actor.canWrite();
    m_signButton->setVisible(canWrite);
    m_terminateButton->setVisible(canWrite);
    m_draftsButton->setVisible(canWrite);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, qOverload<>(&ContractsPage::applyFilter));
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, qOverload<>(&ContractsPage::applyFilter));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&ContractsPage::applyFilter));
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&ContractsPage::applyFilter));
    connect(m_signButton, &QPushButton::clicked, this, [this] { signContract(); });
    connect(m_terminateButton, &QPushButton::clicked, this, [this] { terminateSelected(); });
    connect(m_draftsButton, &QPushButton::clicked, this, &ContractsPage::prepareDrafts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContractsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContractsPage::updateButtons);

    refresh();
}

ContractsPage::~ContractsPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void ContractsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ContractsPage::reloadYears()
{
    QSet<int> years{QDate::currentDate().year(), QDate::currentDate().year() + 1};
    if (Result<QVector<Contract>> all = ContractService(*m_context.database).list({})) {
        for (const Contract &c : *all)
            years.insert(c.year);
    }
    QList<int> sorted = years.values();
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    const int keep = m_yearCombo->currentData().toInt();
    const QSignalBlocker blocker(m_yearCombo);
    while (m_yearCombo->count() > 1)
        m_yearCombo->removeItem(1);
    for (int y : sorted)
        m_yearCombo->addItem(QString::number(y), y);
    m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(keep)));
}

void ContractsPage::refresh()
{
    reloadYears();
    applyFilter();
}

void ContractsPage::applyFilter()
{
    m_searchTimer->stop();
    const QString keep = selectedNumber();
    ContractFilter filter;
    filter.status = m_statusCombo->currentData().toString();
    filter.year = m_yearCombo->currentData().toInt();
    if (Status s = m_model->reload(filter, m_searchEdit->text()); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    m_countLabel->setText(tr("%n contract(s)", nullptr, m_model->rowCount()));
    if (!keep.isEmpty())
        selectContract(keep);
    updateButtons();
}

QString ContractsPage::selectedNumber() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Contract *c = m_model->contract(rows.first().row());
    return c ? c->number : QString();
}

void ContractsPage::applyFilter(const QVariantMap &filter)
{
    const QString number = filter.value(QStringLiteral("contract")).toString();
    if (number.isEmpty())
        return;
    {
        const QSignalBlocker a(m_searchEdit);
        const QSignalBlocker b(m_statusCombo);
        const QSignalBlocker c(m_yearCombo);
        m_searchEdit->setText(number);
        m_statusCombo->setCurrentIndex(0);
        m_yearCombo->setCurrentIndex(0);
    }
    applyFilter();
    selectContract(number);
}

void ContractsPage::selectContract(const QString &number)
{
    const int row = m_model->rowOf(number);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, ContractListModel::Number));
}

void ContractsPage::updateButtons()
{
    const Contract *c = m_model->contract(m_model->rowOf(selectedNumber()));
    const bool canWrite = m_context.actor.canWrite();
    m_printButton->setEnabled(c != nullptr);
    m_terminateButton->setEnabled(
        canWrite && c &&
        (c->status == ContractStatus::Active || c->status == ContractStatus::Draft));
}

ContractDialog *ContractsPage::signContract()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new ContractDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A selected draft is signed as prepared.
    if (const Contract *c = m_model->contract(m_model->rowOf(selectedNumber()));
        c && c->status == ContractStatus::Draft) {
        dialog->setAgent(c->agentUscc);
        dialog->setYear(c->year);
        dialog->setTasks(c->tasks);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Contract c = dialog->created();
        refresh();
        selectContract(c.number);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                c.status == ContractStatus::Active
                    ? tr("Contract %1 signed with %2; it is active until %3.")
                          .arg(c.number, c.agentName, c.end.toString(Qt::ISODate))
                    : tr("Contract %1 signed with %2; it takes effect on %3.")
                          .arg(c.number, c.agentName, c.start.toString(Qt::ISODate)));
    });
    dialog->open();
    return dialog;
}

TerminationDialog *ContractsPage::terminateSelected()
{
    const Contract *selected = m_model->contract(m_model->rowOf(selectedNumber()));
    if (!selected || !m_context.actor.canWrite())
        return nullptr;
    const Contract c = *selected;
    auto *dialog = new TerminationDialog(*m_context.database, m_context.actor, c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, c, dialog] {
        const QString clause = terminationClause(dialog->reason());
        refresh();
        selectContract(c.number);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("Contract %1 terminated under %2; %3 may still renew and serve its customers "
                   "(§9.6).")
                    .arg(c.number, clause, c.agentName));
    });
    dialog->open();
    return dialog;
}

void ContractsPage::prepareDrafts()
{
    if (!m_context.actor.canWrite())
        return;
    const int year = QDate::currentDate().year() + 1;
    if (!Dialogs::confirm(this, tr("Prepare Drafts"),
                          tr("Prepare a %1 contract draft for every active agent that has none "
                             "yet (§9.2)? Each draft keeps the agent's tier and last tasks and "
                             "is signed later from this page.")
                              .arg(year),
                          tr("Prepare Drafts")))
        return;
    Result<int> made = ContractService(*m_context.database).prepareDrafts(m_context.actor, year);
    if (!made) {
        if (m_context.messageBar)
            m_context.messageBar->showError(made.error());
        return;
    }
    refresh();
    if (m_context.messageBar) {
        if (*made == 0)
            m_context.messageBar->showInformation(
                tr("Every active agent already has a %1 contract or draft.").arg(year));
        else
            m_context.messageBar->showSuccess(
                tr("%n draft(s) for %1 prepared (§9.2).", nullptr, *made).arg(year));
    }
}

} // namespace cd
