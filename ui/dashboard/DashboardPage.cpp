#include "DashboardPage.h"

#include "dashboard/ChartKeyboard.h"

#include "widgets/AfterFirstPaint.h"

#include "common/Dates.h"
#include "dashboard/AgentCompletionModel.h"
#include "dashboard/StatCard.h"
#include "numbers/NumberStyle.h"
#include "pricing/CompletionBarDelegate.h"
#include "storage/Database.h"
#include "widgets/Format.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
const QVector<NumberStatus> kStatuses{NumberStatus::Available, NumberStatus::Reserved,
                                      NumberStatus::Active,    NumberStatus::Suspended,
                                      NumberStatus::Reclaimed, NumberStatus::Cancelled};
const QString kChecksKind = QStringLiteral("checks");
constexpr int kChartHeight = 190;

// A status in the colour its badge and table cell have (NumberStyle); a
// cancelled number lighter than the pool so the two greys differ.
QColor statusColor(NumberStatus status)
{
    if (status == NumberStatus::Cancelled)
        return QColor(0x94, 0xa3, 0xb8);
    Number n;
    n.status = status;
    n.suspension = QStringLiteral("arrears");
    return StatusBadge::textColor(NumberStyle::tone(n));
}

QColor checksColor()
{
    return QColor(0x0d, 0x94, 0x88); // teal beside the accent blue
}

// A white card: a section title, a muted line under it, then `body`.
QFrame *chartCard(const QString &objectName, QLabel *title, QLabel *subtitle, QWidget *body,
                  QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setProperty("card", true);
    card->setObjectName(objectName);
    title->setFont(Theme::sectionFont(parent->font()));
    title->setTextFormat(Qt::PlainText);
    subtitle->setTextFormat(Qt::PlainText);
    subtitle->setWordWrap(true);
    Theme::makeMuted(subtitle);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(body, 1);
    return card;
}

QString bucketLabel(const ReviewAgeBucket &b)
{
    if (b.maxDays < 0)
        return DashboardPage::tr("%1+ days").arg(b.minDays);
    return DashboardPage::tr("%1–%2 days").arg(b.minDays).arg(b.maxDays);
}

void setValues(QBarSet *set, const QVector<qreal> &values)
{
    if (set->count() > 0)
        set->remove(0, set->count());
    QList<qreal> list;
    for (qreal v : values)
        list << v;
    set->append(list);
}
} // namespace

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setStyleSheet(
        Theme::cardStyleSheet() +
        QStringLiteral(" QFrame[card=\"true\"][link=\"true\"]:hover,"
                       " QFrame[card=\"true\"][link=\"true\"]:focus { border: 1px solid %1; }")
            .arg(Theme::accent().name()));

    auto *header = new PageHeader(tr("Dashboard"), QString(), content);
    m_header = header;
    auto *refreshButton =
        new QPushButton(Icons::glyph(Icons::Glyph::Refresh), tr("&Refresh"), content);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    header->addAction(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);

    m_activeCard = new StatCard(Icons::Glyph::Numbers, tr("Numbers in service"), content);
    m_activeCard->setObjectName(QStringLiteral("activeCard"));
    m_activeCard->setToolTip(tr("Open the active numbers"));
    m_riskCard = new StatCard(Icons::Glyph::Warning, tr("At risk of reclaim in 30 days"), content);
    m_riskCard->setObjectName(QStringLiteral("atRiskCard"));
    m_riskCard->setToolTip(tr("Open the suspended numbers"));
    m_overdueCard = new StatCard(Icons::Glyph::Payments, tr("Renewals overdue"), content);
    m_overdueCard->setObjectName(QStringLiteral("overdueCard"));
    m_overdueCard->setToolTip(tr("Open the renewals, overdue ones first"));
    m_violationsCard = new StatCard(Icons::Glyph::Violations, tr("Open violations"), content);
    m_violationsCard->setObjectName(QStringLiteral("violationsCard"));
    m_violationsCard->setToolTip(tr("Open the open violation cases"));
    for (StatCard *card : {m_activeCard, m_riskCard, m_overdueCard, m_violationsCard})
        card->setClickable(true);
    connect(m_activeCard, &StatCard::clicked, this, [this] { openStatus(NumberStatus::Active); });
    connect(m_riskCard, &StatCard::clicked, this, &DashboardPage::openAtRisk);
    connect(m_overdueCard, &StatCard::clicked, this, &DashboardPage::openOverdue);
    connect(m_violationsCard, &StatCard::clicked, this, &DashboardPage::openViolations);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(Theme::Spacing + 4);
    for (StatCard *card : {m_activeCard, m_riskCard, m_overdueCard, m_violationsCard})
        cards->addWidget(card);

    auto *grid = new QGridLayout;
    grid->setSpacing(Theme::Spacing + 4);
    grid->addWidget(buildStatusChart(), 0, 0);
    grid->addWidget(buildRenewalChart(), 0, 1);
    grid->addWidget(buildReviewChart(), 1, 0);
    grid->addWidget(buildCompletionTable(), 1, 1);
    // The weeks and the agents need the width more than the statuses and ages.
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(Theme::PageMargin, Theme::PageMargin - 4, Theme::PageMargin,
                               Theme::PageMargin - 8);
    column->setSpacing(Theme::Spacing + 4);
    column->addWidget(header);
    column->addLayout(cards);
    column->addLayout(grid, 1);

    // A small window scrolls rather than squashing the charts.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

