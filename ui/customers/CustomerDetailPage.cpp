#include "CustomerDetailPage.h"

#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerService.h"
#include "numbers/ActivationDialog.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumberStyle.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewListModel.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kNumbersHeader = QStringLiteral("ui/customerDetail/numbersHeader");
const QString kReviewsHeader = QStringLiteral("ui/customerDetail/reviewsHeader");

enum Tab { OverviewTab, NumbersTab, QualificationTab, ReviewsTab };

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

StatusBadge::Tone toneOf(Qualification q)
{
    switch (q) {
    case Qualification::Approved:
        return StatusBadge::Tone::Positive;
    case Qualification::Rejected:
        return StatusBadge::Tone::Negative;
    case Qualification::Pending:
    case Qualification::MoreDocuments:
        break;
    }
    return StatusBadge::Tone::Warning;
}
} // namespace

CustomerDetailPage::CustomerDetailPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_numbers(new NumberListModel(*context.database, this))
    , m_reviews(new ReviewListModel(*context.database, this))
    , m_backButton(new QPushButton(tr("‹ All Customers"), this))
    , m_nameLabel(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_qualificationBadge(new StatusBadge(this))
    , m_ownerBadge(new StatusBadge(this))
    , m_editButton(new QPushButton(tr("&Edit Details…"), this))
    , m_activateButton(new QPushButton(tr("&Activate a Number…"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("customerDetailPage"));
    setStyleSheet(Theme::cardStyleSheet());

    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setFlat(true);
    m_backButton->setToolTip(tr("Back to the list of customers (Esc)"));
    m_backButton->setCursor(Qt::PointingHandCursor);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CustomerDetailPage::backRequested);
    connect(m_backButton, &QPushButton::clicked, this, &CustomerDetailPage::backRequested);

    m_nameLabel->setObjectName(QStringLiteral("customerName"));
    m_nameLabel->setFont(Theme::titleFont(font()));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setObjectName(QStringLiteral("customerCode"));
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::makeMuted(m_codeLabel);
    m_qualificationBadge->setObjectName(QStringLiteral("qualificationBadge"));
    m_ownerBadge->setObjectName(QStringLiteral("ownerBadge"));
    m_activateButton->setObjectName(QStringLiteral("activateButton"));
    m_activateButton->setVisible(m_context.actor.canWrite());
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setVisible(m_context.actor.canWrite());

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("customerHeader"));
    card->setProperty("card", true);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_nameLabel);
    titleRow->addWidget(m_qualificationBadge, 0, Qt::AlignVCenter);
    titleRow->addWidget(m_ownerBadge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(m_editButton);
    titleRow->addWidget(m_activateButton);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 14, 20, 14);
    cardLayout->setSpacing(4);
    cardLayout->addLayout(titleRow);
    cardLayout->addWidget(m_codeLabel);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildOverview(), tr("&Overview"));

    QVBoxLayout *layout = nullptr;
    QWidget *numbers = tabPage(m_tabs, &layout);
    numbers->setObjectName(QStringLiteral("numbersTab"));
    m_numberTable = new QTableView(numbers);
    m_numberTable->setObjectName(QStringLiteral("customerNumbersTable"));
    m_numberTable->setModel(m_numbers);
    ListTable::setUp(m_numberTable, {112, 130, 75, 105, 0, 150, 60, 90, 90, 90, 90},
                     kNumbersHeader);
    m_numberTable->setColumnHidden(NumberListModel::Customer, true);
    ListTable::addEmptyState(m_numberTable, tr("No numbers yet."));
    layout->addWidget(m_numberTable, 1);
    m_tabs->addTab(numbers, tr("&Numbers"));

    QWidget *qualification = tabPage(m_tabs, &layout);
    qualification->setObjectName(QStringLiteral("qualificationTab"));
    m_panel = new QualificationPanel(context, qualification);
    m_panel->setTitleVisible(false);
    layout->addWidget(m_panel, 1);
    m_tabs->addTab(qualification, tr("&Qualification"));

    QWidget *reviews = tabPage(m_tabs, &layout);
    reviews->setObjectName(QStringLiteral("reviewsTab"));
    m_reviewTable = new QTableView(reviews);
    m_reviewTable->setObjectName(QStringLiteral("customerReviewsTable"));
    m_reviewTable->setModel(m_reviews);
    ListTable::setUp(m_reviewTable, {0, 0, 0, 150, 95, 70, 95, 130, 220, 160}, kReviewsHeader);
    for (int c :
         {int(ReviewListModel::Customer), int(ReviewListModel::Code), int(ReviewListModel::Agent)})
        m_reviewTable->setColumnHidden(c, true);
    ListTable::addEmptyState(m_reviewTable, tr("No reviews or checks yet."));
    layout->addWidget(m_reviewTable, 1);
    m_tabs->addTab(reviews, tr("&Reviews && Checks"));

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
    setTabOrder(m_backButton, m_editButton);
    setTabOrder(m_editButton, m_activateButton);
    setTabOrder(m_activateButton, m_tabs);

    connect(m_activateButton, &QPushButton::clicked, this, [this] { activateNumber(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editCustomer(); });
    connect(m_numbers, &NumberListModel::loadFailed, this, [this](const Error &e) {
        if (m_context.messageBar)
            m_context.messageBar->showError(e);
    });
    connect(m_panel, &QualificationPanel::changed, this, [this](const QString &uscc) {
        reload();
        emit customerChanged(uscc);
    });
}

