// §3.9 Follow-up reviews (schedule dates), spot checks (risk weights, seeded
// reproducible draws, skipping recent checks) and fraud found by either check
// (every number of the customer blocked, a violation case for its agent).
// Numbers are written with SQL: the tests need active numbers, not activation.
#include "DomainFixture.h"

#include "common/Dates.h"
#include "compliance/FollowUpService.h"
#include "compliance/ReviewService.h"
#include "compliance/SpotCheckService.h"
#include "compliance/ViolationService.h"
#include "customers/CustomerService.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace cd;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A small world: agents, approved customers and their numbers.
struct World {
    cdtest::Domain d;
    int numbers = 0;

    bool open() { return d.open(); }

    Agent agent(const QString &name, bool supervised = false)
    {
        Agent a = d.agent(name);
        if (supervised) {
            SqlQuery q(*d.db,
                       QStringLiteral("UPDATE agents SET status = 'supervised' WHERE id = :id"));
            q.bind(QStringLiteral(":id"), a.id);
            if (!q.exec())
                qFatal("cannot supervise");
            a.status = AgentStatus::Supervised;
        }
        return a;
    }

    Customer customer(const Agent &a, const QString &name)
    {
        CustomerInput in;
        in.name = name;
        in.uscc = cdtest::makeUscc(QStringLiteral("91"), 7000 + ++d.serial);
        in.agentUscc = a.uscc;
        in.qualification = QStringLiteral("approved");
        Result<Customer> c = CustomerService(*d.db).create(d.manager, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }

    // A number of the customer; `status` active, suspended (arrears) or cancelled.
    qint64 number(const Customer &c, const QDate &activated,
                  const QString &status = QStringLiteral("active"))
    {
        SqlQuery q(
            *d.db,
            QStringLiteral(
                "INSERT INTO numbers (number, carrier, grade, status, customer_id, agent_id,"
                " activated_on, paid_through, suspended_on, suspension, created_at)"
                " VALUES (:n, 'telecom', 'normal', :s, :c, :a, :act, :paid, :susp, :why, :now)"
                " RETURNING id"));
        const bool suspended = status == QLatin1String("suspended");
        q.bind(QStringLiteral(":n"),
               QStringLiteral("400%1").arg(++numbers, 7, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":s"), status)
            .bind(QStringLiteral(":c"), c.id)
            .bind(QStringLiteral(":a"), c.agentId)
            .bind(QStringLiteral(":act"), Dates::format(activated))
            .bind(QStringLiteral(":paid"), Dates::format(activated.addYears(1).addDays(-1)))
            .bind(QStringLiteral(":susp"),
                  suspended ? QVariant(Dates::format(activated.addDays(400))) : QVariant())
            .bind(QStringLiteral(":why"),
                  suspended ? QVariant(QStringLiteral("arrears")) : QVariant())
            .bind(QStringLiteral(":now"), Dates::nowTimestamp());
        Result<QVariant> id = q.scalar();
        if (!id)
            qFatal("%s", qPrintable(id.error().text()));
        return id->toLongLong();
    }

    // A check closed on `on`, written directly so its dates are exact.
    void closedCheck(const Customer &c, const QString &kind, const QDate &on)
    {
        SqlQuery q(*d.db,
                   QStringLiteral(
                       "INSERT INTO reviews (customer_id, kind, opened_on, status, outcome,"
                       " decided_on, decided_by) VALUES (:c, :k, :d, 'closed', 'pass', :d, 'x')"));
        q.bind(QStringLiteral(":c"), c.id)
            .bind(QStringLiteral(":k"), kind)
            .bind(QStringLiteral(":d"), Dates::format(on));
        if (!q.exec())
            qFatal("cannot write a check");
    }

    QString value(const QString &sql, qint64 id)
    {
        SqlQuery q(*d.db, sql);
        q.bind(QStringLiteral(":id"), id);
        Result<QVariant> v = q.scalar();
        return v ? v->toString() : QStringLiteral("<none>");
    }
};

QStringList codesOf(const SpotCheckPlan &plan)
{
    QStringList codes;
    for (const SpotCheckDraw &d : plan.drawn)
        codes << d.customer.customerUscc;
    return codes;
}

const QDate kBase(2026, 3, 2);
} // namespace

