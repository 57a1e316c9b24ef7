// Spot checks (§3.9): the planner draws reproducibly (the same seed on the
// same data draws the same customers; an empty seed draws a random one and
// shows it), and the results of open checks are recorded, fraud only after
// a confirmation that names its consequences.

#include "NumbersFixture.h"

#include "compliance/SpotCheckService.h"
#include "compliance/ViolationService.h"
#include "reviews/ReviewListModel.h"
#include "reviews/ReviewQueuePage.h"
#include "reviews/SpotCheckDrawModel.h"
#include "reviews/SpotCheckPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestSpotCheckPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sameSeedSameCustomers();
    void emptySeedDrawsARandomOneAndShowsIt();
    void fraudIsConfirmedThenBlocksAndOpensACase();
    void passClosesTheCheck();

private:
    // Twelve active customers of two agents, each with a number in service.
    static void populate(cdtest::NumbersWorld &world);
    QStringList planThroughPage(cdtest::NumbersWorld &world, const QString &seed, int size,
                                QString *summary = nullptr);
    SpotCheckPanel *showPanel(cdtest::NumbersWorld &world);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<cdtest::PrompterGuard> m_prompts;
    std::unique_ptr<QWidget> m_host;
    MessageBar *m_bar = nullptr;
};

void TestSpotCheckPlanner::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestSpotCheckPlanner::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    populate(*m_world);
    m_prompts = std::make_unique<cdtest::PrompterGuard>();
}

void TestSpotCheckPlanner::cleanup()
{
    m_host.reset();
    m_prompts.reset();
    m_world.reset();
}

void TestSpotCheckPlanner::populate(cdtest::NumbersWorld &world)
{
    const Agent a = world.agent(QStringLiteral("Huaxin Telecom"));
    const Agent b = world.agent(QStringLiteral("Tongda Networks"));
    world.plan(QStringLiteral("STD"), 120000);
    QStringList pool;
    for (int i = 0; i < 12; ++i)
        pool << QString::number(4008150000LL + 37 * i + 1);
    world.pool(pool);
    for (int i = 0; i < 12; ++i) {
        const Customer c = world.customer(
            QStringLiteral("Customer %1").arg(i, 2, 10, QLatin1Char('0')), i % 3 ? a : b);
        world.activate(pool.at(i), c, QStringLiteral("STD"), QDate::currentDate());
    }
}

SpotCheckPanel *TestSpotCheckPlanner::showPanel(cdtest::NumbersWorld &world)
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    auto *page = new ReviewQueuePage(PageContext{world.db.get(), world.admin, m_bar}, m_host.get());
    layout->addWidget(page);
    m_host->resize(1280, 900);
    m_host->show();
    if (!QTest::qWaitForWindowExposed(m_host.get()))
        return nullptr;
    page->tabs()->setCurrentIndex(1);
    return page->spotCheckPanel();
}

QStringList TestSpotCheckPlanner::planThroughPage(cdtest::NumbersWorld &world, const QString &seed,
                                                  int size, QString *summary)
{
    SpotCheckPanel *panel = showPanel(world);
    if (!panel)
        return {};
    panel->findChild<QSpinBox *>(QStringLiteral("sizeSpin"))->setValue(size);
    cdtest::typeInto(panel->findChild<QLineEdit *>(QStringLiteral("seedEdit")), seed);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("planButton")),
                      Qt::LeftButton);
    if (summary)
        *summary = panel->findChild<QLabel *>(QStringLiteral("planSummary"))->text();
    return panel->drawModel()->codes();
}

void TestSpotCheckPlanner::sameSeedSameCustomers()
{
    // What the service draws from the candidates before the plan, with this seed.
    Result<QVector<SpotCheckCandidate>> candidates =
        SpotCheckService(*m_world->db).candidates(QDate::currentDate());
    QVERIFY(candidates.ok());
    QCOMPARE(candidates->size(), 12);
    QStringList expected;
    for (int i : SpotCheckService::draw(*candidates, 4, 4242))
        expected << candidates->at(i).customerUscc;

    const QStringList first = planThroughPage(*m_world, QStringLiteral("4242"), 4);
    QCOMPARE(first.size(), 4);
    QCOMPARE(first, expected);
    QCOMPARE(m_world->scalar(QStringLiteral("SELECT seed FROM spot_check_plans")).toLongLong(),
             qint64(4242));
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE kind = 'spot_check'"
                                         " AND status = 'open'"))
                 .toInt(),
             4);
    m_host.reset();

    // Another database with the same data, the same seed: the same customers.
    cdtest::NumbersWorld twin;
    QVERIFY(twin.open());
    populate(twin);
    QCOMPARE(planThroughPage(twin, QStringLiteral("4242"), 4), first);
    m_host.reset();

    // Another seed on the same data draws others.
    cdtest::NumbersWorld other;
    QVERIFY(other.open());
    populate(other);
    QVERIFY(planThroughPage(other, QStringLiteral("77"), 4) != first);
    m_host.reset();
}

