// The dashboard (issue 6): its charts, cards and completion table show the
// figures DashboardQuery computes on DashboardWorld; every bar, card and
// line links to the filtered list, checked with a navigate stub and through
// MainWindow to the target page. With CHANNELDESK_SCREENSHOT_DIR set, a
// screenshot of the main window at 1440×900 on demo data is saved there.

#include "../core/DashboardFixture.h"
#include "GuiTestSupport.h"

#include "agents/AgentsPage.h"
#include "compliance/ViolationsPage.h"
#include "dashboard/AgentCompletionModel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/StatCard.h"
#include "demo/DemoGenerator.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumbersPage.h"
#include "numbers/RenewalsModel.h"
#include "numbers/RenewalsPage.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewQueuePage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace cd;

class TestDashboardPage : public QObject
{
    Q_OBJECT

    struct Link {
        QString area;
        QVariantMap filter;
    };

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::DashboardWorld> w;
    QVector<Link> m_links;
    MessageBar *m_bar = nullptr;

    std::unique_ptr<DashboardPage> makePage()
    {
        PageContext context{w->db.get(), w->manager, m_bar, {}};
        context.navigate = [this](const QString &area, const QVariantMap &filter) {
            m_links.append({area, filter});
        };
        auto page = std::make_unique<DashboardPage>(context);
        page->setAsOf(w->asOf);
        return page;
    }

    static QVector<qreal> values(const QBarSet *set)
    {
        QVector<qreal> out;
        for (int i = 0; i < set->count(); ++i)
            out << set->at(i);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        cdtest::isolateSettings(m_settingsDir.path());
        Localization::install(QStringLiteral("en"));
    }

    void init()
    {
        m_links.clear();
        m_bar = new MessageBar;
        w = std::make_unique<cdtest::DashboardWorld>();
        QVERIFY(w->build());
    }

    void cleanup()
    {
        delete m_bar;
        m_bar = nullptr;
        w.reset();
    }

    void chartsShowTheFigures()
    {
        auto page = makePage();
        Result<DashboardFigures> f = DashboardQuery(*w->db).load(w->asOf);
        QVERIFY(f.ok());

        // Numbers by status: one set per status, its count in its own row
        // (the first status on top, so in the last category), zero elsewhere.
        const QList<QBarSet *> sets = page->statusSeries()->barSets();
        QCOMPARE(sets.size(), 6);
        const QVector<qint64> expected{3, 1, 7, 5, 1, 2};
        for (int i = 0; i < sets.size(); ++i) {
            QCOMPARE(sets.at(i)->count(), 6);
            QCOMPARE(sets.at(i)->at(5 - i), qreal(expected.at(i)));
            QCOMPARE(sets.at(i)->sum(), qreal(f->numbersByStatus.at(i).count));
        }
        QCOMPARE(sets.at(3)->label(), numberStatusDisplayName(NumberStatus::Suspended));

        // Renewals: 13 weeks from Monday 05-11, as the core counts them.
        QCOMPARE(page->renewalSeries()->barSets().size(), 1);
        const QVector<qreal> due = values(page->renewalSeries()->barSets().first());
        QCOMPARE(due.size(), f->renewalWeeks.size());
        for (int i = 0; i < due.size(); ++i)
            QCOMPARE(due.at(i), qreal(f->renewalWeeks.at(i).due));
        QCOMPARE(due.mid(0, 2), (QVector<qreal>{2, 1}));
        QCOMPARE(due.at(7), qreal(1)); // week of 06-29
        QCOMPARE(due.at(12), qreal(1)); // week of 08-03

        // Open reviews by age: qualification and checks per bucket.
        const QList<QBarSet *> reviews = page->reviewSeries()->barSets();
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(values(reviews.at(0)), (QVector<qreal>{2, 2, 1, 1}));
        QCOMPARE(values(reviews.at(1)), (QVector<qreal>{0, 0, 1, 1}));

        // Quarterly completion, best first, agents without a task last.
        AgentCompletionModel *completion = page->completionModel();
        QCOMPARE(completion->rowCount(), 4);
        QCOMPARE(completion->line(0)->agentUscc, w->a1.uscc);
        QCOMPARE(completion->index(0, AgentCompletionModel::Completion)
                     .data(AgentCompletionModel::CompletionRole)
                     .toInt(),
                 125);
        QCOMPARE(completion->line(1)->agentUscc, w->a2.uscc);
        QCOMPARE(completion->line(2)->agentUscc, w->a5.uscc);
        QCOMPARE(completion->index(2, AgentCompletionModel::Completion).data().toString(),
                 QStringLiteral("0 %"));
        QCOMPARE(completion->line(3)->agentUscc, w->a4.uscc);
        QVERIFY(!completion->index(3, AgentCompletionModel::Completion)
                     .data(AgentCompletionModel::CompletionRole)
                     .isValid());
        QCOMPARE(completion->index(3, AgentCompletionModel::Completion).data().toString(),
                 QStringLiteral("no task"));

        // Cards.
        QCOMPARE(page->findChild<StatCard *>(QStringLiteral("activeCard"))->value(), QStringLiteral("7"));
        QCOMPARE(page->findChild<StatCard *>(QStringLiteral("atRiskCard"))->value(), QStringLiteral("3"));
        QCOMPARE(page->findChild<StatCard *>(QStringLiteral("overdueCard"))->value(), QStringLiteral("1"));
        QCOMPARE(page->findChild<StatCard *>(QStringLiteral("violationsCard"))->value(),
                 QStringLiteral("4"));
        QCOMPARE(page->findChild<StatCard *>(QStringLiteral("violationsCard"))->detail(),
                 QStringLiteral("2 unclassified · 1 negligent · 1 intentional"));
    }

