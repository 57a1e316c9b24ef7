#include "EvaluationView.h"

#include "agents/ListTable.h"
#include "common/Dates.h"
#include "pricing/CompletionBarDelegate.h"
#include "pricing/EvaluationModel.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "widgets/BackgroundWork.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/pricing/evaluationHeader");
}

EvaluationView::EvaluationView(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new EvaluationModel(*context.database, this))
    , m_delegate(new CompletionBarDelegate(EvaluationModel::CompletionRole, this))
    , m_yearSpin(new QSpinBox(this))
    , m_quarterCombo(new QComboBox(this))
    , m_evaluateButton(new QPushButton(tr("&Evaluate"), this))
    , m_approveButton(new QPushButton(tr("&Approve Promotion"), this))
    , m_declineButton(new QPushButton(tr("&Decline"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("evaluationView"));

    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_quarterCombo->setObjectName(QStringLiteral("quarterCombo"));
    const QLocale locale;
    for (int q = 1; q <= 4; ++q) {
        m_quarterCombo->addItem(tr("Q%1 (%2–%3)")
                                    .arg(q)
                                    .arg(locale.monthName(q * 3 - 2, QLocale::ShortFormat),
                                         locale.monthName(q * 3, QLocale::ShortFormat)),
                                q);
    }
    auto *quarterLabel = new QLabel(tr("&Quarter:"), this);
    quarterLabel->setBuddy(m_yearSpin);
    m_evaluateButton->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluateButton->setToolTip(tr("Compute each agent's completion and propose promotions; "
                                    "decided proposals are kept."));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(quarterLabel);
    bar->addWidget(m_yearSpin);
    bar->addWidget(m_quarterCombo);
    bar->addWidget(m_evaluateButton);
    bar->addStretch(1);
    bar->addWidget(m_approveButton);
    bar->addWidget(m_declineButton);

    m_summary->setObjectName(QStringLiteral("evaluationSummary"));
    m_summary->setWordWrap(true);
    Theme::makeMuted(m_summary);

    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(EvaluationModel::Completion, m_delegate);
    ListTable::setUp(m_table, {200, 170, 60, 90, 220, 90, 110, 150}, kHeaderState);
    ListTable::addRowAction(m_table, m_approveButton);
    ListTable::addRowAction(m_table, m_declineButton);
    ListTable::addEmptyState(m_table, tr("This quarter has not been evaluated. Press "
                                         "\"Evaluate\" to compute it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::Spacing, 0, 0);
    layout->setSpacing(Theme::Spacing);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    setTabOrder(m_yearSpin, m_quarterCombo);
    setTabOrder(m_quarterCombo, m_evaluateButton);
    setTabOrder(m_evaluateButton, m_table);
    setTabOrder(m_table, m_approveButton);
    setTabOrder(m_approveButton, m_declineButton);

    // Auditors read; the service refuses them anyway.
    const bool canWrite = m_context.actor.canWrite();
    m_evaluateButton->setVisible(canWrite);
    m_approveButton->setVisible(canWrite);
    m_declineButton->setVisible(canWrite);

    if (Result<BusinessParameters> params = Parameters(*context.database).load(); params)
        m_delegate->setThreshold(params->promotionThresholdPercent);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &EvaluationView::reload);
    connect(m_quarterCombo, &QComboBox::currentIndexChanged, this, &EvaluationView::reload);
    connect(m_evaluateButton, &QPushButton::clicked, this, [this] { evaluate(); });
    connect(m_approveButton, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_declineButton, &QPushButton::clicked, this, [this] { declineSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvaluationView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvaluationView::updateButtons);

    setQuarter(previousQuarter(QDate::currentDate()));
}

EvaluationView::~EvaluationView()
{
    ListTable::saveState(m_table, kHeaderState);
}

Quarter EvaluationView::previousQuarter(const QDate &date)
{
    const Quarter current = Quarter::containing(date);
    return current.number == 1 ? Quarter{current.year - 1, 4}
                               : Quarter{current.year, current.number - 1};
}

Quarter EvaluationView::quarter() const
{
    return Quarter{m_yearSpin->value(), m_quarterCombo->currentData().toInt()};
}

void EvaluationView::setQuarter(const Quarter &quarter)
{
    m_loading = true;
    m_yearSpin->setValue(quarter.year);
    m_quarterCombo->setCurrentIndex(m_quarterCombo->findData(quarter.number));
    m_loading = false;
    reload();
}

void EvaluationView::reload()
{
    if (m_loading)
        return;
    const QString selected = selectedLine() ? selectedLine()->agentUscc : QString();
    if (Status s = m_model->load(quarter()); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    if (!selected.isEmpty())
        selectAgent(selected);
    updateSummary();
    updateButtons();
}

void EvaluationView::selectAgent(const QString &uscc)
{
    const int row = m_model->rowOfAgent(uscc);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, EvaluationModel::AgentName));
}

const Performance *EvaluationView::selectedLine() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->line(rows.first().row());
}

void EvaluationView::updateSummary()
{
    const Quarter q = quarter();
    const QString span =
        tr("%1: %2 to %3").arg(q.key(), Dates::format(q.first()), Dates::format(q.last()));
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("%1. Not evaluated yet.").arg(span));
        return;
    }
    m_summary->setText(tr("%1. %n agent(s); promotion at %2 % of the task or more, one tier up "
                          "from %3 (§2.4).",
                          nullptr, m_model->rowCount())
                           .arg(span)
                           .arg(m_delegate->threshold())
                           .arg(Dates::format(q.next().first())) +
                       QLatin1Char(' ') +
                       tr("%n proposal(s) open.", nullptr, m_model->openProposals()));
}

