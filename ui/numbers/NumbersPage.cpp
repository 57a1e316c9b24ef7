#include "NumbersPage.h"

#include "dashboard/DashboardQuery.h"

#include "agents/AgentService.h"
#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "customers/CustomerService.h"
#include "numbers/ActivationDialog.h"
#include "numbers/DestinationsDialog.h"
#include "numbers/NumberDetailPage.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumberService.h"
#include "numbers/NumberStyle.h"
#include "numbers/PaymentDialog.h"
#include "numbers/ReserveDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/Format.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/numbers/header");
// The pause after a keystroke before the list is queried again.
constexpr int kFilterDelayMs = 300;

// The code part of "CODE — Name" (what the completer offers) or of a typed code.
QString agentCodeOf(const QString &text)
{
    return text.section(QStringLiteral(" — "), 0, 0).trimmed().toUpper();
}
} // namespace

NumbersPage::NumbersPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new NumberListModel(*context.database, this))
    , m_stack(new QStackedWidget(this))
    , m_listView(new QWidget(m_stack))
    , m_detail(new NumberDetailPage(context, m_stack))
    , m_digitsEdit(new QLineEdit(m_listView))
    , m_statusCombo(new QComboBox(m_listView))
    , m_gradeCombo(new QComboBox(m_listView))
    , m_agentEdit(new QLineEdit(m_listView))
    , m_countLabel(new QLabel(m_listView))
    , m_selectionLabel(new QLabel(m_listView))
    , m_emptyLabel(nullptr)
    , m_table(new QTableView(m_listView))
    , m_activateButton(
          new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&Activate…"), m_listView))
    , m_paymentButton(new QPushButton(tr("Record &Payment…"), m_listView))
    , m_reserveButton(new QPushButton(tr("&Reserve…"), m_listView))
    , m_releaseButton(new QPushButton(tr("Re&lease"), m_listView))
    , m_cancelButton(new QPushButton(tr("Ca&ncel…"), m_listView))
    , m_destinationsButton(new QPushButton(tr("&Destinations…"), m_listView))
    , m_openButton(new QPushButton(tr("&Open"), m_listView))
    , m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("numbersPage"));
    m_listView->setObjectName(QStringLiteral("numberListView"));

    auto *header = new PageHeader(tr("Numbers"),
                                  tr("The 400-number pool and each number's life: reserved, "
                                     "active, suspended, reclaimed or cancelled."),
                                  m_listView);
    m_activateButton->setObjectName(QStringLiteral("activateButton"));
    m_activateButton->setToolTip(tr("Activate a number for an approved customer (§3.9)"));
    header->addAction(m_activateButton);

    m_digitsEdit->setObjectName(QStringLiteral("digitsEdit"));
    m_digitsEdit->setClearButtonEnabled(true);
    m_digitsEdit->setPlaceholderText(tr("Digits, e.g. 8888"));
    m_digitsEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 \\-]{0,14}")), m_digitsEdit));
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (NumberStatus s :
         {NumberStatus::Available, NumberStatus::Reserved, NumberStatus::Active,
          NumberStatus::Suspended, NumberStatus::Reclaimed, NumberStatus::Cancelled})
        m_statusCombo->addItem(numberStatusDisplayName(s), numberStatusKey(s));
    m_gradeCombo->setObjectName(QStringLiteral("gradeCombo"));
    m_gradeCombo->addItem(tr("All grades"), QString());
    for (Grade g : {Grade::Premium, Grade::Special, Grade::Normal})
        m_gradeCombo->addItem(gradeDisplayName(g), gradeKey(g));
    m_agentEdit->setObjectName(QStringLiteral("agentEdit"));
    m_agentEdit->setClearButtonEnabled(true);
    m_agentEdit->setPlaceholderText(tr("Agent credit code"));
    m_agentEdit->setToolTip(tr("Numbers opened by this agent"));

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_listView);
        l->setBuddy(buddy);
        return l;
    };
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(label(tr("D&igits:"), m_digitsEdit));
    filters->addWidget(m_digitsEdit, 1);
    filters->addSpacing(8);
    filters->addWidget(label(tr("S&tatus:"), m_statusCombo));
    filters->addWidget(m_statusCombo);
    filters->addSpacing(8);
    filters->addWidget(label(tr("&Grade:"), m_gradeCombo));
    filters->addWidget(m_gradeCombo);
    filters->addSpacing(8);
    filters->addWidget(label(tr("A&gent:"), m_agentEdit));
    filters->addWidget(m_agentEdit, 1);
    m_riskChip = new QPushButton(m_listView);
    m_riskChip->setObjectName(QStringLiteral("reclaimRiskChip"));
    m_riskChip->setIcon(Icons::glyph(Icons::Glyph::Close));
    m_riskChip->setLayoutDirection(Qt::RightToLeft); // the × after the text
    m_riskChip->setToolTip(tr("Remove this filter"));
    m_riskChip->setAutoDefault(false);
    m_riskChip->hide();
    connect(m_riskChip, &QPushButton::clicked, this, [this] {
        m_arrearsSuspendedBy = QDate();
        m_riskChip->hide();
        applyFilter();
    });
    filters->addWidget(m_riskChip);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    for (QPushButton *b : {m_paymentButton, m_reserveButton, m_releaseButton, m_cancelButton,
                           m_destinationsButton, m_openButton})
        b->setAutoDefault(false);
    m_paymentButton->setObjectName(QStringLiteral("paymentButton"));
    m_reserveButton->setObjectName(QStringLiteral("reserveButton"));
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Cancel the number at the customer's request"));
    m_destinationsButton->setObjectName(QStringLiteral("destinationsButton"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_paymentButton);
    actions->addWidget(m_reserveButton);
    actions->addWidget(m_releaseButton);
    actions->addWidget(m_destinationsButton);
    actions->addWidget(m_cancelButton);
    actions->addSpacing(8);
    actions->addWidget(m_openButton);

    m_table->setObjectName(QStringLiteral("numbersTable"));
    m_table->setModel(m_model);
    // Fixed widths: never resizeColumnsToContents over a paged million rows (STYLE).
    ListTable::setUp(m_table, {112, 130, 75, 105, 190, 150, 60, 90, 90, 90, 90}, kHeaderState);
    ListTable::addRowAction(m_table, m_openButton);
    m_table->setSortingEnabled(false);
    m_emptyLabel = ListTable::addEmptyState(m_table, QString());

    // What the selected number's state means; a fraud block shows in red (§3.9).
    m_selectionLabel->setObjectName(QStringLiteral("selectionInfo"));
    m_selectionLabel->setWordWrap(true);
    m_selectionLabel->setTextFormat(Qt::PlainText);
    m_selectionLabel->hide();

    auto *listLayout = new QVBoxLayout(m_listView);
    listLayout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                                   Theme::PageMargin);
    listLayout->setSpacing(Theme::Spacing);
    listLayout->addWidget(header);
    listLayout->addSpacing(4);
    listLayout->addLayout(filters);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_selectionLabel);

    m_stack->addWidget(m_listView);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_activateButton, m_digitsEdit);
    setTabOrder(m_digitsEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_gradeCombo);
    setTabOrder(m_gradeCombo, m_agentEdit);
    setTabOrder(m_agentEdit, m_paymentButton);
    setTabOrder(m_paymentButton, m_reserveButton);
    setTabOrder(m_reserveButton, m_releaseButton);
    setTabOrder(m_releaseButton, m_destinationsButton);
    setTabOrder(m_destinationsButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_openButton);
    setTabOrder(m_openButton, m_table);

    const bool canWrite = m_context.actor.canWrite();
    for (QPushButton *b : {m_activateButton, m_paymentButton, m_reserveButton, m_releaseButton,
                           m_cancelButton, m_destinationsButton})
        b->setVisible(canWrite);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, qOverload<>(&NumbersPage::applyFilter));
    connect(m_digitsEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_digitsEdit, &QLineEdit::returnPressed, this, qOverload<>(&NumbersPage::applyFilter));
    connect(m_agentEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_agentEdit, &QLineEdit::returnPressed, this, qOverload<>(&NumbersPage::applyFilter));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&NumbersPage::applyFilter));
    connect(m_gradeCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&NumbersPage::applyFilter));
    connect(m_model, &NumberListModel::loadFailed, this, [this](const Error &e) {
        if (m_context.messageBar)
            m_context.messageBar->showError(e);
    });
    connect(m_activateButton, &QPushButton::clicked, this, [this] { activateNumber(); });
    connect(m_paymentButton, &QPushButton::clicked, this, [this] { recordPayment(); });
    connect(m_reserveButton, &QPushButton::clicked, this, [this] { reserveNumber(); });
    connect(m_releaseButton, &QPushButton::clicked, this, [this] { releaseNumber(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancelNumber(); });
    connect(m_destinationsButton, &QPushButton::clicked, this, [this] { editDestinations(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openNumber(selectedNumber()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Number *n = m_model->number(index.row()))
            openNumber(n->number);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Number *n = m_model->number(index.row()))
            openNumber(n->number);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NumbersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NumbersPage::updateButtons);
    connect(m_detail, &NumberDetailPage::backRequested, this, &NumbersPage::showList);
    connect(m_detail, &NumberDetailPage::activateRequested, this,
            [this](const QString &n) { activateNumber(n); });
    connect(m_detail, &NumberDetailPage::paymentRequested, this,
            [this](const QString &n) { recordPayment(n); });
    connect(m_detail, &NumberDetailPage::destinationsRequested, this,
            [this](const QString &n) { editDestinations(n); });
    connect(m_detail, &NumberDetailPage::cancelRequested, this,
            [this](const QString &n) { cancelNumber(n); });

    loadAgentCompletions();
    applyFilter();
    m_shownOnce = false;
}

NumbersPage::~NumbersPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void NumbersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The constructor loaded the first page; later visits pick up changes made elsewhere.
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void NumbersPage::loadAgentCompletions()
{
    Result<QVector<Agent>> agents = AgentService(*m_context.database).list(AgentFilter());
    if (!agents)
        return;
    QStringList items;
    for (const Agent &a : *agents)
        items << QStringLiteral("%1 — %2").arg(a.uscc, a.name);
    auto *completer = new QCompleter(new QStringListModel(items, m_agentEdit), m_agentEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_agentEdit->setCompleter(completer);
}

bool NumbersPage::isShowingDetail() const
{
    return m_stack->currentWidget() == m_detail;
}

void NumbersPage::refresh()
{
    if (isShowingDetail())
        m_detail->reload();
    else
        applyFilter();
}

void NumbersPage::applyFilter()
{
    m_filterTimer->stop();
    const QString keep = selectedNumber();
    NumberFilter filter;
    for (const QChar c : m_digitsEdit->text()) {
        if (c.isDigit())
            filter.digits.append(c);
    }
    filter.status = m_statusCombo->currentData().toString();
    filter.grade = m_gradeCombo->currentData().toString();
    filter.arrearsSuspendedBy = m_arrearsSuspendedBy;
    QString agentProblem;
    const QString code = agentCodeOf(m_agentEdit->text());
    if (!code.isEmpty()) {
        Result<Agent> agent = AgentService(*m_context.database).find(code);
        if (agent) {
            filter.agentId = agent->id;
        } else {
            // An unknown code matches nothing rather than everything.
            filter.agentId = -1;
            agentProblem = tr("No agent has the credit code %1.").arg(code);
        }
    }
    if (Status s = m_model->setFilter(filter); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    const bool filtered = !filter.digits.isEmpty() || !filter.status.isEmpty() ||
                          !filter.grade.isEmpty() || filter.agentId != 0 ||
                          filter.arrearsSuspendedBy.isValid();
    const qint64 total = m_model->totalCount();
    m_countLabel->setText(filtered ? tr("%Ln number(s) match", nullptr, int(total))
                                   : tr("%Ln number(s)", nullptr, int(total)));
    m_emptyLabel->setText(!agentProblem.isEmpty() ? agentProblem
                          : filtered              ? tr("No number matches the filters.")
                                     : tr("The pool is empty. Numbers arrive by CSV import: "
                                          "File › Import › Numbers, or channeldesk-cli import "
                                          "numbers."));
    if (!keep.isEmpty())
        selectNumber(keep);
    updateButtons();
}

void NumbersPage::applyFilter(const QVariantMap &filter)
{
    if (isShowingDetail())
        showList();
    QString status = filter.value(QStringLiteral("status")).toString();
    m_arrearsSuspendedBy = QDate();
    if (filter.value(QStringLiteral("atRisk")).toBool()) {
        // Exactly the numbers the dashboard's card counts.
        const QDate asOf = filter.value(QStringLiteral("asOf")).toDate();
        const QDate today = asOf.isValid() ? asOf : QDate::currentDate();
        DashboardQuery query(*m_context.database);
        if (Result<NumberFilter> risk = query.reclaimRiskFilter(today)) {
            m_arrearsSuspendedBy = risk->arrearsSuspendedBy;
            m_riskChip->setText(tr("Reclaimed by %1 (§2.10)")
                                    .arg(Dates::format(today.addDays(DashboardQuery::kRiskDays))));
        } else if (m_context.messageBar) {
            m_context.messageBar->showError(risk.error());
        }
        status = numberStatusKey(NumberStatus::Suspended);
    }
    m_riskChip->setVisible(m_arrearsSuspendedBy.isValid());
    {
        const QSignalBlocker digits(m_digitsEdit);
        const QSignalBlocker statuses(m_statusCombo);
        const QSignalBlocker grades(m_gradeCombo);
        const QSignalBlocker agent(m_agentEdit);
        m_digitsEdit->setText(filter.value(QStringLiteral("number")).toString());
        m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(status)));
        m_gradeCombo->setCurrentIndex(0);
        m_agentEdit->setText(filter.value(QStringLiteral("agent")).toString());
    }
    applyFilter();
}

QString NumbersPage::selectedNumber() const
{
    const Number *n = selected();
    return n ? n->number : QString();
}

const Number *NumbersPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->number(rows.first().row());
}

