// Business parameters of SPEC §3: defaults in the database, validated, admin only, audited.

#include "audit/AuditLog.h"
#include "settings/Parameters.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestParameters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void defaultsOfTheSpec()
    {
        Result<BusinessParameters> p = Parameters(*m_db).load();
        QVERIFY(p.ok());
        QCOMPARE(p->graceDays, 15);
        QCOMPARE(p->reclaimDays, 90);
        QCOMPARE(p->reclaimWarningDays, 7);
        QCOMPARE(p->reminderOffsets, (QVector<int>{30, 15, 7}));
        QCOMPARE(p->minMarginPercent, 5);
        QCOMPARE(p->promotionThresholdPercent, 120);
        QCOMPARE(p->reservationLimit, 3);
        QCOMPARE(p->reservationDays, 3);
        QCOMPARE(p->takeoverWaitDays, 15);
        QCOMPARE(p->premiumMinFeeFen, 600000);
        QCOMPARE(p->specialMinFeeFen, 300000);
        for (const ParameterSpec &s : Parameters::specs()) {
            QVERIFY2(Parameters::validate(s, s.defaultValue).isEmpty(), qPrintable(s.key));
            QVERIFY2(s.label() != s.key, qPrintable(s.key));
            QVERIFY2(!s.description().isEmpty(), qPrintable(s.key));
            QCOMPARE(*Parameters(*m_db).value(s.key), s.defaultValue);
        }
    }

    void setIsValidatedAndAudited()
    {
        Parameters params(*m_db);
        QVERIFY(params.set(m_admin, QStringLiteral("grace_days"), QStringLiteral(" 20 ")).ok());
        QVERIFY(params.set(m_admin, QStringLiteral("reminder_offsets"), QStringLiteral("45, 30,7")).ok());
        QCOMPARE(params.load()->graceDays, 20);
        QCOMPARE(params.load()->reminderOffsets, (QVector<int>{45, 30, 7}));

        const Status bad = params.set(m_admin, QStringLiteral("grace_days"), QStringLiteral("-3"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().clause, QStringLiteral("§2.10"));
        QVERIFY(!params.set(m_admin, QStringLiteral("reminder_offsets"), QStringLiteral("30,,7")).ok());
        QVERIFY(!params.set(m_admin, QStringLiteral("grace_days"), QStringLiteral("fifteen")).ok());
        QCOMPARE(params.set(m_admin, QStringLiteral("no_such"), QStringLiteral("1")).error().kind, ErrorKind::NotFound);
        QCOMPARE(params.load()->graceDays, 20);

        Result<QVector<AuditEntry>> log = AuditLog::page(*m_db, {}, 0, 10);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(1).entityId, QStringLiteral("grace_days"));
        QCOMPARE(log->at(1).oldValue, QStringLiteral("15"));
        QCOMPARE(log->at(1).newValue, QStringLiteral("20"));
        QCOMPARE(log->at(1).clause, QStringLiteral("§2.10"));
        QCOMPARE(log->at(0).newValue, QStringLiteral("45,30,7"));
        // Setting the same value again is no change and writes nothing.
        QVERIFY(params.set(m_admin, QStringLiteral("grace_days"), QStringLiteral("20")).ok());
        QCOMPARE(*AuditLog::count(*m_db, {}), 2);
    }

    void onlyAdmins()
    {
        Parameters params(*m_db);
        for (Role r : {Role::Manager, Role::Auditor}) {
            const Status s = params.set(Actor{QStringLiteral("someone"), r}, QStringLiteral("grace_days"), QStringLiteral("20"));
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Permission);
        }
        QCOMPARE(params.load()->graceDays, 15);
        QCOMPARE(*AuditLog::count(*m_db, {}), 0);
    }
};

QTEST_GUILESS_MAIN(TestParameters)
#include "tst_parameters.moc"
