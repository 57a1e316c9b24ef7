#include "SpotCheckPanel.h"

#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "compliance/FollowUpService.h"
#include "compliance/ReviewService.h"
#include "compliance/SpotCheckService.h"
#include "numbers/NumberService.h"
#include "reviews/ReviewListModel.h"
#include "reviews/SpotCheckDrawModel.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kDrawnHeader = QStringLiteral("ui/spotChecks/drawnHeader");
const QString kOpenHeader = QStringLiteral("ui/spotChecks/openHeader");
} // namespace

SpotCheckPanel::SpotCheckPanel(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_drawn(new SpotCheckDrawModel(this))
    , m_open(new ReviewListModel(*context.database, this))
    , m_sizeSpin(new QSpinBox(this))
    , m_seedEdit(new QLineEdit(this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_planButton(new QPushButton(tr("&Plan Spot Checks"), this))
    , m_planSummary(new QLabel(this))
    , m_drawnTable(new QTableView(this))
    , m_openTable(new QTableView(this))
    , m_noteEdit(new QLineEdit(this))
    , m_passButton(new QPushButton(tr("P&assed"), this))
    , m_issueButton(new QPushButton(tr("&Issue Found"), this))
    , m_fraudButton(new QPushButton(tr("&Fraud Found…"), this))
    , m_followUpButton(new QPushButton(tr("Schedule &Follow-ups"), this))
{
    setObjectName(QStringLiteral("spotCheckPanel"));
    m_sizeSpin->setObjectName(QStringLiteral("sizeSpin"));
    m_sizeSpin->setRange(1, 500);
    m_sizeSpin->setValue(10);
    m_seedEdit->setObjectName(QStringLiteral("seedEdit"));
    m_seedEdit->setPlaceholderText(tr("Empty: a random seed"));
    m_seedEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,18}")), m_seedEdit));
    m_seedEdit->setToolTip(tr("The same seed on the same data draws the same customers"));
    m_dateEdit->setObjectName(QStringLiteral("planDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_planSummary->setObjectName(QStringLiteral("planSummary"));
    m_planSummary->setWordWrap(true);
    m_planSummary->setTextFormat(Qt::PlainText);
    m_planSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planSummary->setText(tr("A plan draws active customers at random, weighted by risk: ×3 "
                              "when the agent is supervised, +1 per violation of the agent in "
                              "the last 12 months; customers checked in the last 90 days are "
                              "skipped."));
    Theme::makeMuted(m_planSummary);

    m_drawnTable->setObjectName(QStringLiteral("drawnTable"));
    m_drawnTable->setModel(m_drawn);
    ListTable::setUp(m_drawnTable, {40, 220, 170, 170, 100, 150, 70}, kDrawnHeader);
    m_drawnTable->horizontalHeader()->setStretchLastSection(false);
    m_drawnTable->horizontalHeader()->setSectionResizeMode(SpotCheckDrawModel::Customer,
                                                           QHeaderView::Stretch);
    ListTable::addEmptyState(m_drawnTable, tr("No plan drawn in this session yet."));

    m_openTable->setObjectName(QStringLiteral("openChecksTable"));
    m_openTable->setModel(m_open);
    ListTable::setUp(m_openTable, {200, 170, 160, 120, 95, 70, 95, 100, 0, 0}, kOpenHeader);
    m_openTable->setColumnHidden(ReviewListModel::Reason, true);
    m_openTable->setColumnHidden(ReviewListModel::Decided, true);
    ListTable::addEmptyState(m_openTable, tr("No open spot checks or follow-up reviews."));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What the check found"));
    m_noteEdit->setMaxLength(500);
    m_passButton->setObjectName(QStringLiteral("passButton"));
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_fraudButton->setObjectName(QStringLiteral("fraudButton"));
    ListTable::addRowAction(m_openTable, m_passButton);
    ListTable::addRowAction(m_openTable, m_issueButton);
    ListTable::addRowAction(m_openTable, m_fraudButton);
    m_fraudButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { color: %1; }")
            .arg(StatusBadge::textColor(StatusBadge::Tone::Negative).name()));
    m_followUpButton->setObjectName(QStringLiteral("followUpButton"));
    m_followUpButton->setToolTip(tr("Open the follow-up reviews falling due in the next %1 days "
                                    "(§3.9)")
                                     .arg(FollowUpService::kScheduleWindowDays));

    auto *planner = new QGroupBox(tr("Spot-check planner"), this);
    planner->setObjectName(QStringLiteral("plannerBox"));
    auto *form = new QHBoxLayout;
    auto label = [planner](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, planner);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("Si&ze:"), m_sizeSpin));
    form->addWidget(m_sizeSpin);
    form->addSpacing(12);
    form->addWidget(label(tr("S&eed:"), m_seedEdit));
    form->addWidget(m_seedEdit, 1);
    form->addSpacing(12);
    form->addWidget(label(tr("&Date:"), m_dateEdit));
    form->addWidget(m_dateEdit);
    form->addSpacing(12);
    form->addWidget(m_planButton);
    auto *plannerLayout = new QVBoxLayout(planner);
    plannerLayout->addLayout(form);
    plannerLayout->addWidget(m_planSummary);
    plannerLayout->addWidget(m_drawnTable, 1);

    auto *checks = new QGroupBox(tr("Open checks"), this);
    checks->setObjectName(QStringLiteral("openChecksBox"));
    auto *resultRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("&Note:"), checks);
    noteLabel->setBuddy(m_noteEdit);
    resultRow->addWidget(noteLabel);
    resultRow->addWidget(m_noteEdit, 1);
    resultRow->addWidget(m_passButton);
    resultRow->addWidget(m_issueButton);
    resultRow->addWidget(m_fraudButton);
    auto *checksTop = new QHBoxLayout;
    auto *checksNote =
        new QLabel(tr("Spot checks and follow-up reviews waiting for their result."), checks);
    Theme::makeMuted(checksNote);
    checksTop->addWidget(checksNote, 1);
    checksTop->addWidget(m_followUpButton);
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->addLayout(checksTop);
    checksLayout->addWidget(m_openTable, 1);
    checksLayout->addLayout(resultRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(planner, 1);
    layout->addWidget(checks, 1);

    setTabOrder(m_sizeSpin, m_seedEdit);
    setTabOrder(m_seedEdit, m_dateEdit);
    setTabOrder(m_dateEdit, m_planButton);
    setTabOrder(m_planButton, m_drawnTable);
    setTabOrder(m_drawnTable, m_followUpButton);
    setTabOrder(m_followUpButton, m_openTable);
    setTabOrder(m_openTable, m_noteEdit);
    setTabOrder(m_noteEdit, m_passButton);
    setTabOrder(m_passButton, m_issueButton);
    setTabOrder(m_issueButton, m_fraudButton);

    const bool canWrite = m_context.actor.canWrite();
    for (QWidget *w : std::initializer_list<QWidget *>{m_planButton, m_passButton, m_issueButton,
                                                       m_fraudButton, m_followUpButton})
        w->setVisible(canWrite);
    m_noteEdit->setEnabled(canWrite);

    connect(m_planButton, &QPushButton::clicked, this, [this] { plan(); });
    connect(m_passButton, &QPushButton::clicked, this,
            [this] { recordSelected(QStringLiteral("pass")); });
    connect(m_issueButton, &QPushButton::clicked, this,
            [this] { recordSelected(QStringLiteral("issue")); });
    connect(m_fraudButton, &QPushButton::clicked, this,
            [this] { recordSelected(QStringLiteral("fraud")); });
    connect(m_followUpButton, &QPushButton::clicked, this, [this] { scheduleFollowUps(); });
    connect(m_openTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SpotCheckPanel::updateButtons);
    connect(m_noteEdit, &QLineEdit::textChanged, this, &SpotCheckPanel::updateButtons);

    reload();
}

void SpotCheckPanel::reload()
{
    ReviewFilter filter;
    filter.openOnly = true;
    const qint64 keep = [this] {
        const QModelIndexList rows = m_openTable->selectionModel()->selectedRows();
        const Review *r = rows.isEmpty() ? nullptr : m_open->review(rows.first().row());
        return r ? r->id : qint64(0);
    }();
    if (Status s = m_open->reload(filter, QDate::currentDate(),
                                  {ReviewKind::SpotCheck, ReviewKind::FollowUp});
        !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    if (keep)
        selectCheck(keep);
    updateButtons();
}

bool SpotCheckPanel::selectCheck(qint64 reviewId)
{
    const int row = m_open->rowOf(reviewId);
    if (row < 0)
        return false;
    m_openTable->selectRow(row);
    return true;
}

void SpotCheckPanel::updateButtons()
{
    const QModelIndexList rows = m_openTable->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool canWrite = m_context.actor.canWrite();
    m_passButton->setEnabled(canWrite && selected);
    // An issue or fraud is written down, not just clicked.
    const bool noted = !m_noteEdit->text().trimmed().isEmpty();
    m_issueButton->setEnabled(canWrite && selected && noted);
    m_fraudButton->setEnabled(canWrite && selected && noted);
    m_issueButton->setToolTip(noted ? QString() : tr("Write what was found in the note first"));
    m_fraudButton->setToolTip(m_issueButton->toolTip());
}

bool SpotCheckPanel::plan()
{
    MessageBar *bar = m_context.messageBar;
    const QString seedText = m_seedEdit->text().trimmed();
    bool ok = true;
    const qint64 seed = seedText.isEmpty() ? 0 : seedText.toLongLong(&ok);
    if (!ok || (!seedText.isEmpty() && seed <= 0)) {
        if (bar)
            bar->showError(tr("The seed is a whole number from 1 to 9223372036854775807."));
        return false;
    }
    Result<SpotCheckPlan> plan =
        SpotCheckService(*m_context.database)
            .plan(m_context.actor, m_sizeSpin->value(), m_dateEdit->date(), seed);
    if (!plan) {
        if (bar)
            bar->showError(plan.error());
        return false;
    }
    m_drawn->setPlan(*plan);
    m_planSummary->setText(
        tr("Plan #%1 on %2 drew %Ln of the %3 customer(s) asked, with seed %4. The same seed on "
           "the same data draws the same customers.",
           nullptr, int(plan->drawn.size()))
            .arg(plan->id)
            .arg(Dates::format(plan->plannedOn))
            .arg(plan->size)
            .arg(plan->seed));
    m_seedEdit->setPlaceholderText(tr("Empty: a random seed (last: %1)").arg(plan->seed));
    reload();
    if (bar)
        bar->showSuccess(tr("%Ln spot check(s) opened (§3.9).", nullptr, int(plan->drawn.size())));
    emit changed();
    return true;
}

bool SpotCheckPanel::recordSelected(const QString &outcomeKey)
{
    const QModelIndexList rows = m_openTable->selectionModel()->selectedRows();
    const Review *r = rows.isEmpty() ? nullptr : m_open->review(rows.first().row());
    CheckOutcome outcome = CheckOutcome::Pass;
    if (!r || !checkOutcomeFromKey(outcomeKey, &outcome))
        return false;
    const Review review = *r;
    MessageBar *bar = m_context.messageBar;
    if (outcome == CheckOutcome::Fraud) {
        NumberFilter numbers;
        numbers.customerId = review.customerId;
        const Result<qint64> count = NumberService(*m_context.database).count(numbers);
        const int n = count ? int(*count) : 0;
        if (!Dialogs::confirm(
                this, tr("Fraud Found"),
                tr("Record fraud at %1? At once, all of its numbers in service (%Ln on record) are "
                   "blocked, and a violation case is opened against its agent %2 for a manager to "
                   "classify: negligent puts the agent under supervision, intentional terminates "
                   "its contract (§3.9).",
                   nullptr, n)
                    .arg(review.customerName, review.agentUscc),
                tr("Record Fraud")))
            return false;
    }
    Result<CheckRecord> done = ReviewService(*m_context.database)
                                   .record(m_context.actor, review.id, outcome,
                                           m_noteEdit->text().trimmed(), QDate::currentDate());
    if (!done) {
        if (bar)
            bar->showError(done.error());
        return false;
    }
    m_noteEdit->clear();
    reload();
    if (bar) {
        if (outcome == CheckOutcome::Fraud)
            bar->showWarning(tr("Fraud recorded at %1: %Ln number(s) blocked; violation case #%2 "
                                "opened against %3 (§3.9).",
                                nullptr, done->blockedNumbers)
                                 .arg(review.customerName)
                                 .arg(done->violationId)
                                 .arg(review.agentUscc));
        else
            bar->showSuccess(tr("%1: %2 recorded for %3.")
                                 .arg(reviewKindDisplayName(review.kind),
                                      checkOutcomeDisplayName(outcome).toLower(),
                                      review.customerName));
    }
    emit changed();
    return true;
}

bool SpotCheckPanel::scheduleFollowUps()
{
    Result<QVector<FollowUpDue>> opened =
        FollowUpService(*m_context.database).schedule(m_context.actor, QDate::currentDate());
    MessageBar *bar = m_context.messageBar;
    if (!opened) {
        if (bar)
            bar->showError(opened.error());
        return false;
    }
    reload();
    if (bar)
        bar->showSuccess(
            opened->isEmpty()
                ? tr("No follow-up review falls due in the next %1 days.")
                      .arg(FollowUpService::kScheduleWindowDays)
                : tr("%Ln follow-up review(s) opened (§3.9).", nullptr, int(opened->size())));
    emit changed();
    return true;
}

} // namespace cd