void NumbersPage::selectNumber(const QString &number)
{
    const int row = m_model->rowOf(number);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, NumberListModel::Number));
}

void NumbersPage::updateButtons()
{
    const Number *n = selected();
    const NumberStatus s = n ? n->status : NumberStatus::Available;
    const bool inService = n && (s == NumberStatus::Active || s == NumberStatus::Suspended);
    m_paymentButton->setEnabled(inService);
    m_reserveButton->setEnabled(n && s == NumberStatus::Available);
    m_releaseButton->setEnabled(n && s == NumberStatus::Reserved);
    m_cancelButton->setEnabled(inService);
    m_destinationsButton->setEnabled(inService);
    m_openButton->setEnabled(n != nullptr);

    const QString explanation = n ? NumberStyle::explanation(*n) : QString();
    m_selectionLabel->setText(explanation.isEmpty()
                                  ? QString()
                                  : tr("%1: %2").arg(NumberStyle::display(n->number), explanation));
    m_selectionLabel->setVisible(!explanation.isEmpty());
    if (n)
        m_selectionLabel->setStyleSheet(NumberStyle::explanationStyleSheet(*n));
}

bool NumbersPage::openNumber(const QString &number)
{
    if (number.isEmpty() || !m_detail->setNumber(number))
        return false;
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
    return true;
}