void EvaluationView::updateButtons()
{
    const Performance *line = selectedLine();
    const bool open = line && line->status == ProposalStatus::Proposed;
    const bool canWrite = m_context.actor.canWrite();
    m_approveButton->setEnabled(canWrite && open);
    m_declineButton->setEnabled(canWrite && open);
}

bool EvaluationView::evaluate()
{
    if (!m_context.actor.canWrite())
        return false;
    const Quarter q = quarter();
    // Thousands of agents take most of a second: on a worker, with a busy
    // dialog if it runs long.
    const Actor actor = m_context.actor;
    std::optional<Result<QVector<Performance>>> lines;
    const Status started = BackgroundWork::run(
        this, *m_context.database, tr("Evaluating %1: task completion of every agent…").arg(q.key()),
        [&lines, actor, q](Database &db) { lines = QuarterlyEvaluation(db).evaluate(actor, q); });
    if (!started || !*lines) {
        if (m_context.messageBar)
            m_context.messageBar->showError(started ? lines->error() : started.error());
        return false;
    }
    reload();
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(
            tr("%1 evaluated: %n agent(s)", nullptr, int((*lines)->size())).arg(q.key()) +
            tr(", %n promotion(s) waiting for a decision.", nullptr, m_model->openProposals()));
    return true;
}

bool EvaluationView::approveSelected()
{
    return decide(true);
}

bool EvaluationView::declineSelected()
{
    return decide(false);
}

bool EvaluationView::decide(bool approve)
{
    const Performance *line = selectedLine();
    if (!line || !m_context.actor.canWrite())
        return false;
    const Performance p = *line;
    QuarterlyEvaluation evaluation(*m_context.database);
    const Status s = approve ? evaluation.approve(m_context.actor, p.proposalId)
                             : evaluation.decline(m_context.actor, p.proposalId);
    if (!s) {
        if (m_context.messageBar)
            m_context.messageBar->showError(s.error());
        reload();
        return false;
    }
    reload();
    selectAgent(p.agentUscc);
    if (m_context.messageBar) {
        m_context.messageBar->showSuccess(
            approve
                ? tr("%1 moves up to %2 from %3 (§2.4).")
                      .arg(p.agentName, tierDisplayName(p.proposedTier),
                           Dates::format(p.quarter.next().first()))
                : tr("The promotion of %1 to %2 was declined; it stays %3.")
                      .arg(p.agentName, tierDisplayName(p.proposedTier), tierDisplayName(p.tier)));
    }
    return true;
}

} // namespace cd
