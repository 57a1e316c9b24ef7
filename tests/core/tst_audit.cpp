// The audit log: append-only in the database itself, written in the change's transaction.

#include "audit/AuditLog.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "users/UserService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Actor m_admin{QStringLiteral("admin"), Role::Admin};

    qint64 entries()
    {
        Result<qint64> n = AuditLog::count(*m_db, {});
        return n ? *n : -1;
    }

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("audit%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void updateAndDeleteAreRefusedByTheDatabase()
    {
        AuditEntry e;
        e.action = QStringLiteral("test.write");
        e.entity = QStringLiteral("thing");
        e.entityId = QStringLiteral("1");
        e.newValue = QStringLiteral("v");
        QVERIFY(AuditLog::record(*m_db, m_admin, e).ok());
        const Status update = m_db->exec(QStringLiteral("UPDATE audit_log SET new_value = 'forged'"));
        QVERIFY(!update.ok());
        QVERIFY2(update.error().message.contains(QLatin1String("append-only")), qPrintable(update.error().message));
        QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        Result<QVector<AuditEntry>> page = AuditLog::page(*m_db, {}, 0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->at(0).newValue, QStringLiteral("v"));
        QCOMPARE(page->at(0).userName, QStringLiteral("admin"));
        QVERIFY(page->at(0).at.endsWith(QLatin1Char('Z')));
    }

    void failedChangeLeavesNoEntry()
    {
        const qint64 before = entries();
        // The change itself fails after validation: the parameters table refuses it.
        QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER no_param BEFORE UPDATE ON parameters"
                                          " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")).ok());
        const Status s = Parameters(*m_db).set(m_admin, QStringLiteral("grace_days"), QStringLiteral("20"));
        QVERIFY(!s.ok());
        QCOMPARE(entries(), before);
        QCOMPARE(*Parameters(*m_db).value(QStringLiteral("grace_days")), QStringLiteral("15"));
    }

    void failedAuditUndoesTheChange()
    {
        // The reverse: when the audit entry cannot be written, the change is gone too.
        QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER no_audit BEFORE INSERT ON audit_log"
                                          " WHEN NEW.entity_id = 'zhao.lei'"
                                          " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")).ok());
        UserService users(*m_db);
        Result<User> u = users.create(m_admin, QStringLiteral("zhao.lei"), Role::Manager,
                                      QStringLiteral("long enough pw"));
        QVERIFY(!u.ok());
        Result<QVector<User>> all = users.list();
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void pagesNewestFirstWithFilters()
    {
        for (int i = 1; i <= 25; ++i) {
            AuditEntry e;
            e.at = QStringLiteral("2026-11-%1T10:00:00Z").arg(i, 2, 10, QLatin1Char('0'));
            e.action = i % 2 ? QStringLiteral("odd.thing") : QStringLiteral("even.thing");
            e.entity = QStringLiteral("thing");
            e.entityId = QString::number(i);
            e.newValue = i == 7 ? QStringLiteral("100%_sure") : QStringLiteral("x");
            const Actor who{i <= 10 ? QStringLiteral("li.na") : QStringLiteral("admin"), Role::Admin};
            QVERIFY(AuditLog::record(*m_db, who, e).ok());
        }
        Result<QVector<AuditEntry>> first = AuditLog::page(*m_db, {}, 0, 10);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), 10);
        QCOMPARE(first->first().entityId, QStringLiteral("25"));
        Result<QVector<AuditEntry>> second = AuditLog::page(*m_db, {}, first->last().id, 10);
        QCOMPARE(second->first().entityId, QStringLiteral("15"));

        AuditFilter byUser;
        byUser.userName = QStringLiteral("li.na");
        QCOMPARE(*AuditLog::count(*m_db, byUser), 10);

        AuditFilter byText;
        byText.text = QStringLiteral("%_"); // wildcards are matched literally
        Result<QVector<AuditEntry>> hits = AuditLog::page(*m_db, byText, 0, 50);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().entityId, QStringLiteral("7"));

        AuditFilter byDate;
        byDate.from = QDate(2026, 11, 3);
        byDate.to = QDate(2026, 11, 5);
        QCOMPARE(*AuditLog::count(*m_db, byDate), 3);

        Result<QStringList> names = AuditLog::userNames(*m_db);
        QCOMPARE(*names, (QStringList{QStringLiteral("admin"), QStringLiteral("li.na")}));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