void NumbersPage::showList()
{
    const QString shown = m_detail->number().number;
    m_stack->setCurrentWidget(m_listView);
    if (Status s = m_model->refreshNumber(shown); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    selectNumber(shown);
    m_table->setFocus();
}

void NumbersPage::changed(const QString &number, const QString &message)
{
    if (m_model->rowOf(number) >= 0) {
        if (Status s = m_model->refreshNumber(number); !s && m_context.messageBar)
            m_context.messageBar->showError(s.error());
    } else {
        applyFilter();
    }
    if (isShowingDetail())
        m_detail->reload();
    selectNumber(number);
    updateButtons();
    if (m_context.messageBar && !message.isEmpty())
        m_context.messageBar->showSuccess(message);
}

ActivationDialog *NumbersPage::activateNumber(const QString &number)
{
    if (!m_context.actor.canWrite())
        return nullptr;
    QString target = number;
    if (target.isEmpty()) {
        const Number *n = selected();
        if (n && (n->status == NumberStatus::Available || n->status == NumberStatus::Reserved))
            target = n->number;
    }
    auto *dialog = new ActivationDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!target.isEmpty())
        dialog->setNumber(target);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Number n = dialog->activated();
        changed(n.number, tr("%1 activated for %2; paid through %3.")
                              .arg(NumberStyle::display(n.number), n.customerName,
                                   Dates::format(n.paidThrough)));
    });
    dialog->open();
    return dialog;
}