void TestSpotCheckPlanner::emptySeedDrawsARandomOneAndShowsIt()
{
    Result<QVector<SpotCheckCandidate>> candidates =
        SpotCheckService(*m_world->db).candidates(QDate::currentDate());
    QVERIFY(candidates.ok());
    QString summary;
    const QStringList drawn = planThroughPage(*m_world, QString(), 5, &summary);
    QCOMPARE(drawn.size(), 5);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("with seed (\\d+)")).match(summary);
    QVERIFY2(m.hasMatch(), qPrintable(summary));
    const qint64 seed = m.captured(1).toLongLong();
    QVERIFY(seed > 0);
    QCOMPARE(m_world->scalar(QStringLiteral("SELECT seed FROM spot_check_plans")).toLongLong(),
             seed);
    // The seed shown redraws the same customers.
    QStringList again;
    for (int i : SpotCheckService::draw(*candidates, 5, quint64(seed)))
        again << candidates->at(i).customerUscc;
    QCOMPARE(again, drawn);
}

void TestSpotCheckPlanner::fraudIsConfirmedThenBlocksAndOpensACase()
{
    const QStringList drawn = planThroughPage(*m_world, QStringLiteral("9"), 2);
    QCOMPARE(drawn.size(), 2);
    SpotCheckPanel *panel = m_host->findChild<SpotCheckPanel *>();
    ReviewListModel *open = panel->openChecks();
    QCOMPARE(open->rowCount(), 2);
    const Review target = *open->review(0);
    auto *table = panel->findChild<QTableView *>(QStringLiteral("openChecksTable"));
    table->selectRow(0);
    auto *fraud = panel->findChild<QPushButton *>(QStringLiteral("fraudButton"));
    QVERIFY(!fraud->isEnabled()); // a finding is written down first
    cdtest::typeInto(panel->findChild<QLineEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral("The line resells calls to a gambling site."));
    QVERIFY(fraud->isEnabled());

    // Declined: nothing happens.
    m_prompts->prompter.confirmAnswers = {false};
    QTest::mouseClick(fraud, Qt::LeftButton);
    QCOMPARE(m_prompts->prompter.confirmations.size(), 1);
    const QString question = m_prompts->prompter.confirmations.first();
    QVERIFY(question.contains(target.customerName));
    QVERIFY(question.contains(QStringLiteral("blocked")));
    QVERIFY(question.contains(QStringLiteral("violation case")));
    QVERIFY(question.contains(QStringLiteral("§3.9")));
    QCOMPARE(
        m_world->scalar(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE suspension = 'fraud'"))
            .toInt(),
        0);

    // Confirmed: every number of the customer blocked, a case against its agent.
    m_prompts->prompter.confirmAnswers = {true};
    QTest::mouseClick(fraud, Qt::LeftButton);
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE customer_id = :c AND"
                                         " status = 'suspended' AND suspension = 'fraud'"),
                          {{QStringLiteral(":c"), target.customerId}})
                 .toInt(),
             1);
    Result<QVector<Violation>> cases = ViolationService(*m_world->db).list();
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), 1);
    QCOMPARE(m_bar->type(), MessageBar::Type::Warning);
    QVERIFY(m_bar->text().contains(QStringLiteral("Fraud recorded")));
    QCOMPARE(open->rowCount(), 1);
    QVERIFY(open->rowOf(target.id) < 0);
}

void TestSpotCheckPlanner::passClosesTheCheck()
{
    planThroughPage(*m_world, QStringLiteral("11"), 1);
    SpotCheckPanel *panel = m_host->findChild<SpotCheckPanel *>();
    const Review target = *panel->openChecks()->review(0);
    QVERIFY(panel->selectCheck(target.id));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("passButton")),
                      Qt::LeftButton);
    QCOMPARE(panel->openChecks()->rowCount(), 0);
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT outcome FROM reviews WHERE id = :r"),
                          {{QStringLiteral(":r"), target.id}})
                 .toString(),
             QStringLiteral("pass"));
    QVERIFY(m_prompts->prompter.confirmations.isEmpty());
}

QTEST_MAIN(TestSpotCheckPlanner)
#include "tst_SpotCheckPlanner.moc"
