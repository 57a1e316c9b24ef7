#include "AgentsPage.h"

#include "imports/CsvImport.h"

#include "agents/AgentDetailPage.h"
#include "agents/AgentDialog.h"
#include "agents/AgentListModel.h"
#include "agents/ListTable.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/agents/header");
// The pause after a keystroke in the search box before the list is queried.
constexpr int kSearchDelayMs = 250;
} // namespace

AgentsPage::AgentsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AgentListModel(*context.database, this))
    , m_stack(new QStackedWidget(this))
    , m_listView(new QWidget(m_stack))
    , m_detail(new AgentDetailPage(context, m_stack))
    , m_searchEdit(new QLineEdit(m_listView))
    , m_statusCombo(new QComboBox(m_listView))
    , m_levelCombo(new QComboBox(m_listView))
    , m_countLabel(new QLabel(m_listView))
    , m_emptyLabel(nullptr)
    , m_importPanel(new QFrame(m_listView))
    , m_importTitle(new QLabel(m_importPanel))
    , m_importErrors(new QPlainTextEdit(m_importPanel))
    , m_table(new QTableView(m_listView))
    , m_newButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&New Agent…"), m_listView))
    , m_importButton(new QPushButton(tr("&Import CSV…"), m_listView))
    , m_openButton(new QPushButton(tr("&Open"), m_listView))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("agentsPage"));
    m_listView->setObjectName(QStringLiteral("agentListView"));

    auto *header = new PageHeader(tr("Agents"),
                                  tr("The companies that resell the provider's numbers: level-1 "
                                     "agents and their level-2 sub-agents."),
                                  m_listView);
    m_newButton->setObjectName(QStringLiteral("newAgentButton"));
    m_newButton->setShortcut(QKeySequence::New);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(tr("Load agents from a CSV file: all rows or none"));
    header->addAction(m_importButton);
    header->addAction(m_newButton);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Name, credit code, contact or region"));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (AgentStatus s : {AgentStatus::Prospect, AgentStatus::Active, AgentStatus::Supervised,
                          AgentStatus::Terminated})
        m_statusCombo->addItem(agentStatusDisplayName(s), agentStatusKey(s));
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_levelCombo->addItem(tr("Both levels"), 0);
    m_levelCombo->addItem(tr("Level 1"), 1);
    m_levelCombo->addItem(tr("Level 2"), 2);
    auto *searchLabel = new QLabel(tr("&Search:"), m_listView);
    searchLabel->setBuddy(m_searchEdit);
    auto *statusLabel = new QLabel(tr("S&tatus:"), m_listView);
    statusLabel->setBuddy(m_statusCombo);
    auto *levelLabel = new QLabel(tr("&Level:"), m_listView);
    levelLabel->setBuddy(m_levelCombo);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusCombo);
    filters->addSpacing(8);
    filters->addWidget(levelLabel);
    filters->addWidget(m_levelCombo);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_openButton);

    // The rows a refused import found wrong, until closed or the next import.
    m_importPanel->setObjectName(QStringLiteral("importPanel"));
    m_importPanel->setStyleSheet(
        Theme::tintedPanelStyleSheet(QStringLiteral("QFrame#importPanel"), Theme::Tint::Negative));
    m_importTitle->setObjectName(QStringLiteral("importTitle"));
    m_importTitle->setWordWrap(true);
    m_importTitle->setTextFormat(Qt::PlainText);
    m_importErrors->setObjectName(QStringLiteral("importErrors"));
    m_importErrors->setReadOnly(true);
    m_importErrors->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_importErrors->setMaximumHeight(fontMetrics().lineSpacing() * 8 + 12);
    auto *closeImport = new QToolButton(m_importPanel);
    closeImport->setObjectName(QStringLiteral("closeImportButton"));
    closeImport->setAutoRaise(true);
    closeImport->setIcon(Icons::glyph(Icons::Glyph::Close, QColor(0x7f, 0x1d, 0x1d)));
    closeImport->setToolTip(tr("Close"));
    auto *importTop = new QHBoxLayout;
    importTop->addWidget(m_importTitle, 1);
    importTop->addWidget(closeImport, 0, Qt::AlignTop);
    auto *importLayout = new QVBoxLayout(m_importPanel);
    importLayout->setContentsMargins(12, 8, 8, 10);
    importLayout->setSpacing(6);
    importLayout->addLayout(importTop);
    importLayout->addWidget(m_importErrors);
    m_importPanel->hide();
    connect(closeImport, &QToolButton::clicked, m_importPanel, &QWidget::hide);

    m_table->setObjectName(QStringLiteral("agentsTable"));
    m_table->setModel(m_model);
    // Fits a 1280-pixel window without a horizontal scroll bar; Contact stretches.
    ListTable::setUp(m_table, {190, 160, 60, 170, 90, 70, 80, 150}, kHeaderState);
    ListTable::addRowAction(m_table, m_openButton);
    m_emptyLabel = ListTable::addEmptyState(m_table, QString());

    auto *listLayout = new QVBoxLayout(m_listView);
    listLayout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                                   Theme::PageMargin);
    listLayout->setSpacing(Theme::Spacing);
    listLayout->addWidget(header);
    listLayout->addSpacing(4);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_importPanel);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_table, 1);

    m_stack->addWidget(m_listView);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_importButton, m_newButton);
    setTabOrder(m_newButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_levelCombo);
    setTabOrder(m_levelCombo, m_openButton);
    setTabOrder(m_openButton, m_table);

    // Read-only for auditors: the service refuses anyway; do not offer it.
    m_newButton->setVisible(m_context.actor.canWrite());
    m_importButton->setVisible(m_context.actor.canWrite());

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, qOverload<>(&AgentsPage::applyFilter));
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, qOverload<>(&AgentsPage::applyFilter));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&AgentsPage::applyFilter));
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&AgentsPage::applyFilter));
    connect(m_newButton, &QPushButton::clicked, this, [this] { newAgent(); });
    connect(m_importButton, &QPushButton::clicked, this, &AgentsPage::importCsv);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openAgent(selectedUscc()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Agent *a = m_model->agent(index.row()))
            openAgent(a->uscc);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Agent *a = m_model->agent(index.row()))
            openAgent(a->uscc);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgentsPage::updateButtons);
    connect(m_detail, &AgentDetailPage::backRequested, this, &AgentsPage::showList);
    connect(m_detail, &AgentDetailPage::agentRequested, this,
            [this](const QString &uscc) { openAgent(uscc); });

    refresh();
}