CustomerDetailPage::~CustomerDetailPage()
{
    ListTable::saveState(m_numberTable, kNumbersHeader);
    ListTable::saveState(m_reviewTable, kReviewsHeader);
}

QWidget *CustomerDetailPage::buildOverview()
{
    QVBoxLayout *layout = nullptr;
    QWidget *page = tabPage(m_tabs, &layout);
    page->setObjectName(QStringLiteral("overviewTab"));
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("Credit code:"), valueLabel(QStringLiteral("valueCode"), page));
    form->addRow(tr("Legal representative:"), valueLabel(QStringLiteral("valueLegalRep"), page));
    form->addRow(tr("Handler:"), valueLabel(QStringLiteral("valueHandler"), page));
    form->addRow(tr("Contact person:"), valueLabel(QStringLiteral("valueContact"), page));
    form->addRow(tr("Phone:"), valueLabel(QStringLiteral("valuePhone"), page));
    form->addRow(tr("Industry:"), valueLabel(QStringLiteral("valueIndustry"), page));
    form->addRow(tr("Developing agent:"), valueLabel(QStringLiteral("valueAgent"), page));
    form->addRow(tr("Served by:"), valueLabel(QStringLiteral("valueServedBy"), page));
    form->addRow(tr("Qualification:"), valueLabel(QStringLiteral("valueQualification"), page));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

bool CustomerDetailPage::setCustomer(const QString &uscc)
{
    Result<Customer> c = CustomerService(*m_context.database).find(uscc);
    if (!c) {
        if (m_context.messageBar)
            m_context.messageBar->showError(c.error());
        return false;
    }
    const bool other = c->id != m_customer.id;
    m_customer = *c;
    m_panel->setCustomer(m_customer.uscc);
    reload();
    if (other)
        m_tabs->setCurrentIndex(OverviewTab);
    return true;
}