DashboardPage::~DashboardPage() = default;

QChartView *DashboardPage::makeChartView(QChart *chart)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 4, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->legend()->setFont(Theme::scaled(font(), 0.9));
    chart->legend()->setLabelColor(Theme::mutedText());
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Theme::cardBackground());
    // Its minimum height is what it asks for; it grows with the window.
    view->setMinimumHeight(kChartHeight);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    return view;
}

void DashboardPage::styleAxis(QValueAxis *axis, qint64 maximum)
{
    // Whole numbers only, at most five steps of 1, 2 or 5 × 10^k.
    qint64 step = 1;
    for (int i = 0; maximum > step * 5; ++i)
        step = (i % 3 == 1) ? step * 5 / 2 : step * 2;
    const qint64 steps = qMax<qint64>(1, (maximum + step - 1) / step);
    axis->setRange(0, qreal(steps * step));
    axis->setTickCount(int(steps) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QWidget *DashboardPage::buildStatusChart()
{
    auto *chart = new QChart;
    m_statusSeries = new QHorizontalStackedBarSeries(chart);
    m_statusSeries->setObjectName(QStringLiteral("statusSeries"));
    m_statusSeries->setBarWidth(0.66);
    // One set per status holding its count in its own row, zero in the
    // others: each row its status's colour.
    for (NumberStatus s : kStatuses) {
        auto *set = new QBarSet(numberStatusDisplayName(s));
        set->setColor(statusColor(s));
        set->setBorderColor(statusColor(s));
        set->append(QList<qreal>(kStatuses.size(), 0));
        m_statusSeries->append(set);
    }
    chart->addSeries(m_statusSeries);
    m_statusCategories = new QBarCategoryAxis(chart);
    m_statusCategories->setLabelsFont(font());
    m_statusCategories->setLabelsColor(palette().color(QPalette::WindowText));
    // Chinese category names were measured too narrow by Qt Charts and shown
    // as "…"; the names are short, so never elide them.
    m_statusCategories->setTruncateLabels(false);
    m_statusCategories->setGridLineVisible(false);
    m_statusCategories->setLineVisible(false);
    m_statusValues = new QValueAxis(chart);
    m_statusValues->setLabelsFont(Theme::scaled(font(), 0.85));
    m_statusValues->setLabelsColor(Theme::mutedText());
    m_statusValues->setGridLineColor(Theme::gridLine());
    m_statusValues->setLineVisible(false);
    chart->addAxis(m_statusCategories, Qt::AlignLeft);
    chart->addAxis(m_statusValues, Qt::AlignBottom);
    m_statusSeries->attachAxis(m_statusCategories);
    m_statusSeries->attachAxis(m_statusValues);
    QChartView *view = makeChartView(chart);
    new ChartKeyboard(view, m_statusSeries); // arrows move between bars, Enter opens one
    view->setObjectName(QStringLiteral("statusChart"));

    connect(m_statusSeries, &QAbstractBarSeries::clicked, this, [this](int, QBarSet *set) {
        const int i = int(m_statusSeries->barSets().indexOf(set));
        if (i >= 0 && i < kStatuses.size())
            openStatus(kStatuses.at(i));
    });
    connect(m_statusSeries, &QAbstractBarSeries::hovered, this,
            [this, view](bool on, int, QBarSet *set) {
                const int i = int(m_statusSeries->barSets().indexOf(set));
                if (!on || i < 0) {
                    view->unsetCursor();
                    QToolTip::hideText();
                    return;
                }
                view->setCursor(Qt::PointingHandCursor);
                const NumberStatus s = kStatuses.at(i);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 — click to list them")
                                       .arg(numberStatusDisplayName(s),
                                            Format::count(m_figures.countOf(s))),
                                   view);
            });

    auto *title = new QLabel(tr("Numbers by status"), this);
    m_statusSubtitle = new QLabel(this);
    m_statusSubtitle->setObjectName(QStringLiteral("statusSubtitle"));
    return chartCard(QStringLiteral("statusCard"), title, m_statusSubtitle, view, this);
}

QWidget *DashboardPage::buildRenewalChart()
{
    auto *chart = new QChart;
    m_renewalSeries = new QBarSeries(chart);
    m_renewalSeries->setObjectName(QStringLiteral("renewalSeries"));
    m_renewalSeries->setBarWidth(0.7);
    m_renewalSet = new QBarSet(tr("Due"));
    m_renewalSet->setColor(Theme::accent());
    m_renewalSet->setBorderColor(Theme::accent());
    m_renewalSet->setLabelColor(Theme::mutedText());
    m_renewalSet->setLabelFont(Theme::scaled(font(), 0.85));
    m_renewalSeries->append(m_renewalSet);
    m_renewalSeries->setLabelsVisible(true);
    m_renewalSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(m_renewalSeries);
    m_renewalCategories = new QBarCategoryAxis(chart);
    m_renewalCategories->setLabelsFont(Theme::scaled(font(), 0.8));
    m_renewalCategories->setLabelsColor(Theme::mutedText());
    m_renewalCategories->setGridLineVisible(false);
    m_renewalValues = new QValueAxis(chart);
    m_renewalValues->setLabelsFont(Theme::scaled(font(), 0.85));
    m_renewalValues->setLabelsColor(Theme::mutedText());
    m_renewalValues->setGridLineColor(Theme::gridLine());
    m_renewalValues->setLineVisible(false);
    chart->addAxis(m_renewalCategories, Qt::AlignBottom);
    chart->addAxis(m_renewalValues, Qt::AlignLeft);
    m_renewalSeries->attachAxis(m_renewalCategories);
    m_renewalSeries->attachAxis(m_renewalValues);
    QChartView *view = makeChartView(chart);
    new ChartKeyboard(view, m_renewalSeries); // arrows move between bars, Enter opens one
    view->setObjectName(QStringLiteral("renewalChart"));

    connect(m_renewalSeries, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_figures.renewalWeeks.size())
            openRenewalWeek(m_figures.renewalWeeks.at(index).week);
    });
    connect(m_renewalSeries, &QAbstractBarSeries::hovered, this,
            [this, view](bool on, int index, QBarSet *) {
                if (!on || index < 0 || index >= m_figures.renewalWeeks.size()) {
                    view->unsetCursor();
                    QToolTip::hideText();
                    return;
                }
                view->setCursor(Qt::PointingHandCursor);
                const RenewalWeek &w = m_figures.renewalWeeks.at(index);
                QToolTip::showText(QCursor::pos(),
                                   tr("Week of %1: %2 due from %3 to %4")
                                       .arg(Dates::format(w.week), Format::count(w.due),
                                            Dates::format(w.from), Dates::format(w.to)),
                                   view);
            });

    auto *title = new QLabel(tr("Renewals due per week"), this);
    m_renewalSubtitle = new QLabel(this);
    m_renewalSubtitle->setObjectName(QStringLiteral("renewalSubtitle"));
    return chartCard(QStringLiteral("renewalCard"), title, m_renewalSubtitle, view, this);
}

