// Printed documents in core: the provider's profile (admin only, audited),
// the contract's composition (every placeholder filled, HTML-escaped, the
// clauses, the price schedule in force at signing) and the renewal letter
// (the agent's numbers due, from RenewalQuery).

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "numbers/Grade.h"
#include "numbers/NumberService.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"
#include "printing/ContractDocument.h"
#include "printing/DocumentTemplate.h"
#include "numbers/RenewalQuery.h"
#include "printing/RenewalLetter.h"
#include "settings/Parameters.h"
#include "settings/ProviderProfile.h"
#include "storage/SqlQuery.h"

using namespace cd;

namespace {
const QStringList kClauses{QStringLiteral("§1.1"), QStringLiteral("§2.3"), QStringLiteral("§2.4"),
                           QStringLiteral("§2.6"), QStringLiteral("§2.7"), QStringLiteral("§2.8"),
                           QStringLiteral("§2.10"), QStringLiteral("§3.2"), QStringLiteral("§3.9"),
                           QStringLiteral("§9.2"), QStringLiteral("§9.6")};
const QString kProvider = QStringLiteral("江苏华通信息服务有限公司");
} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};

    void setProvider(const QString &name = kProvider)
    {
        Provider p;
        p.name = name;
        p.licence = QStringLiteral("苏B2-20260101");
        p.address = QStringLiteral("南京市建邺区江东中路100号");
        p.phone = QStringLiteral("025-88880000");
        const Status s = ProviderProfile(*d->db).set(m_admin, p);
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
    }

    void addPlan(const QString &code, qint64 fee, bool active = true)
    {
        PlanInput in;
        in.code = code;
        in.name = QStringLiteral("年费套餐 ") + code;
        in.carrier = QStringLiteral("telecom");
        in.annualFeeFen = QString::number(fee);
        in.includedMinutes = QStringLiteral("1000");
        in.perMinuteFen = QStringLiteral("12");
        in.carrierCostFen = QString::number(fee / 2);
        QVERIFY(PlanService(*d->db).create(m_admin, in).ok());
        if (!active)
            QVERIFY(PlanService(*d->db).setActive(m_admin, code, false).ok());
    }

    void price(const QString &code, Tier tier, int level, qint64 fen, const QDate &from)
    {
        PriceChange c;
        c.planCode = code;
        c.tier = tier;
        c.level = level;
        c.price = Money::fromFen(fen);
        c.from = from;
        const Status s = PriceService(*d->db).insertPrice(m_admin, c, false);
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
    }

    // A whole chain per plan: level 1 standard..diamond 75 %..60 % of the fee,
    // level 2 90 %..70 %.
    void fullChain(const QString &code, qint64 fee, const QDate &from)
    {
        const int l1[] = {75, 70, 65, 60};
        const int l2[] = {90, 85, 80, 70};
        for (int t = 0; t < 4; ++t) {
            price(code, Tier(t), 1, fee * l1[t] / 100, from);
            price(code, Tier(t), 2, fee * l2[t] / 100, from);
        }
    }

    Agent agent(const QString &name, const QString &tier, int level = 1, const QString &parent = {})
    {
        AgentInput in = d->agentInput(name, level, parent);
        in.tier = tier;
        in.address = QStringLiteral("深圳市南山区科技园路1号");
        Result<Agent> a = AgentService(*d->db).create(d->manager, in);
        if (!a)
            qFatal("%s", qPrintable(a.error().text()));
        return *a;
    }

    Contract contract(const Agent &a, int year, const QDate &start)
    {
        Result<Contract> c = ContractService(*d->db).create(d->manager, a.uscc, year,
                                                             {{10, 20, 30, 40}}, start, start);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }

    QString contractHtml(const QString &number, DocumentLanguage language)
    {
        Result<QString> html = ContractDocument(*d->db).html(number, language, QDate(2026, 3, 1));
        if (!html)
            qWarning("%s", qPrintable(html.error().text()));
        return html ? *html : QString();
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
    }

    void providerProfileIsAdminOnlyValidatedAndAudited()
    {
        ProviderProfile profile(*d->db);
        Result<Provider> empty = profile.load();
        QVERIFY(empty.ok());
        QVERIFY(!empty->isSet());

        Provider p;
        p.name = QStringLiteral("  ") + kProvider + QStringLiteral(" ");
        p.licence = QStringLiteral("苏B2-20260101");
        const Status byManager = profile.set(d->manager, p);
        QVERIFY(!byManager.ok());
        QCOMPARE(byManager.error().kind, ErrorKind::Permission);

        Provider nameless = p;
        nameless.name = QStringLiteral("   ");
        QVERIFY(!profile.set(m_admin, nameless).ok());
        Provider twoLines = p;
        twoLines.address = QStringLiteral("第一行\n第二行");
        QVERIFY(!profile.set(m_admin, twoLines).ok());
        QVERIFY(!profile.load()->isSet());

        QVERIFY(profile.set(m_admin, p).ok());
        Result<Provider> stored = profile.load();
        QCOMPARE(stored->name, kProvider); // trimmed
        QCOMPARE(stored->licence, QStringLiteral("苏B2-20260101"));
        QCOMPARE(stored->updatedBy, QStringLiteral("admin"));

        AuditFilter filter;
        filter.text = QStringLiteral("provider.set");
        Result<QVector<AuditEntry>> log = AuditLog::page(*d->db, filter, 0, 10);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 1);
        QVERIFY(log->constFirst().newValue.contains(kProvider));
        QCOMPARE(log->constFirst().userName, QStringLiteral("admin"));

        // Saving the same values again changes nothing and logs nothing.
        QVERIFY(profile.set(m_admin, p).ok());
        QCOMPARE(AuditLog::page(*d->db, filter, 0, 10)->size(), 1);
    }

    void printingNeedsTheProvidersName()
    {
        const Agent a = agent(QStringLiteral("深圳华南通信有限公司"), QStringLiteral("gold"));
        const Contract c = contract(a, 2026, QDate(2026, 1, 1));
        Result<ContractPrintData> data = ContractDocument(*d->db).gather(c.number);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().message.contains(QLatin1String("provider set")),
                 qPrintable(data.error().message));
        QVERIFY(data.error().message.contains(QLatin1String("Settings")));
        Result<RenewalLetterData> letter = RenewalLetter(*d->db).gather(a.uscc, QDate(2026, 1, 1));
        QVERIFY(!letter.ok());
    }

    void templateEscapesAndRefusesHoles()
    {
        DocumentTemplate t(QStringLiteral("<p>{{name}} · {{ other }} · {{name}}</p>"));
        QCOMPARE(t.placeholders(), (QStringList{QStringLiteral("name"), QStringLiteral("other")}));
        t.setText(QStringLiteral("name"), QStringLiteral("A<b>&\"{{other}}\""));
        Result<QString> missing = t.render();
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("other")));
        t.setHtml(QStringLiteral("other"), QStringLiteral("<b>x</b>"));
        Result<QString> html = t.render();
        QVERIFY(html.ok());
        QCOMPARE(*html, QStringLiteral("<p>A&lt;b&gt;&amp;&quot;&#123;&#123;other&#125;&#125;&quot;"
                                       " · <b>x</b> · A&lt;b&gt;&amp;&quot;&#123;&#123;other&#125;"
                                       "&#125;&quot;</p>"));
    }

    void contractFillsEveryPlaceholderInBothLanguages()
    {
        setProvider(QStringLiteral("华通<信息>&服务"));
        addPlan(QStringLiteral("P1000"), 100000);
        fullChain(QStringLiteral("P1000"), 100000, QDate(2026, 1, 1));
        QVERIFY(Parameters(*d->db).set(m_admin, QStringLiteral("grace_days"), QStringLiteral("21")).ok());
        const Agent a = agent(QStringLiteral("华南<通信>&\"有限\"公司"), QStringLiteral("gold"));
        const Contract c = contract(a, 2026, QDate(2026, 1, 1));

        for (DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English}) {
            const QString html = contractHtml(c.number, language);
            QVERIFY(!html.isEmpty());
            QVERIFY2(!html.contains(QLatin1String("{{")), qPrintable(html.left(200)));
            QVERIFY(!html.contains(QLatin1String("}}")));
            // Names are escaped: the markup of a name never reaches the document.
            QVERIFY(html.contains(QStringLiteral("华南&lt;通信&gt;&amp;&quot;有限&quot;公司")));
            QVERIFY(!html.contains(QStringLiteral("<通信>")));
            QVERIFY(html.contains(QStringLiteral("华通&lt;信息&gt;&amp;服务")));
            QVERIFY(html.contains(a.uscc));
            QVERIFY(html.contains(QStringLiteral("张伟"))); // legal representative
            QVERIFY(html.contains(QStringLiteral("深圳市南山区科技园路1号")));
            QVERIFY(html.contains(c.number));
            QVERIFY(html.contains(QStringLiteral("苏B2-20260101")));
            for (const QString &clause : kClauses)
                QVERIFY2(html.contains(clause), qPrintable(clause));
            // The clauses quote the business parameters as they are.
            QVERIFY(html.contains(QStringLiteral(">21<")) || html.contains(QStringLiteral("21日"))
                    || html.contains(QStringLiteral("21 days")));
            // Quarterly tasks and their total.
            QVERIFY(html.contains(QStringLiteral(">40<")));
            QVERIFY(html.contains(QStringLiteral(">100<")));
            // Gold, level 1: 65 % of ¥1,000.00.
            QVERIFY(html.contains(QStringLiteral("¥650.00")));
        }
        const QString zh = contractHtml(c.number, DocumentLanguage::Chinese);
        QVERIFY(zh.contains(QStringLiteral("金牌")));
        QVERIFY(zh.contains(QStringLiteral("2026年1月1日")));
        QVERIFY(zh.contains(QStringLiteral("2026年12月31日")));
        QVERIFY(zh.contains(QStringLiteral("21日宽限期")));
        const QString en = contractHtml(c.number, DocumentLanguage::English);
        QVERIFY(en.contains(QStringLiteral("Gold")));
        QVERIFY(en.contains(QStringLiteral("31 December 2026")));
        QVERIFY(en.contains(QStringLiteral("grace period of 21 days")));
    }

    void priceScheduleIsTheOneInForceAtSigning()
    {
        setProvider();
        addPlan(QStringLiteral("P1000"), 100000);
        addPlan(QStringLiteral("P2000"), 200000);
        addPlan(QStringLiteral("OLD"), 150000, false);
        fullChain(QStringLiteral("P1000"), 100000, QDate(2026, 1, 1));
        fullChain(QStringLiteral("P2000"), 200000, QDate(2026, 1, 1));
        fullChain(QStringLiteral("OLD"), 150000, QDate(2026, 1, 1));
        // A cut after the first signing: gold level 1 of P1000 ¥650 → ¥620.
        price(QStringLiteral("P1000"), Tier::Gold, 1, 62000, QDate(2026, 6, 1));

        const Agent early = agent(QStringLiteral("早签约通信有限公司"), QStringLiteral("gold"));
        const Agent late = agent(QStringLiteral("晚签约通信有限公司"), QStringLiteral("gold"));
        const Contract c1 = contract(early, 2026, QDate(2026, 1, 1));
        const Agent sub = agent(QStringLiteral("二级通信有限公司"), QStringLiteral("gold"), 2, early.uscc);
        const Contract c2 = contract(late, 2026, QDate(2026, 7, 1));
        const Contract c3 = contract(sub, 2026, QDate(2026, 2, 1));

        ContractDocument doc(*d->db);
        Result<ContractPrintData> first = doc.gather(c1.number);
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        QCOMPARE(first->priceDate, QDate(2026, 1, 1));
        // Every active plan, the inactive one left out, cheapest first.
        QCOMPARE(first->prices.size(), 2);
        QCOMPARE(first->prices.at(0).planCode, QStringLiteral("P1000"));
        QCOMPARE(first->prices.at(1).planCode, QStringLiteral("P2000"));
        QVERIFY(first->prices.at(0).priced);
        QCOMPARE(first->prices.at(0).agentPrice, Money::fromFen(65000)); // not the later ¥620
        QCOMPARE(first->prices.at(1).agentPrice, Money::fromFen(130000));

        Result<ContractPrintData> second = doc.gather(c2.number);
        QVERIFY(second.ok());
        QCOMPARE(second->prices.at(0).agentPrice, Money::fromFen(62000));

        // A level-2 agent's schedule is the level-2 column of its tier.
        Result<ContractPrintData> third = doc.gather(c3.number);
        QVERIFY(third.ok());
        QCOMPARE(third->prices.at(0).agentPrice, Money::fromFen(80000));
        QCOMPARE(third->prices.at(1).agentPrice, Money::fromFen(160000));

        Result<QString> html1 = ContractDocument::compose(*first, DocumentLanguage::English);
        QVERIFY(html1->contains(QStringLiteral("¥650.00")));
        QVERIFY(!html1->contains(QStringLiteral("¥620.00")));
        QVERIFY(html1->contains(QStringLiteral("¥1,300.00")));
        QVERIFY(!html1->contains(QStringLiteral("OLD")));
        Result<QString> html2 = ContractDocument::compose(*second, DocumentLanguage::Chinese);
        QVERIFY(html2->contains(QStringLiteral("¥620.00")));
        QVERIFY(html2->contains(QStringLiteral("2026年7月1日")));
        Result<QString> html3 = ContractDocument::compose(*third, DocumentLanguage::Chinese);
        QVERIFY(html3->contains(QStringLiteral("二级代理")));
        QVERIFY(html3->contains(QStringLiteral("早签约通信有限公司"))); // the parent
        QVERIFY(html3->contains(QStringLiteral("¥800.00")));
    }

    void unknownContractIsNotFound()
    {
        setProvider();
        Result<QString> html = ContractDocument(*d->db).html(QStringLiteral("HT-2026-0999"),
                                                            DocumentLanguage::English);
        QVERIFY(!html.ok());
        QCOMPARE(html.error().kind, ErrorKind::NotFound);
    }

    void renewalLetterListsTheAgentsNumbersDue()
    {
        setProvider();
        addPlan(QStringLiteral("STD"), 100000);
        addPlan(QStringLiteral("BIZ"), 250000);
        const Agent mine = agent(QStringLiteral("深圳华南通信有限公司"), QStringLiteral("standard"));
        const Agent other = agent(QStringLiteral("广州另一通信有限公司"), QStringLiteral("standard"));
        for (const Agent &a : {mine, other}) {
            QVERIFY(ContractService(*d->db)
                        .create(d->manager, a.uscc, 2025, {{1, 1, 1, 1}}, QDate(2025, 1, 1),
                                QDate(2025, 1, 2))
                        .ok());
        }
        auto customer = [&](const QString &name, const Agent &a) {
            CustomerInput in;
            in.name = name;
            in.uscc = cdtest::makeUscc(QStringLiteral("91"), 7000 + ++d->serial, QStringLiteral("440305"));
            in.agentUscc = a.uscc;
            in.qualification = QStringLiteral("approved");
            Result<Customer> c = CustomerService(*d->db).create(d->manager, in);
            if (!c)
                qFatal("%s", qPrintable(c.error().text()));
            return *c;
        };
        const Customer acme = customer(QStringLiteral("深圳甲科技有限公司"), mine);
        const Customer beta = customer(QStringLiteral("深圳乙贸易有限公司"), mine);
        const Customer far = customer(QStringLiteral("广州丙有限公司"), other);
        const QStringList pool{QStringLiteral("4008005172"), QStringLiteral("4008005173"),
                               QStringLiteral("4008005174"), QStringLiteral("4008005175")};
        for (const QString &n : pool) {
            SqlQuery q(*d->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                              " VALUES (:n, 'telecom', :g, '2025-01-01T00:00:00Z')"));
            q.bind(QStringLiteral(":n"), n).bind(QStringLiteral(":g"), gradeKey(gradeOf(n)));
            QVERIFY(q.exec().ok());
        }
        auto activate = [&](const QString &number, const Customer &c, const QString &plan,
                            const QDate &on) {
            Activation a;
            a.number = number;
            a.customerUscc = c.uscc;
            a.planCode = plan;
            a.date = on;
            a.months = 12;
            Result<Number> n = NumberService(*d->db).activate(d->manager, a);
            QVERIFY2(n.ok(), qPrintable(n.error().text()));
        };
        activate(QStringLiteral("4008005172"), acme, QStringLiteral("BIZ"), QDate(2025, 2, 10)); // → 2026-02-09
        activate(QStringLiteral("4008005173"), beta, QStringLiteral("STD"), QDate(2025, 2, 1));  // → 2026-01-31
        activate(QStringLiteral("4008005174"), acme, QStringLiteral("STD"), QDate(2025, 4, 1));  // → 2026-03-31
        activate(QStringLiteral("4008005175"), far, QStringLiteral("STD"), QDate(2025, 2, 1));   // other agent

        RenewalLetter letter(*d->db);
        Result<RenewalLetterData> data = letter.gather(mine.uscc, QDate(2026, 1, 15));
        QVERIFY2(data.ok(), qPrintable(data.error().text()));
        QCOMPARE(data->until, QDate(2026, 2, 14)); // the 30-day notice window
        QCOMPARE(data->rows.size(), 2);
        QCOMPARE(data->rows.at(0).number, QStringLiteral("4008005173"));
        QCOMPARE(data->rows.at(1).number, QStringLiteral("4008005172"));
        QCOMPARE(data->total, Money::fromFen(350000));

        const QString zh = *RenewalLetter::compose(*data, DocumentLanguage::Chinese);
        QVERIFY(!zh.contains(QLatin1String("{{")));
        QVERIFY(zh.contains(QStringLiteral("深圳华南通信有限公司")));
        QVERIFY(zh.contains(QStringLiteral("4008005172")));
        QVERIFY(zh.contains(QStringLiteral("深圳乙贸易有限公司")));
        QVERIFY(zh.contains(QStringLiteral("2026年1月31日")));
        QVERIFY(zh.contains(QStringLiteral("¥2,500.00")));
        QVERIFY(zh.contains(QStringLiteral("¥3,500.00")));
        QVERIFY(!zh.contains(QStringLiteral("4008005174")));
        QVERIFY(!zh.contains(QStringLiteral("4008005175")));
        const QString en = *RenewalLetter::compose(*data, DocumentLanguage::English);
        QVERIFY(!en.contains(QLatin1String("{{")));
        QVERIFY(en.contains(QStringLiteral("31 January 2026")));

        // A longer reminder offset widens the window.
        QVERIFY(Parameters(*d->db).set(m_admin, QStringLiteral("reminder_offsets"),
                                       QStringLiteral("90,30,7")).ok());
        Result<RenewalLetterData> wide = letter.gather(mine.uscc, QDate(2026, 1, 15));
        QCOMPARE(wide->rows.size(), 3);

        // A customer the provider took over by the letter's day is no longer
        // the agent's to remind (§9.6); one taken over later still is.
        RenewalFilter own;
        own.from = QDate(2026, 1, 15);
        own.to = wide->until;
        own.ownerAgentId = mine.id;
        QCOMPARE(*RenewalQuery(*d->db).count(own), qint64(3));
        SqlQuery takeover(*d->db, QStringLiteral("UPDATE customers SET taken_over_on = :on WHERE id = :id"));
        takeover.bind(QStringLiteral(":on"), QStringLiteral("2026-01-10")).bind(QStringLiteral(":id"), beta.id);
        QVERIFY(takeover.exec().ok());
        Result<RenewalLetterData> after = letter.gather(mine.uscc, QDate(2026, 1, 15));
        QCOMPARE(after->rows.size(), 2);
        for (const RenewalRow &r : after->rows)
            QVERIFY(r.customerUscc != beta.uscc);
        QCOMPARE(*RenewalQuery(*d->db).count(own), qint64(2));
        Result<RenewalLetterData> before = letter.gather(mine.uscc, QDate(2026, 1, 5));
        QVERIFY(std::any_of(before->rows.cbegin(), before->rows.cend(),
                            [&](const RenewalRow &r) { return r.customerUscc == beta.uscc; }));

        // An agent with nothing due still gets a letter saying so.
        Result<RenewalLetterData> none = letter.gather(other.uscc, QDate(2026, 6, 1));
        QVERIFY(none.ok());
        QVERIFY(none->rows.isEmpty());
        QVERIFY(RenewalLetter::compose(*none, DocumentLanguage::English)
                    ->contains(QStringLiteral("No number falls due")));
    }
};

QTEST_GUILESS_MAIN(TestPrinting)
#include "tst_printing.moc"
