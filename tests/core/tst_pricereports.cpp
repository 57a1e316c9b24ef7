// The `prices` and `performance` reports (SPEC §5): their fixed keys, the
// prices in force on the report date across several changes, and evaluation
// lines with and without a task, read back from real exports.

#include "DomainFixture.h"

#include "contracts/ContractService.h"
#include "csv/CsvReader.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"
#include "pricing/QuarterlyEvaluation.h"
#include "reports/ReportExporter.h"
#include "reports/ReportRegistry.h"
#include "storage/SqlQuery.h"

#include <QFile>

using namespace cd;

class TestPriceReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};
    const QDate m_jan{2026, 1, 1};

    Plan plan(const QString &code, const QString &name)
    {
        PlanInput in;
        in.code = code;
        in.name = name;
        in.carrier = QStringLiteral("unicom");
        in.annualFeeFen = QStringLiteral("100000");
        in.carrierCostFen = QStringLiteral("50000");
        Result<Plan> p = PlanService(*d->db).create(m_admin, in);
        if (!p)
            qFatal("%s", qPrintable(p.error().text()));
        return *p;
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

    // L1 standard..diamond 750..600, L2 900..700: a whole chain.
    void fullChain(const QString &code, const QDate &from)
    {
        const qint64 l1[] = {75000, 70000, 65000, 60000};
        const qint64 l2[] = {90000, 85000, 80000, 70000};
        PriceService prices(*d->db);
        for (int t = 0; t < 4; ++t) {
            QVERIFY(prices.insertPrice(m_admin, change(code, Tier(t), 1, l1[t], from), false).ok());
            QVERIFY(prices.insertPrice(m_admin, change(code, Tier(t), 2, l2[t], from), false).ok());
        }
    }

    // The header and the data rows of an export, read with the project's reader.
    struct Export {
        QStringList header;
        QVector<QStringList> rows;
    };
    Export exportReport(const QString &report, const QDate &date)
    {
        Export out;
        const QString path = d->dir.filePath(report + QStringLiteral(".csv"));
        ReportOptions options;
        options.date = date;
        Result<qint64> n = ReportExporter::exportCsv(*d->db, m_admin, report, path, options);
        if (!n) {
            qWarning("%s", qPrintable(n.error().text()));
            return out;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QString text = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        if (lines.isEmpty())
            return out;
        out.header = lines.first().split(QLatin1Char(','));
        for (int i = 1; i < lines.size(); ++i)
            out.rows.append(lines.at(i).split(QLatin1Char(',')));
        if (out.rows.size() != *n)
            qWarning("row count differs: %d vs %lld", int(out.rows.size()), *n);
        return out;
    }

    void activate(const Agent &agent, const QString &number, const QDate &on)
    {
        SqlQuery q(*d->db,
                   QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, agent_id,"
                                  " activated_on, created_at) VALUES (:n, 'telecom', 'normal',"
                                  " 'active', :a, :d, '2026-01-01T00:00:00Z')"));
        q.bind(QStringLiteral(":n"), number)
            .bind(QStringLiteral(":a"), agent.id)
            .bind(QStringLiteral(":d"), on.toString(Qt::ISODate));
        QVERIFY(q.exec().ok());
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
    }

    void registered()
    {
        for (const char *name : {"prices", "performance"}) {
            const std::unique_ptr<Report> r = ReportRegistry::create(QLatin1String(name));
            QVERIFY(r);
            QCOMPARE(r->name(), QLatin1String(name));
            QVERIFY(!r->title().isEmpty());
        }
    }

    void pricesKeys()
    {
        const std::unique_ptr<Report> r = ReportRegistry::create(QStringLiteral("prices"));
        QStringList keys;
        for (const ReportColumn &c : r->columns())
            keys << c.key;
        QCOMPARE(keys.mid(0, 5), (QStringList{QStringLiteral("plan"), QStringLiteral("tier"),
                                              QStringLiteral("level"), QStringLiteral("price_fen"),
                                              QStringLiteral("effective_from")}));
        // Nothing priced: the header alone.
        plan(QStringLiteral("P1"), QStringLiteral("One"));
        const Export e = exportReport(QStringLiteral("prices"), m_jan);
        QCOMPARE(e.header.mid(0, 5), keys.mid(0, 5));
        QVERIFY(e.rows.isEmpty());
    }

    void pricesInForceOnTheDateAcrossChanges()
    {
        const Plan a = plan(QStringLiteral("PA"), QStringLiteral("Alpha"));
        const Plan b = plan(QStringLiteral("PB"), QStringLiteral("Beta"));
        fullChain(a.code, m_jan);
        // PB prices only level 1 standard, from March: no row before then.
        QVERIFY(PriceService(*d->db)
                    .insertPrice(m_admin,
                                 change(b.code, Tier::Standard, 1, 80000, QDate(2026, 3, 1)), false)
                    .ok());
        PriceService prices(*d->db);
        QVERIFY(
            prices.setPrice(m_admin, change(a.code, Tier::Gold, 1, 64000, QDate(2026, 4, 1))).ok());
        QVERIFY(prices
                    .setPrice(m_admin, change(a.code, Tier::Gold, 1, 66000, QDate(2026, 7, 1),
                                              IncreaseReason::Carrier, QStringLiteral("CU-2026-7")))
                    .ok());

        // Before any price: no rows at all.
        QVERIFY(exportReport(QStringLiteral("prices"), QDate(2025, 12, 31)).rows.isEmpty());

        const Export feb = exportReport(QStringLiteral("prices"), QDate(2026, 2, 1));
        QCOMPARE(feb.rows.size(), 8);
        // Ordered by plan, then tier standard → diamond, then level.
        QCOMPARE(feb.rows.at(0).mid(0, 6),
                 (QStringList{QStringLiteral("PA"), QStringLiteral("standard"), QStringLiteral("1"),
                              QStringLiteral("75000"), QStringLiteral("2026-01-01"),
                              QStringLiteral("Alpha")}));
        QCOMPARE(feb.rows.at(1).mid(1, 3),
                 (QStringList{QStringLiteral("standard"), QStringLiteral("2"),
                              QStringLiteral("90000")}));
        QCOMPARE(feb.rows.at(4).mid(0, 5),
                 (QStringList{QStringLiteral("PA"), QStringLiteral("gold"), QStringLiteral("1"),
                              QStringLiteral("65000"), QStringLiteral("2026-01-01")}));
        QCOMPARE(feb.rows.at(7).mid(1, 2),
                 (QStringList{QStringLiteral("diamond"), QStringLiteral("2")}));

        const Export may = exportReport(QStringLiteral("prices"), QDate(2026, 5, 15));
        QCOMPARE(may.rows.size(), 9); // PB's one price is in force now
        QCOMPARE(may.rows.at(4).mid(3, 2),
                 (QStringList{QStringLiteral("64000"), QStringLiteral("2026-04-01")}));
        QCOMPARE(may.rows.at(8).mid(0, 5),
                 (QStringList{QStringLiteral("PB"), QStringLiteral("standard"), QStringLiteral("1"),
                              QStringLiteral("80000"), QStringLiteral("2026-03-01")}));

        // On the day the raise takes effect: its price, reason and reference.
        const Export jul = exportReport(QStringLiteral("prices"), QDate(2026, 7, 1));
        QCOMPARE(jul.rows.at(4).mid(3, 5),
                 (QStringList{QStringLiteral("66000"), QStringLiteral("2026-07-01"),
                              QStringLiteral("Alpha"), QStringLiteral("carrier"),
                              QStringLiteral("CU-2026-7")}));
        // The day before: still the April cut.
        QCOMPARE(exportReport(QStringLiteral("prices"), QDate(2026, 6, 30)).rows.at(4).at(3),
                 QStringLiteral("64000"));
    }

    void performanceKeysAndLines()
    {
        const std::unique_ptr<Report> r = ReportRegistry::create(QStringLiteral("performance"));
        QStringList keys;
        for (const ReportColumn &c : r->columns())
            keys << c.key;
        const QStringList fixed{QStringLiteral("quarter"),        QStringLiteral("agent_uscc"),
                                QStringLiteral("task"),           QStringLiteral("activations"),
                                QStringLiteral("completion_pct"), QStringLiteral("tier"),
                                QStringLiteral("proposed_tier")};
        QCOMPARE(keys.mid(0, 7), fixed);

        const Agent busy = d->agent(QStringLiteral("Busy"));
        const Agent idle = d->agent(QStringLiteral("Idle"));
        ContractService contracts(*d->db);
        QVERIFY(
            contracts.create(d->manager, busy.uscc, 2026, {{2, 2, 3, 2}}, m_jan, QDate(2026, 7, 1))
                .ok());
        // A zero task for Q3: no task to divide by.
        QVERIFY(
            contracts.create(d->manager, idle.uscc, 2026, {{1, 1, 0, 1}}, m_jan, QDate(2026, 7, 1))
                .ok());
        for (int i = 0; i < 4; ++i)
            activate(busy, QStringLiteral("400500000%1").arg(i), QDate(2026, 7, 10 + i));
        activate(idle, QStringLiteral("4005000009"), QDate(2026, 8, 1));

        // Not evaluated yet: the header alone.
        Export none = exportReport(QStringLiteral("performance"), QDate(2026, 8, 15));
        QCOMPARE(none.header.mid(0, 7), fixed);
        QVERIFY(none.rows.isEmpty());

        Quarter q3{2026, 3};
        QVERIFY(QuarterlyEvaluation(*d->db).evaluate(d->manager, q3).ok());
        // Any date within the quarter reports it; the next quarter has nothing.
        const Export e = exportReport(QStringLiteral("performance"), QDate(2026, 9, 30));
        QCOMPARE(e.rows.size(), 2);
        QHash<QString, QStringList> by;
        for (const QStringList &row : e.rows)
            by.insert(row.at(1), row);
        // 4 of 3 = 133 %: one tier up proposed.
        QCOMPARE(by.value(busy.uscc).mid(0, 10),
                 (QStringList{QStringLiteral("2026Q3"), busy.uscc, QStringLiteral("3"),
                              QStringLiteral("4"), QStringLiteral("133"),
                              QStringLiteral("standard"), QStringLiteral("silver"),
                              QStringLiteral("Busy"), QStringLiteral("proposed"), QString()}));
        // No task: task, completion and proposed tier empty; activations still counted.
        QCOMPARE(by.value(idle.uscc).mid(0, 9),
                 (QStringList{QStringLiteral("2026Q3"), idle.uscc, QString(), QStringLiteral("1"),
                              QString(), QStringLiteral("standard"), QString(),
                              QStringLiteral("Idle"), QStringLiteral("none")}));
        QVERIFY(exportReport(QStringLiteral("performance"), QDate(2026, 10, 1)).rows.isEmpty());
        QCOMPARE(exportReport(QStringLiteral("performance"), QDate(2026, 7, 1)).rows.size(), 2);

        // Approval shows in the report: status and the date the tier takes effect.
        QuarterlyEvaluation eval(*d->db);
        Result<QVector<Performance>> lines = eval.results(q3);
        for (const Performance &p : *lines) {
            if (p.hasProposal)
                QVERIFY(eval.approve(d->manager, p.proposalId, QDate(2026, 10, 2)).ok());
        }
        const Export after = exportReport(QStringLiteral("performance"), QDate(2026, 8, 1));
        for (const QStringList &row : after.rows) {
            if (row.at(1) == busy.uscc)
                QCOMPARE(row.mid(8, 2),
                         (QStringList{QStringLiteral("approved"), QStringLiteral("2026-10-01")}));
        }
    }
};

QTEST_GUILESS_MAIN(TestPriceReports)
#include "tst_pricereports.moc"