class TestSpotChecks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followUpDue_data();
    void followUpDue();
    void followUpOnlyForActiveCustomers();
    void scheduleWindowAndIdempotence();
    void riskWeights();
    void recentlyCheckedSkipped();
    void sameSeedSameDraw();
    void differentSeedDifferentDraw();
    void drawWithoutReplacement();
    void supervisedDrawnAboutThreeTimesAsOften();
    void freshSeedRecorded();
    void nothingToDraw();
    void fraudFromSpotCheckBlocksAndOpensViolation();
    void fraudFromFollowUp();
    void passBlocksNothing();
    void recordRules();

private:
    std::unique_ptr<World> w;
};

void TestSpotChecks::init()
{
    w = std::make_unique<World>();
    QVERIFY(w->open());
}

void TestSpotChecks::cleanup()
{
    w.reset();
}

void TestSpotChecks::followUpDue_data()
{
    QTest::addColumn<bool>("supervised");
    QTest::addColumn<int>("secondActivation"); // days after kBase; -1: one number only
    QTest::addColumn<int>("followUpOn");       // days after kBase; -1: none yet
    QTest::addColumn<int>("dueAfterBase");
    QTest::newRow("first within 30 days of activation") << false << -1 << -1 << 30;
    QTest::newRow("first for a supervised agent too") << true << -1 << -1 << 30;
    QTest::newRow("the earliest active number counts") << false << 50 << -1 << 30;
    QTest::newRow("then yearly") << false << -1 << 20 << 20 + 365;
    QTest::newRow("every 90 days when supervised") << true << -1 << 20 << 20 + 90;
}

void TestSpotChecks::followUpDue()
{
    QFETCH(bool, supervised);
    QFETCH(int, secondActivation);
    QFETCH(int, followUpOn);
    QFETCH(int, dueAfterBase);
    const Agent a = w->agent(u("回访代理"), supervised);
    const Customer c = w->customer(a, u("回访客户"));
    w->number(c, kBase);
    if (secondActivation >= 0)
        w->number(c, kBase.addDays(secondActivation));
    FollowUpService followUps(*w->d.db);
    if (followUpOn >= 0) {
        // The first follow-up, scheduled and recorded through the services.
        Result<QVector<FollowUpDue>> opened = followUps.schedule(w->d.manager, kBase);
        QVERIFY2(opened.ok(), qPrintable(opened.error().text()));
        QCOMPARE(opened->size(), 1);
        QCOMPARE(opened->first().dueOn, kBase.addDays(30));
        Result<CheckRecord> r =
            ReviewService(*w->d.db).record(w->d.manager, opened->first().openReviewId,
                                           CheckOutcome::Pass, {}, kBase.addDays(followUpOn));
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
    }
    const QDate asOf = kBase.addDays(60);
    Result<QVector<FollowUpDue>> due = followUps.due(asOf);
    QVERIFY2(due.ok(), qPrintable(due.error().text()));
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().customerUscc, c.uscc);
    QCOMPARE(due->first().supervised, supervised);
    QCOMPARE(due->first().firstActivation, kBase);
    QCOMPARE(due->first().dueOn, kBase.addDays(dueAfterBase));
    QCOMPARE(due->first().lastFollowUp, followUpOn >= 0 ? kBase.addDays(followUpOn) : QDate());
}

