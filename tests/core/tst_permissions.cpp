// Permissions (issue 7, README "Permissions"), enforced in the core services
// and tested here role by role against each service, not through the GUI:
// auditors read and export only, without personal data; managers work agents,
// contracts, customers, reviews, numbers, incidents and the sweeps; only
// administrators change plans, prices, business parameters and users and take
// backups. A refusal is ErrorKind::Permission and writes nothing — not even
// an audit entry.
#include "DomainFixture.h"

#include "compliance/ReviewService.h"
#include "compliance/SpotCheckService.h"
#include "compliance/TrainingService.h"
#include "compliance/ViolationService.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "incidents/IncidentService.h"
#include "numbers/LifecycleSweep.h"
#include "numbers/NumberService.h"
#include "numbers/PaymentService.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"
#include "pricing/QuarterlyEvaluation.h"
#include "reports/ReportExporter.h"
#include "settings/Parameters.h"
#include "storage/Backup.h"
#include "storage/SqlQuery.h"
#include "users/UserService.h"

#include <QFileInfo>
#include <QtTest>

#include <functional>

using namespace cd;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Who may perform an operation.
enum Allowed { AdminOnly, Writers, Everyone, NotAuditor };

// Reduces any service result to a Status.
template <typename T>
Status statusOf(const Result<T> &r)
{
    if (r)
        return {};
    return r.error();
}

} // namespace

Q_DECLARE_METATYPE(Allowed)