QWidget *DashboardPage::buildReviewChart()
{
    auto *chart = new QChart;
    m_reviewSeries = new QBarSeries(chart);
    m_reviewSeries->setObjectName(QStringLiteral("reviewSeries"));
    m_reviewSeries->setBarWidth(0.7);
    m_qualificationSet = new QBarSet(tr("Qualification reviews"));
    m_qualificationSet->setColor(Theme::accent());
    m_qualificationSet->setBorderColor(Theme::accent());
    m_checksSet = new QBarSet(tr("Follow-ups and spot checks"));
    m_checksSet->setColor(checksColor());
    m_checksSet->setBorderColor(checksColor());
    for (QBarSet *set : {m_qualificationSet, m_checksSet}) {
        set->setLabelColor(Theme::mutedText());
        set->setLabelFont(Theme::scaled(font(), 0.85));
        m_reviewSeries->append(set);
    }
    m_reviewSeries->setLabelsVisible(true);
    m_reviewSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(m_reviewSeries);
    m_reviewCategories = new QBarCategoryAxis(chart);
    m_reviewCategories->setLabelsFont(Theme::scaled(font(), 0.9));
    m_reviewCategories->setLabelsColor(palette().color(QPalette::WindowText));
    m_reviewCategories->setGridLineVisible(false);
    m_reviewValues = new QValueAxis(chart);
    m_reviewValues->setLabelsFont(Theme::scaled(font(), 0.85));
    m_reviewValues->setLabelsColor(Theme::mutedText());
    m_reviewValues->setGridLineColor(Theme::gridLine());
    m_reviewValues->setLineVisible(false);
    chart->addAxis(m_reviewCategories, Qt::AlignBottom);
    chart->addAxis(m_reviewValues, Qt::AlignLeft);
    m_reviewSeries->attachAxis(m_reviewCategories);
    m_reviewSeries->attachAxis(m_reviewValues);
    QChartView *view = makeChartView(chart);
    new ChartKeyboard(view, m_reviewSeries); // arrows move between bars, Enter opens one
    view->setObjectName(QStringLiteral("reviewChart"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    connect(m_reviewSeries, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
        openReviews(index, set == m_checksSet);
    });
    connect(m_reviewSeries, &QAbstractBarSeries::hovered, this,
            [this, view](bool on, int index, QBarSet *set) {
                if (!on || index < 0 || index >= m_figures.reviewAges.size()) {
                    view->unsetCursor();
                    QToolTip::hideText();
                    return;
                }
                view->setCursor(Qt::PointingHandCursor);
                const ReviewAgeBucket &b = m_figures.reviewAges.at(index);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3 open")
                                       .arg(set->label(), bucketLabel(b),
                                            Format::count(set == m_checksSet ? b.checks
                                                                             : b.qualification)),
                                   view);
            });

    auto *title = new QLabel(tr("Open reviews by age"), this);
    m_reviewSubtitle = new QLabel(this);
    m_reviewSubtitle->setObjectName(QStringLiteral("reviewSubtitle"));
    return chartCard(QStringLiteral("reviewCard"), title, m_reviewSubtitle, view, this);
}