void TestSpotChecks::followUpOnlyForActiveCustomers()
{
    const Agent a = w->agent(u("代理甲"));
    const Customer active = w->customer(a, u("在用客户"));
    const Customer cancelled = w->customer(a, u("已销号客户"));
    const Customer later = w->customer(a, u("将来开通客户"));
    w->customer(a, u("无号码客户"));
    w->number(active, kBase);
    w->number(cancelled, kBase, QStringLiteral("cancelled"));
    w->number(later, kBase.addDays(100));
    Result<QVector<FollowUpDue>> due = FollowUpService(*w->d.db).due(kBase.addDays(10));
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().customerUscc, active.uscc);
}

void TestSpotChecks::scheduleWindowAndIdempotence()
{
    const Agent a = w->agent(u("代理乙"));
    const Customer soon = w->customer(a, u("先开通"));
    const Customer next = w->customer(a, u("后开通"));
    w->number(soon, kBase);
    w->number(next, kBase.addDays(11));
    FollowUpService followUps(*w->d.db);
    ReviewService reviews(*w->d.db);

    // Due base+30 falls in the 30-day window up to base+40; base+41 does not yet.
    Result<QVector<FollowUpDue>> opened = followUps.schedule(w->d.manager, kBase.addDays(10));
    QVERIFY2(opened.ok(), qPrintable(opened.error().text()));
    QCOMPARE(opened->size(), 1);
    QCOMPARE(opened->first().customerUscc, soon.uscc);
    const qint64 firstReview = opened->first().openReviewId;
    Result<Review> review = reviews.find(firstReview);
    QCOMPARE(review->kind, ReviewKind::FollowUp);
    QCOMPARE(review->openedOn, kBase.addDays(10));
    QCOMPARE(review->dueOn, kBase.addDays(30));

    // Running it again changes nothing.
    QCOMPARE(followUps.schedule(w->d.manager, kBase.addDays(10))->size(), 0);
    SqlQuery count(*w->d.db,
                   QStringLiteral("SELECT COUNT(*) FROM reviews WHERE kind = 'follow_up'"));
    QCOMPARE(count.scalar()->toInt(), 1);

    opened = followUps.schedule(w->d.manager, kBase.addDays(10).addDays(1));
    QCOMPARE(opened->size(), 1);
    QCOMPARE(opened->first().customerUscc, next.uscc);
    QCOMPARE(opened->first().dueOn, kBase.addDays(41));
    Result<QVector<FollowUpDue>> due = followUps.due(kBase.addDays(11));
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).openReviewId, firstReview);
    QCOMPARE(due->at(1).openReviewId, opened->first().openReviewId);

    QCOMPARE(followUps.schedule(w->d.auditor, kBase).error().kind, ErrorKind::Permission);
}

void TestSpotChecks::riskWeights()
{
    const QDate date(2026, 6, 30);
    const Agent plain = w->agent(u("普通代理"));
    const Agent supervised = w->agent(u("监管代理"), true);
    const Agent offender = w->agent(u("违规代理"));
    const Agent both = w->agent(u("监管且违规"), true);
    ViolationService violations(*w->d.db);
    // Two violations in the last 12 months count; one older does not.
    for (const QDate &found : {date.addDays(-10), date.addMonths(-11), date.addMonths(-13)})
        QVERIFY(violations.open(w->d.manager, offender.uscc, found, u("§3.2"), u("违规经营")).ok());
    QVERIFY(
        violations.open(w->d.manager, both.uscc, date.addDays(-1), u("§3.9"), u("欺诈客户")).ok());

    QHash<QString, int> expected;
    for (const auto &[agent, weight] :
         {std::pair<Agent, int>{plain, 1}, {supervised, 3}, {offender, 3}, {both, 4}}) {
        for (int i = 0; i < 2; ++i) {
            const Customer c = w->customer(agent, agent.name + QString::number(i));
            w->number(c, date.addMonths(-2));
            expected.insert(c.uscc, weight);
        }
    }
    QCOMPARE(SpotCheckService::weight(false, 0), 1);
    QCOMPARE(SpotCheckService::weight(true, 0), 3);
    QCOMPARE(SpotCheckService::weight(true, 2), 5);
    Result<QVector<SpotCheckCandidate>> pool = SpotCheckService(*w->d.db).candidates(date);
    QVERIFY2(pool.ok(), qPrintable(pool.error().text()));
    QCOMPARE(pool->size(), expected.size());
    qint64 previous = 0;
    for (const SpotCheckCandidate &c : pool.value()) {
        QVERIFY2(c.weight == expected.value(c.customerUscc),
                 qPrintable(QStringLiteral("%1: %2").arg(c.customerName).arg(c.weight)));
        QVERIFY(c.customerId > previous); // a fixed order: by customer id
        previous = c.customerId;
    }
}

