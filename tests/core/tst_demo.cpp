// Demo data: counts, valid codes, whole price chains, consistency with the
// rules (a sweep on the same day finds nothing to suspend), reproducibility
// from a seed, refusal of a non-empty database; prints the time for 100k numbers.

#include "agents/Uscc.h"
#include "demo/DemoGenerator.h"
#include "incidents/IncidentService.h"
#include "numbers/Grade.h"
#include "numbers/LifecycleSweep.h"
#include "pricing/Plan.h"
#include "pricing/PriceChain.h"
#include "pricing/PriceService.h"
#include "pricing/QuarterlyEvaluation.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    static qint64 count(Database &db, const QString &sql)
    {
        SqlQuery q(db, sql);
        Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }
    static QByteArray digest(Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList queries{
            QStringLiteral("SELECT id, name, uscc, level, parent_id, legal_rep, phone, status, tier"
                           " FROM agents ORDER BY id"),
            QStringLiteral(
                "SELECT number, agent_id, start_date, task_q1 FROM contracts ORDER BY number"),
            QStringLiteral(
                "SELECT id, name, uscc, agent_id, qualification FROM customers ORDER BY id"),
            QStringLiteral(
                "SELECT number, status, customer_id, plan_id, activated_on, paid_through,"
                " suspended_on FROM numbers ORDER BY id"),
            QStringLiteral("SELECT plan_id, tier, level, price_fen FROM prices ORDER BY id"),
        };
        for (const QString &sql : queries) {
            SqlQuery q(db, sql);
            if (!q.exec())
                return {};
            while (q.next()) {
                for (int c = 0; c < q.raw().record().count(); ++c)
                    hash.addData(q.value(c).toString().toUtf8() + '\x1f');
                hash.addData(QByteArrayView("\n"));
            }
        }
        return hash.result();
    }
    std::unique_ptr<Database> openNew(const QString &name)
    {
        auto db = Database::open(m_dir->filePath(name));
        return db ? std::move(db).value() : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};
    DemoOptions m_small;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_small.agents = 25;
        m_small.customers = 300;
        m_small.numbers = 2000;
        m_small.seed = 42;
    }

    void countsAndConsistency()
    {
        auto db = openNew(QStringLiteral("demo.sqlite"));
        QVERIFY(db);
        Result<DemoCounts> r = DemoGenerator(*db).generate(m_admin, m_small);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->agents, 25);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 25);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 300);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM numbers")), 2000);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM payments")), qint64(r->payments));
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")),
                 1);
        // Every status of the lifecycle is present, and the renewals view has rows.
        for (const char *status :
             {"available", "reserved", "active", "suspended", "reclaimed", "cancelled"}) {
            SqlQuery q(*db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE status = ?"));
            q.bind(0, QString::fromLatin1(status));
            QVERIFY2(q.scalar()->toInt() > 0, status);
        }
        SqlQuery due(*db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE status = 'active'"
                                         " AND paid_through BETWEEN ? AND ?"));
        due.bind(0, QDate::currentDate().toString(Qt::ISODate))
            .bind(1, QDate::currentDate().addDays(90).toString(Qt::ISODate));
        QVERIFY(due.scalar()->toInt() > 0);
        QVERIFY(count(*db, QStringLiteral(
                               "SELECT COUNT(*) FROM customers WHERE qualification = 'pending'")) >
                0);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM training_sessions")) > 0);
        // Incidents through the service: the flags come out as its rules say.
        QCOMPARE(r->incidents, 4);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM incidents")), 4);
        {
            IncidentService service(*db);
            const Result<QVector<Incident>> all = service.list();
            QVERIFY(all);
            int late = 0, liable = 0;
            for (const Incident &i : *all) {
                late += IncidentService::lateNotice(i) ? 1 : 0;
                liable += IncidentService::providerLiable(i.cause, i.startsAt, i.endsAt,
                                                          QDateTime::currentDateTimeUtc())
                              ? 1
                              : 0;
            }
            QCOMPARE(late, 1);
            QCOMPARE(liable, 1);
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM disputes WHERE provider_liable = 1")),
                 1);
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'maintenance'")) > 0);

        // §1.1 every agent's code valid and not an individual business.
        {
            SqlQuery q(*db, QStringLiteral("SELECT uscc FROM agents"));
            QVERIFY(q.exec());
            while (q.next()) {
                Result<Uscc> code = Uscc::parseAgentCode(q.value(0).toString());
                QVERIFY2(code, qPrintable(q.value(0).toString()));
                QVERIFY(!q.value(0).toString().startsWith(QLatin1String("92")));
            }
            SqlQuery c(*db, QStringLiteral("SELECT uscc FROM customers"));
            QVERIFY(c.exec());
            while (c.next())
                QVERIFY2(Uscc::parse(c.value(0).toString()), qPrintable(c.value(0).toString()));
        }
        // Level 2 under a level-1 parent.
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE level = 2")) > 0);
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM agents a JOIN agents p ON p.id = a.parent_id"
                                " WHERE a.level = 2 AND p.level = 1"
                                " AND p.status IN ('active','supervised')")),
                 count(*db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE level = 2")));

        // §2.4 every plan's chain whole today.
        Result<BusinessParameters> params = Parameters(*db).load();
        QVERIFY(params);
        {
            SqlQuery q(
                *db, QStringLiteral(
                         "SELECT id, code, annual_fee_fen, carrier_cost_fen, carrier FROM plans"));
            QVERIFY(q.exec());
            int plans = 0;
            while (q.next()) {
                Plan plan;
                plan.id = q.value(0).toLongLong();
                plan.code = q.value(1).toString();
                plan.annualFee = Money::fromFen(q.value(2).toLongLong());
                plan.carrierCost = Money::fromFen(q.value(3).toLongLong());
                plan.carrier = q.value(4).toString();
                Result<PriceMatrix> m = PriceService(*db).matrixOn(plan.id, QDate::currentDate());
                QVERIFY(m);
                QCOMPARE(m->missing(), 0);
                const QVector<ChainBreak> breaks =
                    PriceChain::check(plan, *m, params->minMarginPercent);
                QVERIFY2(breaks.isEmpty(),
                         breaks.isEmpty() ? "" : qPrintable(breaks.constFirst().message));
                ++plans;
            }
            QCOMPARE(plans, r->plans);
        }

        // Active numbers: approved customer, an agent with an active contract,
        // a plan of the number's carrier meeting the grade minimum.
        QCOMPARE(
            count(*db, QStringLiteral(
                           "SELECT COUNT(*) FROM numbers n JOIN customers c ON c.id = n.customer_id"
                           " WHERE n.status = 'active' AND c.qualification <> 'approved'")),
            0);
        QCOMPARE(
            count(*db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM numbers WHERE status = 'active'"
                      " AND (customer_id IS NULL OR plan_id IS NULL OR paid_through IS NULL)")),
            0);
        QCOMPARE(
            count(*db, QStringLiteral(
                           "SELECT COUNT(*) FROM numbers n WHERE n.status = 'active' AND NOT EXISTS"
                           " (SELECT 1 FROM contracts k WHERE k.agent_id = n.agent_id"
                           "  AND k.status = 'active')")),
            0);
        {
            SqlQuery q(
                *db,
                QStringLiteral(
                    "SELECT n.number, n.grade, p.annual_fee_fen, n.carrier, p.carrier"
                    " FROM numbers n JOIN plans p ON p.id = n.plan_id WHERE n.status = 'active'"));
            QVERIFY(q.exec());
            int active = 0;
            while (q.next()) {
                const Grade grade = gradeOf(q.value(0).toString());
                QCOMPARE(gradeKey(grade), q.value(1).toString());
                QVERIFY(q.value(2).toLongLong() >= minimumAnnualFeeFen(grade, *params));
                QCOMPARE(q.value(3).toString(), q.value(4).toString());
                ++active;
            }
            QVERIFY(active > 0);
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM numbers"
                                           " WHERE status = 'reserved' GROUP BY reserved_for)")) <=
                     params->reservationLimit,
                 true);

        // The data follows the §2.10 lifecycle: a sweep today suspends and reclaims nothing.
        Result<SweepCounts> sweep = LifecycleSweep(*db).run(m_admin, QDate::currentDate());
        QVERIFY2(sweep, sweep ? "" : qPrintable(sweep.error().text()));
        QCOMPARE(sweep->suspended, 0);
        QCOMPARE(sweep->reclaimed, 0);
    }

    // §2.4 on demo data: whatever the demo's day, the quarter before it has
    // agents above the promotion line, most near their task, and none of the
    // tasks is absurd against what the agent activated.
    void tasksFollowActivations_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("december") << QDate(2026, 12, 5);
        QTest::newRow("february") << QDate(2027, 2, 10);
        QTest::newRow("july") << QDate(2026, 7, 1);
        QTest::newRow("october") << QDate(2025, 10, 20);
    }
    void tasksFollowActivations()
    {
        QFETCH(QDate, today);
        auto db = openNew(QStringLiteral("tasks.sqlite"));
        QVERIFY(db);
        DemoOptions o = m_small;
        o.today = today;
        Result<DemoCounts> r = DemoGenerator(*db).generate(m_admin, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        const Quarter previous = Quarter::containing(Quarter::containing(today).first().addDays(-1));
        Result<QVector<AgentCompletion>> lines = QuarterlyEvaluation(*db).completions(previous);
        QVERIFY(lines.ok());
        int measured = 0, above = 0, near = 0;
        for (const AgentCompletion &c : *lines) {
            if (!c.hasCompletion || c.activations == 0)
                continue;
            ++measured;
            above += c.completionPercent >= 120;
            near += c.completionPercent >= 50 && c.completionPercent <= 200;
            QVERIFY2(c.completionPercent <= 400, qPrintable(c.agentName));
        }
        QVERIFY2(measured >= 10, qPrintable(QString::number(measured)));
        QVERIFY2(above >= 1, qPrintable(previous.key()));
        QVERIFY2(above * 2 < measured, qPrintable(QStringLiteral("%1 of %2").arg(above).arg(measured)));
        QVERIFY2(near * 4 >= measured * 3, qPrintable(QStringLiteral("%1 of %2").arg(near).arg(measured)));
    }

    void sameSeedSameData()
    {
        auto a = openNew(QStringLiteral("a.sqlite"));
        auto b = openNew(QStringLiteral("b.sqlite"));
        auto c = openNew(QStringLiteral("c.sqlite"));
        QVERIFY(a && b && c);
        QVERIFY(DemoGenerator(*a).generate(m_admin, m_small));
        QVERIFY(DemoGenerator(*b).generate(m_admin, m_small));
        DemoOptions other = m_small;
        other.seed = 43;
        QVERIFY(DemoGenerator(*c).generate(m_admin, other));
        const QByteArray da = digest(*a);
        QVERIFY(!da.isEmpty());
        QCOMPARE(digest(*b), da);
        QVERIFY(digest(*c) != da);
    }

    void refusesNonEmptyDatabase()
    {
        auto db = openNew(QStringLiteral("full.sqlite"));
        QVERIFY(db);
        QVERIFY(DemoGenerator(*db).generate(m_admin, m_small));
        const qint64 numbers = count(*db, QStringLiteral("SELECT COUNT(*) FROM numbers"));
        Result<DemoCounts> again = DemoGenerator(*db).generate(m_admin, m_small);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Rule);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM numbers")), numbers);
        QCOMPARE(count(*db, QStringLiteral(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")),
                 1);
    }

    void adminOnly()
    {
        auto db = openNew(QStringLiteral("manager.sqlite"));
        QVERIFY(db);
        Result<DemoCounts> r =
            DemoGenerator(*db).generate(Actor{QStringLiteral("mia"), Role::Manager}, m_small);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Permission);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM agents")), 0);
    }

    void timeFor100kNumbers()
    {
        auto db = openNew(QStringLiteral("big.sqlite"));
        QVERIFY(db);
        const qint64 indexes =
            count(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"));
        DemoOptions big;
        big.agents = 60;
        big.customers = 10000;
        big.numbers = 100000;
        Result<DemoCounts> r = DemoGenerator(*db).generate(m_admin, big);
        QVERIFY(r);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM numbers")), 100000);
        // The indexes dropped for the bulk load are all back.
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'")),
            indexes);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
        qInfo("demo: 60 agents, 10000 customers, 100000 numbers in %lld ms", r->elapsedMs);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