QWidget *DashboardPage::buildCompletionTable()
{
    m_completionModel = new AgentCompletionModel(this);
    m_completionTable = new QTableView(this);
    m_completionTable->setObjectName(QStringLiteral("completionTable"));
    m_completionTable->setModel(m_completionModel);
    m_completionDelegate = new CompletionBarDelegate(AgentCompletionModel::CompletionRole, this);
    m_completionTable->setItemDelegateForColumn(AgentCompletionModel::Completion,
                                                m_completionDelegate);
    m_completionTable->setFrameShape(QFrame::NoFrame);
    m_completionTable->setShowGrid(false);
    m_completionTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_completionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_completionTable->setFocusPolicy(Qt::NoFocus);
    m_completionTable->setWordWrap(false);
    m_completionTable->setMouseTracking(true);
    m_completionTable->viewport()->setCursor(Qt::PointingHandCursor);
    m_completionTable->verticalHeader()->hide();
    m_completionTable->verticalHeader()->setDefaultSectionSize(
        m_completionTable->fontMetrics().height() + 12);
    m_completionTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_completionTable->horizontalHeader()->setHighlightSections(false);
    m_completionTable->horizontalHeader()->setSectionResizeMode(AgentCompletionModel::Agent,
                                                                QHeaderView::Stretch);
    m_completionTable->setColumnWidth(AgentCompletionModel::Level, 56);
    m_completionTable->setColumnWidth(AgentCompletionModel::Activations, 120);
    m_completionTable->setColumnWidth(AgentCompletionModel::Completion, 190);
    m_completionTable->setMinimumHeight(kChartHeight);
    m_completionTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_completionTable->setToolTip(tr("Click an agent to open it"));
    connect(m_completionTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString uscc = index.data(Qt::UserRole).toString();
        if (!uscc.isEmpty())
            openAgent(uscc);
    });

    m_completionTitle = new QLabel(this);
    m_completionTitle->setObjectName(QStringLiteral("completionTitle"));
    m_completionSubtitle = new QLabel(this);
    m_completionSubtitle->setObjectName(QStringLiteral("completionSubtitle"));
    return chartCard(QStringLiteral("completionCard"), m_completionTitle, m_completionSubtitle,
                     m_completionTable, this);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce) {
        refresh();
        return;
    }
    // The first time, loaded once the page has painted: on a million numbers
    // the figures take a moment, the window's first appearance should not.
    m_shownOnce = true;
    AfterFirstPaint::run(this, [this] { refresh(); });
}

