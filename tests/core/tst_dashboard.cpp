// The dashboard's figures (issue 6) on DashboardWorld, each against the value
// worked out by hand in DashboardFixture.h; the completion also against what
// QuarterlyEvaluation stores for the same quarter, and the renewal weeks
// against RenewalQuery, whose rule they reuse.

#include "DashboardFixture.h"

#include "dashboard/DashboardQuery.h"
#include "numbers/NumberService.h"
#include "numbers/RenewalQuery.h"
#include "pricing/QuarterlyEvaluation.h"
#include "settings/Parameters.h"

#include <QtTest>

using namespace cd;

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::DashboardWorld> w;

    DashboardFigures figures()
    {
        Result<DashboardFigures> f = DashboardQuery(*w->db).load(w->asOf);
        if (!f)
            qFatal("%s", qPrintable(f.error().text()));
        return *f;
    }

private slots:
    void init()
    {
        w = std::make_unique<cdtest::DashboardWorld>();
        QVERIFY(w->build());
    }

    void numbersByStatus()
    {
        const DashboardFigures f = figures();
        QCOMPARE(f.numbersByStatus.size(), 6);
        const QVector<QPair<NumberStatus, qint64>> expected{
            {NumberStatus::Available, 3}, {NumberStatus::Reserved, 1}, {NumberStatus::Active, 7},
            {NumberStatus::Suspended, 5}, {NumberStatus::Reclaimed, 1}, {NumberStatus::Cancelled, 2}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(f.numbersByStatus.at(i).status, expected.at(i).first);
            QCOMPARE(f.numbersByStatus.at(i).count, expected.at(i).second);
        }
        QCOMPARE(f.numbersTotal, qint64(19));
        QCOMPARE(f.countOf(NumberStatus::Suspended), qint64(5));
    }

    void renewalsPerWeek()
    {
        const DashboardFigures f = figures();
        // Mondays 05-11 … 08-03: the first week cut to start on asOf, the
        // last to end on asOf + 84 days, as the renewals view heads them.
        QCOMPARE(f.renewalWeeks.size(), 13);
        QCOMPARE(f.renewalWeeks.first().week, QDate(2026, 5, 11));
        QCOMPARE(f.renewalWeeks.first().from, QDate(2026, 5, 13));
        QCOMPARE(f.renewalWeeks.first().to, QDate(2026, 5, 17));
        QCOMPARE(f.renewalWeeks.last().week, QDate(2026, 8, 3));
        QCOMPARE(f.renewalWeeks.last().to, QDate(2026, 8, 5));
        QMap<QDate, qint64> due;
        qint64 sum = 0;
        for (const RenewalWeek &week : f.renewalWeeks) {
            QCOMPARE(week.week.dayOfWeek(), 1);
            if (week.due)
                due.insert(week.week, week.due);
            sum += week.due;
        }
        const QMap<QDate, qint64> expected{{QDate(2026, 5, 11), 2},
                                           {QDate(2026, 5, 18), 1},
                                           {QDate(2026, 6, 29), 1},
                                           {QDate(2026, 8, 3), 1}};
        QCOMPARE(due, expected);
        QCOMPARE(f.overdueRenewals, qint64(1));

        // The same numbers RenewalQuery lists for the whole window.
        RenewalFilter window;
        window.bucket = RenewalBucket::Due;
        window.from = w->asOf;
        window.to = w->asOf.addDays(7 * DashboardQuery::kRenewalWeeks);
        Result<qint64> all = RenewalQuery(*w->db).count(window);
        QVERIFY(all.ok());
        QCOMPARE(sum, *all);
    }

    void numbersAtRiskOfReclaim()
    {
        const DashboardFigures f = figures();
        QCOMPARE(f.atRisk.days, 30);
        QCOMPARE(f.atRisk.until, QDate(2026, 6, 12));
        QCOMPARE(f.atRisk.numbers, qint64(3)); // N13, N14 (on the last day), N17 (overdue)
        QCOMPARE(f.atRisk.firstReclaim, QDate(2026, 5, 2));

        // A day later N15 (reclaim 06-13) comes in range too.
        Result<ReclaimRisk> later = DashboardQuery(*w->db).reclaimRisk(w->asOf.addDays(1));
        QVERIFY(later.ok());
        QCOMPARE(later->numbers, qint64(4));

        // The Numbers list, filtered as the card's link asks, shows the same
        // numbers: arrears suspensions only (a fraud block is never reclaimed).
        for (const QDate &day : {w->asOf, w->asOf.addDays(1)}) {
            Result<NumberFilter> filter = DashboardQuery(*w->db).reclaimRiskFilter(day);
            QVERIFY(filter.ok());
            Result<QVector<Number>> listed = NumberService(*w->db).page(*filter, QString(), 100);
            QVERIFY(listed.ok());
            QCOMPARE(qint64(listed->size()), DashboardQuery(*w->db).reclaimRisk(day)->numbers);
            for (const Number &n : *listed)
                QCOMPARE(n.status, NumberStatus::Suspended);
            // With digits too, the count is of the numbers both select (not of
            // every number holding the digits).
            NumberFilter both = *filter;
            both.digits = listed->first().number.right(4);
            Result<QVector<Number>> narrowed = NumberService(*w->db).page(both, QString(), 100);
            QVERIFY(narrowed.ok());
            QVERIFY(!narrowed->isEmpty());
            QCOMPARE(*NumberService(*w->db).count(both), qint64(narrowed->size()));
            both.digits = QStringLiteral("0");
            QCOMPARE(*NumberService(*w->db).count(both), *NumberService(*w->db).count(*filter));
        }

        // The reclaim period is the business parameter the sweep uses.
        QVERIFY(Parameters(*w->db).set(w->admin, QStringLiteral("reclaim_days"), QStringLiteral("60")).ok());
        Result<ReclaimRisk> shorter = DashboardQuery(*w->db).reclaimRisk(w->asOf);
        QVERIFY(shorter.ok());
        // Reclaims by 06-12 means suspended on or before 04-13: all four arrears cases.
        QCOMPARE(shorter->numbers, qint64(4));
        QCOMPARE(shorter->firstReclaim, QDate(2026, 4, 2));
    }

    void openReviewsByAge()
    {
        const DashboardFigures f = figures();
        QCOMPARE(f.reviewAges.size(), 4);
        const QVector<std::tuple<int, int, qint64, qint64>> expected{
            {0, 2, 2, 0}, {3, 7, 2, 0}, {8, 14, 1, 1}, {15, -1, 1, 1}};
        for (int i = 0; i < expected.size(); ++i) {
            const ReviewAgeBucket &b = f.reviewAges.at(i);
            const auto &[min, max, qualification, checks] = expected.at(i);
            QCOMPARE(b.minDays, min);
            QCOMPARE(b.maxDays, max);
            QCOMPARE(b.qualification, qualification);
            QCOMPARE(b.checks, checks);
        }
        QCOMPARE(f.openReviews(), qint64(8));
    }

    void quarterlyCompletionPerAgent()
    {
        const DashboardFigures f = figures();
        QCOMPARE(f.quarter.key(), QStringLiteral("2026Q2"));
        QCOMPARE(f.promotionThresholdPercent, 120);
        // a3 has no contract and is a prospect; a5 is terminated, its contract ran.
        QCOMPARE(f.completion.size(), 4);
        auto line = [&f](const Agent &agent) {
            for (const AgentCompletion &c : f.completion) {
                if (c.agentUscc == agent.uscc)
                    return c;
            }
            return AgentCompletion();
        };
        // Level, then name: 华北 (a1), 湖南 (a5), 西部 (a4), then level 2 (a2).
        QCOMPARE(f.completion.at(0).agentUscc, w->a1.uscc);
        QCOMPARE(f.completion.at(1).agentUscc, w->a5.uscc);
        QCOMPARE(f.completion.at(2).agentUscc, w->a4.uscc);
        QCOMPARE(f.completion.at(3).agentUscc, w->a2.uscc);
        const AgentCompletion a1 = line(w->a1);
        QCOMPARE(a1.task, 4);
        QCOMPARE(a1.activations, 5); // three of its own, two of its sub-agent a2
        QVERIFY(a1.hasCompletion);
        QCOMPARE(a1.completionPercent, 125);
        const AgentCompletion a4 = line(w->a4);
        QVERIFY(!a4.hasTask);
        QVERIFY(!a4.hasCompletion);
        QCOMPARE(a4.activations, 0);
        const AgentCompletion a2 = line(w->a2);
        QCOMPARE(a2.level, 2);
        QCOMPARE(a2.task, 5);
        QCOMPARE(a2.activations, 2);
        QCOMPARE(a2.completionPercent, 40);
        const AgentCompletion a5 = line(w->a5);
        QCOMPARE(a5.task, 2);
        QVERIFY(a5.hasCompletion);
        QCOMPARE(a5.completionPercent, 0);

        // The figures QuarterlyEvaluation computes and stores for the quarter.
        Result<QVector<Performance>> evaluated =
            QuarterlyEvaluation(*w->db).evaluate(w->manager, f.quarter);
        QVERIFY2(evaluated.ok(), qPrintable(evaluated.error().text()));
        QCOMPARE(evaluated->size(), f.completion.size());
        for (const Performance &p : *evaluated) {
            const auto it = std::find_if(f.completion.cbegin(), f.completion.cend(),
                                         [&p](const AgentCompletion &c) { return c.agentId == p.agentId; });
            QVERIFY(it != f.completion.cend());
            QCOMPARE(it->activations, p.activations);
            QCOMPARE(it->task, p.task);
            QCOMPARE(it->hasCompletion, p.hasCompletion);
            QCOMPARE(it->completionPercent, p.completionPercent);
        }
    }

    void openViolations()
    {
        const DashboardFigures f = figures();
        QCOMPARE(f.violations.open, qint64(4));
        QCOMPARE(f.violations.unclassified, qint64(2));
        QCOMPARE(f.violations.negligent, qint64(1));
        QCOMPARE(f.violations.intentional, qint64(1));
    }

    void emptyDatabase()
    {
        cdtest::Domain empty;
        QVERIFY(empty.open());
        Result<DashboardFigures> f = DashboardQuery(*empty.db).load(QDate(2026, 5, 13));
        QVERIFY(f.ok());
        QCOMPARE(f->numbersTotal, qint64(0));
        QCOMPARE(f->numbersByStatus.size(), 6);
        QCOMPARE(f->renewalWeeks.size(), 13);
        QCOMPARE(f->atRisk.numbers, qint64(0));
        QVERIFY(!f->atRisk.firstReclaim.isValid());
        QCOMPARE(f->openReviews(), qint64(0));
        QVERIFY(f->completion.isEmpty());
        QCOMPARE(f->violations.open, qint64(0));
    }

    // Each statement runs on an index, never a scan of the numbers table.
    void queriesUseTheIndexes()
    {
        auto plan = [this](const QString &sql) {
            SqlQuery q(*w->db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
            if (!q.exec())
                return QString();
            QStringList lines;
            while (q.next())
                lines << q.value(3).toString();
            return lines.join(QLatin1Char('\n'));
        };
        const QString byStatus = plan(QStringLiteral("SELECT status, COUNT(*) FROM numbers GROUP BY status"));
        // Any index led by status answers without reading a table row.
        QVERIFY2(byStatus.contains(QLatin1String("USING COVERING INDEX numbers_")), qPrintable(byStatus));
        const QString risk = plan(QStringLiteral(
            "SELECT COUNT(*), MIN(suspended_on) FROM numbers WHERE status = 'suspended'"
            " AND suspension = 'arrears' AND suspended_on <= '2026-03-14'"));
        QVERIFY2(risk.contains(QLatin1String("INDEX numbers_suspended")), qPrintable(risk));
        const QString reviews = plan(QStringLiteral(
            "SELECT kind, SUM(CASE WHEN opened_on >= '2026-05-11' THEN 1 ELSE 0 END)"
            " FROM reviews WHERE status = 'open' GROUP BY kind"));
        QVERIFY2(reviews.contains(QLatin1String("COVERING INDEX reviews_open")), qPrintable(reviews));
        const QString activations = plan(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM numbers n WHERE n.agent_id = a.id"
            "  AND n.activated_on >= '2026-04-01' AND n.activated_on <= '2026-06-30')"
            " + (SELECT COUNT(*) FROM agents s JOIN numbers n ON n.agent_id = s.id"
            "  WHERE s.parent_id = a.id AND n.activated_on >= '2026-04-01' AND n.activated_on <= '2026-06-30')"
            " FROM agents a"));
        QVERIFY2(activations.contains(QLatin1String("numbers_agent_activated")), qPrintable(activations));
        QVERIFY2(!activations.contains(QLatin1String("SCAN n")), qPrintable(activations));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
