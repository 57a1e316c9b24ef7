// The quick search (Ctrl+K): agents, customers, numbers and contracts found
// from one line of text, exact codes first, each kind bounded.
#include "DomainFixture.h"

#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "search/GlobalSearch.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace cd;

class TestGlobalSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    Agent m_shenzhen;
    Agent m_wuhan;
    Customer m_customer;

    QStringList keys(const QString &text, SearchHit::Kind kind, int perKind = 6)
    {
        const Result<QVector<SearchHit>> hits = GlobalSearch(*d->db).find(text, perKind);
        if (!hits)
            qFatal("%s", qPrintable(hits.error().text()));
        QStringList out;
        for (const SearchHit &hit : *hits) {
            if (hit.kind == kind)
                out << hit.key;
        }
        return out;
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
        m_shenzhen = d->agent(QStringLiteral("深圳华南通信有限公司"));
        m_wuhan = d->agent(QStringLiteral("武汉华中信息有限公司"));
        QVERIFY(ContractService(*d->db)
                    .create(d->manager, m_shenzhen.uscc, 2026, {{1, 1, 1, 1}}, QDate(2026, 1, 1),
                            QDate(2026, 1, 1))
                    .ok());
        CustomerInput in;
        in.name = QStringLiteral("深圳甲科技有限公司");
        in.uscc = cdtest::makeUscc(QStringLiteral("91"), 7001, QStringLiteral("440305"));
        in.agentUscc = m_shenzhen.uscc;
        in.qualification = QStringLiteral("approved");
        m_customer = *CustomerService(*d->db).create(d->manager, in);
        for (int i = 0; i < 30; ++i) {
            SqlQuery q(*d->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                              " VALUES (:n, 'telecom', 'normal', '2026-01-01')"));
            q.bind(QStringLiteral(":n"), QStringLiteral("40080%1").arg(i * 37, 5, 10, QLatin1Char('0')));
            QVERIFY(q.exec().ok());
        }
        SqlQuery q(*d->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES ('4006668888', 'unicom', 'premium', '2026-01-01')"));
        QVERIFY(q.exec().ok());
    }

    void namesInChinese()
    {
        QCOMPARE(keys(QStringLiteral("华南"), SearchHit::Kind::Agent), QStringList{m_shenzhen.uscc});
        QCOMPARE(keys(QStringLiteral("有限公司"), SearchHit::Kind::Agent).size(), 2);
        QCOMPARE(keys(QStringLiteral("深圳"), SearchHit::Kind::Customer),
                 QStringList{m_customer.uscc});
        QVERIFY(keys(QStringLiteral("上海"), SearchHit::Kind::Agent).isEmpty());
    }

    void codesByPrefixAndExact()
    {
        // The start of a code, typed in lower case, finds it.
        const QString start = m_wuhan.uscc.left(12).toLower();
        QVERIFY(keys(start, SearchHit::Kind::Agent).contains(m_wuhan.uscc));
        QCOMPARE(keys(m_customer.uscc, SearchHit::Kind::Customer), QStringList{m_customer.uscc});
        // A code's middle is not a prefix: nothing.
        QVERIFY(keys(m_wuhan.uscc.mid(5, 6), SearchHit::Kind::Agent).isEmpty());
        // Written grouped, with a space or in full-width characters: the same code.
        const QString grouped = m_customer.uscc.left(2) + QStringLiteral("-") +
                                m_customer.uscc.mid(2, 6) + QStringLiteral(" ") +
                                m_customer.uscc.mid(8).toLower();
        QCOMPARE(keys(grouped, SearchHit::Kind::Customer), QStringList{m_customer.uscc});
    }

    void numbersByPrefixOrDigits()
    {
        const QStringList prefix = keys(QStringLiteral("400800"), SearchHit::Kind::Number, 5);
        QCOMPARE(prefix.size(), 5); // bounded
        QCOMPARE(prefix.first(), QStringLiteral("4008000000"));
        QVERIFY(std::is_sorted(prefix.cbegin(), prefix.cend()));
        // The memorable tail of a number.
        QCOMPARE(keys(QStringLiteral("8888"), SearchHit::Kind::Number),
                 QStringList{QStringLiteral("4006668888")});
        // As SPEC writes numbers, grouped with dashes or spaces.
        QCOMPARE(keys(QStringLiteral("400-666-8888"), SearchHit::Kind::Number),
                 QStringList{QStringLiteral("4006668888")});
        QCOMPARE(keys(QStringLiteral("400 800"), SearchHit::Kind::Number, 5), prefix);
        // Wildcards are literal characters, not patterns.
        QVERIFY(keys(QStringLiteral("40%"), SearchHit::Kind::Number).isEmpty());
        QVERIFY(keys(QStringLiteral("4_0"), SearchHit::Kind::Agent).isEmpty());
    }

    void contractsAndShortText()
    {
        QCOMPARE(keys(QStringLiteral("ht-2026"), SearchHit::Kind::Contract),
                 QStringList{QStringLiteral("HT-2026-0001")});
        const Result<QVector<SearchHit>> none = GlobalSearch(*d->db).find(QStringLiteral("深"));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