void TestSpotChecks::recentlyCheckedSkipped()
{
    const QDate date(2026, 6, 30);
    const Agent a = w->agent(u("代理丙"));
    QHash<QString, bool> drawable;
    const auto add = [&](const char *name, bool expected) {
        const Customer c = w->customer(a, u(name));
        w->number(c, date.addYears(-1));
        drawable.insert(c.uscc, expected);
        return c;
    };
    add("未查过", true);
    w->closedCheck(add("10天前暗访", false), QStringLiteral("spot_check"), date.addDays(-10));
    w->closedCheck(add("89天前暗访", false), QStringLiteral("spot_check"), date.addDays(-89));
    w->closedCheck(add("90天前暗访", true), QStringLiteral("spot_check"), date.addDays(-90));
    w->closedCheck(add("10天前回访", false), QStringLiteral("follow_up"), date.addDays(-10));
    w->closedCheck(add("资质审核不算", true), QStringLiteral("qualification"), date.addDays(-10));
    const Customer pending = add("暗访未结", false);
    SqlQuery open(
        *w->d.db,
        QStringLiteral(
            "INSERT INTO reviews (customer_id, kind, opened_on) VALUES (:c, 'spot_check', :d)"));
    open.bind(QStringLiteral(":c"), pending.id)
        .bind(QStringLiteral(":d"), Dates::format(date.addDays(-5)));
    QVERIFY(open.exec().ok());

    SpotCheckService spot(*w->d.db);
    Result<QVector<SpotCheckCandidate>> pool = spot.candidates(date);
    QVERIFY(pool.ok());
    QStringList got;
    for (const SpotCheckCandidate &c : pool.value())
        got << c.customerUscc;
    for (auto it = drawable.cbegin(); it != drawable.cend(); ++it)
        QVERIFY2(got.contains(it.key()) == it.value(), qPrintable(it.key()));

    // A plan as large as everyone draws only those.
    Result<SpotCheckPlan> plan = spot.plan(w->d.manager, 20, date, 7);
    QVERIFY2(plan.ok(), qPrintable(plan.error().text()));
    QCOMPARE(plan->drawn.size(), 3);
    for (const QString &code : codesOf(*plan))
        QVERIFY(drawable.value(code));
}

namespace {
// The same population in a fresh database: 3 agents (one supervised), 30 customers.
void populate(World &world)
{
    const Agent a = world.agent(u("代理一"));
    const Agent b = world.agent(u("代理二"), true);
    const Agent c = world.agent(u("代理三"));
    const Agent agents[] = {a, b, c};
    for (int i = 0; i < 30; ++i) {
        const Customer cust = world.customer(agents[i % 3], QStringLiteral("客户%1").arg(i));
        world.number(cust, kBase.addDays(-i));
    }
}
} // namespace