class TestPermissions : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const Actor m_admin{u("root"), Role::Admin};
    Agent m_agent;
    Agent m_unsigned; // no contract yet
    Customer m_customer;
    Customer m_pending;

    qint64 count(const QString &sql)
    {
        SqlQuery q(*d->db, sql);
        const Result<QVariant> v = q.scalar();
        return v ? v->toLongLong() : -1;
    }

    // The operation under test, performed by `actor` on the fixture.
    Status perform(const QString &op, const Actor &actor)
    {
        Database &db = *d->db;
        if (op == u("user.create"))
            return statusOf(UserService(db).create(actor, u("newcomer"), Role::Auditor,
                                                   u("a-long-password-1")));
        if (op == u("user.setRole"))
            return UserService(db).setRole(actor, u("existing"), Role::Manager);
        if (op == u("user.disable"))
            return UserService(db).setActive(actor, u("existing"), false);
        if (op == u("parameter.set"))
            return Parameters(db).set(actor, u("grace_days"), u("20"));
        if (op == u("plan.create")) {
            PlanInput in;
            in.code = u("NEW");
            in.name = u("新套餐");
            in.carrier = u("unicom");
            in.annualFeeFen = u("200000");
            in.carrierCostFen = u("90000");
            return statusOf(PlanService(db).create(actor, in));
        }
        if (op == u("plan.deactivate"))
            return PlanService(db).setActive(actor, u("STD"), false);
        if (op == u("price.set")) {
            PriceChange change;
            change.planCode = u("STD");
            change.tier = Tier::Standard;
            change.level = 1;
            change.price = Money::fromFen(78000);
            change.from = QDate(2026, 7, 1);
            return PriceService(db).setPrice(actor, change);
        }
        if (op == u("price.cut")) {
            CutRequest cut;
            cut.percentBasisPoints = 500;
            cut.from = QDate(2026, 7, 1);
            cut.reason = u("季度调价");
            return statusOf(PriceService(db).applyCut(actor, cut));
        }
        if (op == u("agent.create"))
            return statusOf(AgentService(db).create(actor, d->agentInput(u("新代理有限公司"))));
        if (op == u("agent.update")) {
            AgentInput in = d->agentInput(m_agent.name);
            in.uscc = m_agent.uscc;
            in.address = u("深圳市南山区科技园");
            return AgentService(db).update(actor, m_agent.uscc, in);
        }
        if (op == u("contract.create"))
            return statusOf(ContractService(db).create(actor, m_unsigned.uscc, 2026, {{1, 1, 1, 1}},
                                                       QDate(2026, 1, 1), QDate(2026, 1, 1)));
        if (op == u("violation.open"))
            return statusOf(ViolationService(db).open(actor, m_agent.uscc, QDate(2026, 4, 1),
                                                      u("§3.2"), u("虚假宣传")));
        if (op == u("training.add"))
            return statusOf(TrainingService(db).addSession(actor, QDate(2026, 4, 2), u("合规培训"),
                                                           u("王老师")));
        if (op == u("customer.create")) {
            CustomerInput in;
            in.name = u("新客户科技有限公司");
            in.uscc = cdtest::makeUscc(u("91"), 9001, u("440305"));
            in.agentUscc = m_agent.uscc;
            return statusOf(CustomerService(db).create(actor, in));
        }
        if (op == u("review.decide"))
            return statusOf(ReviewService(db).decide(actor, m_pending.uscc,
                                                     QualificationDecision::Reject, u("材料不全"),
                                                     QDate::currentDate()));
        if (op == u("spotcheck.plan"))
            return statusOf(SpotCheckService(db).plan(actor, 1, QDate(2026, 6, 1), 7));
        if (op == u("number.reserve"))
            return NumberService(db).reserve(actor, u("4008005173"), m_customer.uscc,
                                             QDate(2026, 3, 1));
        if (op == u("number.activate")) {
            Activation a;
            a.number = u("4008005174");
            a.customerUscc = m_customer.uscc;
            a.planCode = u("STD");
            a.date = QDate(2026, 3, 1);
            return statusOf(NumberService(db).activate(actor, a));
        }
        if (op == u("payment.record"))
            return statusOf(PaymentService(db).record(actor, u("4008005172"),
                                                      Money::fromFen(100000), QDate(2026, 3, 5),
                                                      12));
        if (op == u("incident.record")) {
            IncidentInput in;
            in.kind = IncidentKind::Outage;
            in.title = u("平台故障");
            in.cause = IncidentCause::Carrier;
            in.startsAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
            in.endsAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
            return statusOf(IncidentService(db).record(actor, in));
        }
        if (op == u("sweep.run"))
            return statusOf(LifecycleSweep(db).run(actor, QDate(2027, 3, 1)));
        if (op == u("evaluation.run"))
            return statusOf(QuarterlyEvaluation(db).evaluate(actor, Quarter{2026, 1}));
        if (op == u("export.masked"))
            return statusOf(ReportExporter::exportCsv(db, actor, u("agents"),
                                                      d->dir.filePath(u("agents.csv")), {}));
        if (op == u("export.personal")) {
            ReportOptions options;
            options.includePersonalData = true;
            return statusOf(ReportExporter::exportCsv(db, actor, u("agents"),
                                                      d->dir.filePath(u("agents.csv")), options));
        }
        if (op == u("backup"))
            return Backup::backup(db, actor, d->dir.filePath(u("copy.sqlite")));
        if (op == u("restore")) {
            // An administrator's copy put over a second live file; the entry
            // goes into the restored database, so it is checked there.
            const QString live = d->dir.filePath(u("other-live.sqlite"));
            const QString copy = d->dir.filePath(u("admin-copy.sqlite"));
            if (!QFile::exists(live) && !QFile::copy(copy, live))
                return Error::database(u("cannot copy"));
            return statusOf(Backup::restore(live, copy, actor));
        }
        qFatal("unknown operation %s", qPrintable(op));
        return {};
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
        Database &db = *d->db;
        QVERIFY(UserService(db).createFirstAdmin(m_admin.userName, u("admin-password-1")).ok());
        QVERIFY(UserService(db)
                    .create(m_admin, u("existing"), Role::Auditor, u("existing-password-1"))
                    .ok());
        m_agent = d->agent(u("深圳华南通信有限公司"));
        m_unsigned = d->agent(u("待签约代理有限公司"));
        QVERIFY(ContractService(db)
                    .create(m_admin, m_agent.uscc, 2026, {{1, 1, 1, 1}}, QDate(2026, 1, 1),
                            QDate(2026, 1, 1))
                    .ok());
        PlanInput plan;
        plan.code = u("STD");
        plan.name = u("标准套餐");
        plan.carrier = u("telecom");
        plan.annualFeeFen = u("100000");
        plan.carrierCostFen = u("50000");
        QVERIFY(PlanService(db).create(m_admin, plan).ok());
        PriceChange price;
        price.planCode = u("STD");
        price.price = Money::fromFen(80000);
        price.from = QDate(2026, 1, 1);
        const Status priced = PriceService(db).setPrice(m_admin, price);
        QVERIFY2(priced.ok(), qPrintable(priced.error().text()));

        CustomerInput approved;
        approved.name = u("深圳甲科技有限公司");
        approved.uscc = cdtest::makeUscc(u("91"), 7001, u("440305"));
        approved.agentUscc = m_agent.uscc;
        approved.qualification = u("approved");
        approved.phone = u("13912345678");
        m_customer = *CustomerService(db).create(m_admin, approved);
        CustomerInput pending = approved;
        pending.name = u("深圳乙科技有限公司");
        pending.uscc = cdtest::makeUscc(u("91"), 7002, u("440305"));
        pending.qualification.clear();
        m_pending = *CustomerService(db).create(m_admin, pending);

        for (const char *n : {"4008005172", "4008005173", "4008005174"}) {
            SqlQuery q(db, u("INSERT INTO numbers (number, carrier, grade, created_at)"
                             " VALUES (:n, 'telecom', 'normal', '2025-01-01T00:00:00Z')"));
            q.bind(u(":n"), u(n));
            QVERIFY(q.exec().ok());
        }
        Activation a;
        a.number = u("4008005172");
        a.customerUscc = m_customer.uscc;
        a.planCode = u("STD");
        a.date = QDate(2026, 2, 1);
        const Result<Number> active = NumberService(db).activate(m_admin, a);
        QVERIFY2(active.ok(), qPrintable(active.error().text()));
        QVERIFY(Backup::backup(db, m_admin, d->dir.filePath(u("admin-copy.sqlite"))).ok());
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<Allowed>("allowed");
        QTest::addColumn<int>("role");
        const QVector<QPair<const char *, Allowed>> ops{
            {"user.create", AdminOnly},     {"user.setRole", AdminOnly},
            {"user.disable", AdminOnly},    {"parameter.set", AdminOnly},
            {"plan.create", AdminOnly},     {"plan.deactivate", AdminOnly},
            {"price.set", AdminOnly},       {"price.cut", AdminOnly},
            {"backup", AdminOnly},          {"restore", AdminOnly},          {"agent.create", Writers},
            {"agent.update", Writers},      {"contract.create", Writers},
            {"violation.open", Writers},    {"training.add", Writers},
            {"customer.create", Writers},   {"review.decide", Writers},
            {"spotcheck.plan", Writers},    {"number.reserve", Writers},
            {"number.activate", Writers},   {"payment.record", Writers},
            {"incident.record", Writers},   {"sweep.run", Writers},
            {"evaluation.run", Writers},    {"export.masked", Everyone},
            {"export.personal", NotAuditor},
        };
        for (const auto &[op, allowed] : ops) {
            for (Role role : {Role::Admin, Role::Manager, Role::Auditor}) {
                QTest::addRow("%s as %s", op, qPrintable(roleKey(role)))
                    << u(op) << allowed << int(role);
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, op);
        QFETCH(Allowed, allowed);
        QFETCH(int, role);
        const Actor actor{u("someone"), Role(role)};
        const bool expected = allowed == Everyone ||
                              (allowed == AdminOnly && actor.role == Role::Admin) ||
                              (allowed == Writers && actor.role != Role::Auditor) ||
                              (allowed == NotAuditor && actor.role != Role::Auditor);
        const qint64 auditBefore = count(u("SELECT COUNT(*) FROM audit_log"));
        const Status result = perform(op, actor);
        if (expected) {
            QVERIFY2(result.ok(), qPrintable(op + u(": ") + result.error().text()));
            if (op != u("restore"))
                QVERIFY(count(u("SELECT COUNT(*) FROM audit_log")) > auditBefore);
        } else {
            QVERIFY2(!result.ok(), qPrintable(op + u(" was allowed")));
            QCOMPARE(result.error().kind, ErrorKind::Permission);
            QVERIFY(!result.error().message.isEmpty());
            // Refused before anything was written.
            QCOMPARE(count(u("SELECT COUNT(*) FROM audit_log")), auditBefore);
            QVERIFY(!QFileInfo::exists(d->dir.filePath(u("copy.sqlite"))));
            QVERIFY(!QFileInfo::exists(d->dir.filePath(u("agents.csv"))));
        }
    }

    // Repeated failed sign-ins lock the account for a while (§ lockout
    // parameters): the right password is refused during the lock.
    void lockout()
    {
        UserService users(*d->db);
        const BusinessParameters params = *Parameters(*d->db).load();
        for (int i = 0; i < params.loginLockAttempts; ++i)
            QVERIFY(!users.login(u("existing"), u("wrong-password")).ok());
        const Result<Actor> locked = users.login(u("existing"), u("existing-password-1"));
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(u("locked"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
