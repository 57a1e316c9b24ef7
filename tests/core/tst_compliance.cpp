// Violations and penalties (§3.2, §3.9), training (§2.7), service takeover (§2.3, §9.6).

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "compliance/TakeoverService.h"
#include "compliance/TrainingService.h"
#include "compliance/ViolationService.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "settings/Parameters.h"

#include <QCryptographicHash>

using namespace cd;

class TestCompliance : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const QDate m_today{2026, 3, 10};

    Contract sign(const Agent &a, const QDate &start = QDate(2026, 1, 1))
    {
        Result<Contract> c = ContractService(*d->db).create(d->manager, a.uscc, start.year(), {{5, 5, 5, 5}},
                                                            start, m_today);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }
    Customer customer(const Agent &a, const QString &name, const QString &prefix = QStringLiteral("91"))
    {
        CustomerInput in;
        in.name = name;
        in.uscc = cdtest::makeUscc(prefix, 5000 + ++d->serial, QStringLiteral("310115"));
        in.agentUscc = a.uscc;
        Result<Customer> c = CustomerService(*d->db).create(d->manager, in);
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

    void negligentClassificationSupervisesTheAgent()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        const Contract c = sign(a);
        ViolationService v(*d->db);
        Result<Violation> open = v.open(d->manager, a.uscc, m_today, QStringLiteral("§3.9"),
                                        QStringLiteral("客户提供伪造营业执照"), QStringLiteral("spot_check"));
        QVERIFY2(open.ok(), qPrintable(open.error().text()));
        QVERIFY(open->open);
        QCOMPARE(open->classification, Classification::Unclassified);
        QVERIFY(!v.close(d->manager, open->id).ok()); // classify first
        QVERIFY(v.classify(d->manager, open->id, Classification::Negligent, m_today).ok());
        QCOMPARE(AgentService(*d->db).find(a.uscc)->status, AgentStatus::Supervised);
        // Cooperation goes on: the contract stays active.
        QCOMPARE(ContractService(*d->db).find(c.number)->status, ContractStatus::Active);
        QCOMPARE(v.find(open->id)->classifiedBy, QStringLiteral("li.na"));
        // Classified once.
        QVERIFY(!v.classify(d->manager, open->id, Classification::Intentional, m_today).ok());
        QVERIFY(v.close(d->manager, open->id).ok());
        QVERIFY(!v.find(open->id)->open);
    }

    void intentionalClassificationTerminatesUnder39()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        const Contract c = sign(a);
        ViolationService v(*d->db);
        Result<Violation> open = v.open(d->manager, a.uscc, m_today, QStringLiteral("§3.9"),
                                        QStringLiteral("明知客户为诈骗团伙仍为其开户"));
        QVERIFY(v.classify(d->manager, open->id, Classification::Intentional, QDate(2026, 3, 12)).ok());
        const Contract ended = *ContractService(*d->db).find(c.number);
        QCOMPARE(ended.status, ContractStatus::Terminated);
        QCOMPARE(ended.terminationReason, QStringLiteral("fraud"));
        QCOMPARE(ended.terminationClause, QStringLiteral("§3.9"));
        QCOMPARE(ended.terminatedOn, QDate(2026, 3, 12));
        QCOMPARE(AgentService(*d->db).find(a.uscc)->status, AgentStatus::Terminated);
    }

    void violationNeedsAClauseAndDescription()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        ViolationService v(*d->db);
        QVERIFY(!v.open(d->manager, a.uscc, m_today, QStringLiteral("§2.4"), QStringLiteral("x")).ok());
        QVERIFY(!v.open(d->manager, a.uscc, m_today, QStringLiteral("§3.2"), QStringLiteral("  ")).ok());
        QCOMPARE(v.open(d->auditor, a.uscc, m_today, QStringLiteral("§3.2"), QStringLiteral("x")).error().kind,
                 ErrorKind::Permission);
        QVERIFY(v.list()->isEmpty());
    }

    void evidenceIsStoredWithItsHash()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        ViolationService v(*d->db);
        Result<Violation> open = v.open(d->manager, a.uscc, m_today, QStringLiteral("§3.2"), QStringLiteral("违规宣传"));
        const QByteArray photo("\x89PNG fake evidence bytes", 24);
        Result<Evidence> e = v.attach(d->manager, open->id, QStringLiteral("现场照片.png"), photo, m_today);
        QVERIFY2(e.ok(), qPrintable(e.error().text()));
        QCOMPARE(e->sha256, QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(v.evidence(open->id)->size(), 1);
        QCOMPARE(*v.evidenceContent(e->id), photo);
        // A missing file is named, not a bare "No such record.".
        const Result<QByteArray> missing = v.evidenceContent(e->id + 1000);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY2(missing.error().text().contains(QString::number(e->id + 1000)),
                 qPrintable(missing.error().text()));
        QCOMPARE(v.find(open->id)->evidenceCount, 1);
        QVERIFY(!v.attach(d->manager, open->id, QStringLiteral("empty.txt"), QByteArray(), m_today).ok());
    }

    // Before the first recorded tier the starting tier holds (data moved in
    // from elsewhere may date it at the agent's start); with no history at
    // all, the tier on the agent's record. Never "no such record".
    void tierOnBeforeTheFirstRecordedTier()
    {
        Result<Agent> a = AgentService(*d->db).create(d->manager, d->agentInput(QStringLiteral("迁入代理")));
        QVERIFY(a.ok());
        QVERIFY(d->db->exec(QStringLiteral("DELETE FROM agent_tiers WHERE agent_id = %1").arg(a->id)).ok());
        QVERIFY(d->db->exec(QStringLiteral("UPDATE agents SET tier = 'silver' WHERE id = %1").arg(a->id)).ok());
        AgentService agents(*d->db);
        QCOMPARE(*agents.tierOn(a->id, QDate(2026, 1, 1)), Tier::Silver);
        QVERIFY(d->db->exec(QStringLiteral("INSERT INTO agent_tiers (agent_id, tier, effective_from, reason)"
                                           " VALUES (%1, 'gold', '2026-06-01', 'moved in'),"
                                           " (%1, 'diamond', '2026-09-01', 'promotion')").arg(a->id)).ok());
        QCOMPARE(*agents.tierOn(a->id, QDate(2026, 1, 1)), Tier::Gold);
        QCOMPARE(*agents.tierOn(a->id, QDate(2026, 6, 1)), Tier::Gold);
        QCOMPARE(*agents.tierOn(a->id, QDate(2026, 9, 30)), Tier::Diamond);
        const Result<Tier> none = agents.tierOn(999999, QDate(2026, 1, 1));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("999999")));
    }

    void downgradeIsOneTierAndTheOnlyWayDown()
    {
        AgentInput in = d->agentInput(QStringLiteral("金牌代理"));
        in.tier = QStringLiteral("gold");
        Result<Agent> a = AgentService(*d->db).create(d->manager, in);
        QVERIFY(a.ok());
        sign(*a);
        ViolationService v(*d->db);
        Result<Violation> open = v.open(d->manager, a->uscc, m_today, QStringLiteral("§3.2"), QStringLiteral("违规"));
        Result<Penalty> p = v.penalise(d->manager, open->id, PenaltyKind::Downgrade, QDate(2026, 4, 1));
        QVERIFY2(p.ok(), qPrintable(p.error().text()));
        AgentService agents(*d->db);
        QCOMPARE(agents.find(a->uscc)->tier, Tier::Silver);
        // Prices on earlier dates keep the tier of those dates.
        QCOMPARE(*agents.tierOn(a->id, QDate(2026, 3, 31)), Tier::Gold);
        QCOMPARE(*agents.tierOn(a->id, QDate(2026, 4, 1)), Tier::Silver);
        QVERIFY(v.penalise(d->manager, open->id, PenaltyKind::Downgrade, QDate(2026, 5, 1)).ok());
        QCOMPARE(agents.find(a->uscc)->tier, Tier::Standard);
        Result<Penalty> none = v.penalise(d->manager, open->id, PenaltyKind::Downgrade, QDate(2026, 6, 1));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().clause, QStringLiteral("§3.2"));
        QCOMPARE(v.penalties(open->id)->size(), 2);
    }

    void otherPenalties()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        const Contract c = sign(a);
        ViolationService v(*d->db);
        Result<Violation> open = v.open(d->manager, a.uscc, m_today, QStringLiteral("§3.2"), QStringLiteral("违规"));
        QVERIFY(v.penalise(d->manager, open->id, PenaltyKind::Warning, m_today).ok());
        QVERIFY(!v.penalise(d->manager, open->id, PenaltyKind::Fine, m_today).ok()); // no amount
        Result<Penalty> fine = v.penalise(d->manager, open->id, PenaltyKind::Fine, m_today, Money::fromFen(500000));
        QVERIFY(fine.ok());
        QCOMPARE(fine->amount.fen(), 500000);
        QVERIFY(!v.penalise(d->manager, open->id, PenaltyKind::Stop, m_today, {}, QDate(2026, 5, 1),
                            QDate(2026, 4, 1)).ok()); // end before start
        QVERIFY(v.penalise(d->manager, open->id, PenaltyKind::Termination, QDate(2026, 3, 20)).ok());
        const Contract ended = *ContractService(*d->db).find(c.number);
        QCOMPARE(ended.status, ContractStatus::Terminated);
        QCOMPARE(ended.terminationClause, QStringLiteral("§3.2"));
        QCOMPARE(ended.terminationReason, QStringLiteral("improper"));
        QCOMPARE(*v.countInYearBefore(a.id, m_today), 1);
        QCOMPARE(*v.countInYearBefore(a.id, QDate(2027, 3, 11)), 0);
    }

    void trainingOverdueAfterThirtyDays()
    {
        const Agent trained = d->agent(QStringLiteral("已培训"));
        const Agent late = d->agent(QStringLiteral("未培训"));
        const Agent fresh = d->agent(QStringLiteral("新签约"));
        sign(trained, QDate(2026, 1, 5));
        sign(late, QDate(2026, 1, 5));
        sign(fresh, QDate(2026, 3, 1));
        d->agent(QStringLiteral("意向客户")); // never signed: not listed
        TrainingService training(*d->db);
        Result<TrainingSession> s = training.addSession(d->manager, QDate(2026, 1, 20), QStringLiteral("平台操作与合规"),
                                                        QStringLiteral("赵磊"));
        QVERIFY(s.ok());
        QVERIFY(training.recordAttendance(d->manager, s->id, {trained.uscc}).ok());
        QVERIFY(training.recordAttendance(d->manager, s->id, {trained.uscc}).ok()); // once is enough
        QCOMPARE(training.attendees(s->id)->size(), 1);
        Result<QVector<TrainingDue>> overdue = training.untrained(m_today);
        QVERIFY(overdue.ok());
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->first().agentUscc, late.uscc);
        QCOMPARE(overdue->first().dueBy, QDate(2026, 2, 4));
        Result<QVector<TrainingDue>> all = training.untrained(m_today, true);
        QCOMPARE(all->size(), 2); // the fresh one is due by 2026-03-31
        // A late session trains the agent: it leaves the overdue list.
        Result<TrainingSession> s2 = training.addSession(d->manager, QDate(2026, 3, 9), QStringLiteral("补训"), QStringLiteral("赵磊"));
        QVERIFY(training.recordAttendance(d->manager, s2->id, {late.uscc}).ok());
        QCOMPARE(training.untrained(m_today)->size(), 0);
        QCOMPARE(training.untrained(QDate(2026, 3, 8))->size(), 1); // before that session it was overdue
        QVERIFY(!training.addSession(d->manager, m_today, QString(), QStringLiteral("x")).ok());
        QVERIFY(!training.recordAttendance(d->manager, 999, {trained.uscc}).ok());
    }

    void takeoverAtOnceWhenTheAgentCannotServe()
    {
        const Agent a = d->agent(QStringLiteral("失联代理"));
        sign(a);
        const Customer c1 = customer(a, QStringLiteral("上海甲公司"));
        const Customer c2 = customer(a, QStringLiteral("上海乙个体店"), QStringLiteral("92"));
        TakeoverService t(*d->db);
        QVERIFY(!t.takeOver(d->manager, a.uscc, TakeoverGrounds::CannotServe, QString(), m_today).ok());
        Result<Takeover> done = t.takeOver(d->manager, a.uscc, TakeoverGrounds::CannotServe,
                                           QStringLiteral("代理商电话停机、办公地址人去楼空"), m_today, {c1.uscc});
        QVERIFY2(done.ok(), qPrintable(done.error().text()));
        QCOMPARE(done->customers, 1);
        QCOMPARE(done->clause, QStringLiteral("§2.3"));
        CustomerService customers(*d->db);
        QVERIFY(customers.find(c1.uscc)->servedByProvider());
        QCOMPARE(customers.find(c1.uscc)->agentUscc, a.uscc); // the developing agent stays on record
        QVERIFY(!customers.find(c2.uscc)->servedByProvider());
        // The rest, then nothing left.
        QCOMPARE(t.takeOver(d->manager, a.uscc, TakeoverGrounds::CannotServe, QStringLiteral("同上"), m_today)->customers, 1);
        QVERIFY(!t.takeOver(d->manager, a.uscc, TakeoverGrounds::CannotServe, QStringLiteral("同上"), m_today).ok());
        QCOMPARE(t.takeovers(a.id)->size(), 2);
        AuditFilter f;
        f.text = QStringLiteral("customer.service_owner");
        QCOMPARE(*AuditLog::count(*d->db, f), 2);
    }

    void terminatedAgentNeedsReminderAndWait()
    {
        const Agent a = d->agent(QStringLiteral("终止代理"));
        const Contract c = sign(a);
        const Customer cust = customer(a, QStringLiteral("杭州丙公司"));
        TakeoverService t(*d->db);
        // Not terminated: the §9.6 procedure does not apply.
        QVERIFY(!t.check(a.uscc, TakeoverGrounds::AfterReminder, m_today).ok());
        QVERIFY(ContractService(*d->db).terminate(d->manager, c.number, TerminationReason::Request, QDate(2026, 3, 1)).ok());
        // No reminder yet.
        Result<QString> none = t.check(a.uscc, TakeoverGrounds::AfterReminder, m_today);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().clause, QStringLiteral("§9.6"));
        QVERIFY(t.remind(d->manager, a.uscc, QDate(2026, 3, 1), QStringLiteral("书面提醒恢复服务")).ok());
        // 9 days later: too early, and the message says from when.
        Result<QString> early = t.check(a.uscc, TakeoverGrounds::AfterReminder, m_today);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QLatin1String("2026-03-16")), qPrintable(early.error().message));
        QVERIFY(!t.takeOver(d->manager, a.uscc, TakeoverGrounds::AfterReminder, QStringLiteral("停止服务"), m_today).ok());
        QVERIFY(!CustomerService(*d->db).find(cust.uscc)->servedByProvider());
        // 15 days (configurable) later: allowed.
        QVERIFY(t.check(a.uscc, TakeoverGrounds::AfterReminder, QDate(2026, 3, 16)).ok());
        Result<Takeover> done = t.takeOver(d->manager, a.uscc, TakeoverGrounds::AfterReminder,
                                           QStringLiteral("提醒后仍未恢复服务"), QDate(2026, 3, 16));
        QVERIFY2(done.ok(), qPrintable(done.error().text()));
        QCOMPARE(done->clause, QStringLiteral("§9.6"));
        QVERIFY(CustomerService(*d->db).find(cust.uscc)->servedByProvider());
    }

    void correctedReminderDoesNotCountAndBreachOfLawIsImmediate()
    {
        const Agent a = d->agent(QStringLiteral("终止代理"));
        const Contract c = sign(a);
        customer(a, QStringLiteral("广州丁公司"));
        QVERIFY(ContractService(*d->db).terminate(d->manager, c.number, TerminationReason::Improper, QDate(2026, 2, 1)).ok());
        TakeoverService t(*d->db);
        Result<TakeoverReminder> r = t.remind(d->manager, a.uscc, QDate(2026, 2, 1), QString());
        QVERIFY(t.markCorrected(d->manager, r->id, QDate(2026, 2, 5)).ok());
        QVERIFY(!t.check(a.uscc, TakeoverGrounds::AfterReminder, m_today).ok());
        // A shorter configured wait applies at once.
        QVERIFY(Parameters(*d->db).set(Actor{QStringLiteral("admin"), Role::Admin}, QStringLiteral("takeover_wait_days"),
                                       QStringLiteral("5")).ok());
        QVERIFY(t.remind(d->manager, a.uscc, QDate(2026, 3, 5), QString()).ok());
        QVERIFY(t.check(a.uscc, TakeoverGrounds::AfterReminder, m_today).ok());
        // Breach of law: at once, terminated agents only.
        QVERIFY(t.check(a.uscc, TakeoverGrounds::BreachOfLaw, m_today).ok());
        const Agent working = d->agent(QStringLiteral("正常代理"));
        QVERIFY(!t.check(working.uscc, TakeoverGrounds::BreachOfLaw, m_today).ok());
    }

    void customersMayBeIndividualBusinessesNotPersons()
    {
        const Agent a = d->agent(QStringLiteral("华信"));
        sign(a);
        CustomerService customers(*d->db);
        CustomerInput in;
        in.name = QStringLiteral("张三");
        in.agentUscc = a.uscc;
        in.uscc = QStringLiteral("11010519491231002X");
        QVERIFY(!customers.create(d->manager, in).ok());
        in.uscc = cdtest::makeUscc(QStringLiteral("92"), 77);
        QVERIFY(customers.create(d->manager, in).ok());
    }
};

QTEST_GUILESS_MAIN(TestCompliance)
#include "tst_compliance.moc"
