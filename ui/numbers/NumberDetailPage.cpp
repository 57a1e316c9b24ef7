#include "NumberDetailPage.h"

#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "numbers/NumberEventsModel.h"
#include "numbers/NumberService.h"
#include "numbers/NumberStyle.h"
#include "numbers/PaymentListModel.h"
#include "pricing/Plan.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kEventsHeader = QStringLiteral("ui/numberDetail/eventsHeader");
const QString kPaymentsHeader = QStringLiteral("ui/numberDetail/paymentsHeader");

enum Tab { OverviewTab, EventsTab, PaymentsTab, DestinationsTab };

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

NumberDetailPage::NumberDetailPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_events(new NumberEventsModel(*context.database, this))
    , m_payments(new PaymentListModel(*context.database, this))
    , m_backButton(new QPushButton(tr("‹ All Numbers"), this))
    , m_numberLabel(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_statusBadge(new StatusBadge(this))
    , m_gradeBadge(new StatusBadge(this))
    , m_banner(new QLabel(this))
    , m_activateButton(new QPushButton(tr("&Activate…"), this))
    , m_paymentButton(new QPushButton(tr("Record &Payment…"), this))
    , m_destinationsButton(new QPushButton(tr("&Destinations…"), this))
    , m_cancelButton(new QPushButton(tr("Ca&ncel Number…"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("numberDetailPage"));
    setStyleSheet(Theme::cardStyleSheet());

    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setFlat(true);
    m_backButton->setToolTip(tr("Back to the list of numbers (Esc)"));
    m_backButton->setCursor(Qt::PointingHandCursor);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &NumberDetailPage::backRequested);
    connect(m_backButton, &QPushButton::clicked, this, &NumberDetailPage::backRequested);

    m_numberLabel->setObjectName(QStringLiteral("numberTitle"));
    m_numberLabel->setFont(Theme::titleFont(font()));
    m_numberLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("numberSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_subtitle);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));
    m_gradeBadge->setObjectName(QStringLiteral("gradeBadge"));
    m_banner->setObjectName(QStringLiteral("stateBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_activateButton->setObjectName(QStringLiteral("detailActivateButton"));
    m_paymentButton->setObjectName(QStringLiteral("detailPaymentButton"));
    m_destinationsButton->setObjectName(QStringLiteral("detailDestinationsButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelNumberButton"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("numberHeader"));
    card->setProperty("card", true);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_numberLabel);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_gradeBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_activateButton);
    titleRow->addWidget(m_paymentButton);
    titleRow->addWidget(m_destinationsButton);
    titleRow->addWidget(m_cancelButton);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 14, 20, 14);
    cardLayout->setSpacing(6);
    cardLayout->addLayout(titleRow);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addWidget(m_banner);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));

    QVBoxLayout *layout = nullptr;
    QWidget *events = tabPage(m_tabs, &layout);
    events->setObjectName(QStringLiteral("eventsTab"));
    m_eventsTable = new QTableView(events);
    m_eventsTable->setObjectName(QStringLiteral("eventsTable"));
    m_eventsTable->setModel(m_events);
    ListTable::setUp(m_eventsTable, {110, 130, 130, 200}, kEventsHeader);
    ListTable::addEmptyState(m_eventsTable,
                             tr("No status changes yet: the number is in the pool."));
    layout->addWidget(m_eventsTable, 1);
    m_tabs->addTab(events, tr("&History"));

    QWidget *payments = tabPage(m_tabs, &layout);
    payments->setObjectName(QStringLiteral("paymentsTab"));
    m_paymentsTable = new QTableView(payments);
    m_paymentsTable->setObjectName(QStringLiteral("paymentsTable"));
    m_paymentsTable->setModel(m_payments);
    ListTable::setUp(m_paymentsTable, {110, 120, 70, 110, 110, 180}, kPaymentsHeader);
    ListTable::addEmptyState(m_paymentsTable, tr("No renewal payments yet."));
    layout->addWidget(m_paymentsTable, 1);
    m_tabs->addTab(payments, tr("&Payments"));

    QWidget *destinations = tabPage(m_tabs, &layout);
    destinations->setObjectName(QStringLiteral("destinationsTab"));
    m_destinationsList = new QListWidget(destinations);
    m_destinationsList->setObjectName(QStringLiteral("destinationsList"));
    auto *destinationsNote =
        new QLabel(tr("Calls to the number ring these phones in order."), destinations);
    Theme::makeMuted(destinationsNote);
    layout->addWidget(destinationsNote);
    layout->addWidget(m_destinationsList, 1);
    m_tabs->addTab(destinations, tr("D&estinations"));

    auto *backRow = new QHBoxLayout;
    backRow->addWidget(m_backButton);
    backRow->addStretch(1);
    auto *main = new QVBoxLayout(this);
    main->setContentsMargins(Theme::PageMargin, Theme::PageMargin - 8, Theme::PageMargin,
                             Theme::PageMargin);
    main->setSpacing(Theme::Spacing);
    main->addLayout(backRow);
    main->addWidget(card);
    main->addWidget(m_tabs, 1);

    setTabOrder(m_backButton, m_activateButton);
    setTabOrder(m_activateButton, m_paymentButton);
    setTabOrder(m_paymentButton, m_destinationsButton);
    setTabOrder(m_destinationsButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_tabs);

    connect(m_activateButton, &QPushButton::clicked, this,
            [this] { emit activateRequested(m_number.number); });
    connect(m_paymentButton, &QPushButton::clicked, this,
            [this] { emit paymentRequested(m_number.number); });
    connect(m_destinationsButton, &QPushButton::clicked, this,
            [this] { emit destinationsRequested(m_number.number); });
    connect(m_cancelButton, &QPushButton::clicked, this,
            [this] { emit cancelRequested(m_number.number); });
}

