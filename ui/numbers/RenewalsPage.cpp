#include "RenewalsPage.h"

#include "agents/ListTable.h"
#include "common/Dates.h"
#include "numbers/NumberStyle.h"
#include "numbers/PaymentDialog.h"
#include "numbers/RenewalsModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/renewals/header");
}

RenewalsPage::RenewalsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new RenewalsModel(*context.database, this))
    , m_asOfEdit(new QDateEdit(QDate::currentDate(), this))
    , m_summaryLabel(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_emptyLabel(new QLabel(m_tree->viewport()))
    , m_paymentButton(new QPushButton(tr("Record &Payment…"), this))
{
    setObjectName(QStringLiteral("renewalsPage"));
    auto *header = new PageHeader(tr("Renewals"),
                                  tr("Numbers whose paid-through date falls in the next 12 weeks, "
                                     "week by week, with the overdue ones first (§2.10)."),
                                  this);
    m_paymentButton->setObjectName(QStringLiteral("paymentButton"));
    ListTable::addRowAction(m_tree, m_paymentButton);
    m_paymentButton->setVisible(m_context.actor.canWrite());
    header->addAction(m_paymentButton);

    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfEdit);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_summaryLabel);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(asOfLabel);
    row->addWidget(m_asOfEdit);
    row->addSpacing(12);
    row->addWidget(m_summaryLabel, 1);

    m_tree->setObjectName(QStringLiteral("renewalsTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 0; }"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QVector<int> widths{150, 220, 200, 70, 100, 330, 100};
    for (int c = 0; c < widths.size(); ++c)
        m_tree->setColumnWidth(c, widths.at(c));
    m_tree->header()->setSectionResizeMode(RenewalsModel::Customer, QHeaderView::Stretch);
    m_tree->header()->restoreState(QSettings().value(kHeaderState).toByteArray());

    m_emptyLabel->setObjectName(QStringLiteral("renewalsTreeEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    Theme::makeMuted(m_emptyLabel);
    auto *emptyLayout = new QVBoxLayout(m_tree->viewport());
    emptyLayout->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);

    setTabOrder(m_paymentButton, m_asOfEdit);
    setTabOrder(m_asOfEdit, m_tree);

    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_paymentButton, &QPushButton::clicked, this, [this] { recordPayment(); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->isGroup(index))
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
        else if (m_context.actor.canWrite())
            recordPayment(index.data(Qt::UserRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RenewalsPage::updateButtons);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &RenewalsPage::loadMoreIfAtEnd);
    connect(m_model, &RenewalsModel::loadFailed, this, [this](const Error &e) {
        if (m_context.messageBar)
            m_context.messageBar->showError(e);
    });

    refresh();
}

RenewalsPage::~RenewalsPage()
{
    QSettings().setValue(kHeaderState, m_tree->header()->saveState());
}

void RenewalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh();
    else
        m_tree->setFocus();
    m_shownOnce = true;
}

void RenewalsPage::setAsOf(const QDate &date)
{
    if (m_asOfEdit->date() == date)
        refresh();
    else
        m_asOfEdit->setDate(date); // refreshes
}

void RenewalsPage::refresh()
{
    const QString keep = selectedNumber();
    if (Status s = m_model->reload(m_asOfEdit->date()); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    // Every heading open: the first page of each loads as it expands.
    for (int g = 0; g < m_model->groupCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        m_tree->setFirstColumnSpanned(g, QModelIndex(), true);
        m_tree->expand(group);
        if (m_model->canFetchMore(group) && m_model->rowCount(group) == 0)
            m_model->fetchMore(group);
    }
    QStringList parts;
    parts << tr("%Ln number(s) due by %1", nullptr, int(m_model->dueTotal()))
                 .arg(Dates::format(m_model->asOf().addDays(7 * RenewalsModel::kWeeks)));
    if (m_model->overdueTotal() > 0)
        parts << tr("%Ln overdue in grace", nullptr, int(m_model->overdueTotal()));
    if (m_model->arrearsTotal() > 0)
        parts << tr("%Ln suspended for arrears", nullptr, int(m_model->arrearsTotal()));
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
    m_emptyLabel->setText(tr("No number is due for renewal in the next 12 weeks, and none is "
                             "overdue."));
    m_emptyLabel->setVisible(m_model->groupCount() == 0);
    if (!keep.isEmpty())
        selectNumber(keep);
    updateButtons();
}

void RenewalsPage::applyFilter(const QVariantMap &filter)
{
    const QDate asOf = filter.value(QStringLiteral("asOf")).toDate();
    if (asOf.isValid())
        setAsOf(asOf);
    else
        refresh();
    const QDate day = filter.value(QStringLiteral("week")).toDate();
    const QDate monday = day.isValid() ? day.addDays(1 - day.dayOfWeek()) : QDate();
    const bool overdue = filter.value(QStringLiteral("overdue")).toBool();
    for (int g = 0; g < m_model->groupCount(); ++g) {
        const bool week = m_model->groupKind(g) == RenewalsModel::GroupKind::Week;
        if (monday.isValid() ? (week && m_model->groupWeek(g) >= monday) : (overdue && !week)) {
            const QModelIndex heading = m_model->index(g, 0);
            m_tree->setCurrentIndex(heading);
            m_tree->scrollTo(heading, QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

void RenewalsPage::loadMoreIfAtEnd()
{
    // Only a user who scrolled down to the end asks for more (a range still being laid out does
    // not).
    QScrollBar *bar = m_tree->verticalScrollBar();
    if (bar->maximum() <= 0 || bar->value() < bar->maximum() - bar->pageStep() / 4)
        return;
    // The last open heading with more to load is the one at the bottom.
    for (int g = m_model->groupCount() - 1; g >= 0; --g) {
        const QModelIndex group = m_model->index(g, 0);
        if (!m_tree->isExpanded(group))
            continue;
        if (m_model->hasMore(group)) {
            m_model->loadMore(group);
            return;
        }
        if (m_model->rowCount(group) > 0)
            return;
    }
}

QString RenewalsPage::selectedNumber() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_model->isGroup(rows.first()))
        return {};
    return rows.first().data(Qt::UserRole).toString();
}

bool RenewalsPage::selectNumber(const QString &number)
{
    const QModelIndex index = m_model->indexOfNumber(number);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void RenewalsPage::updateButtons()
{
    m_paymentButton->setEnabled(!selectedNumber().isEmpty());
}

PaymentDialog *RenewalsPage::recordPayment(const QString &number)
{
    const QString target = number.isEmpty() ? selectedNumber() : number;
    if (!m_context.actor.canWrite() || target.isEmpty())
        return nullptr;
    auto *dialog = new PaymentDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNumber(target);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Payment p = dialog->recorded();
        refresh();
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(tr("Payment of %1 recorded for %2: paid through %3.")
                                                  .arg(p.amount.display(),
                                                       NumberStyle::display(p.number),
                                                       Dates::format(p.periodTo)));
    });
    dialog->open();
    return dialog;
}

} // namespace cd