void TestSpotChecks::sameSeedSameDraw()
{
    populate(*w);
    World other;
    QVERIFY(other.open());
    populate(other);

    const QDate date = kBase.addDays(5);
    SpotCheckService spot(*w->d.db);
    Result<QVector<SpotCheckCandidate>> pool = spot.candidates(date);
    QVERIFY(pool.ok());
    QStringList expected;
    for (int i : SpotCheckService::draw(pool.value(), 6, 20260302))
        expected << pool->at(i).customerUscc;

    Result<SpotCheckPlan> first = spot.plan(w->d.manager, 6, date, 20260302);
    Result<SpotCheckPlan> second =
        SpotCheckService(*other.d.db).plan(other.d.manager, 6, date, 20260302);
    QVERIFY2(first.ok() && second.ok(), "plans");
    QCOMPARE(codesOf(*first), expected);
    QCOMPARE(codesOf(*second), expected);
    QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), 6);

    // The seed is recorded with the plan; each drawn customer has an open spot check of it.
    QCOMPARE(
        w->value(QStringLiteral("SELECT seed FROM spot_check_plans WHERE id = :id"), first->id),
        u("20260302"));
    Result<SpotCheckPlan> stored = spot.find(first->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->seed, qint64(20260302));
    QCOMPARE(stored->size, 6);
    QCOMPARE(codesOf(*stored), expected);
    ReviewService reviews(*w->d.db);
    for (const SpotCheckDraw &d : first->drawn) {
        Result<Review> r = reviews.find(d.reviewId);
        QCOMPARE(r->kind, ReviewKind::SpotCheck);
        QVERIFY(r->open);
        QCOMPARE(r->planId, first->id);
        QCOMPARE(r->openedOn, date);
    }
}

void TestSpotChecks::differentSeedDifferentDraw()
{
    populate(*w);
    Result<QVector<SpotCheckCandidate>> pool = SpotCheckService(*w->d.db).candidates(kBase);
    QVERIFY(pool.ok());
    QCOMPARE(pool->size(), 30);
    const QVector<int> one = SpotCheckService::draw(pool.value(), 5, 1);
    QCOMPARE(one, SpotCheckService::draw(pool.value(), 5, 1));
    QVERIFY(one != SpotCheckService::draw(pool.value(), 5, 2));
    QVERIFY(one != SpotCheckService::draw(pool.value(), 5, 0x7fffffffffffffffLL));
}

void TestSpotChecks::drawWithoutReplacement()
{
    QVector<SpotCheckCandidate> pool(7);
    for (int i = 0; i < pool.size(); ++i)
        pool[i].weight = 1 + i;
    const QVector<int> all = SpotCheckService::draw(pool, 100, 99);
    QCOMPARE(all.size(), 7);
    QCOMPARE(QSet<int>(all.cbegin(), all.cend()).size(), 7);
    QVERIFY(SpotCheckService::draw(pool, 0, 99).isEmpty());
    QVERIFY(SpotCheckService::draw({}, 3, 99).isEmpty());
}

void TestSpotChecks::supervisedDrawnAboutThreeTimesAsOften()
{
    // Ten customers of a supervised agent (weight 3) and ten of one in good
    // standing (weight 1): over many seeds a supervised customer is drawn
    // about three times as often.
    QVector<SpotCheckCandidate> pool(20);
    for (int i = 0; i < 20; ++i) {
        pool[i].supervised = i % 2 == 1;
        pool[i].weight = SpotCheckService::weight(pool[i].supervised, 0);
    }
    int supervised = 0;
    int plain = 0;
    for (quint64 seed = 1; seed <= 4000; ++seed) {
        for (int i : SpotCheckService::draw(pool, 2, seed))
            (pool.at(i).supervised ? supervised : plain)++;
    }
    QCOMPARE(supervised + plain, 8000);
    const double ratio = double(supervised) / double(plain);
    // Without replacement the second pick leans toward the lighter group, so
    // the ratio sits a little under 3; uniform drawing would give 1.
    QVERIFY2(ratio > 2.2 && ratio < 3.4, qPrintable(QString::number(ratio)));
}

