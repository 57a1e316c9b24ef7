#include "PlanPricesView.h"

#include "imports/CsvImport.h"

#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "pricing/PlanDialog.h"
#include "pricing/PlanListModel.h"
#include "pricing/PriceCellDelegate.h"
#include "pricing/PriceChangeDialog.h"
#include "pricing/PriceCutDialog.h"
#include "pricing/PriceHistoryModel.h"
#include "pricing/PriceMatrixModel.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QDateEdit>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

namespace {
const QString kPlansHeader = QStringLiteral("ui/pricing/plansHeader");
const QString kHistoryHeader = QStringLiteral("ui/pricing/historyHeader");

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("card", true);
    frame->setStyleSheet(Theme::cardStyleSheet());
    return frame;
}
} // namespace

PlanPricesView::PlanPricesView(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_planModel(new PlanListModel(*context.database, this))
    , m_matrixModel(new PriceMatrixModel(*context.database, this))
    , m_historyModel(new PriceHistoryModel(*context.database, this))
    , m_newPlanButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&New Plan…"), this))
    , m_importPlansButton(new QPushButton(tr("Import P&lans…"), this))
    , m_importPricesButton(new QPushButton(tr("Import P&rices…"), this))
    , m_changeButton(new QPushButton(tr("&Change Price…"), this))
    , m_cutButton(new QPushButton(tr("&Global Cut…"), this))
    , m_planTable(new QTableView(this))
    , m_matrixHeading(new QLabel(this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_matrixTable(new QTableView(this))
    , m_missingLabel(new QLabel(this))
    , m_historyHeading(new QLabel(this))
    , m_historyTable(new QTableView(this))
{
    setObjectName(QStringLiteral("planPricesView"));

    m_newPlanButton->setObjectName(QStringLiteral("newPlanButton"));
    m_importPlansButton->setObjectName(QStringLiteral("importPlansButton"));
    m_importPricesButton->setObjectName(QStringLiteral("importPricesButton"));
    m_changeButton->setObjectName(QStringLiteral("changePriceButton"));
    m_changeButton->setToolTip(tr("Change the selected price from a date (§2.4)"));
    m_cutButton->setObjectName(QStringLiteral("globalCutButton"));
    m_cutButton->setToolTip(tr("Lower every agent price of one plan or of all plans (§2.4)"));
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_newPlanButton);
    actions->addWidget(m_importPlansButton);
    actions->addWidget(m_importPricesButton);
    actions->addStretch(1);
    actions->addWidget(m_changeButton);
    actions->addWidget(m_cutButton);

    // Left: the plans.
    m_planTable->setObjectName(QStringLiteral("plansTable"));
    m_planTable->setModel(m_planModel);
    ListTable::setUp(m_planTable, {70, 110, 95, 90, 90, 70}, kPlansHeader);
    ListTable::addEmptyState(m_planTable, tr("No plans yet. Add one with \"New Plan…\" or import "
                                             "a file of plans."));

    // Right: the matrix on a date and the history of one cell.
    m_matrixHeading->setObjectName(QStringLiteral("matrixHeading"));
    m_matrixHeading->setFont(Theme::sectionFont(font()));
    m_matrixHeading->setTextFormat(Qt::PlainText);
    m_dateEdit->setObjectName(QStringLiteral("priceDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *dateLabel = new QLabel(tr("In force &on:"), this);
    dateLabel->setBuddy(m_dateEdit);
    auto *matrixTop = new QHBoxLayout;
    matrixTop->addWidget(m_matrixHeading, 1);
    matrixTop->addWidget(dateLabel);
    matrixTop->addWidget(m_dateEdit);

    m_matrixTable->setObjectName(QStringLiteral("matrixTable"));
    m_matrixTable->setModel(m_matrixModel);
    m_matrixTable->setItemDelegate(new PriceCellDelegate(
        PriceMatrixModel::PriceTextRole, PriceMatrixModel::DetailTextRole, m_matrixTable));
    m_matrixTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixTable->setWordWrap(true);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrixTable->horizontalHeader()->setHighlightSections(false);
    m_matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrixTable->verticalHeader()->setMinimumWidth(90);
    m_matrixTable->verticalHeader()->setHighlightSections(false);
    m_matrixTable->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_matrixTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = fontMetrics().height() * 2 + 20;
    m_matrixTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    // Exactly the four tiers: no scrolling, no empty strip.
    m_matrixTable->setFixedHeight(m_matrixTable->horizontalHeader()->sizeHint().height() +
                                  4 * rowHeight + 2 * m_matrixTable->frameWidth());

    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextFormat(Qt::PlainText);
    m_missingLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(StatusBadge::textColor(StatusBadge::Tone::Negative).name()));
    m_missingLabel->hide();

    m_historyHeading->setObjectName(QStringLiteral("historyHeading"));
    m_historyHeading->setFont(Theme::sectionFont(font()));
    m_historyHeading->setTextFormat(Qt::PlainText);
    m_historyTable->setObjectName(QStringLiteral("historyTable"));
    m_historyTable->setModel(m_historyModel);
    ListTable::setUp(m_historyTable, {95, 85, 150, 135, 60, 110}, kHistoryHeader);
    QLabel *historyEmpty =
        ListTable::addEmptyState(m_historyTable, tr("Select a price in the matrix to see its "
                                                    "history."));

    auto *right = card(this);
    right->setObjectName(QStringLiteral("pricesCard"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(16, 14, 16, 14);
    rightLayout->setSpacing(10);
    rightLayout->addLayout(matrixTop);
    rightLayout->addWidget(m_matrixTable);
    rightLayout->addWidget(m_missingLabel);
    rightLayout->addSpacing(6);
    rightLayout->addWidget(m_historyHeading);
    rightLayout->addWidget(m_historyTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("pricesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_planTable);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({540, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::Spacing, 0, 0);
    layout->setSpacing(Theme::Spacing);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    setTabOrder(m_newPlanButton, m_importPlansButton);
    setTabOrder(m_importPlansButton, m_importPricesButton);
    setTabOrder(m_importPricesButton, m_changeButton);
    setTabOrder(m_changeButton, m_cutButton);
    setTabOrder(m_cutButton, m_planTable);
    setTabOrder(m_planTable, m_dateEdit);
    setTabOrder(m_dateEdit, m_matrixTable);
    setTabOrder(m_matrixTable, m_historyTable);

    // Only administrators change plans and prices; core refuses anyone else too.
    const bool admin = m_context.actor.isAdmin();
    for (QPushButton *b :
         {m_newPlanButton, m_importPlansButton, m_importPricesButton, m_changeButton, m_cutButton})
        b->setVisible(admin);

    connect(m_newPlanButton, &QPushButton::clicked, this, [this] { newPlan(); });
    connect(m_importPlansButton, &QPushButton::clicked, this,
            [this] { importCsv(QStringLiteral("plans")); });
    connect(m_importPricesButton, &QPushButton::clicked, this,
            [this] { importCsv(QStringLiteral("prices")); });
    connect(m_changeButton, &QPushButton::clicked, this, [this] { changePrice(); });
    connect(m_cutButton, &QPushButton::clicked, this, [this] { globalCut(); });
    connect(m_planTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanPricesView::planChanged);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &PlanPricesView::loadMatrix);
    connect(m_matrixTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanPricesView::loadHistory);
    connect(m_matrixTable, &QTableView::doubleClicked, this, [this] {
        if (m_context.actor.isAdmin())
            changePrice();
    });
    connect(m_historyModel, &QAbstractItemModel::modelReset, historyEmpty,
            [this, historyEmpty] { historyEmpty->setVisible(!m_historyModel->isLoaded()); });

    refresh();
}

PlanPricesView::~PlanPricesView()
{
    ListTable::saveState(m_planTable, kPlansHeader);
    ListTable::saveState(m_historyTable, kHistoryHeader);
}

void PlanPricesView::refresh()
{
    const QString selected = selectedPlanCode();
    if (Status s = m_planModel->reload(); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    if (!selected.isEmpty() && m_planModel->rowOf(selected) >= 0)
        selectPlan(selected);
    else if (m_planModel->rowCount() > 0)
        selectPlan(m_planModel->plan(0)->code);
    else
        planChanged();
}

const Plan *PlanPricesView::selectedPlan() const
{
    const QModelIndexList rows = m_planTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_planModel->plan(rows.first().row());
}

QString PlanPricesView::selectedPlanCode() const
{
    const Plan *p = selectedPlan();
    return p ? p->code : QString();
}

void PlanPricesView::selectPlan(const QString &code)
{
    const int row = m_planModel->rowOf(code);
    if (row < 0)
        return;
    if (selectedPlanCode() == code) {
        loadMatrix(); // same plan: its prices may have changed
        return;
    }
    m_planTable->selectRow(row);
    m_planTable->setCurrentIndex(m_planModel->index(row, PlanListModel::Code));
}

void PlanPricesView::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

QDate PlanPricesView::date() const
{
    return m_dateEdit->date();
}

void PlanPricesView::selectCell(Tier tier, int level)
{
    const QModelIndex cell =
        m_matrixModel->index(PriceMatrixModel::rowOf(tier), PriceMatrixModel::columnOf(level));
    if (!cell.isValid())
        return;
    m_matrixTable->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect);
}

void PlanPricesView::planChanged()
{
    loadMatrix();
    updateButtons();
}

void PlanPricesView::loadMatrix()
{
    const Plan *plan = selectedPlan();
    const QModelIndex current = m_matrixTable->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const int column = current.isValid() ? current.column() : 0;
    if (Status s = m_matrixModel->load(plan ? plan->id : 0, m_dateEdit->date());
        !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    if (!plan) {
        m_matrixHeading->setText(tr("Agent prices"));
        m_missingLabel->hide();
        m_historyModel->clear();
        m_historyHeading->setText(tr("History"));
        return;
    }
    m_matrixHeading->setText(tr("Agent prices of %1 – %2").arg(plan->code, plan->name));
    const int missing = m_matrixModel->missing();
    m_missingLabel->setText(
        tr("%n price(s) missing on %1: every plan needs an agent price for each tier at both "
           "levels.",
           nullptr, missing)
            .arg(Dates::format(m_dateEdit->date())));
    m_missingLabel->setVisible(missing > 0);
    // Keep the same cell selected across plans and dates.
    m_matrixTable->selectionModel()->setCurrentIndex(m_matrixModel->index(row, column),
                                                     QItemSelectionModel::ClearAndSelect);
    loadHistory();
}

void PlanPricesView::loadHistory()
{
    const Plan *plan = selectedPlan();
    const QModelIndex cell = m_matrixTable->currentIndex();
    if (!plan || !cell.isValid()) {
        m_historyModel->clear();
        m_historyHeading->setText(tr("History"));
        return;
    }
    const Tier tier = PriceMatrixModel::tierOfRow(cell.row());
    const int level = PriceMatrixModel::levelOfColumn(cell.column());
    if (Status s = m_historyModel->load(plan->id, tier, level, m_dateEdit->date());
        !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    m_historyHeading->setText(tr("History of the %1 price").arg(PriceChain::cellName(tier, level)));
}

void PlanPricesView::updateButtons()
{
    const bool admin = m_context.actor.isAdmin();
    m_changeButton->setEnabled(admin && selectedPlan());
    m_cutButton->setEnabled(admin && m_planModel->rowCount() > 0);
}

PlanDialog *PlanPricesView::newPlan()
{
    if (!m_context.actor.isAdmin())
        return nullptr;
    auto *dialog = new PlanDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Plan p = dialog->created();
        refresh();
        selectPlan(p.code);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("Plan %1 added. Give it a price for every tier at both levels.").arg(p.code));
    });
    dialog->open();
    return dialog;
}

PriceChangeDialog *PlanPricesView::changePrice()
{
    const Plan *plan = selectedPlan();
    if (!plan || !m_context.actor.isAdmin())
        return nullptr;
    auto *dialog = new PriceChangeDialog(*m_context.database, m_context.actor, *plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex cell = m_matrixTable->currentIndex();
    if (cell.isValid())
        dialog->setCell(PriceMatrixModel::tierOfRow(cell.row()),
                        PriceMatrixModel::levelOfColumn(cell.column()));
    // A change usually applies from today or later, not from a past date shown.
    dialog->setFrom(std::max(m_dateEdit->date(), QDate::currentDate()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const PriceChange c = dialog->saved();
        refresh();
        selectCell(c.tier, c.level);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(tr("%1 of %2 is %3 from %4.")
                                                  .arg(PriceChain::cellName(c.tier, c.level),
                                                       c.planCode, c.price.display(),
                                                       Dates::format(c.from)));
    });
    dialog->open();
    return dialog;
}

PriceCutDialog *PlanPricesView::globalCut()
{
    if (!m_context.actor.isAdmin())
        return nullptr;
    auto *dialog =
        new PriceCutDialog(*m_context.database, m_context.actor, m_planModel->plans(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CutRequest r = dialog->appliedRequest();
        const int changed = int(dialog->applied().lines.size());
        refresh();
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("%n price(s) cut from %1.", nullptr, changed).arg(Dates::format(r.from)));
    });
    dialog->open();
    return dialog;
}

void PlanPricesView::importCsv(const QString &kind)
{
    if (!m_context.actor.isAdmin())
        return;
    const QString path = Dialogs::openFileName(this, CsvImport::title(kind),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(kind, path);
}

bool PlanPricesView::importFile(const QString &kind, const QString &path)
{
    if (!CsvImport::runAndReport(this, *m_context.database, m_context.actor, m_context.messageBar,
                                 kind, path))
        return false;
    refresh();
    return true;
}

} // namespace cd
