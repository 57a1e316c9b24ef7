// Password hashing (§2.6), accounts, roles and sign-in.

#include "audit/AuditLog.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "users/PasswordHasher.h"
#include "users/UserService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QString m_pw = QStringLiteral("correct horse 8");

    QString storedHash(const QString &name)
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = :n"));
        q.bind(QStringLiteral(":n"), name);
        Result<QVariant> v = q.scalar();
        return v ? v->toString() : QString();
    }

private slots:
    void init()
    {
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("users%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void argon2idAtOwaspMinimum()
    {
        QVERIFY(PasswordHasher::usesArgon2());
        const QString h = PasswordHasher::hash(m_pw);
        QVERIFY2(h.startsWith(QLatin1String("$argon2id$")), qPrintable(h));
        // m = 19456 KiB, t = 2 at least.
        QVERIFY2(h.contains(QLatin1String("m=19456,t=2")), qPrintable(h));
        QVERIFY(PasswordHasher::verify(m_pw, h));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse 9"), h));
        QVERIFY(!PasswordHasher::needsRehash(h));
        // Salted: the same password never gives the same hash.
        QVERIFY(PasswordHasher::hash(m_pw) != h);
    }

    void pbkdf2MatchesRfcVectors()
    {
        // RFC 7914 §11 test vectors for PBKDF2-HMAC-SHA256.
        QCOMPARE(PasswordHasher::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        QCOMPARE(PasswordHasher::pbkdf2Sha256("Password", "NaCl", 80000, 64).toHex(),
                 QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"));
    }

    void pbkdf2FallbackVerifiesAndIsRehashed()
    {
        const QString weak = PasswordHasher::hashPbkdf2(m_pw, 1000);
        QVERIFY(weak.startsWith(QLatin1String("$pbkdf2-sha256$1000$")));
        QVERIFY(PasswordHasher::verify(m_pw, weak));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("wrong password"), weak));
        QVERIFY(PasswordHasher::needsRehash(weak));
    }

    void firstAdminOnlyOnce()
    {
        UserService users(*m_db);
        QCOMPARE(*users.hasUsers(), false);
        Result<User> admin = users.createFirstAdmin(QStringLiteral(" wang.fang "), m_pw);
        QVERIFY2(admin.ok(), qPrintable(admin.error().text()));
        QCOMPARE(admin->name, QStringLiteral("wang.fang"));
        QCOMPARE(admin->role, Role::Admin);
        QCOMPARE(*users.hasUsers(), true);
        Result<User> again = users.createFirstAdmin(QStringLiteral("intruder"), m_pw);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Rule);
        QCOMPARE(users.list()->size(), 1);
        // Stored only as a salted slow hash (§2.6).
        QVERIFY(storedHash(QStringLiteral("wang.fang")).startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!storedHash(QStringLiteral("wang.fang")).contains(m_pw));
    }

    void refusesWeakInput()
    {
        UserService users(*m_db);
        QVERIFY(!users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("short")).ok());
        QVERIFY(!users.createFirstAdmin(QStringLiteral("   "), m_pw).ok());
        QCOMPARE(*users.hasUsers(), false);
    }

    void loginSameMessageForUnknownAndWrong()
    {
        UserService users(*m_db);
        QVERIFY(users.createFirstAdmin(QStringLiteral("admin"), m_pw).ok());
        Result<Actor> ok = users.login(QStringLiteral("admin"), m_pw);
        QVERIFY(ok.ok());
        QCOMPARE(ok->role, Role::Admin);
        Result<Actor> wrong = users.login(QStringLiteral("admin"), QStringLiteral("not the password"));
        Result<Actor> unknown = users.login(QStringLiteral("nobody"), m_pw);
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error().message, unknown.error().message);
        QCOMPARE(wrong.error().exitCode(), 1);
    }

    void loginRehashesWeakHash()
    {
        UserService users(*m_db);
        QVERIFY(users.createFirstAdmin(QStringLiteral("admin"), m_pw).ok());
        SqlQuery q(*m_db, QStringLiteral("UPDATE users SET password_hash = :h WHERE name = 'admin'"));
        q.bind(QStringLiteral(":h"), PasswordHasher::hashPbkdf2(m_pw, 1000));
        QVERIFY(q.exec().ok());
        QVERIFY(users.login(QStringLiteral("admin"), m_pw).ok());
        QVERIFY(storedHash(QStringLiteral("admin")).startsWith(QLatin1String("$argon2id$")));
        QVERIFY(users.login(QStringLiteral("admin"), m_pw).ok());
    }

    void repeatedFailuresLockTheAccount()
    {
        UserService users(*m_db);
        QVERIFY(users.createFirstAdmin(QStringLiteral("admin"), m_pw).ok());
        const Actor admin{QStringLiteral("admin"), Role::Admin};
        QVERIFY(users.create(admin, QStringLiteral("li.na"), Role::Manager, m_pw).ok());
        QVERIFY(Parameters(*m_db).set(admin, QStringLiteral("login_lock_attempts"), QStringLiteral("3")).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!users.login(QStringLiteral("li.na"), QStringLiteral("guess number %1").arg(i)).ok());
        Result<Actor> locked = users.login(QStringLiteral("li.na"), m_pw);
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QLatin1String("locked")), qPrintable(locked.error().message));
        // An administrator's password reset unlocks it.
        QVERIFY(users.setPassword(admin, QStringLiteral("li.na"), m_pw).ok());
        QVERIFY(users.login(QStringLiteral("li.na"), m_pw).ok());
    }

    void onlyAdminsManageUsersAndEveryChangeIsAudited()
    {
        UserService users(*m_db);
        QVERIFY(users.createFirstAdmin(QStringLiteral("admin"), m_pw).ok());
        const Actor admin{QStringLiteral("admin"), Role::Admin};
        const Actor manager{QStringLiteral("li.na"), Role::Manager};
        const Actor auditor{QStringLiteral("qian"), Role::Auditor};
        QVERIFY(users.create(admin, QStringLiteral("li.na"), Role::Manager, m_pw).ok());
        QVERIFY(users.create(admin, QStringLiteral("qian"), Role::Auditor, m_pw).ok());
        for (const Actor &who : {manager, auditor}) {
            Result<User> u = users.create(who, QStringLiteral("x.y"), Role::Admin, m_pw);
            QVERIFY(!u.ok());
            QCOMPARE(u.error().kind, ErrorKind::Permission);
            QCOMPARE(users.setRole(who, QStringLiteral("qian"), Role::Admin).error().kind, ErrorKind::Permission);
            QCOMPARE(users.setActive(who, QStringLiteral("admin"), false).error().kind, ErrorKind::Permission);
        }
        QVERIFY(!users.create(admin, QStringLiteral("li.na"), Role::Auditor, m_pw).ok()); // duplicate
        QVERIFY(users.setRole(admin, QStringLiteral("qian"), Role::Manager).ok());
        QVERIFY(users.setActive(admin, QStringLiteral("qian"), false).ok());
        QVERIFY(!users.login(QStringLiteral("qian"), m_pw).ok()); // disabled
        QCOMPARE(users.setRole(admin, QStringLiteral("nobody"), Role::Manager).error().kind, ErrorKind::NotFound);
        // The last active administrator stays one.
        QVERIFY(!users.setRole(admin, QStringLiteral("admin"), Role::Manager).ok());
        QVERIFY(!users.setActive(admin, QStringLiteral("admin"), false).ok());
        // A user may change their own password, not another's.
        QVERIFY(users.setPassword(manager, QStringLiteral("li.na"), QStringLiteral("new password 1")).ok());
        QCOMPARE(users.setPassword(manager, QStringLiteral("admin"), m_pw).error().kind, ErrorKind::Permission);

        AuditFilter f;
        f.text = QStringLiteral("user.");
        Result<QVector<AuditEntry>> log = AuditLog::page(*m_db, f, 0, 100);
        QStringList actions;
        for (const AuditEntry &e : *log)
            actions.prepend(e.action + QLatin1Char(':') + e.entityId + QLatin1Char(':') + e.userName);
        QCOMPARE(actions, (QStringList{
                              QStringLiteral("user.create:admin:admin"),
                              QStringLiteral("user.create:li.na:admin"),
                              QStringLiteral("user.create:qian:admin"),
                              QStringLiteral("user.role:qian:admin"),
                              QStringLiteral("user.disable:qian:admin"),
                              QStringLiteral("user.password:li.na:li.na"),
                          }));
        for (const AuditEntry &e : *log)
            QVERIFY(!e.newValue.contains(QLatin1String("$argon2")));
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
