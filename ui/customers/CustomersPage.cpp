#include "CustomersPage.h"

#include "agents/ListTable.h"
#include "customers/CustomerDetailPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/customers/header");
constexpr int kSearchDelayMs = 250;
} // namespace

CustomersPage::CustomersPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CustomerListModel(*context.database, this))
    , m_stack(new QStackedWidget(this))
    , m_listView(new QWidget(m_stack))
    , m_detail(new CustomerDetailPage(context, m_stack))
    , m_searchEdit(new QLineEdit(m_listView))
    , m_servedCombo(new QComboBox(m_listView))
    , m_countLabel(new QLabel(m_listView))
    , m_emptyLabel(nullptr)
    , m_table(new QTableView(m_listView))
    , m_newButton(
          new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&New Customer…"), m_listView))
    , m_openButton(new QPushButton(tr("&Open"), m_listView))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_listView->setObjectName(QStringLiteral("customerListView"));
    auto *header = new PageHeader(tr("Customers"),
                                  tr("The enterprises using 400 numbers: who developed them, who "
                                     "serves them, and whether they passed qualification review."),
                                  m_listView);
    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_newButton->setShortcut(QKeySequence::New);
    m_newButton->setVisible(m_context.actor.canWrite());
    header->addAction(m_newButton);

    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Name or credit code"));
    m_servedCombo->setObjectName(QStringLiteral("servedCombo"));
    m_servedCombo->addItem(tr("Served by anyone"), 0);
    m_servedCombo->addItem(tr("Served by their agent"), 1);
    m_servedCombo->addItem(tr("Taken over by the provider"), 2);
    auto *searchLabel = new QLabel(tr("&Search:"), m_listView);
    searchLabel->setBuddy(m_searchEdit);
    auto *servedLabel = new QLabel(tr("Ser&ved:"), m_listView);
    servedLabel->setBuddy(m_servedCombo);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(8);
    filters->addWidget(servedLabel);
    filters->addWidget(m_servedCombo);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_openButton);

    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table, {280, 180, 240, 160, 140}, kHeaderState);
    ListTable::addRowAction(m_table, m_openButton);
    m_emptyLabel = ListTable::addEmptyState(m_table, QString());

    auto *listLayout = new QVBoxLayout(m_listView);
    listLayout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                                   Theme::PageMargin);
    listLayout->setSpacing(Theme::Spacing);
    listLayout->addWidget(header);
    listLayout->addSpacing(4);
    listLayout->addLayout(filters);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_table, 1);

    m_stack->addWidget(m_listView);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_newButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_servedCombo);
    setTabOrder(m_servedCombo, m_openButton);
    setTabOrder(m_openButton, m_table);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, qOverload<>(&CustomersPage::applyFilter));
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, qOverload<>(&CustomersPage::applyFilter));
    connect(m_servedCombo, &QComboBox::currentIndexChanged, this, qOverload<>(&CustomersPage::applyFilter));
    connect(m_newButton, &QPushButton::clicked, this, [this] { newCustomer(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { openCustomer(selectedUscc()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Customer *c = m_model->customer(index.row()))
            openCustomer(c->uscc);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Customer *c = m_model->customer(index.row()))
            openCustomer(c->uscc);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateButtons);
    connect(m_detail, &CustomerDetailPage::backRequested, this, &CustomersPage::showList);

    applyFilter();
}

CustomersPage::~CustomersPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void CustomersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

bool CustomersPage::isShowingDetail() const
{
    return m_stack->currentWidget() == m_detail;
}

void CustomersPage::refresh()
{
    if (isShowingDetail())
        m_detail->reload();
    else
        applyFilter();
}

void CustomersPage::applyFilter()
{
    m_searchTimer->stop();
    const QString keep = selectedUscc();
    CustomerFilter filter;
    filter.text = m_searchEdit->text().trimmed();
    filter.servedBy = m_servedCombo->currentData().toInt();
    if (Status s = m_model->reload(filter); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    const bool filtered = !filter.text.isEmpty() || filter.servedBy != 0;
    m_countLabel->setText(m_model->truncated()
                              ? tr("The first %Ln customer(s) shown; narrow the search to see "
                                   "the rest.",
                                   nullptr, m_model->rowCount())
                              : tr("%Ln customer(s)", nullptr, m_model->rowCount()));
    m_emptyLabel->setText(filtered ? tr("No customer matches the search.")
                          : m_context.actor.canWrite()
                              ? tr("No customers yet. Add one with \"New Customer…\".")
                              : tr("No customers yet."));
    if (!keep.isEmpty())
        selectCustomer(keep);
    updateButtons();
}

QString CustomersPage::selectedUscc() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const Customer *c = m_model->customer(rows.first().row());
    return c ? c->uscc : QString();
}

void CustomersPage::applyFilter(const QVariantMap &filter)
{
    const QString uscc = filter.value(QStringLiteral("customer")).toString();
    if (!uscc.isEmpty())
        openCustomer(uscc);
}

void CustomersPage::selectCustomer(const QString &uscc)
{
    const int row = m_model->rowOf(uscc);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, CustomerListModel::Name));
}

void CustomersPage::updateButtons()
{
    m_openButton->setEnabled(!selectedUscc().isEmpty());
}

bool CustomersPage::openCustomer(const QString &uscc)
{
    if (uscc.isEmpty() || !m_detail->setCustomer(uscc))
        return false;
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
    return true;
}

void CustomersPage::showList()
{
    const QString shown = m_detail->customer().uscc;
    m_stack->setCurrentWidget(m_listView);
    applyFilter();
    selectCustomer(shown);
    m_table->setFocus();
}

CustomerDialog *CustomersPage::newCustomer()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new CustomerDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Customer c = dialog->created();
        applyFilter();
        selectCustomer(c.uscc);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("%1 added; its qualification review is open (§3.9).").arg(c.name));
    });
    dialog->open();
    return dialog;
}

} // namespace cd
