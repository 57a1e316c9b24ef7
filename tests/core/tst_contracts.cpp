// Contracts (§9.2), termination (§3.9, §3.2) and the right to open numbers (§9.6).

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "compliance/ViolationService.h"
#include "contracts/ContractService.h"
#include "contracts/OperatingRights.h"

using namespace cd;

class TestContracts : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const QDate m_today{2026, 3, 10};
    const std::array<int, 4> m_tasks{{10, 12, 14, 16}};

    Contract sign(const Agent &a, int year = 2026, const QDate &start = {})
    {
        Result<Contract> c = ContractService(*d->db).create(d->manager, a.uscc, year, m_tasks, start, m_today);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
    }

    void firstContractRunsFromSigningAndActivatesTheAgent()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        const Contract c = sign(a);
        QCOMPARE(c.number, QStringLiteral("HT-2026-0001"));
        QCOMPARE(c.start, m_today);              // §9.2 from signing …
        QCOMPARE(c.end, QDate(2026, 12, 31));    // … to 31 December
        QCOMPARE(c.status, ContractStatus::Active);
        QCOMPARE(c.tasks, m_tasks);
        QCOMPARE(c.tier, Tier::Standard);
        QCOMPARE(AgentService(*d->db).find(a.uscc)->status, AgentStatus::Active);
        QVERIFY(ContractService::isContractNumber(c.number));
        // Numbers run on per year.
        QCOMPARE(sign(d->agent(QStringLiteral("通达"))).number, QStringLiteral("HT-2026-0002"));
        QCOMPARE(sign(d->agent(QStringLiteral("远景")), 2027).number, QStringLiteral("HT-2027-0001"));
    }

    void explicitStartMustBeInTheYear()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        ContractService contracts(*d->db);
        Result<Contract> c = contracts.create(d->manager, a.uscc, 2026, m_tasks, QDate(2025, 12, 1), m_today);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().clause, QStringLiteral("§9.2"));
        QVERIFY(contracts.create(d->manager, a.uscc, 2026, m_tasks, QDate(2026, 1, 1), m_today).ok());
        QCOMPARE(contracts.find(QStringLiteral("HT-2026-0001"))->start, QDate(2026, 1, 1));
    }

    void atMostOneActiveContract()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        sign(a);
        Result<Contract> again = ContractService(*d->db).create(d->manager, a.uscc, 2026, m_tasks, {}, m_today);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().clause, QStringLiteral("§9.2"));
        QVERIFY(again.error().message.contains(QLatin1String("HT-2026-0001")));
        QCOMPARE(ContractService(*d->db).list({a.id, QStringLiteral("active"), 0})->size(), 1);
    }

    void nextYearsContractWaitsAsDraftThenTheSweepSwitches()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        sign(a);
        ContractService contracts(*d->db);
        Result<Contract> next = contracts.create(d->manager, a.uscc, 2027, m_tasks, {}, m_today);
        QVERIFY2(next.ok(), qPrintable(next.error().text()));
        QCOMPARE(next->status, ContractStatus::Draft);
        QCOMPARE(next->start, QDate(2027, 1, 1));

        Result<ContractSweepResult> dec = contracts.sweep(d->manager, QDate(2026, 12, 31));
        QCOMPARE(dec->expired, 0);
        QCOMPARE(dec->activated, 0);
        // A sweep that missed the turn of the year catches up in one run.
        Result<ContractSweepResult> feb = contracts.sweep(d->manager, QDate(2027, 2, 3));
        QVERIFY(feb.ok());
        QCOMPARE(feb->expired, 1);
        QCOMPARE(feb->activated, 1);
        QCOMPARE(contracts.find(QStringLiteral("HT-2026-0001"))->status, ContractStatus::Expired);
        QCOMPARE(contracts.find(next->number)->status, ContractStatus::Active);
        // Idempotent.
        Result<ContractSweepResult> again = contracts.sweep(d->manager, QDate(2027, 2, 3));
        QCOMPARE(again->expired, 0);
        QCOMPARE(again->activated, 0);
    }

    void yearEndDraftsForAgentsInGoodStanding()
    {
        const Agent good = d->agent(QStringLiteral("良好"));
        const Agent ended = d->agent(QStringLiteral("终止"));
        d->agent(QStringLiteral("意向")); // a prospect gets none
        sign(good);
        const Contract c = sign(ended);
        ContractService contracts(*d->db);
        QVERIFY(contracts.terminate(d->manager, c.number, TerminationReason::Request, QDate(2026, 6, 30)).ok());
        Result<int> n = contracts.prepareDrafts(d->manager, 2027);
        QVERIFY(n.ok());
        QCOMPARE(*n, 1);
        Result<QVector<Contract>> drafts = contracts.list({0, QStringLiteral("draft"), 2027});
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().agentId, good.id);
        QCOMPARE(drafts->first().tasks, m_tasks); // carried over, to be confirmed at signing
        QCOMPARE(*contracts.prepareDrafts(d->manager, 2027), 0); // once only
        // Signing next year's contract uses the draft rather than adding one.
        Result<Contract> signedDraft = contracts.create(d->manager, good.uscc, 2027, {{1, 2, 3, 4}}, {}, m_today);
        QVERIFY2(signedDraft.ok(), qPrintable(signedDraft.error().text()));
        QCOMPARE(signedDraft->number, drafts->first().number);
        QCOMPARE(signedDraft->tasks, (std::array<int, 4>{{1, 2, 3, 4}}));
    }

    void terminationNeedsReasonDateAndCitesClause_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("clause");
        QTest::newRow("fraud") << int(TerminationReason::Fraud) << QStringLiteral("§3.9");
        QTest::newRow("improper") << int(TerminationReason::Improper) << QStringLiteral("§3.2");
        QTest::newRow("request") << int(TerminationReason::Request) << QStringLiteral("§3.9");
        QTest::newRow("ceased") << int(TerminationReason::Ceased) << QStringLiteral("§3.9");
    }
    void terminationNeedsReasonDateAndCitesClause()
    {
        QFETCH(int, reason);
        QFETCH(QString, clause);
        const Agent a = d->agent(QStringLiteral("华信"));
        const Contract c = sign(a);
        ContractService contracts(*d->db);
        const Status outside = contracts.terminate(d->manager, c.number, TerminationReason(reason), QDate(2025, 5, 1));
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().clause, clause);
        QVERIFY(contracts.terminate(d->manager, c.number, TerminationReason(reason), QDate(2026, 5, 1)).ok());
        const Contract ended = *contracts.find(c.number);
        QCOMPARE(ended.status, ContractStatus::Terminated);
        QCOMPARE(ended.terminatedOn, QDate(2026, 5, 1));
        QCOMPARE(ended.terminationReason, terminationReasonKey(TerminationReason(reason)));
        QCOMPARE(ended.terminationClause, clause);
        QCOMPARE(AgentService(*d->db).find(a.uscc)->status, AgentStatus::Terminated);
        AuditFilter f;
        f.text = QStringLiteral("contract.terminate");
        QCOMPARE(AuditLog::page(*d->db, f, 0, 5)->first().clause, clause);
        // Terminated once is terminated.
        QVERIFY(!contracts.terminate(d->manager, c.number, TerminationReason(reason), QDate(2026, 5, 2)).ok());
        // §9.6 No new contract for a terminated agent.
        Result<Contract> again = contracts.create(d->manager, a.uscc, 2027, m_tasks, {}, m_today);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().clause, QStringLiteral("§9.6"));
    }

    void operatingRights()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        // No contract yet: no new numbers (§9.2), renewals fine.
        Status s = OperatingRights::canOpenNewNumbers(*d->db, a.id, m_today);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().clause, QStringLiteral("§9.2"));
        const Contract c = sign(a);
        QVERIFY(OperatingRights::canOpenNewNumbers(*d->db, a.id, m_today).ok());
        // Outside the contract's term.
        QVERIFY(!OperatingRights::canOpenNewNumbers(*d->db, a.id, QDate(2027, 1, 5)).ok());

        // A §3.2 stop on new activations covers its dates only.
        ViolationService violations(*d->db);
        Result<Violation> v = violations.open(d->manager, a.uscc, m_today, QStringLiteral("§3.2"),
                                              QStringLiteral("虚假宣传"));
        QVERIFY2(v.ok(), qPrintable(v.error().text()));
        QVERIFY(violations.penalise(d->manager, v->id, PenaltyKind::Stop, m_today, {}, QDate(2026, 4, 1),
                                    QDate(2026, 4, 30)).ok());
        QVERIFY(OperatingRights::canOpenNewNumbers(*d->db, a.id, QDate(2026, 3, 31)).ok());
        s = OperatingRights::canOpenNewNumbers(*d->db, a.id, QDate(2026, 4, 15));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().clause, QStringLiteral("§3.2"));
        QVERIFY(OperatingRights::canOpenNewNumbers(*d->db, a.id, QDate(2026, 5, 1)).ok());

        // §9.6 Terminated: renew and serve, never open.
        QVERIFY(ContractService(*d->db).terminate(d->manager, c.number, TerminationReason::Request, QDate(2026, 6, 1)).ok());
        s = OperatingRights::canOpenNewNumbers(*d->db, a.id, QDate(2026, 6, 2));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().clause, QStringLiteral("§9.6"));
        QVERIFY(OperatingRights::canRenew(*d->db, a.id, QDate(2026, 6, 2)).ok());
        QVERIFY(!OperatingRights::canRenew(*d->db, 4242, QDate(2026, 6, 2)).ok());
    }

    void subAgentOfATerminatedParentMayNotOpen()
    {
        const Agent parent = d->agent(QStringLiteral("一级"));
        const Contract pc = sign(parent);
        const Agent child = d->agent(QStringLiteral("二级"), 2, parent.uscc);
        sign(child);
        QVERIFY(OperatingRights::canOpenNewNumbers(*d->db, child.id, m_today).ok());
        QVERIFY(ContractService(*d->db).terminate(d->manager, pc.number, TerminationReason::Ceased, m_today).ok());
        const Status s = OperatingRights::canOpenNewNumbers(*d->db, child.id, m_today);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().clause, QStringLiteral("§9.6"));
    }

    void auditorsMayNotSign()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        Result<Contract> c = ContractService(*d->db).create(d->auditor, a.uscc, 2026, m_tasks, {}, m_today);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestContracts)
#include "tst_contracts.moc"
