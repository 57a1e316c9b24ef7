// Pricing (§2.4): plans, grades, price history, the chain, stability, global cuts, evaluation.

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "contracts/ContractService.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "numbers/Grade.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"
#include "pricing/QuarterlyEvaluation.h"
#include "settings/Parameters.h"
#include "storage/SqlQuery.h"

#include <QFile>

using namespace cd;

class TestPricing : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};
    const QDate m_jan{2026, 1, 1};

    // Retail ¥1,000.00, carrier cost ¥500.00, margin 5 % = ¥50.00.
    Plan plan(const QString &code = QStringLiteral("P1000"))
    {
        PlanInput in;
        in.code = code;
        in.name = QStringLiteral("标准年费套餐");
        in.carrier = QStringLiteral("telecom");
        in.annualFeeFen = QStringLiteral("100000");
        in.includedMinutes = QStringLiteral("1000");
        in.perMinuteFen = QStringLiteral("12");
        in.carrierCostFen = QStringLiteral("50000");
        Result<Plan> p = PlanService(*d->db).create(m_admin, in);
        if (!p)
            qFatal("%s", qPrintable(p.error().text()));
        return *p;
    }

    // A whole, valid chain: L1 diamond..standard 600..750, L2 700..900.
    void fullChain(const QString &code, const QDate &from)
    {
        const qint64 l1[] = {75000, 70000, 65000, 60000}; // standard, silver, gold, diamond
        const qint64 l2[] = {90000, 85000, 80000, 70000};
        PriceService prices(*d->db);
        for (int t = 0; t < 4; ++t) {
            QVERIFY(prices.insertPrice(m_admin, change(code, Tier(t), 1, l1[t], from), false).ok());
            QVERIFY(prices.insertPrice(m_admin, change(code, Tier(t), 2, l2[t], from), false).ok());
        }
    }

    static PriceChange change(const QString &code, Tier t, int level, qint64 fen, const QDate &from,
                              IncreaseReason reason = IncreaseReason::None, const QString &ref = {})
    {
        PriceChange c;
        c.planCode = code;
        c.tier = t;
        c.level = level;
        c.price = Money::fromFen(fen);
        c.from = from;
        c.reason = reason;
        c.reference = ref;
        return c;
    }

    Status set(const QString &code, Tier t, int level, qint64 fen, const QDate &from,
               IncreaseReason reason = IncreaseReason::None, const QString &ref = {})
    {
        return PriceService(*d->db).setPrice(m_admin, change(code, t, level, fen, from, reason, ref));
    }

    void activate(const Agent &agent, const QString &number, const QDate &on)
    {
        SqlQuery q(*d->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, agent_id,"
                                          " activated_on, created_at) VALUES (:n, 'telecom', 'normal', 'active',"
                                          " :a, :d, '2026-01-01T00:00:00Z')"));
        q.bind(QStringLiteral(":n"), number).bind(QStringLiteral(":a"), agent.id).bind(QStringLiteral(":d"), on.toString(Qt::ISODate));
        QVERIFY(q.exec().ok());
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
    }

    void grades_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("grade");
        QTest::newRow("8888") << QStringLiteral("4008208888") << QStringLiteral("premium");
        QTest::newRow("0000") << QStringLiteral("400-123-0000") << QStringLiteral("premium");
        QTest::newRow("AABB") << QStringLiteral("4001236688") << QStringLiteral("special");
        QTest::newRow("ABAB") << QStringLiteral("4001235858") << QStringLiteral("special");
        QTest::newRow("ABCD") << QStringLiteral("4001231234") << QStringLiteral("special");
        QTest::newRow("6789") << QStringLiteral("4009876789") << QStringLiteral("special");
        QTest::newRow("xAAA") << QStringLiteral("4001232777") << QStringLiteral("special");
        QTest::newRow("descending") << QStringLiteral("4001234321") << QStringLiteral("normal");
        QTest::newRow("ABBA") << QStringLiteral("4001231551") << QStringLiteral("normal");
        QTest::newRow("plain") << QStringLiteral("4001235172") << QStringLiteral("normal");
        QTest::newRow("AAAx") << QStringLiteral("4001238882") << QStringLiteral("normal");
    }
    void grades()
    {
        QFETCH(QString, number);
        QFETCH(QString, grade);
        QCOMPARE(gradeKey(gradeOf(number)), grade);
    }

    void gradeMinimumFeesAreParameters()
    {
        BusinessParameters p = *Parameters(*d->db).load();
        QCOMPARE(minimumAnnualFeeFen(Grade::Premium, p), 600000);
        QCOMPARE(minimumAnnualFeeFen(Grade::Special, p), 300000);
        QCOMPARE(minimumAnnualFeeFen(Grade::Normal, p), 0);
        QVERIFY(Parameters(*d->db).set(m_admin, QStringLiteral("premium_min_fee_fen"), QStringLiteral("800000")).ok());
        QCOMPARE(minimumAnnualFeeFen(Grade::Premium, *Parameters(*d->db).load()), 800000);
        QCOMPARE(normaliseNumber(QStringLiteral("400-820-8888")), QStringLiteral("4008208888"));
        QVERIFY(normaliseNumber(QStringLiteral("8008208888")).isEmpty());
        QVERIFY(normaliseNumber(QStringLiteral("40082088")).isEmpty());
    }

    void plansAreValidatedAndAdminOnly()
    {
        PlanInput in;
        in.code = QStringLiteral("bad code!");
        in.carrier = QStringLiteral("cmcc");
        in.annualFeeFen = QStringLiteral("12.5");
        in.carrierCostFen = QStringLiteral("x");
        QCOMPARE(PlanService(*d->db).validate(in).size(), 5);
        plan();
        PlanInput copy;
        copy.code = QStringLiteral("P1000");
        copy.name = QStringLiteral("重复");
        copy.carrier = QStringLiteral("mobile");
        copy.annualFeeFen = QStringLiteral("100");
        copy.carrierCostFen = QStringLiteral("200"); // cost above the fee
        QCOMPARE(PlanService(*d->db).validate(copy).size(), 2);
        QCOMPARE(PlanService(*d->db).create(d->manager, copy).error().kind, ErrorKind::Permission);
    }

    void priceInForceAcrossSeveralChanges()
    {
        const Plan p = plan();
        fullChain(p.code, m_jan);
        QVERIFY(set(p.code, Tier::Gold, 1, 64000, QDate(2026, 4, 1)).ok());
        QVERIFY(set(p.code, Tier::Gold, 1, 63000, QDate(2026, 7, 1)).ok());
        PriceService prices(*d->db);
        QVERIFY(!prices.priceOn(p.id, Tier::Gold, 1, QDate(2025, 12, 31)).ok());
        QCOMPARE(prices.priceOn(p.id, Tier::Gold, 1, m_jan)->price.fen(), 65000);
        QCOMPARE(prices.priceOn(p.id, Tier::Gold, 1, QDate(2026, 3, 31))->price.fen(), 65000);
        QCOMPARE(prices.priceOn(p.id, Tier::Gold, 1, QDate(2026, 4, 1))->price.fen(), 64000);
        QCOMPARE(prices.priceOn(p.id, Tier::Gold, 1, QDate(2026, 12, 31))->price.fen(), 63000);
        QCOMPARE(prices.history(p.id, Tier::Gold, 1)->size(), 3); // never overwritten
        QCOMPARE(prices.matrixOn(p.id, QDate(2026, 5, 1))->at(Tier::Gold, 1).fen(), 64000);
        QCOMPARE(prices.matrixOn(p.id, QDate(2026, 5, 1))->missing(), 0);
        QVERIFY(!d->db->exec(QStringLiteral("UPDATE prices SET price_fen = 1")).ok());
        QVERIFY(!d->db->exec(QStringLiteral("DELETE FROM prices")).ok());
    }

    void eachChainLinkIsRefusedWhenBroken_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("names");
        // carrier cost ¥500 + margin ¥50 = ¥550 ≤ L1 diamond
        QTest::newRow("cost+margin > L1 diamond") << int(Tier::Diamond) << 1 << qint64(54999) << QStringLiteral("carrier cost");
        // diamond ≤ gold ≤ silver ≤ standard at level 1
        QTest::newRow("L1 gold > L1 silver") << int(Tier::Gold) << 1 << qint64(70001) << QStringLiteral("level-1 Silver");
        QTest::newRow("L1 silver > L1 standard") << int(Tier::Silver) << 1 << qint64(75001) << QStringLiteral("level-1 Standard");
        // … and at level 2
        QTest::newRow("L2 diamond > L2 gold") << int(Tier::Diamond) << 2 << qint64(80001) << QStringLiteral("level-2 Gold");
        // level 1 ≤ level 2 per tier
        QTest::newRow("L2 gold < L1 gold") << int(Tier::Gold) << 2 << qint64(64999) << QStringLiteral("level-1 Gold");
        // level-2 standard ≤ retail − margin = ¥950
        QTest::newRow("L2 standard > retail - margin") << int(Tier::Standard) << 2 << qint64(95001) << QStringLiteral("retail fee");
    }
    void eachChainLinkIsRefusedWhenBroken()
    {
        QFETCH(int, tier);
        QFETCH(int, level);
        QFETCH(qint64, fen);
        QFETCH(QString, names);
        const Plan p = plan();
        fullChain(p.code, m_jan);
        const Status s = set(p.code, Tier(tier), level, fen, QDate(2026, 3, 1), IncreaseReason::Carrier,
                             QStringLiteral("工信部通〔2026〕12号"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().clause, QStringLiteral("§2.4"));
        QVERIFY2(s.error().message.contains(p.code), qPrintable(s.error().message));
        QVERIFY(!s.error().details.isEmpty());
        const QString detail = s.error().details.join(QLatin1Char('\n'));
        QVERIFY2(detail.contains(names), qPrintable(detail));
        QVERIFY2(detail.contains(Money::fromFen(fen).display()), qPrintable(detail)); // both prices named
        QCOMPARE(PriceService(*d->db).history(p.id, Tier(tier), level)->size(), 1);  // nothing written
    }

    void raisesNeedCarrierOrPolicyWithReference()
    {
        const Plan p = plan();
        fullChain(p.code, m_jan);
        const QDate march(2026, 3, 1);
        Status s = set(p.code, Tier::Silver, 1, 71000, march);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().clause, QStringLiteral("§2.4"));
        QVERIFY(!set(p.code, Tier::Silver, 1, 71000, march, IncreaseReason::Carrier).ok()); // no reference
        QVERIFY(PriceService(*d->db).isIncrease(change(p.code, Tier::Silver, 1, 71000, march)).value());
        QVERIFY(set(p.code, Tier::Silver, 1, 71000, march, IncreaseReason::Policy, QStringLiteral("发改价格〔2026〕3号")).ok());
        Result<QVector<AuditEntry>> log = AuditLog::page(*d->db, {}, 0, 1);
        QCOMPARE(log->first().action, QStringLiteral("price.set"));
        QCOMPARE(log->first().clause, QStringLiteral("§2.4"));
        QVERIFY(log->first().newValue.contains(QLatin1String("reason=policy")));
        QVERIFY(log->first().newValue.contains(QStringLiteral("发改价格〔2026〕3号")));
        QCOMPARE(log->first().oldValue, QStringLiteral("70000 from 2026-01-01"));
    }

    void decreasesAreFreeWhileTheChainHolds()
    {
        const Plan p = plan();
        fullChain(p.code, m_jan);
        QVERIFY(!PriceService(*d->db).isIncrease(change(p.code, Tier::Standard, 2, 88000, m_jan)).value());
        QVERIFY(set(p.code, Tier::Standard, 2, 88000, QDate(2026, 2, 1)).ok());
        // A decrease below the gold price at the same level breaks the order.
        const Status s = set(p.code, Tier::Standard, 1, 64000, QDate(2026, 2, 1));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().details.join(QLatin1Char(' ')).contains(QLatin1String("level-1 Silver")),
                 qPrintable(s.error().details.join(QLatin1Char(' '))));
        QVERIFY(!set(p.code, Tier::Standard, 1, 0, QDate(2026, 2, 1)).ok());
    }

    void aChangeMustHoldOnLaterDatesToo()
    {
        const Plan p = plan();
        fullChain(p.code, m_jan);
        // Level-2 diamond down to ¥660 from February, level-2 gold down to ¥670 from June …
        QVERIFY(set(p.code, Tier::Diamond, 2, 66000, QDate(2026, 2, 1)).ok());
        QVERIFY(set(p.code, Tier::Gold, 2, 67000, QDate(2026, 6, 1)).ok());
        // … then a level-1 gold rise to ¥680 from March holds in March but not from June.
        const Status s = set(p.code, Tier::Gold, 1, 68000, QDate(2026, 3, 1), IncreaseReason::Carrier, QStringLiteral("ref"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().details.join(QLatin1Char(' ')).contains(QLatin1String("2026-06-01")),
                 qPrintable(s.error().details.join(QLatin1Char('\n'))));
    }

    void percentCutRoundsDownInTheAgentsFavour()
    {
        const Plan p = plan();
        fullChain(p.code, m_jan);
        int bp = 0;
        QVERIFY(PriceService::parsePercent(QStringLiteral("3.33"), &bp));
        QCOMPARE(bp, 333);
        QVERIFY(!PriceService::parsePercent(QStringLiteral("100"), &bp));
        QVERIFY(!PriceService::parsePercent(QStringLiteral("-1"), &bp));
        CutRequest r;
        r.percentBasisPoints = 333;
        r.from = QDate(2026, 7, 1);
        r.reason = QStringLiteral("年中让利");
        Result<CutPreview> done = PriceService(*d->db).applyCut(m_admin, r);
        QVERIFY2(done.ok(), qPrintable(done.error().text() + done.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(done->lines.size(), 8);
        // 75000 × 0.9667 = 72502.5 → 72502 (down, the agent pays less)
        QCOMPARE(PriceService(*d->db).priceOn(p.id, Tier::Standard, 1, r.from)->price.fen(), 72502);
        QCOMPARE(PriceService(*d->db).priceOn(p.id, Tier::Standard, 1, QDate(2026, 6, 30))->price.fen(), 75000);
    }

    void globalCutIsAllOrNothingNamingEachBrokenPlan()
    {
        const Plan a = plan(QStringLiteral("PA"));
        const Plan b = plan(QStringLiteral("PB"));
        const Plan c = plan(QStringLiteral("PC"));
        fullChain(a.code, m_jan);
        fullChain(b.code, m_jan);
        fullChain(c.code, m_jan);
        // PB's diamond sits just above cost + margin (¥550): a ¥30 cut pushes it under; PA and PC have room.
        QVERIFY(set(b.code, Tier::Diamond, 1, 56000, QDate(2026, 2, 1)).ok());
        CutRequest r;
        r.amountFen = 3000;
        r.from = QDate(2026, 3, 1);
        r.reason = QStringLiteral("全线降价");
        PriceService prices(*d->db);
        Result<CutPreview> preview = prices.previewCut(m_admin, r);
        QVERIFY(preview.ok());
        QCOMPARE(preview->lines.size(), 24);
        QCOMPARE(preview->brokenPlans, QStringList{QStringLiteral("PB")});
        QVERIFY(!preview->ok());
        Result<CutPreview> refused = prices.applyCut(m_admin, r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().clause, QStringLiteral("§2.4"));
        QVERIFY(refused.error().message.contains(QLatin1String("PB")));
        // Nothing changed anywhere, PA included.
        QCOMPARE(prices.priceOn(a.id, Tier::Standard, 1, r.from)->price.fen(), 75000);
        QCOMPARE(prices.history(a.id, Tier::Standard, 1)->size(), 1);
        // One plan only: allowed.
        r.planCode = a.code;
        QVERIFY(prices.applyCut(m_admin, r).ok());
        QCOMPARE(prices.priceOn(a.id, Tier::Standard, 1, r.from)->price.fen(), 72000);
        QCOMPARE(prices.priceOn(b.id, Tier::Standard, 1, r.from)->price.fen(), 75000);
        QCOMPARE(prices.applyCut(d->manager, r).error().kind, ErrorKind::Permission);
    }

    void importPricesChecksTheChainOfEveryPlanAtTheEnd()
    {
        plan();
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("prices.csv"));
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plan,tier,level,price_fen,effective_from\n"
                "P1000,standard,2,90000,2026-01-01\n" // rows in any order: the chain is judged at the end
                "P1000,silver,2,85000,2026-01-01\nP1000,gold,2,80000,2026-01-01\nP1000,diamond,2,70000,2026-01-01\n"
                "P1000,standard,1,75000,2026-01-01\nP1000,silver,1,70000,2026-01-01\n"
                "P1000,gold,1,65000,2026-01-01\nP1000,diamond,1,60000,2026-01-01\n");
        f.close();
        auto importer = ImportRegistry::create(QStringLiteral("prices"));
        QVERIFY(importer);
        Result<ImportReport> r = ImportRunner::run(*d->db, m_admin, *importer, good, false);
        QVERIFY2(r.ok(), qPrintable(r.error().text() + r.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(r->rows, 8);

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile g(bad);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("plan,tier,level,price_fen,effective_from\n"
                "P1000,gold,1,50000,2026-05-01\n"   // below cost + margin
                "P1000,silver,1,99000,2026-05-01\n" // a raise: refused without a reason
                "NOPE,gold,1,1,2026-05-01\n");
        g.close();
        auto again = ImportRegistry::create(QStringLiteral("prices"));
        Result<ImportReport> refused = ImportRunner::run(*d->db, m_admin, *again, bad, false);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().exitCode(), 3);
        const QString all = refused.error().details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String(":3: price_fen:")) && all.contains(QStringLiteral("§2.4")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String(":4: plan:")), qPrintable(all));
        QCOMPARE(PriceService(*d->db).history(1, Tier::Gold, 1)->size(), 1);

        // Rows that are each fine but leave the chain broken: refused at the end, naming the plan.
        const QString broken = dir.filePath(QStringLiteral("broken.csv"));
        QFile h(broken);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("plan,tier,level,price_fen,effective_from\nP1000,gold,1,50000,2026-05-01\n");
        h.close();
        auto third = ImportRegistry::create(QStringLiteral("prices"));
        Result<ImportReport> chain = ImportRunner::run(*d->db, m_admin, *third, broken, false);
        QVERIFY(!chain.ok());
        const QString lines = chain.error().details.join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QLatin1String("Plan P1000 on 2026-05-01")) && lines.contains(QStringLiteral("level-1 Diamond ¥600.00 is above level-1 Gold ¥500.00")),
                 qPrintable(lines));
        QCOMPARE(PriceService(*d->db).history(1, Tier::Gold, 1)->size(), 1);
    }

    void evaluationCountsSubAgentsAndProposesOneTierUp()
    {
        const Agent parent = d->agent(QStringLiteral("一级代理"));
        ContractService contracts(*d->db);
        QVERIFY(contracts.create(d->manager, parent.uscc, 2026, {{0, 0, 5, 5}}, m_jan, QDate(2026, 7, 1)).ok());
        const Agent child = d->agent(QStringLiteral("二级代理"), 2, parent.uscc);
        QVERIFY(contracts.create(d->manager, child.uscc, 2026, {{0, 0, 4, 4}}, m_jan, QDate(2026, 7, 1)).ok());
        const Agent idle = d->agent(QStringLiteral("无任务代理"));
        QVERIFY(contracts.create(d->manager, idle.uscc, 2026, {{0, 0, 0, 0}}, m_jan, QDate(2026, 7, 1)).ok());
        // Q3: parent opens 2, child 4 → parent 6/5 = 120 %, child 4/4 = 100 %.
        activate(parent, QStringLiteral("4001000001"), QDate(2026, 7, 2));
        activate(parent, QStringLiteral("4001000002"), QDate(2026, 9, 30));
        for (int i = 0; i < 4; ++i)
            activate(child, QStringLiteral("400200000%1").arg(i), QDate(2026, 8, 1 + i));
        activate(parent, QStringLiteral("4001000003"), QDate(2026, 10, 1)); // Q4: not counted

        Quarter q3;
        QVERIFY(Quarter::parse(QStringLiteral("2026Q3"), &q3));
        QCOMPARE(q3.first(), QDate(2026, 7, 1));
        QCOMPARE(q3.last(), QDate(2026, 9, 30));
        QuarterlyEvaluation eval(*d->db);
        Result<QVector<Performance>> rows = eval.evaluate(d->manager, q3);
        QVERIFY2(rows.ok(), qPrintable(rows.error().text()));
        QCOMPARE(rows->size(), 3);
        QHash<QString, Performance> by;
        for (const Performance &p : *rows)
            by.insert(p.agentUscc, p);
        QCOMPARE(by[parent.uscc].activations, 6);
        QCOMPARE(by[parent.uscc].completionPercent, 120);
        QVERIFY(by[parent.uscc].hasProposal);
        QCOMPARE(by[parent.uscc].proposedTier, Tier::Silver);
        QCOMPARE(by[child.uscc].activations, 4);
        QCOMPARE(by[child.uscc].completionPercent, 100);
        QVERIFY(!by[child.uscc].hasProposal); // below 120 %: no proposal, and never a lower tier
        QVERIFY(!by[idle.uscc].hasTask);      // zero task: shown, not divided by
        QVERIFY(!by[idle.uscc].hasCompletion);
        QVERIFY(!by[idle.uscc].hasProposal);

        // Approval takes effect from the first day of the next quarter.
        QVERIFY(eval.approve(d->manager, by[parent.uscc].proposalId, QDate(2026, 10, 8)).ok());
        AgentService agents(*d->db);
        QCOMPARE(*agents.tierOn(parent.id, QDate(2026, 9, 30)), Tier::Standard);
        QCOMPARE(*agents.tierOn(parent.id, QDate(2026, 10, 1)), Tier::Silver);
        QVERIFY(!eval.approve(d->manager, by[parent.uscc].proposalId).ok()); // decided once
        // Re-running keeps the decision.
        Result<QVector<Performance>> again = eval.evaluate(d->manager, q3);
        for (const Performance &p : *again) {
            if (p.agentUscc == parent.uscc) {
                QCOMPARE(p.status, ProposalStatus::Approved);
                QCOMPARE(p.effectiveFrom, QDate(2026, 10, 1));
            }
        }
        QCOMPARE(eval.evaluate(d->auditor, q3).error().kind, ErrorKind::Permission);
    }

    void noProposalAboveDiamondAndDeclineIsRecorded()
    {
        AgentInput in = d->agentInput(QStringLiteral("钻石代理"));
        in.tier = QStringLiteral("diamond");
        const Agent top = *AgentService(*d->db).create(d->manager, in);
        const Agent gold = d->agent(QStringLiteral("普通代理"));
        ContractService contracts(*d->db);
        QVERIFY(contracts.create(d->manager, top.uscc, 2026, {{1, 1, 1, 1}}, m_jan, QDate(2026, 2, 1)).ok());
        QVERIFY(contracts.create(d->manager, gold.uscc, 2026, {{1, 1, 1, 1}}, m_jan, QDate(2026, 2, 1)).ok());
        activate(top, QStringLiteral("4003000001"), QDate(2026, 2, 2));
        activate(top, QStringLiteral("4003000002"), QDate(2026, 2, 3));
        activate(gold, QStringLiteral("4003000003"), QDate(2026, 2, 3));
        activate(gold, QStringLiteral("4003000004"), QDate(2026, 2, 4));
        QuarterlyEvaluation eval(*d->db);
        Result<QVector<Performance>> rows = eval.evaluate(d->manager, Quarter{2026, 1});
        for (const Performance &p : *rows) {
            if (p.agentUscc == top.uscc) {
                QCOMPARE(p.completionPercent, 200);
                QVERIFY(!p.hasProposal); // nothing above diamond
            } else {
                QVERIFY(p.hasProposal);
                QVERIFY(eval.decline(d->manager, p.proposalId).ok());
            }
        }
        QCOMPARE(AgentService(*d->db).find(gold.uscc)->tier, Tier::Standard);
        AuditFilter f;
        f.text = QStringLiteral("tier.decline");
        QCOMPARE(*AuditLog::count(*d->db, f), 1);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