NumberDetailPage::~NumberDetailPage()
{
    ListTable::saveState(m_eventsTable, kEventsHeader);
    ListTable::saveState(m_paymentsTable, kPaymentsHeader);
}

QWidget *NumberDetailPage::buildOverview()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("overviewTab"));
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("Customer:"), valueLabel(QStringLiteral("valueCustomer"), page));
    form->addRow(tr("Opened by agent:"), valueLabel(QStringLiteral("valueAgent"), page));
    form->addRow(tr("Plan:"), valueLabel(QStringLiteral("valuePlan"), page));
    form->addRow(tr("Carrier:"), valueLabel(QStringLiteral("valueCarrier"), page));
    form->addRow(tr("Activated:"), valueLabel(QStringLiteral("valueActivated"), page));
    form->addRow(tr("Paid through:"), valueLabel(QStringLiteral("valuePaidThrough"), page));
    form->addRow(tr("Suspended:"), valueLabel(QStringLiteral("valueSuspended"), page));
    form->addRow(tr("Reclaimed:"), valueLabel(QStringLiteral("valueReclaimed"), page));
    form->addRow(tr("Cancelled:"), valueLabel(QStringLiteral("valueCancelled"), page));
    form->addRow(tr("Status since:"), valueLabel(QStringLiteral("valueStatusSince"), page));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

bool NumberDetailPage::setNumber(const QString &number)
{
    Result<Number> n = NumberService(*m_context.database).find(number);
    if (!n) {
        if (m_context.messageBar)
            m_context.messageBar->showError(n.error());
        return false;
    }
    const bool other = n->id != m_number.id;
    m_number = *n;
    reload();
    if (other)
        m_tabs->setCurrentIndex(OverviewTab);
    return true;
}

void NumberDetailPage::reload()
{
    if (m_number.id == 0)
        return;
    Database &db = *m_context.database;
    if (Result<Number> fresh = NumberService(db).findById(m_number.id))
        m_number = *fresh;
    MessageBar *bar = m_context.messageBar;
    auto report = [bar](const Status &s) {
        if (!s && bar)
            bar->showError(s.error());
    };
    report(m_events->reload(m_number.id));
    report(m_payments->reload(m_number.number));

    const Number &n = m_number;
    m_numberLabel->setText(NumberStyle::display(n.number));
    m_statusBadge->setBadge(NumberStyle::statusText(n), NumberStyle::tone(n));
    m_gradeBadge->setBadge(gradeDisplayName(n.grade), n.grade == Grade::Normal
                                                          ? StatusBadge::Tone::Neutral
                                                          : StatusBadge::Tone::Information);
    QStringList sub{carrierDisplayName(n.carrier)};
    if (!n.planCode.isEmpty())
        sub << tr("plan %1").arg(n.planCode);
    if (!n.customerName.isEmpty())
        sub << n.customerName;
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));

    const QString explanation = NumberStyle::explanation(n);
    m_banner->setText(explanation);
    m_banner->setVisible(!explanation.isEmpty());
    m_banner->setStyleSheet(NumberStyle::explanationStyleSheet(n));

    auto set = [this](const char *name, const QString &text) {
        if (auto *label = findChild<QLabel *>(QLatin1String(name)))
            label->setText(orDash(text));
    };
    set("valueCustomer",
        n.customerName.isEmpty() ? QString() : tr("%1 (%2)").arg(n.customerName, n.customerUscc));
    set("valueAgent", n.agentUscc);
    set("valuePlan", n.planCode);
    set("valueCarrier", carrierDisplayName(n.carrier));
    set("valueActivated", Dates::format(n.activatedOn));
    set("valuePaidThrough", Dates::format(n.paidThrough));
    set("valueSuspended",
        n.suspendedOn.isValid()
            ? tr("%1 (%2)").arg(Dates::format(n.suspendedOn), n.suspension == QLatin1String("fraud")
                                                                  ? tr("fraud, §3.9")
                                                                  : tr("arrears, §2.10"))
            : QString());
    set("valueReclaimed", Dates::format(n.reclaimedOn));
    set("valueCancelled", Dates::format(n.cancelledOn));
    set("valueStatusSince", Dates::format(n.statusSince));

    m_destinationsList->clear();
    for (const QString &phone : n.destinations)
        m_destinationsList->addItem(phone);
    m_tabs->setTabText(PaymentsTab, tr("&Payments (%1)").arg(m_payments->rowCount()));
    m_tabs->setTabText(DestinationsTab, tr("D&estinations (%1)").arg(n.destinations.size()));
    updateButtons();
}

void NumberDetailPage::updateButtons()
{
    const bool canWrite = m_context.actor.canWrite();
    const NumberStatus s = m_number.status;
    const bool inService = s == NumberStatus::Active || s == NumberStatus::Suspended;
    for (QPushButton *b : {m_activateButton, m_paymentButton, m_destinationsButton, m_cancelButton})
        b->setVisible(canWrite);
    m_activateButton->setVisible(canWrite &&
                                 (s == NumberStatus::Available || s == NumberStatus::Reserved));
    m_paymentButton->setEnabled(inService);
    m_destinationsButton->setEnabled(inService);
    m_cancelButton->setEnabled(inService);
}

} // namespace cd
