// The notices list (§2.10, §2.8): newest first, filters by kind, recipient
// agent and date range in SQL, keyset paging that neither skips nor repeats a
// notice when many share a date, and counts that match the pages.

#include "DomainFixture.h"

#include "common/Dates.h"
#include "numbers/NoticeQuery.h"
#include "storage/SqlQuery.h"

using namespace cd;

class TestNoticeQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    Agent m_alpha;
    Agent m_beta;

    qint64 numberId(const QString &number)
    {
        SqlQuery q(*d->db, QStringLiteral("INSERT INTO numbers (number, carrier, grade, created_at)"
                                          " VALUES (:n, 'telecom', 'normal', '2025-01-01T00:00:00Z')"
                                          " RETURNING id"));
        q.bind(QStringLiteral(":n"), number);
        Result<QVariant> id = q.scalar();
        if (!id)
            qFatal("%s", qPrintable(id.error().text()));
        return id->toLongLong();
    }
    void notice(const QString &date, const QString &kind, qint64 numberId, qint64 agentId,
                const QString &detail = QString())
    {
        SqlQuery q(*d->db, QStringLiteral("INSERT INTO notices (notice_date, kind, number_id,"
                                          " recipient_agent_id, detail, created_at)"
                                          " VALUES (:d, :k, :n, :a, :detail, '2026-01-01T00:00:00Z')"));
        q.bind(QStringLiteral(":d"), date)
            .bind(QStringLiteral(":k"), kind)
            .bind(QStringLiteral(":n"), numberId ? QVariant(numberId) : QVariant())
            .bind(QStringLiteral(":a"), agentId ? QVariant(agentId) : QVariant())
            .bind(QStringLiteral(":detail"), detail);
        if (Status s = q.exec(); !s)
            qFatal("%s", qPrintable(s.error().text()));
    }
    // Every row of a filter, read in pages of `size`.
    QVector<NoticeRow> all(const NoticeFilter &filter, int size)
    {
        NoticeQuery query(*d->db);
        QVector<NoticeRow> rows;
        QDate afterDate;
        qint64 afterId = 0;
        for (;;) {
            Result<QVector<NoticeRow>> page = query.page(filter, afterDate, afterId, size);
            if (!page)
                qFatal("%s", qPrintable(page.error().text()));
            rows += *page;
            if (page->size() < size)
                return rows;
            afterDate = page->constLast().date;
            afterId = page->constLast().id;
        }
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
        m_alpha = d->agent(QStringLiteral("Alpha"));
        m_beta = d->agent(QStringLiteral("Beta"));
        const qint64 n1 = numberId(QStringLiteral("4001234567"));
        const qint64 n2 = numberId(QStringLiteral("4007654321"));
        notice(QStringLiteral("2026-03-01"), QStringLiteral("renewal_due"), n1, m_alpha.id,
               QStringLiteral("paid through 2026-03-31; 30 days"));
        notice(QStringLiteral("2026-03-05"), QStringLiteral("renewal_due"), n2, m_beta.id);
        notice(QStringLiteral("2026-03-05"), QStringLiteral("suspended"), n1, m_alpha.id);
        notice(QStringLiteral("2026-03-10"), QStringLiteral("reclaim_warning"), n2, 0);
        notice(QStringLiteral("2026-03-12"), QStringLiteral("maintenance"), 0, m_alpha.id,
               QStringLiteral("incident 1: Core switch upgrade"));
        notice(QStringLiteral("2026-03-12"), QStringLiteral("maintenance"), 0, m_beta.id,
               QStringLiteral("incident 1: Core switch upgrade"));
    }
    void cleanup() { d.reset(); }

    void newestFirstWithNumbersAndRecipients()
    {
        const QVector<NoticeRow> rows = all({}, 100);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0).date, QDate(2026, 3, 12));
        QCOMPARE(rows.at(0).kind, QStringLiteral("maintenance"));
        QVERIFY(rows.at(0).number.isEmpty()); // a maintenance notice has no number
        QCOMPARE(rows.at(0).recipientUscc, m_beta.uscc); // same date: the later id first
        QCOMPARE(rows.at(1).recipientUscc, m_alpha.uscc);
        QCOMPARE(rows.at(2).kind, QStringLiteral("reclaim_warning"));
        QVERIFY(rows.at(2).recipientUscc.isEmpty()); // the provider's own notice
        QCOMPARE(rows.at(2).number, QStringLiteral("4007654321"));
        const NoticeRow &oldest = rows.constLast();
        QCOMPARE(oldest.date, QDate(2026, 3, 1));
        QCOMPARE(oldest.number, QStringLiteral("4001234567"));
        QCOMPARE(oldest.recipientName, QStringLiteral("Alpha"));
        QCOMPARE(oldest.detail, QStringLiteral("paid through 2026-03-31; 30 days"));
        QCOMPARE(*NoticeQuery(*d->db).count({}), qint64(6));
    }

    void pagesNeitherSkipNorRepeat()
    {
        // Pages of one and two rows cut through the dates shared by two notices.
        for (int size : {1, 2, 4}) {
            const QVector<NoticeRow> rows = all({}, size);
            QCOMPARE(rows.size(), 6);
            QSet<qint64> ids;
            for (const NoticeRow &r : rows)
                ids.insert(r.id);
            QCOMPARE(ids.size(), 6);
            for (int i = 1; i < rows.size(); ++i)
                QVERIFY(rows.at(i - 1).date > rows.at(i).date ||
                        (rows.at(i - 1).date == rows.at(i).date && rows.at(i - 1).id > rows.at(i).id));
        }
    }

    void filtersByKind()
    {
        NoticeFilter f;
        f.kind = QStringLiteral("renewal_due");
        const QVector<NoticeRow> rows = all(f, 1);
        QCOMPARE(rows.size(), 2);
        for (const NoticeRow &r : rows)
            QCOMPARE(r.kind, QStringLiteral("renewal_due"));
        QCOMPARE(*NoticeQuery(*d->db).count(f), qint64(2));
    }

    void filtersByAgent()
    {
        NoticeFilter f;
        f.agentId = m_alpha.id;
        const QVector<NoticeRow> rows = all(f, 2);
        QCOMPARE(rows.size(), 3);
        for (const NoticeRow &r : rows)
            QCOMPARE(r.recipientUscc, m_alpha.uscc);
        QCOMPARE(*NoticeQuery(*d->db).count(f), qint64(3));
    }

    void filtersByDateRange()
    {
        NoticeFilter f;
        f.from = QDate(2026, 3, 5);
        f.to = QDate(2026, 3, 10); // both ends included
        const QVector<NoticeRow> rows = all(f, 100);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.constFirst().date, QDate(2026, 3, 10));
        QCOMPARE(rows.constLast().date, QDate(2026, 3, 5));
        QCOMPARE(*NoticeQuery(*d->db).count(f), qint64(3));

        f.kind = QStringLiteral("suspended");
        f.agentId = m_alpha.id;
        QCOMPARE(all(f, 100).size(), 1);
        f.agentId = m_beta.id;
        QCOMPARE(all(f, 100).size(), 0);
        QCOMPARE(*NoticeQuery(*d->db).count(f), qint64(0));
    }

    void kindsHaveNames()
    {
        QCOMPARE(NoticeQuery::kinds().size(), 5);
        for (const QString &k : NoticeQuery::kinds())
            QVERIFY(NoticeQuery::kindDisplayName(k) != k);
        QCOMPARE(NoticeQuery::kindDisplayName(QStringLiteral("other")), QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestNoticeQuery)
#include "tst_noticequery.moc"
