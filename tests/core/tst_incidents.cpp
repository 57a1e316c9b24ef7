// Platform incidents (§2.8): the late-notice and provider-liable flags,
// disputes inheriting liability, maintenance notices, validation and audit.

#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "incidents/IncidentService.h"
#include "reports/ReportRegistry.h"
#include "storage/SqlQuery.h"

using namespace cd;

namespace {
QDateTime utc(const QString &text)
{
    const QDateTime t = parseUtcTimestamp(text);
    if (!t.isValid())
        qFatal("bad timestamp in a test");
    return t;
}

struct ReportRows {
    QStringList keys;
    QVector<QStringList> rows;
};
} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

    std::unique_ptr<cdtest::Domain> d;
    const QDate m_today{2026, 3, 10};

    Agent signedAgent(const QString &name)
    {
        const Agent a = d->agent(name);
        Result<Contract> c = ContractService(*d->db).create(
            d->manager, a.uscc, 2026, {{5, 5, 5, 5}}, QDate(2026, 1, 1), m_today);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *AgentService(*d->db).find(a.uscc);
    }
    Customer customer(const Agent &a, const QString &name)
    {
        CustomerInput in;
        in.name = name;
        in.uscc =
            cdtest::makeUscc(QStringLiteral("91"), 5000 + ++d->serial, QStringLiteral("310115"));
        in.agentUscc = a.uscc;
        Result<Customer> c = CustomerService(*d->db).create(d->manager, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        return *c;
    }
    IncidentInput outage(IncidentCause cause, const QString &start, const QString &end)
    {
        IncidentInput in;
        in.kind = IncidentKind::Outage;
        in.title = QStringLiteral("呼叫路由中断");
        in.cause = cause;
        in.startsAt = utc(start);
        if (!end.isEmpty())
            in.endsAt = utc(end);
        return in;
    }
    IncidentInput maintenance(const QString &noticed, const QStringList &agents = {})
    {
        IncidentInput in;
        in.kind = IncidentKind::Maintenance;
        in.title = QStringLiteral("核心交换机升级");
        in.cause = IncidentCause::Platform;
        in.startsAt = utc(QStringLiteral("2026-03-20T16:00:00Z"));
        in.endsAt = utc(QStringLiteral("2026-03-20T20:00:00Z"));
        in.noticedAt = utc(noticed);
        in.channel = NoticeChannel::Email;
        in.agentUsccs = agents;
        return in;
    }
    ReportRows report(const QString &name)
    {
        ReportRows r;
        std::unique_ptr<Report> report = ReportRegistry::create(name);
        if (!report)
            qFatal("no report");
        for (const ReportColumn &c : report->columns())
            r.keys << c.key;
        ReportOptions options;
        options.date = m_today;
        const Status s = report->run(*d->db, options, [&r](const QStringList &cells) {
            r.rows << cells;
            return true;
        });
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
        return r;
    }
    int count(const QString &table)
    {
        SqlQuery q(*d->db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.scalar()->toInt();
    }

private slots:
    void init()
    {
        d = std::make_unique<cdtest::Domain>();
        QVERIFY(d->open());
    }

    void keys()
    {
        IncidentCause cause;
        QVERIFY(incidentCauseFromKey(QStringLiteral("attack"), &cause));
        QCOMPARE(cause, IncidentCause::Attack);
        QVERIFY(!incidentCauseFromKey(QStringLiteral("weather"), &cause));
        NoticeChannel channel;
        QVERIFY(noticeChannelFromKey(QStringLiteral("fax"), &channel));
        QCOMPARE(channel, NoticeChannel::Fax);
        QVERIFY(!noticeChannelFromKey(QString(), &channel));
        QVERIFY(!noticeChannelFromKey(QStringLiteral("wechat"), &channel));
        QCOMPARE(parseUtcTimestamp(QStringLiteral("2026-03-10T08:00:00+08:00")),
                 utc(QStringLiteral("2026-03-10T00:00:00Z")));
        QVERIFY(!parseUtcTimestamp(QStringLiteral("2026-03-10")).isValid());
        QVERIFY(!parseUtcTimestamp(QStringLiteral("yesterday")).isValid());
    }

    void lateNotice_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("minutesBefore"); // -1: no notice
        QTest::addColumn<bool>("late");
        const int m = int(IncidentKind::Maintenance);
        QTest::newRow("23h59m before: late") << m << qint64(23 * 60 + 59) << true;
        QTest::newRow("exactly 24h before: in time") << m << qint64(24 * 60) << false;
        QTest::newRow("a week before") << m << qint64(7 * 24 * 60) << false;
        QTest::newRow("told at the start") << m << qint64(0) << true;
        QTest::newRow("told after it started") << m << qint64(-30) << true;
        QTest::newRow("never told") << m << qint64(-1) << true;
        QTest::newRow("an outage is never late")
            << int(IncidentKind::Outage) << qint64(-1) << false;
    }

    void lateNotice()
    {
        QFETCH(int, kind);
        QFETCH(qint64, minutesBefore);
        QFETCH(bool, late);
        const QDateTime start = utc(QStringLiteral("2026-03-20T16:00:00Z"));
        QDateTime noticed;
        if (minutesBefore != -1)
            noticed = start.addSecs(-minutesBefore * 60);
        if (QByteArray(QTest::currentDataTag()) == "told after it started")
            noticed = start.addSecs(30 * 60);
        QCOMPARE(IncidentService::lateNotice(IncidentKind(kind), start, noticed), late);
    }

    void providerLiable_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<bool>("liable");
        const int p = int(IncidentCause::Platform);
        QTest::newRow("platform 47h") << p << qint64(47 * 60) << false;
        QTest::newRow("platform exactly 48h") << p << qint64(48 * 60) << false;
        QTest::newRow("platform 48h + 1 min") << p << qint64(48 * 60 + 1) << true;
        QTest::newRow("carrier 100h") << int(IncidentCause::Carrier) << qint64(100 * 60) << false;
        QTest::newRow("attack 100h") << int(IncidentCause::Attack) << qint64(100 * 60) << false;
        QTest::newRow("other 100h") << int(IncidentCause::Other) << qint64(100 * 60) << false;
    }

    void providerLiable()
    {
        QFETCH(int, cause);
        QFETCH(qint64, minutes);
        QFETCH(bool, liable);
        const QDateTime start = utc(QStringLiteral("2026-03-01T06:00:00Z"));
        QCOMPARE(IncidentService::providerLiable(IncidentCause(cause), start,
                                                 start.addSecs(minutes * 60)),
                 liable);
        // Still going on: measured up to the moment asked.
        QCOMPARE(IncidentService::providerLiable(IncidentCause(cause), start, QDateTime(),
                                                 start.addSecs(minutes * 60)),
                 liable);
    }

    void recordedFlagsInTheReport()
    {
        const Agent a = signedAgent(QStringLiteral("华信"));
        IncidentService s(*d->db);
        // Told at 16:01 the day before a 16:00 start: 23h59m, late.
        Result<Incident> late =
            s.record(d->manager, maintenance(QStringLiteral("2026-03-19T16:01:00Z"), {a.uscc}));
        QVERIFY2(late.ok(), qPrintable(late.error().text()));
        QVERIFY(IncidentService::lateNotice(late.value()));
        QCOMPARE(late->agentUsccs, QStringList{a.uscc});
        Result<Incident> down = s.record(
            d->manager, outage(IncidentCause::Platform, QStringLiteral("2026-03-01T00:00:00Z"),
                               QStringLiteral("2026-03-03T00:01:00Z")));
        QVERIFY2(down.ok(), qPrintable(down.error().text()));
        QVERIFY(IncidentService::providerLiable(down.value()));
        QVERIFY(!IncidentService::lateNotice(down.value()));

        const ReportRows r = report(QStringLiteral("incidents"));
        QCOMPARE(r.keys.mid(0, 13),
                 (QStringList{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"),
                              QStringLiteral("cause"), QStringLiteral("starts_at"),
                              QStringLiteral("ends_at"), QStringLiteral("duration_hours"),
                              QStringLiteral("noticed_at"), QStringLiteral("channel"),
                              QStringLiteral("late_notice"), QStringLiteral("provider_liable"),
                              QStringLiteral("affected_agents"), QStringLiteral("disputes")}));
        QCOMPARE(r.rows.size(), 2);
        // Newest start first: the maintenance of 20 March.
        const QStringList m = r.rows.at(0);
        QCOMPARE(m.at(1), QStringLiteral("maintenance"));
        QCOMPARE(m.at(4), QStringLiteral("2026-03-20T16:00:00Z"));
        QCOMPARE(m.at(6), QStringLiteral("4.00"));
        QCOMPARE(m.at(7), QStringLiteral("2026-03-19T16:01:00Z"));
        QCOMPARE(m.at(8), QStringLiteral("email"));
        QCOMPARE(m.at(9), QStringLiteral("yes"));
        QCOMPARE(m.at(10), QStringLiteral("no")); // 4 hours
        QCOMPARE(m.at(11), QStringLiteral("1"));
        const QStringList o = r.rows.at(1);
        QCOMPARE(o.at(1), QStringLiteral("outage"));
        QCOMPARE(o.at(6), QStringLiteral("48.02"));
        QCOMPARE(o.at(7), QString());
        QCOMPARE(o.at(8), QString());
        QCOMPARE(o.at(9), QStringLiteral("no"));
        QCOMPARE(o.at(10), QStringLiteral("yes"));
        QCOMPARE(o.at(11), QStringLiteral("all"));
        QCOMPARE(o.at(12), QStringLiteral("0"));
    }

    void disputesInheritLiability()
    {
        const Agent a = signedAgent(QStringLiteral("华信"));
        const Customer c = customer(a, QStringLiteral("上海远景贸易有限公司"));
        IncidentService s(*d->db);
        // 72 hours, the platform's own failure: liable.
        const qint64 liable = s.record(d->manager, outage(IncidentCause::Platform,
                                                          QStringLiteral("2026-03-01T00:00:00Z"),
                                                          QStringLiteral("2026-03-04T00:00:00Z")))
                                  ->id;
        const qint64 carrier = s.record(d->manager, outage(IncidentCause::Carrier,
                                                           QStringLiteral("2026-03-01T00:00:00Z"),
                                                           QStringLiteral("2026-03-05T04:00:00Z")))
                                   ->id;
        const qint64 short48 = s.record(d->manager, outage(IncidentCause::Platform,
                                                           QStringLiteral("2026-03-01T00:00:00Z"),
                                                           QStringLiteral("2026-03-03T00:00:00Z")))
                                   ->id;
        const QString text = QStringLiteral("400号码无法接通，客户要求赔偿");
        auto dispute = [&](qint64 incident, const QDate &on) {
            Result<Dispute> r = s.recordDispute(d->manager, incident, c.uscc, on, text);
            if (!r)
                qFatal("%s", qPrintable(r.error().text()));
            return *r;
        };
        QVERIFY(dispute(liable, QDate(2026, 3, 2)).providerLiable);  // during it
        QVERIFY(dispute(liable, QDate(2026, 4, 3)).providerLiable);  // 30 days after its end
        QVERIFY(!dispute(liable, QDate(2026, 4, 4)).providerLiable); // later: not caused by it
        QVERIFY(!dispute(carrier, QDate(2026, 3, 2)).providerLiable);
        QVERIFY(!dispute(short48, QDate(2026, 3, 2)).providerLiable);
        QCOMPARE(s.disputes(liable)->size(), 3);
        QCOMPARE(s.disputes(liable)->constFirst().customerUscc, c.uscc);
        QCOMPARE(s.find(liable)->disputeCount, 3);

        // Raised before the incident began: it cannot come from it.
        Result<Dispute> before =
            s.recordDispute(d->manager, liable, c.uscc, QDate(2026, 2, 28), text);
        QVERIFY(!before.ok());
        QCOMPARE(before.error().clause, QStringLiteral("§2.8"));
        QCOMPARE(s.recordDispute(d->manager, liable, cdtest::makeUscc(QStringLiteral("91"), 9999),
                                 QDate(2026, 3, 2), text)
                     .error()
                     .kind,
                 ErrorKind::NotFound);
        QCOMPARE(s.recordDispute(d->manager, 999, c.uscc, QDate(2026, 3, 2), text).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(s.recordDispute(d->auditor, liable, c.uscc, QDate(2026, 3, 2), text).error().kind,
                 ErrorKind::Permission);
        QVERIFY(
            !s.recordDispute(d->manager, liable, c.uscc, QDate(2026, 3, 2), QStringLiteral("  "))
                 .ok());
        QCOMPARE(s.disputes(liable)->size(), 3);

        const ReportRows r = report(QStringLiteral("incidents"));
        bool seen = false;
        for (const QStringList &row : r.rows) {
            if (row.at(0) == QString::number(liable)) {
                QCOMPARE(row.at(r.keys.indexOf(QStringLiteral("disputes"))), QStringLiteral("3"));
                QCOMPARE(row.at(r.keys.indexOf(QStringLiteral("liable_disputes"))),
                         QStringLiteral("2"));
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void closingReworksDisputeLiability()
    {
        const Agent a = signedAgent(QStringLiteral("华信"));
        const Customer c = customer(a, QStringLiteral("上海远景贸易有限公司"));
        IncidentService s(*d->db);
        // Going on for an hour now: not yet liable.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime start =
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC)
                .addSecs(-3600);
        IncidentInput in = outage(IncidentCause::Platform, Dates::timestamp(start), QString());
        Result<Incident> i = s.record(d->manager, in);
        QVERIFY2(i.ok(), qPrintable(i.error().text()));
        QVERIFY(i->ongoing());
        Result<Dispute> early = s.recordDispute(d->manager, i->id, c.uscc, start.date(),
                                                QStringLiteral("来电无人接听"));
        QVERIFY(early.ok());
        QVERIFY(!early->providerLiable);

        // An end at or before the start is refused; nothing changes.
        QVERIFY(!s.close(d->manager, i->id, start).ok());
        QVERIFY(s.find(i->id)->ongoing());
        QCOMPARE(s.close(d->auditor, i->id, start.addSecs(72 * 3600)).error().kind,
                 ErrorKind::Permission);

        Result<Incident> closed = s.close(d->manager, i->id, start.addSecs(72 * 3600));
        QVERIFY2(closed.ok(), qPrintable(closed.error().text()));
        QCOMPARE(closed->endsAt, start.addSecs(72 * 3600));
        QVERIFY(IncidentService::providerLiable(closed.value()));
        QVERIFY(s.disputes(i->id)->constFirst().providerLiable);
        // Closed once.
        QVERIFY(!s.close(d->manager, i->id, start.addSecs(80 * 3600)).ok());
        QCOMPARE(s.find(i->id)->endsAt, start.addSecs(72 * 3600));
        QCOMPARE(s.close(d->manager, 999, start.addSecs(80 * 3600)).error().kind,
                 ErrorKind::NotFound);

        AuditFilter f;
        f.text = QStringLiteral("incident.close");
        Result<QVector<AuditEntry>> log = AuditLog::page(*d->db, f, 0, 10);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->constFirst().clause, QStringLiteral("§2.8"));
        QCOMPARE(log->constFirst().userName, QStringLiteral("li.na"));
        QCOMPARE(log->constFirst().entityId, QString::number(i->id));
    }

    void maintenanceNoticesPerAgent()
    {
        const Agent a = signedAgent(QStringLiteral("华信"));
        const Agent b = signedAgent(QStringLiteral("远景"));
        const Agent prospect = d->agent(QStringLiteral("未签约"));
        QCOMPARE(a.status, AgentStatus::Active);
        QCOMPARE(prospect.status, AgentStatus::Prospect);
        IncidentService s(*d->db);

        // Named agents: one notice each, dated the day they were told.
        Result<Incident> one = s.record(
            d->manager, maintenance(QStringLiteral("2026-03-15T02:00:00Z"), {b.uscc, b.uscc}));
        QVERIFY2(one.ok(), qPrintable(one.error().text()));
        ReportRows r = report(QStringLiteral("notices"));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.at(0).at(r.keys.indexOf(QStringLiteral("date"))),
                 QStringLiteral("2026-03-15"));
        QCOMPARE(r.rows.at(0).at(r.keys.indexOf(QStringLiteral("kind"))),
                 QStringLiteral("maintenance"));
        QCOMPARE(r.rows.at(0).at(r.keys.indexOf(QStringLiteral("number"))), QString());
        QCOMPARE(r.rows.at(0).at(r.keys.indexOf(QStringLiteral("recipient_uscc"))), b.uscc);

        // No agent named: every active (or supervised) agent, not the prospect.
        Result<Incident> all =
            s.record(d->manager, maintenance(QStringLiteral("2026-03-16T02:00:00Z")));
        QVERIFY2(all.ok(), qPrintable(all.error().text()));
        QVERIFY(all->allAgents());
        r = report(QStringLiteral("notices"));
        QCOMPARE(r.rows.size(), 3);
        QStringList recipients;
        for (const QStringList &row : r.rows.mid(1)) {
            QCOMPARE(row.at(0), QStringLiteral("2026-03-16"));
            QCOMPARE(row.at(1), QStringLiteral("maintenance"));
            recipients << row.at(3);
        }
        recipients.sort();
        QStringList expected{a.uscc, b.uscc};
        expected.sort();
        QCOMPARE(recipients, expected);
        QVERIFY(!recipients.contains(prospect.uscc));

        // An outage writes no notice.
        QVERIFY(s.record(d->manager,
                         outage(IncidentCause::Platform, QStringLiteral("2026-03-01T00:00:00Z"),
                                QStringLiteral("2026-03-01T02:00:00Z")))
                    .ok());
        QCOMPARE(count(QStringLiteral("notices")), 3);

        AuditFilter f;
        f.text = QStringLiteral("incident.record");
        Result<QVector<AuditEntry>> log = AuditLog::page(*d->db, f, 0, 10);
        QCOMPARE(log->size(), 3);
        for (const AuditEntry &e : log.value())
            QCOMPARE(e.clause, QStringLiteral("§2.8"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        QTest::newRow("no title") << QStringLiteral("title") << int(ErrorKind::Rule);
        QTest::newRow("no start") << QStringLiteral("start") << int(ErrorKind::Rule);
        QTest::newRow("ends before it starts")
            << QStringLiteral("backwards") << int(ErrorKind::Rule);
        QTest::newRow("ends as it starts") << QStringLiteral("zero") << int(ErrorKind::Rule);
        QTest::newRow("maintenance without notice")
            << QStringLiteral("no-notice") << int(ErrorKind::Rule);
        QTest::newRow("maintenance without channel")
            << QStringLiteral("no-channel") << int(ErrorKind::Rule);
        QTest::newRow("maintenance without end")
            << QStringLiteral("no-end") << int(ErrorKind::Rule);
        QTest::newRow("outage noticed, no channel")
            << QStringLiteral("outage-channel") << int(ErrorKind::Rule);
        QTest::newRow("unknown agent") << QStringLiteral("agent") << int(ErrorKind::NotFound);
        QTest::newRow("auditor") << QStringLiteral("auditor") << int(ErrorKind::Permission);
    }

    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(int, kind);
        const Agent a = signedAgent(QStringLiteral("华信"));
        IncidentInput in = maintenance(QStringLiteral("2026-03-10T02:00:00Z"), {a.uscc});
        Actor actor = d->manager;
        if (what == QLatin1String("title"))
            in.title = QStringLiteral("   ");
        else if (what == QLatin1String("start"))
            in.startsAt = QDateTime();
        else if (what == QLatin1String("backwards"))
            in.endsAt = in.startsAt.addSecs(-60);
        else if (what == QLatin1String("zero"))
            in.endsAt = in.startsAt;
        else if (what == QLatin1String("no-notice"))
            in.noticedAt = QDateTime();
        else if (what == QLatin1String("no-channel"))
            in.channel = NoticeChannel::None;
        else if (what == QLatin1String("no-end"))
            in.endsAt = QDateTime();
        else if (what == QLatin1String("outage-channel")) {
            in = outage(IncidentCause::Carrier, QStringLiteral("2026-03-01T00:00:00Z"), QString());
            in.noticedAt = utc(QStringLiteral("2026-03-01T01:00:00Z"));
        } else if (what == QLatin1String("agent"))
            in.agentUsccs << cdtest::makeUscc(QStringLiteral("91"), 8888);
        else if (what == QLatin1String("auditor"))
            actor = d->auditor;
        Result<Incident> r = IncidentService(*d->db).record(actor, in);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!r.error().message.isEmpty());
        // Nothing written: no incident, no link, no notice.
        QCOMPARE(count(QStringLiteral("incidents")), 0);
        QCOMPARE(count(QStringLiteral("incident_agents")), 0);
        QCOMPARE(count(QStringLiteral("notices")), 0);
        // The same input, corrected, is accepted: the refusal was about that one thing.
        QVERIFY(
            IncidentService(*d->db)
                .record(d->manager, maintenance(QStringLiteral("2026-03-10T02:00:00Z"), {a.uscc}))
                .ok());
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "tst_incidents.moc"
