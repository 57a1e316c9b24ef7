#include "AuditLogPage.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "widgets/Format.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/auditLog/header");
const QString kSplitterState = QStringLiteral("ui/auditLog/splitter");
// The date edits show "Any" at their minimum: an open end of the range.
const QDate kOpenDate(2000, 1, 1);

QDateEdit *makeDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kOpenDate);
    edit->setDate(kOpenDate);
    edit->setMinimumWidth(120);
    return edit;
}

int clampedCount(qint64 n)
{
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kOpenDate ? QDate() : edit->date();
}
} // namespace

AuditLogPage::AuditLogPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AuditLogModel(*context.database, this))
    , m_userCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_fromDate(makeDateEdit(QStringLiteral("fromDate"), this))
    , m_toDate(makeDateEdit(QStringLiteral("toDate"), this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditLogPage"));

    auto *header = new PageHeader(tr("Audit log"),
                                  tr("Every change made in this database: who, when, old and new "
                                     "values, and the clause it rests on."),
                                  this);
    auto *refreshButton =
        new QPushButton(Icons::glyph(Icons::Glyph::Refresh), tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(
        tr("Load the newest entries (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    header->addAction(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);

    // Filters.
    m_userCombo->setObjectName(QStringLiteral("userCombo"));
    m_userCombo->setMinimumContentsLength(12);
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Search action, record, values or clause"));
    m_fromDate->setSpecialValueText(tr("Any"));
    m_toDate->setSpecialValueText(tr("Any"));
    m_fromDate->setToolTip(tr("Entries on or after this day (UTC)"));
    m_toDate->setToolTip(tr("Entries on or before this day (UTC)"));
    auto *clearButton = new QPushButton(tr("C&lear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));

    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userCombo);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromDate);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_toDate);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(userLabel);
    filters->addWidget(m_userCombo);
    filters->addSpacing(8);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    filters->addSpacing(8);
    filters->addWidget(fromLabel);
    filters->addWidget(m_fromDate);
    filters->addWidget(toLabel);
    filters->addWidget(m_toDate);
    filters->addSpacing(8);
    filters->addWidget(clearButton);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);

    // The table: newest first, no client-side sorting (the order is the log's).
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Fits a 1280-pixel window without a horizontal scroll bar; Clause stretches.
    const int widths[AuditLogModel::ColumnCount] = {145, 100, 130, 80, 150, 140, 170, 60};
    for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->restoreState(QSettings().value(kHeaderState).toByteArray());

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an entry to see it in full."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    if (!splitter->restoreState(QSettings().value(kSplitterState).toByteArray()))
        splitter->setSizes({440, fontMetrics().lineSpacing() * 10 + 16});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterState, splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_countLabel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_userCombo, m_searchEdit);
    setTabOrder(m_searchEdit, m_fromDate);
    setTabOrder(m_fromDate, m_toDate);
    setTabOrder(m_toDate, clearButton);
    setTabOrder(clearButton, m_table);
    setTabOrder(m_table, m_details);

    // Typing waits for a pause before it queries.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_searchTimer, &QTimer::timeout, this, &AuditLogPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_userCombo, &QComboBox::currentIndexChanged, this, &AuditLogPage::applyFilter);
    connect(m_fromDate, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(m_toDate, &QDateEdit::dateChanged, this, &AuditLogPage::applyFilter);
    connect(clearButton, &QPushButton::clicked, this, &AuditLogPage::clearFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::showDetails);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const Error &error) {
        if (m_context.messageBar)
            m_context.messageBar->showError(error);
    });
}

AuditLogPage::~AuditLogPage()
{
    QSettings().setValue(kHeaderState, m_table->horizontalHeader()->saveState());
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

AuditFilter AuditLogPage::currentFilter() const
{
    AuditFilter filter;
    filter.userName = m_userCombo->currentData().toString();
    filter.text = m_searchEdit->text().trimmed();
    filter.from = dateOf(m_fromDate);
    filter.to = dateOf(m_toDate);
    return filter;
}

void AuditLogPage::refresh()
{
    reloadUserNames();
    m_model->setFilter(currentFilter());
    updateCount();
}

void AuditLogPage::applyFilter()
{
    if (m_updating)
        return;
    m_searchTimer->stop();
    m_model->setFilter(currentFilter());
    updateCount();
}

void AuditLogPage::clearFilters()
{
    m_updating = true;
    m_userCombo->setCurrentIndex(0);
    m_searchEdit->clear();
    m_fromDate->setDate(kOpenDate);
    m_toDate->setDate(kOpenDate);
    m_updating = false;
    applyFilter();
}

void AuditLogPage::reloadUserNames()
{
    Result<QStringList> names = AuditLog::userNames(*m_context.database);
    if (!names) {
        if (m_context.messageBar)
            m_context.messageBar->showError(names.error());
        return;
    }
    m_updating = true;
    const QString selected = m_userCombo->currentData().toString();
    m_userCombo->clear();
    m_userCombo->addItem(tr("All users"), QString());
    for (const QString &name : *names)
        m_userCombo->addItem(name, name);
    const int index = m_userCombo->findData(selected);
    m_userCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_updating = false;
}

void AuditLogPage::updateCount()
{
    const AuditFilter filter = m_model->filter();
    Result<qint64> matching = AuditLog::count(*m_context.database, filter);
    if (!matching) {
        m_countLabel->clear();
        if (m_context.messageBar)
            m_context.messageBar->showError(matching.error());
        return;
    }
    const bool filtered = !filter.userName.isEmpty() || !filter.text.isEmpty() ||
                          filter.from.isValid() || filter.to.isValid();
    if (!filtered) {
        m_countLabel->setText(tr("%Ln entries", nullptr, clampedCount(*matching)));
        return;
    }
    Result<qint64> all = AuditLog::count(*m_context.database, AuditFilter());
    m_countLabel->setText(
        tr("%1 of %Ln entries match the filters", nullptr, all ? clampedCount(*all) : 0)
            .arg(Format::count(*matching)));
}

void AuditLogPage::showDetails()
{
    const AuditEntry *e = m_model->entry(m_table->currentIndex().row());
    if (!e) {
        m_details->clear();
        return;
    }
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:2px 16px 2px 0; color:#5b6573;'>%1</td>"
                              "<td style='padding:2px 0; white-space:pre-wrap;'>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Time"), tr("%1 (UTC %2)").arg(Format::timestamp(e->at, true), e->at));
    html += row(tr("User"), e->userName);
    html += row(tr("Action"), e->action);
    html += row(tr("Record"), e->entity + QStringLiteral(" · ") + e->entityId);
    html += row(tr("Old value"), e->oldValue);
    html += row(tr("New value"), e->newValue);
    html += row(tr("Clause"), e->clause);
    html += row(tr("Entry"), QStringLiteral("#%1").arg(e->id));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace cd