    void refreshesWhenShown()
    {
        auto page = makePage();
        QCOMPARE(page->figures().countOf(NumberStatus::Available), qint64(3));
        SqlQuery q(*w->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES ('4008009999', 'telecom', 'normal', '2026-01-01T00:00:00Z')"));
        QVERIFY(q.exec().ok());
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        // Loaded once the page has painted.
        QTRY_COMPARE(page->figures().countOf(NumberStatus::Available), qint64(4));
        QCOMPARE(page->statusSeries()->barSets().at(0)->at(5), qreal(4));
    }

    void everyElementLinksToItsList()
    {
        auto page = makePage();
        page->resize(1200, 860);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setAsOf(w->asOf); // shown: re-read, still as of the fixture's day

        // A status bar: the numbers in that status.
        QBarSet *suspended = page->statusSeries()->barSets().at(3);
        emit page->statusSeries()->clicked(2, suspended);
        QCOMPARE(m_links.size(), 1);
        QCOMPARE(m_links.last().area, QStringLiteral("numbers"));
        QCOMPARE(m_links.last().filter,
                 (QVariantMap{{QStringLiteral("status"), QStringLiteral("suspended")}}));

        // A renewal week: the renewals at that week.
        emit page->renewalSeries()->clicked(1, page->renewalSeries()->barSets().first());
        QCOMPARE(m_links.last().area, QStringLiteral("payments"));
        QCOMPARE(m_links.last().filter.value(QStringLiteral("week")).toDate(), QDate(2026, 5, 18));

        // A review age bucket: the reviews of that age and kind.
        emit page->reviewSeries()->clicked(2, page->reviewSeries()->barSets().at(1));
        QCOMPARE(m_links.last().area, QStringLiteral("reviews"));
        QCOMPARE(m_links.last().filter,
                 (QVariantMap{{QStringLiteral("ageMin"), 8},
                              {QStringLiteral("ageMax"), 14},
                              {QStringLiteral("kind"), QStringLiteral("checks")}}));
        emit page->reviewSeries()->clicked(3, page->reviewSeries()->barSets().at(0));
        QCOMPARE(m_links.last().filter,
                 (QVariantMap{{QStringLiteral("ageMin"), 15},
                              {QStringLiteral("kind"), QStringLiteral("qualification")}}));

        // The cards, clicked as a user does.
        QTest::mouseClick(page->findChild<StatCard *>(QStringLiteral("atRiskCard")), Qt::LeftButton);
        QCOMPARE(m_links.last().area, QStringLiteral("numbers"));
        QCOMPARE(m_links.last().filter, (QVariantMap{{QStringLiteral("atRisk"), true},
                                                     {QStringLiteral("asOf"), w->asOf}}));
        QTest::mouseClick(page->findChild<StatCard *>(QStringLiteral("violationsCard")),
                          Qt::LeftButton);
        QCOMPARE(m_links.last().area, QStringLiteral("violations"));
        QCOMPARE(m_links.last().filter,
                 (QVariantMap{{QStringLiteral("status"), QStringLiteral("open")}}));
        auto *overdue = page->findChild<StatCard *>(QStringLiteral("overdueCard"));
        overdue->setFocus();
        QTest::keyClick(overdue, Qt::Key_Space);
        QCOMPARE(m_links.last().area, QStringLiteral("payments"));
        QCOMPARE(m_links.last().filter, (QVariantMap{{QStringLiteral("overdue"), true}}));

        // An agent's line: the agent.
        QTableView *table = page->completionTable();
        const QRect row = table->visualRect(page->completionModel()->index(1, 0));
        QVERIFY(row.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(m_links.last().area, QStringLiteral("agents"));
        QCOMPARE(m_links.last().filter,
                 (QVariantMap{{QStringLiteral("agent"), w->a2.uscc}}));
        QCOMPARE(m_links.size(), 8);
    }

    // The same links through the main window land on the filtered pages.
    // The bars are reachable without a mouse: focus selects the first bar
    // with a value, the arrows move, Enter opens the bar as a click does.
    void barsWorkFromTheKeyboard()
    {
        auto page = makePage();
        page->resize(1200, 860);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        page->setAsOf(w->asOf);
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));

        QBarSet *due = page->renewalSeries()->barSets().first();
        QList<int> withValue;
        for (int i = 0; i < due->count(); ++i) {
            if (due->at(i) > 0)
                withValue << i;
        }
        QVERIFY(withValue.size() >= 2);
        auto *chart = page->findChild<QChartView *>(QStringLiteral("renewalChart"));
        QVERIFY(chart);
        QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
        chart->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(due->isBarSelected(withValue.at(0)));
        QTest::keyClick(chart, Qt::Key_Right);
        QVERIFY(!due->isBarSelected(withValue.at(0)));
        QVERIFY(due->isBarSelected(withValue.at(1)));
        QVERIFY(!chart->accessibleDescription().isEmpty());
        const int before = int(m_links.size());
        QTest::keyClick(chart, Qt::Key_Return);
        QCOMPARE(int(m_links.size()), before + 1);
        QCOMPARE(m_links.last().area, QStringLiteral("payments"));
        // Bar i is the week starting on the Monday i weeks after asOf's.
        const QDate monday = w->asOf.addDays(1 - w->asOf.dayOfWeek());
        QCOMPARE(m_links.last().filter.value(QStringLiteral("week")).toDate(),
                 monday.addDays(7 * withValue.at(1)));
        // Leaving the chart clears the highlight.
        page->findChild<StatCard *>(QStringLiteral("atRiskCard"))->setFocus();
        QVERIFY(due->selectedBars().isEmpty());
    }

