#include "NoticesPage.h"

#include "agents/AgentCombo.h"
#include "agents/AgentService.h"
#include "agents/ListTable.h"
#include "notices/NoticeListModel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/notices/header");
} // namespace

NoticesPage::NoticesPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new NoticeListModel(*context.database, this))
    , m_kindCombo(new QComboBox(this))
    , m_agentCombo(new AgentCombo(this))
    , m_datesCheck(new QCheckBox(tr("&Dated from"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_countLabel(new QLabel(this))
    , m_emptyLabel(nullptr)
    , m_table(new QTableView(this))
    , m_openButton(new QPushButton(tr("Open &Number"), this))
{
    setObjectName(QStringLiteral("noticesPage"));

    auto *header = new PageHeader(tr("Notices"),
                                  tr("What the provider owes agents: renewal reminders, "
                                     "suspensions, reclaim warnings and reclaims from the daily "
                                     "sweep (§2.10), and maintenance notices (§2.8)."),
                                  this);

    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const QString &kind : NoticeQuery::kinds())
        m_kindCombo->addItem(NoticeQuery::kindDisplayName(kind), kind);
    m_agentCombo->setObjectName(QStringLiteral("agentCombo"));
    m_agentCombo->setMinimumContentsLength(22);
    m_datesCheck->setObjectName(QStringLiteral("datesCheck"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_fromEdit->setDate(QDate::currentDate().addDays(-30));
    m_toEdit->setDate(QDate::currentDate());

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(label(tr("&Kind:"), m_kindCombo));
    filters->addWidget(m_kindCombo);
    filters->addSpacing(8);
    filters->addWidget(label(tr("A&gent:"), m_agentCombo));
    filters->addWidget(m_agentCombo, 1);
    filters->addSpacing(8);
    filters->addWidget(m_datesCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(label(tr("&to"), m_toEdit));
    filters->addWidget(m_toEdit);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    m_openButton->setObjectName(QStringLiteral("openNumberButton"));
    m_openButton->setAutoDefault(false);
    m_openButton->setToolTip(tr("Open the notice's number in the Numbers area"));
    m_openButton->setVisible(bool(m_context.navigate));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_openButton);

    m_table->setObjectName(QStringLiteral("noticesTable"));
    m_table->setModel(m_model);
    // Fixed widths: never resizeColumnsToContents over paged rows (STYLE).
    ListTable::setUp(m_table, {95, 150, 120, 360, 300}, kHeaderState);
    ListTable::addRowAction(m_table, m_openButton);
    m_table->setSortingEnabled(false);
    m_emptyLabel = ListTable::addEmptyState(m_table, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    setTabOrder(m_kindCombo, m_agentCombo);
    setTabOrder(m_agentCombo, m_datesCheck);
    setTabOrder(m_datesCheck, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_openButton);
    setTabOrder(m_openButton, m_table);

    reloadAgents();

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &NoticesPage::applyFilter);
    connect(m_agentCombo, &QComboBox::currentIndexChanged, this, &NoticesPage::applyFilter);
    connect(m_datesCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &NoticesPage::applyFilter);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &NoticesPage::applyFilter);
    connect(m_model, &NoticeListModel::loadFailed, this, [this](const Error &e) {
        if (m_context.messageBar)
            m_context.messageBar->showError(e);
    });
    // Activation is a double-click (or Enter) in most styles; doubleClicked
    // as well would open the number twice.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openNumberOf(index.row()); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openNumberOf(rows.first().row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NoticesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoticesPage::updateButtons);

    applyFilter();
}

NoticesPage::~NoticesPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void NoticesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The constructor loaded the list; later visits pick up a sweep run since.
    if (m_shownOnce)
        refreshFromDatabase();
    m_shownOnce = true;
}

void NoticesPage::refreshFromDatabase()
{
    reloadAgents();
    applyFilter();
}

void NoticesPage::reloadAgents()
{
    // The agents with a notice may be terminated since (§9.6): offer every agent.
    const QString keep = m_agentCombo->currentUscc();
    m_loading = true;
    if (Status s = m_agentCombo->reload(*m_context.database); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    m_agentCombo->insertItem(0, tr("All agents"), QString());
    if (keep.isEmpty() || !m_agentCombo->setCurrentUscc(keep))
        m_agentCombo->setCurrentIndex(0);
    m_loading = false;
}

void NoticesPage::setKind(const QString &kind)
{
    const int index = m_kindCombo->findData(kind);
    m_kindCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void NoticesPage::setAgent(const QString &uscc)
{
    if (uscc.isEmpty() || !m_agentCombo->setCurrentUscc(uscc))
        m_agentCombo->setCurrentIndex(0);
}

void NoticesPage::setDateRange(const QDate &from, const QDate &to)
{
    const bool on = from.isValid() && to.isValid();
    m_loading = true;
    if (on) {
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    m_loading = false;
    if (m_datesCheck->isChecked() == on)
        applyFilter();
    else
        m_datesCheck->setChecked(on);
}

void NoticesPage::applyFilter()
{
    if (m_loading)
        return;
    NoticeFilter filter;
    filter.kind = m_kindCombo->currentData().toString();
    const QString uscc = m_agentCombo->currentUscc();
    if (!uscc.isEmpty()) {
        Result<Agent> agent = AgentService(*m_context.database).find(uscc);
        filter.agentId = agent ? agent->id : -1; // a vanished agent matches nothing
    }
    if (m_datesCheck->isChecked()) {
        filter.from = qMin(m_fromEdit->date(), m_toEdit->date());
        filter.to = qMax(m_fromEdit->date(), m_toEdit->date());
    }
    if (Status s = m_model->setFilter(filter); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    const bool filtered = !filter.kind.isEmpty() || filter.agentId != 0 || filter.from.isValid();
    const int total = int(m_model->totalCount());
    m_countLabel->setText(filtered ? tr("%Ln notice(s) match", nullptr, total)
                                   : tr("%Ln notice(s)", nullptr, total));
    m_emptyLabel->setText(filtered ? tr("No notice matches the filters.")
                                   : tr("No notices yet. The daily sweep writes renewal, "
                                        "suspension and reclaim notices; recording planned "
                                        "maintenance writes maintenance notices."));
    updateButtons();
}

void NoticesPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const NoticeRow *n = rows.isEmpty() ? nullptr : m_model->notice(rows.first().row());
    m_openButton->setEnabled(n && !n->number.isEmpty() && m_context.navigate);
}

bool NoticesPage::openNumberOf(int row)
{
    const NoticeRow *n = m_model->notice(row);
    if (!n || n->number.isEmpty() || !m_context.navigate)
        return false;
    m_context.navigate(QStringLiteral("numbers"), {{QStringLiteral("number"), n->number}});
    return true;
}

} // namespace cd