void DashboardPage::setAsOf(const QDate &date)
{
    m_asOf = date;
    refresh();
}

QDate DashboardPage::asOf() const
{
    return m_asOf.isValid() ? m_asOf : QDate::currentDate();
}

void DashboardPage::refresh()
{
    Result<DashboardFigures> figures = DashboardQuery(*m_context.database).load(asOf());
    if (!figures) {
        if (m_context.messageBar)
            m_context.messageBar->showError(figures.error());
        return;
    }
    m_figures = *figures;
    showFigures();
}

void DashboardPage::showFigures()
{
    const DashboardFigures &f = m_figures;

    // Cards.
    m_activeCard->setValue(Format::count(f.countOf(NumberStatus::Active)));
    m_activeCard->setDetail(tr("of %1 numbers in the pool").arg(Format::count(f.numbersTotal)));
    m_riskCard->setValue(Format::count(f.atRisk.numbers));
    m_riskCard->setValueColor(f.atRisk.numbers > 0
                                  ? StatusBadge::textColor(StatusBadge::Tone::Negative)
                                  : QColor());
    m_riskCard->setDetail(f.atRisk.numbers > 0
                              ? tr("Suspended for arrears, unpaid; the first reclaim on %1")
                                    .arg(Dates::format(f.atRisk.firstReclaim))
                              : tr("None reclaimed by %1").arg(Dates::format(f.atRisk.until)));
    m_overdueCard->setValue(Format::count(f.overdueRenewals));
    m_overdueCard->setValueColor(f.overdueRenewals > 0
                                     ? StatusBadge::textColor(StatusBadge::Tone::Warning)
                                     : QColor());
    m_overdueCard->setDetail(tr("Past paid-through, in the grace period"));
    m_violationsCard->setValue(Format::count(f.violations.open));
    m_violationsCard->setDetail(tr("%1 unclassified · %2 negligent · %3 intentional")
                                    .arg(Format::count(f.violations.unclassified),
                                         Format::count(f.violations.negligent),
                                         Format::count(f.violations.intentional)));

    // Numbers by status: the first status on top.
    QStringList rows;
    qint64 maxCount = 0;
    for (int i = int(kStatuses.size()) - 1; i >= 0; --i) {
        const qint64 n = f.countOf(kStatuses.at(i));
        rows << tr("%1  %2").arg(numberStatusDisplayName(kStatuses.at(i)), Format::count(n));
        maxCount = qMax(maxCount, n);
    }
    const QList<QBarSet *> sets = m_statusSeries->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QVector<qreal> values(kStatuses.size(), 0);
        values[int(kStatuses.size()) - 1 - i] = qreal(f.countOf(kStatuses.at(i)));
        setValues(sets.at(i), values);
    }
    m_statusCategories->clear();
    m_statusCategories->append(rows);
    styleAxis(m_statusValues, maxCount);
    m_statusSubtitle->setText(f.numbersTotal > 0
                                  ? tr("%1 numbers in the pool").arg(Format::count(f.numbersTotal))
                                  : tr("The pool is empty: numbers arrive by CSV import."));

    // Renewals per week.
    QStringList weeks;
    QVector<qreal> due;
    qint64 maxDue = 0;
    qint64 totalDue = 0;
    for (const RenewalWeek &w : f.renewalWeeks) {
        // "11/23", "30", "12/7", "14", …: the month on the first bar and where it
        // changes, short enough for 13 bars; categories must differ.
        const QString day = QString::number(w.week.day());
        const bool withMonth = weeks.isEmpty() || w.week.day() <= 7 || weeks.contains(day);
        weeks << (withMonth ? w.week.toString(QStringLiteral("M/d")) : day);
        due << qreal(w.due);
        maxDue = qMax(maxDue, w.due);
        totalDue += w.due;
    }
    setValues(m_renewalSet, due);
    m_renewalCategories->clear();
    m_renewalCategories->append(weeks);
    styleAxis(m_renewalValues, maxDue);
    m_renewalSubtitle->setText(
        tr("%1 due from %2 to %3, by week (Monday shown)")
            .arg(Format::count(totalDue), Dates::format(f.asOf),
                 Dates::format(f.asOf.addDays(7 * DashboardQuery::kRenewalWeeks))));

    // Open reviews by age.
    QStringList buckets;
    QVector<qreal> qualification;
    QVector<qreal> checks;
    qint64 maxReviews = 0;
    for (const ReviewAgeBucket &b : f.reviewAges) {
        buckets << bucketLabel(b);
        qualification << qreal(b.qualification);
        checks << qreal(b.checks);
        maxReviews = qMax(maxReviews, qMax(b.qualification, b.checks));
    }
    setValues(m_qualificationSet, qualification);
    setValues(m_checksSet, checks);
    m_reviewCategories->clear();
    m_reviewCategories->append(buckets);
    styleAxis(m_reviewValues, maxReviews);
    m_reviewSubtitle->setText(tr("%1 open, age in days since opened").arg(Format::count(f.openReviews())));

    // Quarterly completion.
    m_completionModel->setLines(f.completion);
    m_completionDelegate->setThreshold(f.promotionThresholdPercent);
    int withTask = 0;
    int promoted = 0;
    int behind = 0;
    for (const AgentCompletion &c : f.completion) {
        if (!c.hasCompletion)
            continue;
        ++withTask;
        promoted += c.reachesPromotion(f.promotionThresholdPercent) ? 1 : 0;
        behind += c.completionPercent < 50 ? 1 : 0;
    }
    m_completionTitle->setText(tr("Quarterly completion, %1").arg(f.quarter.key()));
    m_completionSubtitle->setText(
        withTask > 0 ? tr("%1 of %2 agents with a task at or above %3 % (promotion) · %4 below half")
                           .arg(Format::count(promoted), Format::count(withTask))
                           .arg(f.promotionThresholdPercent)
                           .arg(Format::count(behind))
                     : tr("No agent has a task this quarter."));

    // The signed-in user and the file are in the window's status bar.
    m_header->setSubtitle(tr("Figures as of %1, read at %2. Click a bar, a line or a card to "
                             "open its list.")
                              .arg(Dates::format(f.asOf),
                                   QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))));
}

