#include "ReviewQueuePage.h"

#include "agents/ListTable.h"
#include "customers/CustomerService.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewListModel.h"
#include "reviews/SpotCheckPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kQueueHeader = QStringLiteral("ui/reviews/queueHeader");
}

ReviewQueuePage::ReviewQueuePage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_queue(new ReviewListModel(*context.database, this))
    , m_tabs(new QTabWidget(this))
    , m_queueTable(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_panel(new QualificationPanel(context, this))
    , m_checks(new SpotCheckPanel(context, this))
{
    setObjectName(QStringLiteral("reviewQueuePage"));
    auto *header = new PageHeader(tr("Reviews"),
                                  tr("Qualification reviews before activation, spot checks and "
                                     "follow-up reviews of active customers (§3.9)."),
                                  this);

    m_queueTable->setObjectName(QStringLiteral("queueTable"));
    m_queueTable->setModel(m_queue);
    ListTable::setUp(m_queueTable, {170, 0, 0, 0, 90, 70, 0, 100, 0, 0}, kQueueHeader);
    m_queueTable->horizontalHeader()->setStretchLastSection(false);
    m_queueTable->horizontalHeader()->setSectionResizeMode(ReviewListModel::Customer,
                                                           QHeaderView::Stretch);
    for (int c :
         {int(ReviewListModel::Code), int(ReviewListModel::Agent), int(ReviewListModel::Kind),
          int(ReviewListModel::Due), int(ReviewListModel::Reason), int(ReviewListModel::Decided)})
        m_queueTable->setColumnHidden(c, true);
    ListTable::addEmptyState(m_queueTable, tr("No qualification review is waiting."));
    m_countLabel->setObjectName(QStringLiteral("queueCount"));
    Theme::makeMuted(m_countLabel);

    auto *queueSide = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queueSide);
    queueLayout->setContentsMargins(0, 0, 8, 0);
    queueLayout->addWidget(m_countLabel);
    queueLayout->addWidget(m_queueTable, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(queueSide);
    auto *panelSide = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panelSide);
    panelLayout->setContentsMargins(8, 0, 0, 0);
    panelLayout->addWidget(m_panel);
    splitter->addWidget(panelSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 620});

    auto *qualificationTab = new QWidget(this);
    qualificationTab->setObjectName(QStringLiteral("qualificationTab"));
    auto *qLayout = new QVBoxLayout(qualificationTab);
    qLayout->setContentsMargins(12, 12, 12, 12);
    qLayout->addWidget(splitter);
    auto *checksTab = new QWidget(this);
    checksTab->setObjectName(QStringLiteral("checksTab"));
    auto *cLayout = new QVBoxLayout(checksTab);
    cLayout->setContentsMargins(12, 12, 12, 12);
    cLayout->addWidget(m_checks);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(qualificationTab, tr("&Qualification Reviews"));
    m_tabs->addTab(checksTab, tr("Spot Checks && &Follow-ups"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);

    connect(m_queueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewQueuePage::showSelected);
    connect(m_panel, &QualificationPanel::changed, this, [this] {
        // The decided review leaves the queue; the panel keeps showing its outcome.
        const QString shown = m_panel->customer().uscc;
        QSignalBlocker blocker(m_queueTable->selectionModel());
        refresh();
        selectCustomer(shown);
    });
    connect(m_checks, &SpotCheckPanel::changed, this, [this] { m_panel->reload(); });

    refresh();
    if (m_queue->rowCount() > 0)
        m_queueTable->selectRow(0);
}

ReviewQueuePage::~ReviewQueuePage()
{
    ListTable::saveState(m_queueTable, kQueueHeader);
}

void ReviewQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void ReviewQueuePage::refresh()
{
    const QString keep = m_panel->customer().uscc;
    ReviewFilter filter;
    filter.openOnly = true;
    filter.anyKind = false;
    filter.kind = ReviewKind::Qualification;
    if (Status s = m_queue->reload(filter, QDate::currentDate()); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    m_countLabel->setText(tr("%Ln review(s) open, oldest first", nullptr, m_queue->rowCount()));
    if (!keep.isEmpty()) {
        QSignalBlocker blocker(m_queueTable->selectionModel());
        selectCustomer(keep);
    }
    m_panel->reload();
    m_checks->reload();
}

void ReviewQueuePage::applyFilter(const QVariantMap &filter)
{
    refresh();
    if (filter.value(QStringLiteral("kind")).toString() == QLatin1String("checks")) {
        m_tabs->setCurrentIndex(1);
        return;
    }
    m_tabs->setCurrentIndex(0);
    const int minDays = filter.value(QStringLiteral("ageMin"), 0).toInt();
    const QVariant max = filter.value(QStringLiteral("ageMax"));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < m_queue->rowCount(); ++r) {
        const qint64 age = m_queue->review(r)->openedOn.daysTo(today);
        if (age >= minDays && (!max.isValid() || age <= max.toInt())) {
            selectCustomer(m_queue->review(r)->customerUscc);
            m_queueTable->scrollTo(m_queue->index(r, 0), QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

bool ReviewQueuePage::selectCustomer(const QString &uscc)
{
    for (int r = 0; r < m_queue->rowCount(); ++r) {
        if (m_queue->review(r)->customerUscc == uscc) {
            m_queueTable->selectRow(r);
            if (m_panel->customer().uscc != uscc)
                m_panel->setCustomer(uscc);
            return true;
        }
    }
    m_queueTable->clearSelection();
    return false;
}

void ReviewQueuePage::showSelected()
{
    const QModelIndexList rows = m_queueTable->selectionModel()->selectedRows();
    const Review *r = rows.isEmpty() ? nullptr : m_queue->review(rows.first().row());
    if (r)
        m_panel->setCustomer(r->customerUscc);
}

} // namespace cd