PaymentDialog *NumbersPage::recordPayment(const QString &number)
{
    const QString target = number.isEmpty() ? selectedNumber() : number;
    if (!m_context.actor.canWrite() || target.isEmpty())
        return nullptr;
    auto *dialog = new PaymentDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNumber(target);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Payment p = dialog->recorded();
        changed(p.number, tr("Payment of %1 recorded for %2: paid through %3.")
                              .arg(p.amount.display(), NumberStyle::display(p.number),
                                   Dates::format(p.periodTo)));
    });
    dialog->open();
    return dialog;
}

ReserveDialog *NumbersPage::reserveNumber(const QString &number)
{
    const QString target = number.isEmpty() ? selectedNumber() : number;
    if (!m_context.actor.canWrite() || target.isEmpty())
        return nullptr;
    auto *dialog = new ReserveDialog(*m_context.database, m_context.actor, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        changed(target,
                tr("%1 reserved for %2.").arg(NumberStyle::display(target), dialog->reservedFor()));
        offerUndo([this, target] { releaseNumber(target); });
    });
    dialog->open();
    return dialog;
}

DestinationsDialog *NumbersPage::editDestinations(const QString &number)
{
    const QString target = number.isEmpty() ? selectedNumber() : number;
    if (!m_context.actor.canWrite() || target.isEmpty())
        return nullptr;
    Result<Number> n = NumberService(*m_context.database).find(target);
    if (!n) {
        if (m_context.messageBar)
            m_context.messageBar->showError(n.error());
        return nullptr;
    }
    auto *dialog =
        new DestinationsDialog(*m_context.database, m_context.actor, target, n->destinations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList before = n->destinations;
    connect(dialog, &QDialog::accepted, this, [this, target, before] {
        changed(target, tr("Destinations of %1 saved.").arg(NumberStyle::display(target)));
        offerUndo([this, target, before] {
            if (Status s = NumberService(*m_context.database)
                               .setDestinations(m_context.actor, target, before);
                !s) {
                if (m_context.messageBar)
                    m_context.messageBar->showError(s.error());
                return;
            }
            changed(target, tr("The earlier destinations of %1 are back.")
                                .arg(NumberStyle::display(target)));
        });
    });
    dialog->open();
    return dialog;
}

bool NumbersPage::releaseNumber(const QString &number)
{
    const QString target = number.isEmpty() ? selectedNumber() : number;
    if (!m_context.actor.canWrite() || target.isEmpty())
        return false;
    // Whom it was held for, so that Undo can hold it again.
    QString heldFor;
    if (const Result<Number> held = NumberService(*m_context.database).find(target);
        held && held->reservedFor != 0) {
        if (const Result<Customer> c = CustomerService(*m_context.database).findById(held->reservedFor))
            heldFor = c->uscc;
    }
    if (Status s = NumberService(*m_context.database)
                       .release(m_context.actor, target, QDate::currentDate());
        !s) {
        if (m_context.messageBar)
            m_context.messageBar->showError(s.error());
        return false;
    }
    changed(target, tr("%1 released to the pool.").arg(NumberStyle::display(target)));
    if (!heldFor.isEmpty()) {
        offerUndo([this, target, heldFor] {
            if (Status s = NumberService(*m_context.database)
                               .reserve(m_context.actor, target, heldFor, QDate::currentDate());
                !s) {
                if (m_context.messageBar)
                    m_context.messageBar->showError(s.error());
                return;
            }
            changed(target, tr("%1 is reserved again.").arg(NumberStyle::display(target)));
        });
    }
    return true;
}

void NumbersPage::offerUndo(std::function<void()> undo)
{
    // Undo is a change of its own, made through the service and audited like
    // any other; it is offered only where the inverse is simple and safe.
    if (m_context.messageBar)
        m_context.messageBar->setAction(tr("&Undo"), std::move(undo), QKeySequence::Undo);
}

bool NumbersPage::cancelNumber(const QString &number)
{
    const QString target = number.isEmpty() ? selectedNumber() : number;
    if (!m_context.actor.canWrite() || target.isEmpty())
        return false;
    if (!Dialogs::confirm(this, tr("Cancel Number"),
                          tr("Cancel %1 at the customer's request? The number leaves service "
                             "today; a cancelled number is kept on record but never returns.")
                              .arg(NumberStyle::display(target)),
                          tr("Cancel Number")))
        return false;
    if (Status s = NumberService(*m_context.database)
                       .cancel(m_context.actor, target, QDate::currentDate());
        !s) {
        if (m_context.messageBar)
            m_context.messageBar->showError(s.error());
        return false;
    }
    changed(target, tr("%1 cancelled.").arg(NumberStyle::display(target)));
    return true;
}

} // namespace cd