void TestSpotChecks::freshSeedRecorded()
{
    populate(*w);
    Result<SpotCheckPlan> plan = SpotCheckService(*w->d.db).plan(w->d.manager, 3, kBase, 0);
    QVERIFY2(plan.ok(), qPrintable(plan.error().text()));
    QVERIFY(plan->seed > 0);
    QCOMPARE(w->value(QStringLiteral("SELECT seed FROM spot_check_plans WHERE id = :id"), plan->id),
             QString::number(plan->seed));
    QCOMPARE(plan->drawn.size(), 3);
    QCOMPARE(SpotCheckService(*w->d.db).plan(w->d.manager, 3, kBase, -5).error().kind,
             ErrorKind::Rule);
    QCOMPARE(SpotCheckService(*w->d.db).plan(w->d.auditor, 3, kBase, 5).error().kind,
             ErrorKind::Permission);
}

void TestSpotChecks::nothingToDraw()
{
    const Agent a = w->agent(u("代理丁"));
    w->customer(a, u("无号码"));
    Result<SpotCheckPlan> plan = SpotCheckService(*w->d.db).plan(w->d.manager, 2, kBase, 3);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, ErrorKind::Rule);
    QCOMPARE(plan.error().clause, u("§3.9"));
    SqlQuery q(*w->d.db, QStringLiteral("SELECT COUNT(*) FROM spot_check_plans"));
    QCOMPARE(q.scalar()->toInt(), 0);
}

void TestSpotChecks::fraudFromSpotCheckBlocksAndOpensViolation()
{
    const Agent a = w->agent(u("欺诈代理"));
    const Customer fraud = w->customer(a, u("骗子公司"));
    const Customer honest = w->customer(a, u("老实公司"));
    const qint64 n1 = w->number(fraud, kBase);
    const qint64 n2 = w->number(fraud, kBase.addDays(3));
    const qint64 n3 = w->number(fraud, kBase.addDays(-500), QStringLiteral("suspended"));
    const qint64 gone = w->number(fraud, kBase.addDays(-10), QStringLiteral("cancelled"));
    const qint64 other = w->number(honest, kBase);
    const QDate date = kBase.addDays(20);

    Result<SpotCheckPlan> plan = SpotCheckService(*w->d.db).plan(w->d.manager, 2, date, 11);
    QVERIFY2(plan.ok(), qPrintable(plan.error().text()));
    qint64 reviewId = 0;
    for (const SpotCheckDraw &d : plan->drawn) {
        if (d.customer.customerId == fraud.id)
            reviewId = d.reviewId;
    }
    QVERIFY(reviewId);
    Result<CheckRecord> r = ReviewService(*w->d.db).record(
        w->d.manager, reviewId, CheckOutcome::Fraud, u("号码用于诈骗电话"), date.addDays(2));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->blockedNumbers, 3);
    QVERIFY(!r->review.open);
    QCOMPARE(r->review.outcome, u("fraud"));

    const QString status = QStringLiteral(
        "SELECT status || '/' || COALESCE(suspension, '') FROM numbers WHERE id = :id");
    for (qint64 id : {n1, n2, n3})
        QCOMPARE(w->value(status, id), u("suspended/fraud"));
    QCOMPARE(w->value(status, gone), u("cancelled/"));
    QCOMPARE(w->value(status, other), u("active/"));
    QCOMPARE(w->value(QStringLiteral("SELECT suspended_on FROM numbers WHERE id = :id"), n1),
             Dates::format(date.addDays(2)));

    ViolationService violations(*w->d.db);
    Result<Violation> v = violations.find(r->violationId);
    QVERIFY(v.ok());
    QCOMPARE(v->agentId, a.id);
    QCOMPARE(v->clause, u("§3.9"));
    QCOMPARE(v->source, u("spot_check"));
    QCOMPARE(v->foundOn, date.addDays(2));
    QVERIFY2(v->description.contains(fraud.name) && v->description.contains(fraud.uscc),
             qPrintable(v->description));
    QCOMPARE(v->classification, Classification::Unclassified);
    QCOMPARE(*violations.countInYearBefore(a.id, date.addDays(2)), 1);
}