    void mainWindowOpensTheFilteredPages()
    {
        MainWindow window(*w->db, w->manager);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dashboard = qobject_cast<DashboardPage *>(window.page(Area::Dashboard));
        QVERIFY(dashboard);

        // Clicking the "suspended" bar.
        emit dashboard->statusSeries()->clicked(2, dashboard->statusSeries()->barSets().at(3));
        QCOMPARE(window.currentArea(), Area::Numbers);
        auto *numbers = qobject_cast<NumbersPage *>(window.page(Area::Numbers));
        QVERIFY(numbers);
        QCOMPARE(numbers->model()->filter().status, QStringLiteral("suspended"));
        QCOMPARE(numbers->model()->totalCount(), qint64(5));
        // Another link replaces the whole filter.
        window.navigate(QStringLiteral("numbers"), {{QStringLiteral("agent"), w->a2.uscc}});
        QCOMPARE(numbers->model()->filter().status, QString());
        QCOMPARE(numbers->model()->filter().agentId, w->a2.id);
        QCOMPARE(numbers->model()->totalCount(), qint64(5)); // N08 N09 N10 N15 N19
        // At risk of reclaim: exactly the numbers the card counts (N13, N14,
        // N17), named by the chip, which takes the filter off again.
        window.navigate(QStringLiteral("numbers"),
                        {{QStringLiteral("atRisk"), true}, {QStringLiteral("asOf"), w->asOf}});
        QCOMPARE(numbers->model()->filter().status, QStringLiteral("suspended"));
        QCOMPARE(numbers->model()->totalCount(), qint64(3));
        auto *chip = numbers->findChild<QPushButton *>(QStringLiteral("reclaimRiskChip"));
        QVERIFY(chip && chip->isVisible());
        QVERIFY2(chip->text().contains(QStringLiteral("2026-06-12")), qPrintable(chip->text()));
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(!chip->isVisible());
        QVERIFY(!numbers->model()->filter().arrearsSuspendedBy.isValid());
        QCOMPARE(numbers->model()->totalCount(), qint64(5)); // every suspended number again

        // A renewal week, on the fixture's day.
        window.navigate(QStringLiteral("payments"), {{QStringLiteral("asOf"), w->asOf},
                                                     {QStringLiteral("week"), QDate(2026, 5, 20)}});
        QCOMPARE(window.currentArea(), Area::Payments);
        auto *renewals = qobject_cast<RenewalsPage *>(window.page(Area::Payments));
        QVERIFY(renewals);
        QModelIndex current = renewals->tree()->currentIndex();
        QVERIFY(renewals->model()->isGroup(current));
        QCOMPARE(renewals->model()->groupWeek(current.row()), QDate(2026, 5, 18));
        // A week without numbers due: the next one with some.
        window.navigate(QStringLiteral("payments"), {{QStringLiteral("asOf"), w->asOf},
                                                     {QStringLiteral("week"), QDate(2026, 6, 1)}});
        current = renewals->tree()->currentIndex();
        QCOMPARE(renewals->model()->groupWeek(current.row()), QDate(2026, 6, 29));
        window.navigate(QStringLiteral("payments"), {{QStringLiteral("asOf"), w->asOf},
                                                     {QStringLiteral("overdue"), true}});
        current = renewals->tree()->currentIndex();
        QCOMPARE(renewals->model()->groupKind(current.row()), RenewalsModel::GroupKind::Overdue);

        // Reviews: a bucket selects its oldest review; checks open their tab.
        const cd::Customer fresh = w->customer(QStringLiteral("广州丙咨询有限公司"), w->a1);
        SqlQuery q(*w->db, QStringLiteral("INSERT INTO reviews (customer_id, kind, opened_on)"
                                          " VALUES (:c, 'qualification', :d)"));
        q.bind(QStringLiteral(":c"), fresh.id).bind(QStringLiteral(":d"), Dates::format(QDate::currentDate()));
        QVERIFY(q.exec().ok());
        window.navigate(QStringLiteral("reviews"), {{QStringLiteral("ageMin"), 0},
                                                    {QStringLiteral("ageMax"), 2},
                                                    {QStringLiteral("kind"), QStringLiteral("qualification")}});
        auto *reviews = qobject_cast<ReviewQueuePage *>(window.page(Area::Reviews));
        QVERIFY(reviews);
        QCOMPARE(reviews->tabs()->currentIndex(), 0);
        QCOMPARE(reviews->qualificationPanel()->customer().uscc, fresh.uscc);
        window.navigate(QStringLiteral("reviews"), {{QStringLiteral("kind"), QStringLiteral("checks")}});
        QCOMPARE(reviews->tabs()->currentIndex(), 1);

        // Violations: the open cases only, until Show All Cases.
        window.navigate(QStringLiteral("violations"), {{QStringLiteral("status"), QStringLiteral("open")}});
        auto *violations = window.page(Area::Violations);
        QVERIFY(violations);
        auto *table = violations->findChild<QTableView *>(QStringLiteral("violationsTable"));
        auto visibleRows = [table] {
            int n = 0;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                n += table->isRowHidden(r) ? 0 : 1;
            return n;
        };
        QCOMPARE(table->model()->rowCount(), 5);
        QCOMPARE(visibleRows(), 4);
        auto *showAll = violations->findChild<QPushButton *>(QStringLiteral("showAllCasesButton"));
        QVERIFY(showAll->isVisible());
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(visibleRows(), 5);
        QVERIFY(!showAll->isVisible());

        // An agent's detail.
        window.navigate(QStringLiteral("agents"), {{QStringLiteral("agent"), w->a1.uscc}});
        auto *agents = qobject_cast<AgentsPage *>(window.page(Area::Agents));
        QVERIFY(agents);
        QVERIFY(agents->isShowingDetail());

        // Areas the user may not open, and unknown ones, are ignored.
        window.navigate(QStringLiteral("users"), {});
        QCOMPARE(window.currentArea(), Area::Agents);
        window.navigate(QStringLiteral("nowhere"), {});
        QCOMPARE(window.currentArea(), Area::Agents);
    }

    // The first screen after login on demo data, at 1440×900.
    void screenshotOnDemoData()
    {
        const QString shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("CHANNELDESK_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(shots));
        const QString language = AppController::startupLanguage();
        Localization::install(language);
        QTemporaryDir dir;
        std::unique_ptr<Database> db = cdtest::openDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(db);
        const Actor admin = cdtest::createAdmin(*db);
        DemoOptions options;
        Result<DemoCounts> counts = DemoGenerator(*db).generate(admin, options);
        QVERIFY2(counts.ok(), qPrintable(counts.error().text()));
        {
            MainWindow window(*db, admin);
            window.resize(1440, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showArea(Area::Dashboard);
            QTest::qWait(50);
            const QImage image = window.grab().toImage();
            QVERIFY(image.save(QDir(shots).filePath(language + QStringLiteral("-dashboard.png"))));
        }
        Localization::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_DashboardPage.moc"
