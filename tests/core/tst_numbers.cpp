// Numbers, payments and the daily sweep (§2.10, §3.9, §9.6): the worked example first.

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "compliance/TakeoverService.h"
#include "compliance/ViolationService.h"
#include "contracts/ContractService.h"
#include "csv/ImportRegistry.h"
#include "csv/ImportRunner.h"
#include "customers/CustomerService.h"
#include "numbers/LifecycleSweep.h"
#include "numbers/NumberService.h"
#include "numbers/PaymentService.h"
#include "pricing/PlanService.h"
#include "settings/Parameters.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>

using namespace cd;

class TestNumbers : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};
    Agent m_agent;
    Customer m_customer;

    void addPlan(const QString &code, qint64 fee)
    {
        PlanInput in;
        in.code = code;
        in.name = code;
        in.carrier = QStringLiteral("telecom");
        in.annualFeeFen = QString::number(fee);
        in.carrierCostFen = QString::number(fee / 2);
        QVERIFY(PlanService(*d->db).create(m_admin, in).ok());
    }

    void pool(const QStringList &numbers)
    {
        for (const QString &n : numbers) {
            SqlQuery q(*d->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                              " VALUES (:n, 'telecom', :g, '2025-01-01T00:00:00Z')"));
            q.bind(QStringLiteral(":n"), n).bind(QStringLiteral(":g"), gradeKey(gradeOf(n)));
            QVERIFY(q.exec().ok());
        }
    }

    Customer customer(const QString &name, const QString &qualification = QStringLiteral("approved"))
    {
        CustomerInput in;
        in.name = name;
        in.uscc = cdtest::makeUscc(QStringLiteral("91"), 7000 + ++d->serial, QStringLiteral("440305"));
        in.agentUscc = m_agent.uscc;
        in.qualification = qualification;
        Result<Customer> c = CustomerService(*d->db).create(d->manager, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }

    Result<Number> activate(const QString &number, const QDate &date, int months = 12,
                            const QString &plan = QStringLiteral("STD"), const Customer *who = nullptr)
    {
        Activation a;
        a.number = number;
        a.customerUscc = (who ? *who : m_customer).uscc;
        a.planCode = plan;
        a.date = date;
        a.months = months;
        return NumberService(*d->db).activate(d->manager, a);
    }

    QStringList notices(const QString &number)
    {
        SqlQuery q(*d->db, QStringLiteral("SELECT x.notice_date || ' ' || x.kind || ' ' || COALESCE(a.uscc, 'provider')"
                                          " FROM notices x JOIN numbers n ON n.id = x.number_id"
                                          " LEFT JOIN agents a ON a.id = x.recipient_agent_id"
                                          " WHERE n.number = :n ORDER BY x.notice_date, x.kind"));
        q.bind(QStringLiteral(":n"), number);
        QStringList out;
        if (!q.exec().ok())
            return out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    SweepCounts sweep(const QDate &date)
    {
        Result<SweepCounts> r = LifecycleSweep(*d->db).run(d->manager, date);
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return *r;
    }

    Number number(const QString &n) { return *NumberService(*d->db).find(n); }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
        m_agent = d->agent(QStringLiteral("深圳华南通信有限公司"));
        ContractService contracts(*d->db);
        QVERIFY(contracts.create(d->manager, m_agent.uscc, 2025, {{1, 1, 1, 1}}, QDate(2025, 1, 1), QDate(2025, 1, 2)).ok());
        addPlan(QStringLiteral("STD"), 100000);
        addPlan(QStringLiteral("GOLD"), 600000);
        m_customer = customer(QStringLiteral("深圳甲科技有限公司"));
        pool({QStringLiteral("4008001234"), QStringLiteral("4008005172"), QStringLiteral("4008008888"),
              QStringLiteral("4008005173"), QStringLiteral("4008005174"), QStringLiteral("4008005175")});
    }

    void workedExampleOfTheSpec()
    {
        // Paid through 2026-01-31 → notices 01-01, 01-16, 01-24; overdue from 02-01;
        // suspended 02-16; reclaim warning 05-10; reclaimed 05-17.
        Result<Number> n = activate(QStringLiteral("4008005172"), QDate(2025, 2, 1));
        QVERIFY2(n.ok(), qPrintable(n.error().text()));
        QCOMPARE(n->paidThrough, QDate(2026, 1, 31));
        const SweepCounts c = sweep(QDate(2026, 5, 17));
        QCOMPARE(c.suspended, 1);
        QCOMPARE(c.reclaimed, 1);
        const QString owner = m_agent.uscc;
        QCOMPARE(notices(QStringLiteral("4008005172")),
                 (QStringList{QStringLiteral("2026-01-01 renewal_due ") + owner,
                              QStringLiteral("2026-01-16 renewal_due ") + owner,
                              QStringLiteral("2026-01-24 renewal_due ") + owner,
                              QStringLiteral("2026-02-16 suspended ") + owner,
                              QStringLiteral("2026-05-10 reclaim_warning ") + owner,
                              QStringLiteral("2026-05-17 reclaimed ") + owner}));
        const Number after = number(QStringLiteral("4008005172"));
        QCOMPARE(after.status, NumberStatus::Reclaimed);
        QCOMPARE(after.suspendedOn, QDate(2026, 2, 16));
        QCOMPARE(after.reclaimedOn, QDate(2026, 5, 17));
    }

    void dailySweepsAndOneCatchUpAgree()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        // Day by day, watching each transition on its day.
        for (QDate day(2025, 12, 28); day <= QDate(2026, 5, 20); day = day.addDays(1)) {
            sweep(day);
            const Number n = number(QStringLiteral("4008005172"));
            if (day < QDate(2026, 2, 16))
                QCOMPARE(n.status, NumberStatus::Active); // overdue from 02-01 but still active
            else if (day < QDate(2026, 5, 17))
                QCOMPARE(n.status, NumberStatus::Suspended);
            else
                QCOMPARE(n.status, NumberStatus::Reclaimed);
        }
        QCOMPARE(notices(QStringLiteral("4008005172")).size(), 6);
        // Idempotent: the same date again changes nothing.
        const SweepCounts again = sweep(QDate(2026, 5, 20));
        QVERIFY(again.nothingToDo());
        QCOMPARE(notices(QStringLiteral("4008005172")).size(), 6);
    }

    void catchUpOverAGapGivesTrueDates()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        sweep(QDate(2026, 1, 10)); // the 01-01 notice only
        QCOMPARE(notices(QStringLiteral("4008005172")).size(), 1);
        const SweepCounts c = sweep(QDate(2026, 6, 30)); // a long gap
        QCOMPARE(c.renewalNotices, 2);
        QCOMPARE(c.reclaimWarnings, 1);
        QCOMPARE(notices(QStringLiteral("4008005172")).last(), QStringLiteral("2026-05-17 reclaimed ") + m_agent.uscc);
        QCOMPARE(number(QStringLiteral("4008005172")).reclaimedOn, QDate(2026, 5, 17));
        QCOMPARE(*LifecycleSweep(*d->db).lastSwept(), QDate(2026, 6, 30));
        // A sweep for an earlier date afterwards changes nothing either.
        QVERIFY(sweep(QDate(2026, 3, 1)).nothingToDo());
    }

    void paymentsExtendFromTheOldDate_data()
    {
        QTest::addColumn<QDate>("activated");
        QTest::addColumn<int>("firstMonths");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        // paid through 2026-01-31 + 1 month → 2026-02-28 (month end)
        QTest::newRow("month end") << QDate(2025, 2, 1) << 12 << 1 << QDate(2026, 2, 28);
        // paid through 2028-01-31 + 1 month → 2028-02-29 (leap year)
        QTest::newRow("leap year") << QDate(2027, 2, 1) << 12 << 1 << QDate(2028, 2, 29);
        // paid through 2026-02-28 + 12 months → 2027-02-28
        QTest::newRow("year from Feb end") << QDate(2025, 3, 1) << 12 << 12 << QDate(2027, 2, 28);
        // paid through 2025-04-30 + 2 months → 2025-06-30
        QTest::newRow("30-day month") << QDate(2025, 2, 1) << 3 << 2 << QDate(2025, 6, 30);
    }
    void paymentsExtendFromTheOldDate()
    {
        QFETCH(QDate, activated);
        QFETCH(int, firstMonths);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        // Activation needs a contract covering its date; sign one for the year if needed.
        ContractService contracts(*d->db);
        if (!contracts.activeOn(m_agent.id, activated).ok()) {
            QVERIFY(d->db->exec(QStringLiteral("UPDATE contracts SET status = 'expired' WHERE status = 'active'")).ok());
            QVERIFY(contracts.create(d->manager, m_agent.uscc, activated.year(), {{1, 1, 1, 1}},
                                     QDate(activated.year(), 1, 1), QDate(activated.year(), 1, 2)).ok());
        }
        Result<Number> n = activate(QStringLiteral("4008005173"), activated, firstMonths);
        QVERIFY2(n.ok(), qPrintable(n.error().text()));
        // Paid late, long after the old date: the period still starts the day after it.
        Result<Payment> p = PaymentService(*d->db).record(d->manager, QStringLiteral("4008005173"),
                                                          Money::fromFen(8000), n->paidThrough.addDays(10), months);
        QVERIFY2(p.ok(), qPrintable(p.error().text()));
        QCOMPARE(p->periodFrom, n->paidThrough.addDays(1));
        QCOMPARE(p->periodTo, expected);
        QCOMPARE(number(QStringLiteral("4008005173")).paidThrough, expected);
        QCOMPARE(p->payerUscc, m_agent.uscc);
    }

    void paymentEndsArrearsSuspensionFromThePaymentDate()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        sweep(QDate(2026, 3, 1));
        QCOMPARE(number(QStringLiteral("4008005172")).status, NumberStatus::Suspended);
        QVERIFY(PaymentService(*d->db).record(d->manager, QStringLiteral("4008005172"), Money::fromFen(100000),
                                              QDate(2026, 3, 5), 12).ok());
        const Number n = number(QStringLiteral("4008005172"));
        QCOMPARE(n.status, NumberStatus::Active);
        QCOMPARE(n.statusSince, QDate(2026, 3, 5));
        QCOMPARE(n.paidThrough, QDate(2027, 1, 31)); // from the old date, not the payment date
        QVERIFY(sweep(QDate(2026, 3, 6)).suspended == 0);
    }

    void shortPaymentIsSuspendedAgain()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        sweep(QDate(2026, 3, 31));
        // One month only: paid through 2026-02-28, still past its grace (03-16) when paid on 04-01.
        QVERIFY(PaymentService(*d->db).record(d->manager, QStringLiteral("4008005172"), Money::fromFen(8334),
                                              QDate(2026, 4, 1), 1).ok());
        QCOMPARE(number(QStringLiteral("4008005172")).status, NumberStatus::Active);
        const SweepCounts c = sweep(QDate(2026, 4, 2));
        QCOMPARE(c.suspended, 1);
        const Number n = number(QStringLiteral("4008005172"));
        QCOMPARE(n.status, NumberStatus::Suspended);
        QCOMPARE(n.suspendedOn, QDate(2026, 4, 1)); // not before the day it came back
        sweep(QDate(2026, 7, 1));
        QCOMPARE(number(QStringLiteral("4008005172")).reclaimedOn, QDate(2026, 6, 30)); // 04-01 + 90
    }

    void blockedNumbersIgnorePaymentsAndReclaimedRefuse()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        QVERIFY(activate(QStringLiteral("4008005174"), QDate(2025, 2, 1)).ok());
        {
            WriteTransaction tx(*d->db);
            QVERIFY(tx.begin().ok());
            Result<int> blocked = NumberService(*d->db).blockCustomerNumbersIn(d->manager, m_customer.id,
                                                                               QDate(2025, 6, 1), QStringLiteral("暗访发现诈骗"));
            QCOMPARE(*blocked, 2);
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(number(QStringLiteral("4008005172")).blocked());
        Result<Payment> p = PaymentService(*d->db).record(d->manager, QStringLiteral("4008005172"),
                                                          Money::fromFen(100000), QDate(2025, 6, 2), 12);
        QVERIFY(p.ok()); // recorded …
        QVERIFY(number(QStringLiteral("4008005172")).blocked()); // … but never reactivated
        sweep(QDate(2026, 12, 31));
        QVERIFY(number(QStringLiteral("4008005172")).blocked()); // and never reclaimed for arrears
        AuditFilter f;
        f.text = QStringLiteral("number.block");
        QCOMPARE(AuditLog::page(*d->db, f, 0, 1)->first().clause, QStringLiteral("§3.9"));
    }

    void reclaimedNumbersRefusePayment()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        sweep(QDate(2026, 6, 1));
        Result<Payment> p = PaymentService(*d->db).record(d->manager, QStringLiteral("4008005172"),
                                                          Money::fromFen(100000), QDate(2026, 6, 2), 12);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().clause, QStringLiteral("§2.10"));
        QVERIFY(PaymentService(*d->db).ofNumber(QStringLiteral("4008005172"))->isEmpty());
    }

    void noticesFollowTheServiceOwner()
    {
        const Customer second = customer(QStringLiteral("深圳乙贸易有限公司"));
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        QVERIFY(activate(QStringLiteral("4008005174"), QDate(2025, 2, 1), 12, QStringLiteral("STD"), &second).ok());
        // §9.6 Terminated: renewal notices keep going to the developing agent.
        Result<QVector<Contract>> active = ContractService(*d->db).list({m_agent.id, QStringLiteral("active"), 0});
        QVERIFY(ContractService(*d->db).terminate(d->manager, active->first().number, TerminationReason::Request,
                                                  QDate(2025, 12, 1)).ok());
        // §2.3 After a takeover of the second customer on 2026-01-10, its notices go to the provider.
        QVERIFY(TakeoverService(*d->db).takeOver(d->manager, m_agent.uscc, TakeoverGrounds::CannotServe,
                                                 QStringLiteral("代理商失联"), QDate(2026, 1, 10), {second.uscc}).ok());
        sweep(QDate(2026, 2, 20));
        QCOMPARE(notices(QStringLiteral("4008005172")),
                 (QStringList{QStringLiteral("2026-01-01 renewal_due ") + m_agent.uscc,
                              QStringLiteral("2026-01-16 renewal_due ") + m_agent.uscc,
                              QStringLiteral("2026-01-24 renewal_due ") + m_agent.uscc,
                              QStringLiteral("2026-02-16 suspended ") + m_agent.uscc}));
        QCOMPARE(notices(QStringLiteral("4008005174")),
                 (QStringList{QStringLiteral("2026-01-01 renewal_due ") + m_agent.uscc, // before the takeover
                              QStringLiteral("2026-01-16 renewal_due provider"),
                              QStringLiteral("2026-01-24 renewal_due provider"),
                              QStringLiteral("2026-02-16 suspended provider")}));
        // §9.6 The terminated agent still renews.
        QVERIFY(PaymentService(*d->db).record(d->manager, QStringLiteral("4008005172"), Money::fromFen(100000),
                                              QDate(2026, 2, 21), 12).ok());
    }

    void activationRules()
    {
        NumberService numbers(*d->db);
        // §3.9 Not approved yet.
        const Customer pending = customer(QStringLiteral("深圳待审公司"), QString());
        Result<Number> r = activate(QStringLiteral("4008005172"), QDate(2025, 3, 1), 12, QStringLiteral("STD"), &pending);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().clause, QStringLiteral("§3.9"));
        // The grade's minimum fee: 8888 is premium, STD is ¥1,000 a year.
        r = activate(QStringLiteral("4008008888"), QDate(2025, 3, 1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("¥6,000.00")), qPrintable(r.error().message));
        QVERIFY(activate(QStringLiteral("4008008888"), QDate(2025, 3, 1), 12, QStringLiteral("GOLD")).ok());
        // 1234 is special: ¥3,000 needed.
        QVERIFY(!activate(QStringLiteral("4008001234"), QDate(2025, 3, 1)).ok());
        // Outside the contract's term (§9.2).
        r = activate(QStringLiteral("4008005172"), QDate(2026, 3, 1));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().clause, QStringLiteral("§9.2"));
        // Already active.
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 3, 1)).ok());
        QVERIFY(!activate(QStringLiteral("4008005172"), QDate(2025, 3, 2)).ok());
        // §3.2 A stop on new activations.
        ViolationService v(*d->db);
        Result<Violation> c = v.open(d->manager, m_agent.uscc, QDate(2025, 4, 1), QStringLiteral("§3.2"), QStringLiteral("违规"));
        QVERIFY(v.penalise(d->manager, c->id, PenaltyKind::Stop, QDate(2025, 4, 1), {}, QDate(2025, 4, 1), QDate(2025, 4, 30)).ok());
        r = activate(QStringLiteral("4008005174"), QDate(2025, 4, 10));
        QCOMPARE(r.error().clause, QStringLiteral("§3.2"));
        QVERIFY(activate(QStringLiteral("4008005174"), QDate(2025, 5, 1)).ok());
        // Destinations are Chinese phone numbers.
        Activation a;
        a.number = QStringLiteral("4008005175");
        a.customerUscc = m_customer.uscc;
        a.planCode = QStringLiteral("STD");
        a.date = QDate(2025, 5, 1);
        a.destinations = {QStringLiteral("0755-8888 6666"), QStringLiteral("12345")};
        QVERIFY(!numbers.activate(d->manager, a).ok());
        a.destinations = {QStringLiteral("0755-8888 6666"), QStringLiteral("+86 138 1234 5678")};
        Result<Number> withDest = numbers.activate(d->manager, a);
        QVERIFY2(withDest.ok(), qPrintable(withDest.error().text()));
        QCOMPARE(withDest->destinations, (QStringList{QStringLiteral("075588886666"), QStringLiteral("13812345678")}));
        QCOMPARE(withDest->paidThrough, QDate(2026, 4, 30));
    }

    void reservationsAreLimitedAndExpire()
    {
        NumberService numbers(*d->db);
        QVERIFY(Parameters(*d->db).set(m_admin, QStringLiteral("reservation_limit"), QStringLiteral("2")).ok());
        const QDate day(2025, 3, 1);
        QVERIFY(numbers.reserve(d->manager, QStringLiteral("4008005172"), m_customer.uscc, day).ok());
        QVERIFY(numbers.reserve(d->manager, QStringLiteral("4008005173"), m_customer.uscc, day).ok());
        QVERIFY(!numbers.reserve(d->manager, QStringLiteral("4008005174"), m_customer.uscc, day).ok()); // limit
        const Customer other = customer(QStringLiteral("深圳丙公司"));
        QVERIFY(!activate(QStringLiteral("4008005172"), day, 12, QStringLiteral("STD"), &other).ok()); // held for another
        QVERIFY(activate(QStringLiteral("4008005172"), day).ok()); // the holder may
        QCOMPARE(number(QStringLiteral("4008005173")).reservedUntil, QDate(2025, 3, 4));
        sweep(QDate(2025, 3, 4));
        QCOMPARE(number(QStringLiteral("4008005173")).status, NumberStatus::Reserved);
        const SweepCounts c = sweep(QDate(2025, 3, 5));
        QCOMPARE(c.reservationsReleased, 1);
        QCOMPARE(number(QStringLiteral("4008005173")).status, NumberStatus::Available);
    }

    void numbersAreNeverDeletedAndCancelKeepsThem()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 3, 1)).ok());
        QVERIFY(NumberService(*d->db).cancel(d->manager, QStringLiteral("4008005172"), QDate(2025, 6, 1)).ok());
        const Number n = number(QStringLiteral("4008005172"));
        QCOMPARE(n.status, NumberStatus::Cancelled);
        QCOMPARE(n.cancelledOn, QDate(2025, 6, 1));
        QCOMPARE(*NumberService(*d->db).count({}), 6);
    }

    void importNumbersPoolAndMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("numbers.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("number,carrier,customer_uscc,plan,status,activated_on,paid_through\n"
                               "400-900-0001,unicom,,,,,\n"
                               "4009000002,mobile,%1,STD,active,2025-01-15,2026-01-14\n").arg(m_customer.uscc).toUtf8());
        f.close();
        auto importer = ImportRegistry::create(QStringLiteral("numbers"));
        Result<ImportReport> r = ImportRunner::run(*d->db, d->manager, *importer, path, false);
        QVERIFY2(r.ok(), qPrintable(r.error().text() + r.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(number(QStringLiteral("4009000001")).status, NumberStatus::Available);
        const Number migrated = number(QStringLiteral("4009000002"));
        QCOMPARE(migrated.status, NumberStatus::Active);
        QCOMPARE(migrated.agentId, m_agent.id);
        QCOMPARE(migrated.paidThrough, QDate(2026, 1, 14));

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile g(bad);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("number,carrier,customer_uscc,plan,status,activated_on,paid_through\n"
                "4009000003,telecom,,,,,\n"
                "8009000004,telecom,,,,,\n"
                "4009000001,telecom,,,,,\n"
                "4009000005,telecom,,STD,active,2025-01-01,2024-12-01\n");
        g.close();
        auto again = ImportRegistry::create(QStringLiteral("numbers"));
        Result<ImportReport> refused = ImportRunner::run(*d->db, d->manager, *again, bad, false);
        QVERIFY(!refused.ok());
        const QString all = refused.error().details.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String(":3: number:")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String(":4: number:")) && all.contains(QLatin1String("already in the pool")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String(":5: customer_uscc:")) && all.contains(QLatin1String(":5: paid_through:")), qPrintable(all));
        QVERIFY(!NumberService(*d->db).find(QStringLiteral("4009000003")).ok()); // all or none
    }

    void importPayments()
    {
        QVERIFY(activate(QStringLiteral("4008005172"), QDate(2025, 2, 1)).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payments.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("number,amount_fen,paid_on,months\n4008005172,100000,2026-01-20,12\n4008005172,50000,2026-01-21,6\n");
        f.close();
        auto importer = ImportRegistry::create(QStringLiteral("payments"));
        Result<ImportReport> r = ImportRunner::run(*d->db, d->manager, *importer, path, false);
        QVERIFY2(r.ok(), qPrintable(r.error().text() + r.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(number(QStringLiteral("4008005172")).paidThrough, QDate(2027, 7, 31));
        QCOMPARE(PaymentService(*d->db).ofNumber(QStringLiteral("4008005172"))->size(), 2);
    }

    void auditorsMayNotSweepOrActivate()
    {
        QCOMPARE(LifecycleSweep(*d->db).run(d->auditor, QDate(2025, 3, 1)).error().kind, ErrorKind::Permission);
        Activation a;
        a.number = QStringLiteral("4008005172");
        a.customerUscc = m_customer.uscc;
        a.planCode = QStringLiteral("STD");
        a.date = QDate(2025, 3, 1);
        QCOMPARE(NumberService(*d->db).activate(d->auditor, a).error().kind, ErrorKind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