void TestSpotChecks::fraudFromFollowUp()
{
    const Agent a = w->agent(u("回访代理"));
    const Customer c = w->customer(a, u("回访发现欺诈"));
    const qint64 n = w->number(c, kBase);
    Result<QVector<FollowUpDue>> opened =
        FollowUpService(*w->d.db).schedule(w->d.manager, kBase.addDays(5));
    QVERIFY(opened.ok());
    QCOMPARE(opened->size(), 1);
    Result<CheckRecord> r = ReviewService(*w->d.db).record(
        w->d.manager, opened->first().openReviewId, CheckOutcome::Fraud, {}, kBase.addDays(25));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->blockedNumbers, 1);
    QCOMPARE(w->value(QStringLiteral("SELECT suspension FROM numbers WHERE id = :id"), n),
             u("fraud"));
    Result<Violation> v = ViolationService(*w->d.db).find(r->violationId);
    QCOMPARE(v->source, u("follow_up"));
    QVERIFY(v->description.contains(c.uscc));
}

void TestSpotChecks::passBlocksNothing()
{
    const Agent a = w->agent(u("代理戊"));
    const Customer c = w->customer(a, u("通过公司"));
    const qint64 n = w->number(c, kBase);
    Result<SpotCheckPlan> plan = SpotCheckService(*w->d.db).plan(w->d.manager, 1, kBase, 5);
    QVERIFY(plan.ok());
    for (CheckOutcome outcome : {CheckOutcome::Issue}) {
        Result<CheckRecord> r = ReviewService(*w->d.db).record(
            w->d.manager, plan->drawn.first().reviewId, outcome, u("接听不及时"), kBase);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(r->blockedNumbers, 0);
        QCOMPARE(r->violationId, qint64(0));
        QCOMPARE(r->review.outcome, u("issue"));
        QCOMPARE(r->review.reason, u("接听不及时"));
    }
    QCOMPARE(w->value(QStringLiteral("SELECT status FROM numbers WHERE id = :id"), n), u("active"));
    SqlQuery q(*w->d.db, QStringLiteral("SELECT COUNT(*) FROM violations"));
    QCOMPARE(q.scalar()->toInt(), 0);
    // The customer was just checked: the next plan skips it.
    QCOMPARE(SpotCheckService(*w->d.db).plan(w->d.manager, 1, kBase.addDays(1), 5).error().kind,
             ErrorKind::Rule);
}

void TestSpotChecks::recordRules()
{
    const Agent a = w->agent(u("代理己"));
    const Customer c = w->customer(a, u("规则公司"));
    const qint64 n = w->number(c, kBase);
    Result<SpotCheckPlan> plan = SpotCheckService(*w->d.db).plan(w->d.manager, 1, kBase, 5);
    QVERIFY(plan.ok());
    const qint64 id = plan->drawn.first().reviewId;
    ReviewService reviews(*w->d.db);
    QCOMPARE(reviews.record(w->d.auditor, id, CheckOutcome::Fraud, {}, kBase).error().kind,
             ErrorKind::Permission);
    QCOMPARE(
        reviews.record(w->d.manager, id, CheckOutcome::Fraud, {}, kBase.addDays(-1)).error().kind,
        ErrorKind::Rule);
    QCOMPARE(w->value(QStringLiteral("SELECT status FROM numbers WHERE id = :id"), n), u("active"));
    QVERIFY(reviews.record(w->d.manager, id, CheckOutcome::Pass, {}, kBase).ok());
    Result<CheckRecord> again = reviews.record(w->d.manager, id, CheckOutcome::Fraud, {}, kBase);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Rule);
    QCOMPARE(w->value(QStringLiteral("SELECT status FROM numbers WHERE id = :id"), n), u("active"));
}

QTEST_GUILESS_MAIN(TestSpotChecks)
#include "tst_spotchecks.moc"