AgentsPage::~AgentsPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void AgentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

bool AgentsPage::isShowingDetail() const
{
    return m_stack->currentWidget() == m_detail;
}

void AgentsPage::refresh()
{
    if (isShowingDetail())
        m_detail->reload();
    else
        applyFilter();
}

void AgentsPage::applyFilter()
{
    m_searchTimer->stop();
    const QString keep = selectedUscc();
    AgentFilter filter;
    filter.text = m_searchEdit->text().trimmed();
    filter.status = m_statusCombo->currentData().toString();
    filter.level = m_levelCombo->currentData().toInt();
    if (Status s = m_model->reload(filter); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    const bool filtered = !filter.text.isEmpty() || !filter.status.isEmpty() || filter.level;
    m_countLabel->setText(tr("%n agent(s)", nullptr, m_model->rowCount()));
    m_emptyLabel->setText(filtered ? tr("No agents match the search and filters.")
                          : m_context.actor.canWrite()
                              ? tr("No agents yet. Add one with \"New Agent…\" or import a CSV "
                                   "file.")
                              : tr("No agents yet."));
    if (!keep.isEmpty())
        selectAgent(keep);
    updateButtons();
}

QString AgentsPage::selectedUscc() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Agent *a = m_model->agent(rows.first().row());
    return a ? a->uscc : QString();
}

void AgentsPage::selectAgent(const QString &uscc)
{
    const int row = m_model->rowOf(uscc);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, AgentListModel::Name));
}

void AgentsPage::updateButtons()
{
    m_openButton->setEnabled(!selectedUscc().isEmpty());
}

bool AgentsPage::openAgent(const QString &uscc)
{
    if (uscc.isEmpty() || !m_detail->setAgent(uscc))
        return false;
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
    return true;
}

void AgentsPage::applyFilter(const QVariantMap &filter)
{
    const QString uscc = filter.value(QStringLiteral("agent")).toString().trimmed().toUpper();
    if (openAgent(uscc))
        return;
    if (isShowingDetail())
        showList();
    selectAgent(uscc);
}

void AgentsPage::showList()
{
    const QString shown = m_detail->agent().uscc;
    m_stack->setCurrentWidget(m_listView);
    applyFilter();
    selectAgent(shown);
    m_table->setFocus();
}

AgentDialog *AgentsPage::newAgent()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new AgentDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Agent a = dialog->created();
        applyFilter();
        selectAgent(a.uscc);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("%1 added as a prospect. It becomes active with its first contract.")
                    .arg(a.name));
    });
    dialog->open();
    return dialog;
}

void AgentsPage::importCsv()
{
    if (!m_context.actor.canWrite())
        return;
    const QString path =
        Dialogs::openFileName(this, tr("Import Agents"), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool AgentsPage::importFile(const QString &path)
{
    m_importPanel->hide();
    const Result<ImportReport> report = CsvImport::run(this, *m_context.database, m_context.actor,
                                                       QStringLiteral("agents"), path);
    if (!report) {
        Error summary = report.error();
        const QStringList details = summary.details;
        summary.details.clear();
        if (m_context.messageBar)
            m_context.messageBar->showError(summary);
        if (!details.isEmpty()) {
            m_importTitle->setText(tr("Nothing was imported from %1. Correct these rows and "
                                      "import the file again:")
                                       .arg(QFileInfo(path).fileName()));
            m_importErrors->setPlainText(details.join(QLatin1Char('\n')));
            m_importPanel->show();
        }
        return false;
    }
    applyFilter();
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(CsvImport::doneText(QStringLiteral("agents"), report->rows,
                                                              QFileInfo(path).fileName()));
    return true;
}

} // namespace cd