void CustomerDetailPage::reload()
{
    if (m_customer.id == 0)
        return;
    Database &db = *m_context.database;
    if (Result<Customer> fresh = CustomerService(db).findById(m_customer.id))
        m_customer = *fresh;
    MessageBar *bar = m_context.messageBar;
    NumberFilter numbers;
    numbers.customerId = m_customer.id;
    if (Status s = m_numbers->setFilter(numbers); !s && bar)
        bar->showError(s.error());
    ReviewFilter reviews;
    reviews.openOnly = false;
    reviews.customerId = m_customer.id;
    if (Status s = m_reviews->reload(reviews, QDate::currentDate()); !s && bar)
        bar->showError(s.error());
    m_panel->reload();

    const Customer &c = m_customer;
    m_nameLabel->setText(c.name);
    m_codeLabel->setText(tr("%1 · developed by %2 (%3)").arg(c.uscc, c.agentName, c.agentUscc));
    m_qualificationBadge->setBadge(qualificationDisplayName(c.qualification),
                                   toneOf(c.qualification));
    m_ownerBadge->setBadge(
        c.servedByProvider() ? tr("Served by the provider") : tr("Served by the agent"),
        c.servedByProvider() ? StatusBadge::Tone::Warning : StatusBadge::Tone::Neutral);
    auto set = [this](const char *name, const QString &text) {
        if (auto *label = findChild<QLabel *>(QLatin1String(name)))
            label->setText(orDash(text));
    };
    set("valueCode", c.uscc);
    set("valueLegalRep", c.legalRep);
    set("valueHandler",
        c.handlerName.trimmed().isEmpty() ? tr("The legal representative") : c.handlerName);
    set("valueContact", c.contact);
    set("valuePhone", c.phone);
    set("valueIndustry", c.industry);
    set("valueAgent", tr("%1 (%2)").arg(c.agentName, c.agentUscc));
    set("valueServedBy",
        c.servedByProvider()
            ? tr("The provider, since %1 (§2.3, §9.6)").arg(Dates::format(c.takenOverOn))
            : tr("The developing agent"));
    set("valueQualification", qualificationDisplayName(c.qualification));

    m_tabs->setTabText(NumbersTab, tr("&Numbers (%1)").arg(m_numbers->totalCount()));
    m_tabs->setTabText(
        QualificationTab,
        c.qualification == Qualification::Approved
            ? tr("&Qualification")
            : tr("&Qualification (%1)").arg(qualificationDisplayName(c.qualification).toLower()));
    m_tabs->setTabText(ReviewsTab, tr("&Reviews && Checks (%1)").arg(m_reviews->rowCount()));
}

CustomerDialog *CustomerDetailPage::editCustomer()
{
    if (!m_context.actor.canWrite() || m_customer.id == 0)
        return nullptr;
    auto *dialog = new CustomerDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->editCustomer(m_customer);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString uscc = m_customer.uscc;
        const CustomerInput before = dialog->before();
        reload();
        emit customerChanged(uscc);
        MessageBar *bar = m_context.messageBar;
        if (!bar)
            return;
        bar->showSuccess(tr("The details of %1 are saved.").arg(m_customer.name));
        // Undo is a change of its own, through the service and audited.
        bar->setAction(tr("&Undo"), [this, uscc, before] {
            MessageBar *undoBar = m_context.messageBar;
            if (Status s = CustomerService(*m_context.database).update(m_context.actor, uscc, before);
                !s) {
                undoBar->showError(s.error());
                return;
            }
            if (m_customer.uscc == uscc)
                reload();
            emit customerChanged(uscc);
            undoBar->showSuccess(tr("The earlier details of %1 are back.").arg(before.name));
        }, QKeySequence::Undo);
    });
    dialog->open();
    return dialog;
}

ActivationDialog *CustomerDetailPage::activateNumber()
{
    if (!m_context.actor.canWrite() || m_customer.id == 0)
        return nullptr;
    auto *dialog = new ActivationDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCustomer(m_customer.uscc);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Number n = dialog->activated();
        reload();
        m_tabs->setCurrentIndex(NumbersTab);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("%1 activated; paid through %2.")
                    .arg(NumberStyle::display(n.number), Dates::format(n.paidThrough)));
        emit customerChanged(m_customer.uscc);
    });
    dialog->open();
    return dialog;
}

} // namespace cd
