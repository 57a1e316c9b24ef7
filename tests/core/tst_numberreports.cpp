// The `numbers`, `renewals`, `suspensions` and `notices` reports (SPEC §5):
// their fixed keys, and their rows on a small pool built through the
// services — activations, a fraud block, a takeover, the daily sweep.

#include "DomainFixture.h"

#include "compliance/TakeoverService.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "numbers/LifecycleSweep.h"
#include "numbers/NumberService.h"
#include "numbers/PaymentService.h"
#include "pricing/PlanService.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"
#include "settings/Parameters.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>

using namespace cd;

class TestNumberReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};
    Agent m_agent;
    Customer m_first;  // 甲: the worked example and most numbers
    Customer m_second; // 乙: taken over by the provider on 2026-01-10
    Customer m_third;  // 丙: blocked for fraud on 2025-06-01
    const QDate m_asOf{2026, 3, 20};

    Customer customer(const QString &name)
    {
        CustomerInput in;
        in.name = name;
        in.uscc =
            cdtest::makeUscc(QStringLiteral("91"), 8000 + ++d->serial, QStringLiteral("440305"));
        in.agentUscc = m_agent.uscc;
        in.qualification = QStringLiteral("approved");
        Result<Customer> c = CustomerService(*d->db).create(d->manager, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }

    void activate(const QString &number, const Customer &who, const QDate &date)
    {
        Activation a;
        a.number = number;
        a.customerUscc = who.uscc;
        a.planCode = QStringLiteral("STD");
        a.date = date;
        a.months = 12;
        Result<Number> n = NumberService(*d->db).activate(d->manager, a);
        QVERIFY2(n.ok(), qPrintable(n.error().text()));
    }

    void sweep(const QDate &date)
    {
        Result<SweepCounts> r = LifecycleSweep(*d->db).run(d->manager, date);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
    }

    // The rows of a report as run() streams them.
    QVector<QStringList> rows(const QString &name, const QDate &date)
    {
        QVector<QStringList> out;
        std::unique_ptr<Report> report = ReportRegistry::create(name);
        if (!report)
            return out;
        ReportOptions options;
        options.date = date;
        const Status s = report->run(*d->db, options, [&out](const QStringList &cells) {
            out.append(cells);
            return true;
        });
        if (!s)
            qWarning("%s", qPrintable(s.error().text()));
        return out;
    }

    // The first line of a real export: the keys.
    QStringList exportedHeader(const QString &name)
    {
        const QString path = d->dir.filePath(name + QStringLiteral(".csv"));
        ReportOptions options;
        options.date = m_asOf;
        Result<qint64> n = ReportExporter::exportCsv(*d->db, m_admin, name, path, options);
        if (!n) {
            qWarning("%s", qPrintable(n.error().text()));
            return {};
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QString first = QString::fromUtf8(f.readLine()).remove(QChar(0xFEFF)).trimmed();
        return first.split(QLatin1Char(','));
    }

    static QStringList keys(const char *commaSeparated)
    {
        return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
    }

    // The row whose first cell is `number`, or an empty list.
    static QStringList rowOf(const QVector<QStringList> &rows, const QString &number,
                             int column = 0)
    {
        for (const QStringList &r : rows) {
            if (r.value(column) == number)
                return r;
        }
        return {};
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
        m_agent = d->agent(QStringLiteral("深圳华南通信有限公司"));
        QVERIFY(ContractService(*d->db)
                    .create(d->manager, m_agent.uscc, 2025, {{1, 1, 1, 1}}, QDate(2025, 1, 1),
                            QDate(2025, 1, 2))
                    .ok());
        PlanInput plan;
        plan.code = QStringLiteral("STD");
        plan.name = QStringLiteral("标准套餐");
        plan.carrier = QStringLiteral("telecom");
        plan.annualFeeFen = QStringLiteral("100000");
        plan.carrierCostFen = QStringLiteral("50000");
        QVERIFY(PlanService(*d->db).create(m_admin, plan).ok());
        m_first = customer(QStringLiteral("深圳甲科技有限公司"));
        m_second = customer(QStringLiteral("深圳乙贸易有限公司"));
        m_third = customer(QStringLiteral("深圳丙咨询有限公司"));
        for (const char *n : {"4008001234", "4008005172", "4008005173", "4008005174", "4008005175",
                              "4008005176", "4008005177"}) {
            SqlQuery q(*d->db,
                       QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                      " VALUES (:n, 'telecom', :g, '2025-01-01T00:00:00Z')"));
            q.bind(QStringLiteral(":n"), QString::fromLatin1(n))
                .bind(QStringLiteral(":g"), gradeKey(gradeOf(QString::fromLatin1(n))));
            QVERIFY(q.exec().ok());
        }
        // Paid through: 5172 2026-01-31 (the worked example), 5173 2026-03-31,
        // 5174 2026-02-28 (乙), 5175 2026-02-28 (丙, blocked), 5176 2026-08-31
        // (cancelled), 5177 2026-03-09 (overdue on the report date, in grace).
        activate(QStringLiteral("4008005172"), m_first, QDate(2025, 2, 1));
        activate(QStringLiteral("4008005173"), m_first, QDate(2025, 4, 1));
        activate(QStringLiteral("4008005174"), m_second, QDate(2025, 3, 1));
        activate(QStringLiteral("4008005175"), m_third, QDate(2025, 3, 1));
        activate(QStringLiteral("4008005176"), m_first, QDate(2025, 9, 1));
        activate(QStringLiteral("4008005177"), m_first, QDate(2025, 3, 10));
        {
            WriteTransaction tx(*d->db);
            QVERIFY(tx.begin().ok());
            Result<int> blocked = NumberService(*d->db).blockCustomerNumbersIn(
                d->manager, m_third.id, QDate(2025, 6, 1), QStringLiteral("暗访发现诈骗"));
            QVERIFY(blocked.ok());
            QCOMPARE(*blocked, 1);
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(NumberService(*d->db)
                    .cancel(d->manager, QStringLiteral("4008005176"), QDate(2026, 1, 5))
                    .ok());
        // §2.3 From 2026-01-10 the provider serves 乙: its notices have no recipient.
        Result<Takeover> t = TakeoverService(*d->db).takeOver(
            d->manager, m_agent.uscc, TakeoverGrounds::CannotServe, QStringLiteral("代理商失联"),
            QDate(2026, 1, 10), {m_second.uscc});
        QVERIFY2(t.ok(), qPrintable(t.error().text()));
        sweep(m_asOf);
    }

    void registeredWithTheirKeys()
    {
        const QStringList names = ReportRegistry::names();
        for (const char *name : {"numbers", "renewals", "suspensions", "notices"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);

        // SPEC §5: these keys first, in this order; extra columns after.
        const QStringList numbers = exportedHeader(QStringLiteral("numbers"));
        QCOMPARE(numbers.mid(0, 11),
                 keys("number,carrier,grade,status,customer_uscc,agent_uscc,plan,"
                      "activated_on,paid_through,suspended_on,reclaimed_on"));
        QCOMPARE(numbers.mid(11), keys("customer_name,suspension,cancelled_on"));
        QCOMPARE(exportedHeader(QStringLiteral("notices")),
                 keys("date,kind,number,recipient_uscc,detail"));
        QCOMPARE(
            exportedHeader(QStringLiteral("renewals")).mid(0, 9),
            keys("number,customer_uscc,customer_name,agent_uscc,service_owner,plan,paid_through,"
                 "days_left,status"));
        QCOMPARE(
            exportedHeader(QStringLiteral("suspensions")).mid(0, 7),
            keys(
                "number,customer_uscc,agent_uscc,suspension,suspended_on,reclaim_on,paid_through"));
        // Every row as wide as the header.
        for (const char *name : {"numbers", "renewals", "suspensions", "notices"}) {
            const int width =
                int(ReportRegistry::create(QString::fromLatin1(name))->columns().size());
            for (const QStringList &r : rows(QString::fromLatin1(name), m_asOf))
                QCOMPARE(int(r.size()), width);
        }
    }

    void numbersInNumberOrder()
    {
        const QVector<QStringList> r = rows(QStringLiteral("numbers"), m_asOf);
        QCOMPARE(r.size(), 7);
        QStringList order;
        for (const QStringList &row : r)
            order << row.first();
        QCOMPARE(
            order,
            keys("4008001234,4008005172,4008005173,4008005174,4008005175,4008005176,4008005177"));
        // The pool number: every date and code empty; its grade from the digits.
        QCOMPARE(r.at(0), keys("4008001234,telecom,special,available,,,,,,,,,,"));
        const QString a = m_agent.uscc;
        QCOMPARE(r.at(1),
                 (QStringList{QStringLiteral("4008005172"), QStringLiteral("telecom"),
                              QStringLiteral("normal"), QStringLiteral("suspended"), m_first.uscc,
                              a, QStringLiteral("STD"), QStringLiteral("2025-02-01"),
                              QStringLiteral("2026-01-31"), QStringLiteral("2026-02-16"), QString(),
                              m_first.name, QStringLiteral("arrears"), QString()}));
        QCOMPARE(rowOf(r, QStringLiteral("4008005175")).value(3), QStringLiteral("suspended"));
        QCOMPARE(rowOf(r, QStringLiteral("4008005175")).value(9), QStringLiteral("2025-06-01"));
        QCOMPARE(rowOf(r, QStringLiteral("4008005175")).value(12), QStringLiteral("fraud"));
        QCOMPARE(rowOf(r, QStringLiteral("4008005176")).value(3), QStringLiteral("cancelled"));
        QCOMPARE(rowOf(r, QStringLiteral("4008005176")).value(13), QStringLiteral("2026-01-05"));
        // The developing agent stays on record after the takeover.
        QCOMPARE(rowOf(r, QStringLiteral("4008005174")).value(5), a);

        // §2.10 Reclaimed on suspended_on + 90: 2026-05-17.
        sweep(QDate(2026, 5, 17));
        const QStringList reclaimed =
            rowOf(rows(QStringLiteral("numbers"), m_asOf), QStringLiteral("4008005172"));
        QCOMPARE(reclaimed.value(3), QStringLiteral("reclaimed"));
        QCOMPARE(reclaimed.value(9), QStringLiteral("2026-02-16"));
        QCOMPARE(reclaimed.value(10), QStringLiteral("2026-05-17"));
    }

    void renewalsDueOverdueAndSuspended()
    {
        const QVector<QStringList> r = rows(QStringLiteral("renewals"), m_asOf);
        // Soonest paid_through first; the fraud block (5175), the cancelled number
        // and the pool number are left out.
        QStringList order;
        for (const QStringList &row : r)
            order << row.first() + QLatin1Char(' ') + row.value(7) + QLatin1Char(' ') +
                         row.value(8);
        QCOMPARE(order, (QStringList{QStringLiteral("4008005172 -48 suspended"),
                                     QStringLiteral("4008005174 -20 suspended"),
                                     QStringLiteral("4008005177 -11 active"),
                                     QStringLiteral("4008005173 11 active")}));
        QCOMPARE(r.at(0), (QStringList{QStringLiteral("4008005172"), m_first.uscc, m_first.name,
                                       m_agent.uscc, m_agent.uscc, QStringLiteral("STD"),
                                       QStringLiteral("2026-01-31"), QStringLiteral("-48"),
                                       QStringLiteral("suspended"), QStringLiteral("arrears"),
                                       QStringLiteral("2026-02-16")}));
        // §2.3 After the takeover the provider serves 乙; its agent stays on record.
        const QStringList second = rowOf(r, QStringLiteral("4008005174"));
        QCOMPARE(second.value(3), m_agent.uscc);
        QCOMPARE(second.value(4), QStringLiteral("provider"));
        // As of a date before the takeover, the agent was the service owner.
        QCOMPARE(
            rowOf(rows(QStringLiteral("renewals"), QDate(2026, 1, 5)), QStringLiteral("4008005174"))
                .value(4),
            m_agent.uscc);

        // 90 days ahead and no further.
        const QVector<QStringList> early = rows(QStringLiteral("renewals"), QDate(2025, 12, 31));
        QStringList due;
        for (const QStringList &row : early)
            due << row.first();
        // 2025-12-31 + 90 = 2026-03-31: 5173 (paid through 2026-03-31) is just in.
        QCOMPARE(due, keys("4008005172,4008005174,4008005177,4008005173"));
        const QVector<QStringList> earlier = rows(QStringLiteral("renewals"), QDate(2025, 12, 30));
        QVERIFY(rowOf(earlier, QStringLiteral("4008005173")).isEmpty());
    }

    void suspensionsWithReclaimDates()
    {
        const QVector<QStringList> r = rows(QStringLiteral("suspensions"), m_asOf);
        // Oldest suspension first; a fraud block has no reclaim date (§3.9).
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0),
                 (QStringList{QStringLiteral("4008005175"), m_third.uscc, m_agent.uscc,
                              QStringLiteral("fraud"), QStringLiteral("2025-06-01"), QString(),
                              QStringLiteral("2026-02-28"), m_third.name, QString()}));
        // §2.10 suspended_on + 90 days; 58 days after the report date.
        QCOMPARE(r.at(1), (QStringList{QStringLiteral("4008005172"), m_first.uscc, m_agent.uscc,
                                       QStringLiteral("arrears"), QStringLiteral("2026-02-16"),
                                       QStringLiteral("2026-05-17"), QStringLiteral("2026-01-31"),
                                       m_first.name, QStringLiteral("58")}));
        QCOMPARE(r.at(2).value(0), QStringLiteral("4008005174"));
        QCOMPARE(r.at(2).value(4), QStringLiteral("2026-03-16")); // 2026-02-28 + 15 + 1
        QCOMPARE(r.at(2).value(5), QStringLiteral("2026-06-14"));

        // The reclaim date follows the parameter.
        QVERIFY(Parameters(*d->db)
                    .set(m_admin, QStringLiteral("reclaim_days"), QStringLiteral("60"))
                    .ok());
        QCOMPARE(rows(QStringLiteral("suspensions"), m_asOf).at(1).value(5),
                 QStringLiteral("2026-04-17"));

        // A payment ends the arrears suspension: the number leaves the report.
        QVERIFY(PaymentService(*d->db)
                    .record(d->manager, QStringLiteral("4008005172"), Money::fromFen(100000),
                            QDate(2026, 3, 21), 12)
                    .ok());
        const QVector<QStringList> after = rows(QStringLiteral("suspensions"), m_asOf);
        QCOMPARE(after.size(), 2);
        QVERIFY(rowOf(after, QStringLiteral("4008005172")).isEmpty());
    }

    void noticesByDateWithTheProviderEmpty()
    {
        // §2.8 A maintenance notice to every agent has no number.
        SqlQuery m(*d->db,
                   QStringLiteral(
                       "INSERT INTO notices (notice_date, kind, number_id, recipient_agent_id,"
                       " detail, created_at) VALUES ('2026-02-01', 'maintenance', NULL, :a,"
                       " 'platform maintenance 2026-02-03 02:00-04:00', '2026-02-01T00:00:00Z')"));
        m.bind(QStringLiteral(":a"), m_agent.id);
        QVERIFY(m.exec().ok());

        const QVector<QStringList> r = rows(QStringLiteral("notices"), m_asOf);
        QStringList got;
        for (const QStringList &row : r)
            got << row.mid(0, 4).join(QLatin1Char(' '));
        const QString a = m_agent.uscc;
        // 乙 was taken over on 2026-01-10: its notices are the provider's own (empty recipient).
        const QStringList expected{
            QStringLiteral("2026-01-01 renewal_due 4008005172 ") + a,
            QStringLiteral("2026-01-16 renewal_due 4008005172 ") + a,
            QStringLiteral("2026-01-24 renewal_due 4008005172 ") + a,
            QStringLiteral("2026-01-29 renewal_due 4008005174 "),
            QStringLiteral("2026-02-01 maintenance  ") + a,
            QStringLiteral("2026-02-07 renewal_due 4008005177 ") + a,
            QStringLiteral("2026-02-13 renewal_due 4008005174 "),
            QStringLiteral("2026-02-16 suspended 4008005172 ") + a,
            QStringLiteral("2026-02-21 renewal_due 4008005174 "),
            QStringLiteral("2026-02-22 renewal_due 4008005177 ") + a,
            QStringLiteral("2026-03-01 renewal_due 4008005173 ") + a,
            QStringLiteral("2026-03-02 renewal_due 4008005177 ") + a,
            QStringLiteral("2026-03-16 renewal_due 4008005173 ") + a,
            QStringLiteral("2026-03-16 suspended 4008005174 "),
        };
        // Two notices share 2026-03-16; the report orders by date only.
        QStringList sortedGot = got;
        QStringList sortedExpected = expected;
        std::sort(sortedGot.begin(), sortedGot.end());
        std::sort(sortedExpected.begin(), sortedExpected.end());
        QCOMPARE(sortedGot, sortedExpected);
        QCOMPARE(got.mid(0, 12), expected.mid(0, 12));
        for (int i = 1; i < r.size(); ++i)
            QVERIFY(r.at(i - 1).first() <= r.at(i).first());
        // The provider's notices: the recipient really is empty, not a placeholder.
        QVERIFY(rowOf(r, QStringLiteral("4008005174"), 2).value(3).isEmpty());
        QCOMPARE(rowOf(r, QStringLiteral("maintenance"), 1).value(4),
                 QStringLiteral("platform maintenance 2026-02-03 02:00-04:00"));
    }

    void aSinkMayStopTheStream()
    {
        for (const char *name : {"numbers", "renewals", "suspensions", "notices"}) {
            std::unique_ptr<Report> report = ReportRegistry::create(QString::fromLatin1(name));
            QVERIFY(report);
            int seen = 0;
            ReportOptions options;
            options.date = m_asOf;
            const Status s = report->run(*d->db, options, [&seen](const QStringList &) {
                ++seen;
                return false;
            });
            QVERIFY2(s.ok(), name);
            QCOMPARE(seen, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberReports)
#include "tst_numberreports.moc"
