#pragma once

#include "dashboard/DashboardQuery.h"
#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QTableView;
class QValueAxis;

namespace cd {

class AgentCompletionModel;
class CompletionBarDelegate;
class PageHeader;
class StatCard;

// The first page after login (issue 6): numbers by status, renewals due per
// week for the next 12 weeks, open reviews by age and each agent's quarterly
// completion as charts and bars, and cards for numbers in service, numbers
// at risk of reclaim in the next 30 days, overdue renewals and open
// violations. Every bar, line and card opens the list behind it through
// PageContext::navigate. Figures come from DashboardQuery as of today and are
// re-read whenever the page is shown.
class DashboardPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit DashboardPage(const PageContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    void refreshFromDatabase() override { refresh(); }
    // The day the figures are as of: today unless set (tests, screenshots).
    void setAsOf(const QDate &date);
    QDate asOf() const;
    const DashboardFigures &figures() const { return m_figures; }

    // What the charts show, for tests: the status chart's bar sets (one per
    // status, in NumberStatus order), the renewal and review series.
    QHorizontalStackedBarSeries *statusSeries() const { return m_statusSeries; }
    QBarSeries *renewalSeries() const { return m_renewalSeries; }
    QBarSeries *reviewSeries() const { return m_reviewSeries; }
    AgentCompletionModel *completionModel() const { return m_completionModel; }
    QTableView *completionTable() const { return m_completionTable; }

    // The click-throughs the charts and cards use.
    void openStatus(NumberStatus status);
    void openRenewalWeek(const QDate &monday);
    void openAtRisk();
    void openOverdue();
    void openReviews(int bucket, bool checks);
    void openAgent(const QString &uscc);
    void openViolations();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildStatusChart();
    QWidget *buildRenewalChart();
    QWidget *buildReviewChart();
    QWidget *buildCompletionTable();
    QChartView *makeChartView(QChart *chart);
    void styleAxis(QValueAxis *axis, qint64 maximum);
    void showFigures();
    void navigate(const QString &area, const QVariantMap &filter);

    PageContext m_context;
    QDate m_asOf; // invalid: today
    DashboardFigures m_figures;

    StatCard *m_activeCard = nullptr;
    StatCard *m_riskCard = nullptr;
    StatCard *m_overdueCard = nullptr;
    StatCard *m_violationsCard = nullptr;

    QLabel *m_statusSubtitle = nullptr;
    QHorizontalStackedBarSeries *m_statusSeries = nullptr;
    QBarCategoryAxis *m_statusCategories = nullptr;
    QValueAxis *m_statusValues = nullptr;

    QLabel *m_renewalSubtitle = nullptr;
    QBarSeries *m_renewalSeries = nullptr;
    QBarSet *m_renewalSet = nullptr;
    QBarCategoryAxis *m_renewalCategories = nullptr;
    QValueAxis *m_renewalValues = nullptr;

    QLabel *m_reviewSubtitle = nullptr;
    QBarSeries *m_reviewSeries = nullptr;
    QBarSet *m_qualificationSet = nullptr;
    QBarSet *m_checksSet = nullptr;
    QBarCategoryAxis *m_reviewCategories = nullptr;
    QValueAxis *m_reviewValues = nullptr;

    QLabel *m_completionTitle = nullptr;
    QLabel *m_completionSubtitle = nullptr;
    AgentCompletionModel *m_completionModel = nullptr;
    CompletionBarDelegate *m_completionDelegate = nullptr;
    QTableView *m_completionTable = nullptr;

    PageHeader *m_header = nullptr;
    bool m_shownOnce = false;
};

} // namespace cd