void DashboardPage::navigate(const QString &area, const QVariantMap &filter)
{
    if (m_context.navigate)
        m_context.navigate(area, filter);
}

void DashboardPage::openStatus(NumberStatus status)
{
    navigate(QStringLiteral("numbers"), {{QStringLiteral("status"), numberStatusKey(status)}});
}

void DashboardPage::openRenewalWeek(const QDate &monday)
{
    navigate(QStringLiteral("payments"), {{QStringLiteral("week"), monday}});
}

void DashboardPage::openAtRisk()
{
    // The day the card counted from, so that the list shows the same numbers.
    navigate(QStringLiteral("numbers"),
             {{QStringLiteral("atRisk"), true}, {QStringLiteral("asOf"), asOf()}});
}

void DashboardPage::openOverdue()
{
    navigate(QStringLiteral("payments"), {{QStringLiteral("overdue"), true}});
}

void DashboardPage::openReviews(int bucket, bool checks)
{
    if (bucket < 0 || bucket >= m_figures.reviewAges.size())
        return;
    const ReviewAgeBucket &b = m_figures.reviewAges.at(bucket);
    QVariantMap filter{{QStringLiteral("ageMin"), b.minDays},
                       {QStringLiteral("kind"), checks ? kChecksKind : QStringLiteral("qualification")}};
    if (b.maxDays >= 0)
        filter.insert(QStringLiteral("ageMax"), b.maxDays);
    navigate(QStringLiteral("reviews"), filter);
}

void DashboardPage::openAgent(const QString &uscc)
{
    navigate(QStringLiteral("agents"), {{QStringLiteral("agent"), uscc}});
}

void DashboardPage::openViolations()
{
    navigate(QStringLiteral("violations"), {{QStringLiteral("status"), QStringLiteral("open")}});
}

} // namespace cd
