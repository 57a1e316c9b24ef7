// channeldesk-cli as a user runs it: a separate process on a temporary
// database, judged by its exit code, its output and what the database holds.
#include "CliRunner.h"
#include "settings/Parameters.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdtest;

namespace {

const QString kAdminPassword = QStringLiteral("admin-secret-1");
const QString kBobPassword = QStringLiteral("bob-secret-22");

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void init();

    void globalHelp();
    void version();
    void commandHelp_data();
    void commandHelp();
    void groupHelp();
    void unknownCommand_data();
    void unknownCommand();
    void unknownOption_data();
    void unknownOption();
    void missingArgument();

    void initCreatesDatabase();
    void initAdmin();
    void secondAdminRefused();
    void missingDatabaseIsNotCreated();
    void corruptDatabase();

    void mutatingCommandNeedsUser();
    void wrongPasswordSameAsUnknownUser();
    void noPasswordAvailable();
    void passwordFromStdin();
    void globalOptionsAfterCommand();

    void userAddListAudit();
    void managerMayNotAddUsers();
    void auditorReadsAudit();
    void auditFilters();
    void userPasswd();
    void userDisableEnable();
    void badRole();

    void paramSetAndList();
    void paramInvalidValue();
    void paramUnknownKey();

    void importUnknownKind();

    void usccValid();
    void usccInvalid();

private:
    Run cli(const QStringList &arguments, const QString &password = QString(),
            const QMap<QString, QString> &extraEnv = {}, const QByteArray &input = {});
    Run asAdmin(const QStringList &arguments, const QMap<QString, QString> &extraEnv = {});
    void initWithAdmin();
    void addUser(const QString &name, const QString &role, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

Run TestCli::cli(const QStringList &arguments, const QString &password,
                 const QMap<QString, QString> &extraEnv, const QByteArray &input) {
    CliOptions options;
    options.password = password;
    options.environment = extraEnv;
    options.input = input;
    return runCli(m_db, arguments, options);
}

Run TestCli::asAdmin(const QStringList &arguments, const QMap<QString, QString> &extraEnv) {
    return cli(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + arguments,
               kAdminPassword, extraEnv);
}

void TestCli::initWithAdmin() {
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                      kAdminPassword);
    QCOMPARE(r.exitCode, 0);
}

void TestCli::addUser(const QString &name, const QString &role, const QString &password) {
    const Run r = asAdmin(
        {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role},
        {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), password}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCli::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("test.sqlite"));
}

void TestCli::globalHelp() {
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    for (const char *command :
         {"init", "user add", "user list", "user passwd", "user disable", "user enable",
          "param list", "param set", "import", "audit", "uscc check"}) {
        QVERIFY2(r.out.contains(QStringLiteral("  ") + QLatin1String(command)), command);
    }
    QVERIFY(r.out.contains(QLatin1String("--db PATH")));
    QVERIFY(r.out.contains(QLatin1String("Exit codes")));
    // SPEC §4's printing command is listed with the others.
    QVERIFY(r.out.contains(QLatin1String("  contract print")));

    // No command at all is a usage error, not help.
    const Run none = cli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.out.isEmpty());
    QVERIFY(none.err.startsWith(QLatin1String("channeldesk-cli: error: ")));
}

void TestCli::version() {
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("channeldesk-cli " CHANNELDESK_VERSION));
}

void TestCli::commandHelp_data() {
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");
    QTest::newRow("init") << QStringList{QStringLiteral("init")} << QStringLiteral("--admin NAME");
    QTest::newRow("user add") << QStringList{QStringLiteral("user"), QStringLiteral("add")}
                              << QStringLiteral("--role");
    QTest::newRow("user list") << QStringList{QStringLiteral("user"), QStringLiteral("list")}
                               << QStringLiteral("--user NAME");
    QTest::newRow("user passwd") << QStringList{QStringLiteral("user"), QStringLiteral("passwd")}
                                 << QStringLiteral("CHANNELDESK_NEW_PASSWORD");
    QTest::newRow("user disable") << QStringList{QStringLiteral("user"), QStringLiteral("disable")}
                                  << QStringLiteral("NAME");
    QTest::newRow("user enable") << QStringList{QStringLiteral("user"), QStringLiteral("enable")}
                                 << QStringLiteral("NAME");
    QTest::newRow("param list") << QStringList{QStringLiteral("param"), QStringLiteral("list")}
                                << QStringLiteral("description");
    QTest::newRow("param set") << QStringList{QStringLiteral("param"), QStringLiteral("set")}
                               << QStringLiteral("KEY VALUE");
    QTest::newRow("import") << QStringList{QStringLiteral("import")} << QStringLiteral("--dry-run");
    QTest::newRow("audit") << QStringList{QStringLiteral("audit")} << QStringLiteral("--limit N");
    QTest::newRow("uscc check") << QStringList{QStringLiteral("uscc"), QStringLiteral("check")}
                                << QStringLiteral("CODE");
}

void TestCli::commandHelp() {
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    const QString usage = QStringLiteral("Usage: channeldesk-cli ");
    for (const QStringList &arguments : {words + QStringList{QStringLiteral("--help")},
                                         QStringList{QStringLiteral("--help")} + words,
                                         words + QStringList{QStringLiteral("-h")}}) {
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(usage));
        QVERIFY2(r.out.contains(words.join(QLatin1Char(' '))), qPrintable(r.out));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }
    // Help never needs a database: none was created.
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCli::groupHelp() {
    const Run r = cli({QStringLiteral("user"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("user add")));
    QVERIFY(r.out.contains(QLatin1String("user disable")));
    QVERIFY(!r.out.contains(QLatin1String("param set")));

    const Run bare = cli({QStringLiteral("user")});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(QLatin1String("add, list, passwd, disable, enable")),
             qPrintable(bare.err));
}

void TestCli::unknownCommand_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::newRow("word") << QStringList{QStringLiteral("frobnicate")}
                          << QStringLiteral("frobnicate");
    QTest::newRow("subcommand") << QStringList{QStringLiteral("user"), QStringLiteral("frob")}
                                << QStringLiteral("user frob");
    QTest::newRow("not a command") << QStringList{QStringLiteral("benchmark"),
                                                  QStringLiteral("--out")}
                                   << QStringLiteral("benchmark");
}

void TestCli::unknownCommand() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QLatin1String("channeldesk-cli: error: Unknown command \"") +
                              command + QLatin1Char('"')),
             qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
}

void TestCli::unknownOption_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("global") << QStringList{QStringLiteral("--bogus"), QStringLiteral("init")};
    QTest::newRow("command") << QStringList{QStringLiteral("init"), QStringLiteral("--bogus")};
    QTest::newRow("short") << QStringList{QStringLiteral("param"), QStringLiteral("list"),
                                          QStringLiteral("-x")};
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("init"), QStringLiteral("--admin")};
    QTest::newRow("global missing value") << QStringList{QStringLiteral("--db")};
}

void TestCli::unknownOption() {
    QFETCH(QStringList, arguments);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QLatin1String("channeldesk-cli: error: ")));
    // A usage error never opens or creates the database.
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCli::missingArgument() {
    initWithAdmin();
    Run r = asAdmin({QStringLiteral("user"), QStringLiteral("disable")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("Missing NAME")), qPrintable(r.err));

    r = asAdmin({QStringLiteral("param"), QStringLiteral("set"), QStringLiteral("grace_days"),
                 QStringLiteral("20"), QStringLiteral("extra")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"extra\"")), qPrintable(r.err));
}

void TestCli::initCreatesDatabase() {
    const QString version = QString::number(cd::Database::latestVersion());
    Run r = cli({QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(m_db));
    QVERIFY2(r.out.contains(QLatin1String("Created the database")), qPrintable(r.out));
    QVERIFY(r.out.contains(QFileInfo(m_db).absoluteFilePath()));
    QVERIFY(r.out.contains(QLatin1String("schema version ") + version));

    // Twice is harmless and says so.
    r = cli({QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("up to date at schema version ") + version),
             qPrintable(r.out));

    // --db wins over CHANNELDESK_DB, even in a folder that does not exist yet.
    const QString other = m_dir->filePath(QStringLiteral("sub/other.sqlite"));
    r = cli({QStringLiteral("--db"), other, QStringLiteral("init")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(other));
}

void TestCli::initAdmin() {
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                      kAdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Created the administrator admin.")), qPrintable(r.out));

    const Run list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QLatin1String("\nadmin\tadmin\tactive\t")), qPrintable(list.out));

    // A password core refuses leaves no account behind.
    const QString other = m_dir->filePath(QStringLiteral("weak.sqlite"));
    const Run weak = cli({QStringLiteral("--db"), other, QStringLiteral("init"),
                          QStringLiteral("--admin"), QStringLiteral("admin")},
                         QStringLiteral("short"));
    QCOMPARE(weak.exitCode, 1);
    QVERIFY2(weak.err.contains(QLatin1String("at least 8 characters")), qPrintable(weak.err));
    const Run none = cli({QStringLiteral("--db"), other, QStringLiteral("--user"),
                          QStringLiteral("admin"), QStringLiteral("audit")},
                         QStringLiteral("short"));
    QCOMPARE(none.exitCode, 1);
}

void TestCli::secondAdminRefused() {
    initWithAdmin();
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("eve")},
                      QStringLiteral("eve-password-1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("already has users")), qPrintable(r.err));
    const Run eve = cli({QStringLiteral("--user"), QStringLiteral("eve"), QStringLiteral("audit")},
                        QStringLiteral("eve-password-1"));
    QCOMPARE(eve.exitCode, 1);
}

void TestCli::missingDatabaseIsNotCreated() {
    const Run r = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(m_db), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("init")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCli::corruptDatabase() {
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919 + 13) % 251));
    file.write(garbage);
    file.close();

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("init")},
          QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                      QStringLiteral("list")}}) {
        const Run r = cli(arguments, kAdminPassword);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.startsWith(QLatin1String("channeldesk-cli: error: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QFileInfo(m_db).absoluteFilePath()), qPrintable(r.err));
    }
    // The file was left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestCli::mutatingCommandNeedsUser() {
    initWithAdmin();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                      QStringLiteral("--role"), QStringLiteral("manager")},
          QStringList{QStringLiteral("param"), QStringLiteral("set"), QStringLiteral("grace_days"),
                      QStringLiteral("20")},
          QStringList{QStringLiteral("import"), QStringLiteral("agents"),
                      QStringLiteral("x.csv")}}) {
        const Run r = cli(arguments, kAdminPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("needs --user NAME")), qPrintable(r.err));
    }
    const Run list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(!list.out.contains(QLatin1String("bob")));
}

void TestCli::wrongPasswordSameAsUnknownUser() {
    initWithAdmin();
    const Run wrong = cli({QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("user"), QStringLiteral("list")},
                          QStringLiteral("not-the-password"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.isEmpty());
    const Run unknown = cli({QStringLiteral("--user"), QStringLiteral("nobody"),
                             QStringLiteral("user"), QStringLiteral("list")},
                            kAdminPassword);
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(!wrong.err.isEmpty());
    QCOMPARE(wrong.err, unknown.err);
}

void TestCli::noPasswordAvailable() {
    initWithAdmin();
    // Neither the variable nor any input: refused at once, never hanging.
    const Run r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                       QStringLiteral("list")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("CHANNELDESK_PASSWORD")), qPrintable(r.err));
}

void TestCli::passwordFromStdin() {
    initWithAdmin();
    const Run r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                       QStringLiteral("list")},
                      QString(), {}, kAdminPassword.toUtf8() + "\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("\nadmin\tadmin\t")));

    // A new user's password from standard input too, after the login password.
    const Run add = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                         QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"),
                         QStringLiteral("manager")},
                        kAdminPassword, {}, kBobPassword.toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run bob = cli({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("audit")},
                        kBobPassword);
    QCOMPARE(bob.exitCode, 0);
}

void TestCli::globalOptionsAfterCommand() {
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), other, QStringLiteral("--admin"),
                 QStringLiteral("root")},
                kAdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(other));
    QVERIFY(!QFileInfo::exists(m_db));
    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
             QStringLiteral("root"), QStringLiteral("--db=") + other},
            kAdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("\nroot\tadmin\t")));
}

void TestCli::userAddListAudit() {
    initWithAdmin();
    const Run add = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                             QStringLiteral("--role"), QStringLiteral("manager")},
                            {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), kBobPassword}});
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains(QLatin1String("bob")));

    const Run list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("name\trole\tstatus\tcreated_at\tlast_login_at"));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).startsWith(QLatin1String("bob\tmanager\tactive\t")));

    // The change runs as the logged-in user in the audit log.
    const Run audit = asAdmin({QStringLiteral("audit")});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains(QLatin1String("\tadmin\tuser.create\tuser\tbob\t")),
             qPrintable(audit.out));

    // The new user can sign in with the password given.
    const Run bob = cli({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("user"),
                         QStringLiteral("list")},
                        kBobPassword);
    QCOMPARE(bob.exitCode, 0);

    // Duplicate names are refused by core.
    const Run again = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                               QStringLiteral("--role"), QStringLiteral("auditor")},
                              {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), kBobPassword}});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already exists")), qPrintable(again.err));
}

void TestCli::managerMayNotAddUsers() {
    initWithAdmin();
    addUser(QStringLiteral("bob"), QStringLiteral("manager"), kBobPassword);
    const Run r =
        cli({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("user"),
             QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
             QStringLiteral("admin")},
            kBobPassword,
            {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), QStringLiteral("carol-pw-123")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Only an administrator")), qPrintable(r.err));
    const Run list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(!list.out.contains(QLatin1String("carol")));

    const Run param =
        cli({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("param"),
             QStringLiteral("set"), QStringLiteral("grace_days"), QStringLiteral("20")},
            kBobPassword);
    QCOMPARE(param.exitCode, 1);
}

void TestCli::auditorReadsAudit() {
    initWithAdmin();
    addUser(QStringLiteral("aud"), QStringLiteral("auditor"), QStringLiteral("auditor-pw-1"));
    const Run r = cli({QStringLiteral("--user"), QStringLiteral("aud"), QStringLiteral("audit")},
                      QStringLiteral("auditor-pw-1"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("\tuser.create\tuser\taud\t")), qPrintable(r.out));
}

void TestCli::auditFilters() {
    initWithAdmin();
    addUser(QStringLiteral("bob"), QStringLiteral("manager"), kBobPassword);
    QCOMPARE(asAdmin({QStringLiteral("param"), QStringLiteral("set"), QStringLiteral("grace_days"),
                      QStringLiteral("20")})
                 .exitCode,
             0);

    Run r = asAdmin({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header + newest
    QVERIFY2(lines.at(1).contains(
                 QStringLiteral("\tparameter.set\tparameter\tgrace_days\t15\t20\t§2.10")),
             qPrintable(lines.at(1)));

    r = asAdmin({QStringLiteral("audit"), QStringLiteral("--search"), QStringLiteral("bob")});
    QCOMPARE(r.exitCode, 0);
    lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QLatin1String("\tuser.create\tuser\tbob\t")));

    r = asAdmin({QStringLiteral("audit"), QStringLiteral("--by"), QStringLiteral("nobody")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);

    r = asAdmin({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("zero")});
    QCOMPARE(r.exitCode, 2);
    r = asAdmin({QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::userPasswd() {
    initWithAdmin();
    addUser(QStringLiteral("bob"), QStringLiteral("manager"), kBobPassword);
    const QString fresh = QStringLiteral("fresh-password-9");
    const Run r = asAdmin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob")},
                          {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), fresh}});
    QCOMPARE(r.exitCode, 0);
    const QStringList audit{QStringLiteral("--user"), QStringLiteral("bob"),
                            QStringLiteral("audit")};
    QCOMPARE(cli(audit, kBobPassword).exitCode, 1);
    QCOMPARE(cli(audit, fresh).exitCode, 0);

    const Run missing =
        asAdmin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody")},
                {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), fresh}});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("nobody")), qPrintable(missing.err));
}

void TestCli::userDisableEnable() {
    initWithAdmin();
    addUser(QStringLiteral("bob"), QStringLiteral("manager"), kBobPassword);
    const QStringList bobList{QStringLiteral("--user"), QStringLiteral("bob"),
                              QStringLiteral("user"), QStringLiteral("list")};

    QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bob")})
                 .exitCode,
             0);
    QCOMPARE(cli(bobList, kBobPassword).exitCode, 1);
    const Run list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QLatin1String("\nbob\tmanager\tdisabled\t")));

    QCOMPARE(
        asAdmin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("bob")}).exitCode,
        0);
    QCOMPARE(cli(bobList, kBobPassword).exitCode, 0);

    // The last administrator stays: core refuses, the CLI reports it.
    const Run self =
        asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("admin")});
    QCOMPARE(self.exitCode, 1);
}

void TestCli::badRole() {
    initWithAdmin();
    Run r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                     QStringLiteral("--role"), QStringLiteral("boss")},
                    {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), kBobPassword}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("boss")), qPrintable(r.err));
    r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob")},
                {{QStringLiteral("CHANNELDESK_NEW_PASSWORD"), kBobPassword}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("--role")), qPrintable(r.err));
}

void TestCli::paramSetAndList() {
    initWithAdmin();
    Run r = asAdmin({QStringLiteral("param"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("key\tvalue\tclause\tdescription"));
    QCOMPARE(lines.size(), cd::Parameters::specs().size() + 1);
    QVERIFY(r.out.contains(QStringLiteral("\ngrace_days\t15\t§2.10\t")));

    r = asAdmin({QStringLiteral("param"), QStringLiteral("set"), QStringLiteral("reminder_offsets"),
                 QStringLiteral("20, 10,5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = asAdmin({QStringLiteral("param"), QStringLiteral("set"), QStringLiteral("grace_days"),
                 QStringLiteral("20")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("grace_days = 20"));

    r = asAdmin({QStringLiteral("param"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("\ngrace_days\t20\t§2.10\t")));
    QVERIFY2(r.out.contains(QStringLiteral("\nreminder_offsets\t20,10,5\t§2.10\t")),
             qPrintable(r.out));
}

void TestCli::paramInvalidValue() {
    initWithAdmin();
    const cd::ParameterSpec *spec = cd::Parameters::spec(QStringLiteral("grace_days"));
    QVERIFY(spec);
    for (const QString &value : {QStringLiteral("abc"), QStringLiteral("9999")}) {
        const Run r = asAdmin(
            {QStringLiteral("param"), QStringLiteral("set"), QStringLiteral("grace_days"), value});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QLatin1String("channeldesk-cli: error: ") + spec->label()),
                 qPrintable(r.err));
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("(§2.10)")), qPrintable(r.err));
    }
    const Run list = asAdmin({QStringLiteral("param"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QLatin1String("\ngrace_days\t15\t")));
}

void TestCli::paramUnknownKey() {
    initWithAdmin();
    const Run r = asAdmin({QStringLiteral("param"), QStringLiteral("set"),
                           QStringLiteral("no_such_key"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("no_such_key")), qPrintable(r.err));
}

void TestCli::importUnknownKind() {
    initWithAdmin();
    const QString csv = m_dir->filePath(QStringLiteral("bananas.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name\nx\n");
    file.close();
    const Run r = asAdmin({QStringLiteral("import"), QStringLiteral("bananas"), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("bananas")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("agents, plans, prices, customers, numbers, payments")),
             qPrintable(r.err));
    // Nothing was recorded.
    const Run audit =
        asAdmin({QStringLiteral("audit"), QStringLiteral("--search"), QStringLiteral("import")});
    QCOMPARE(audit.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
}

void TestCli::usccValid() {
    Run r = cli(
        {QStringLiteral("uscc"), QStringLiteral("check"), QStringLiteral("91350100M000100Y43")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("91350100M000100Y43\n"));
    QVERIFY(r.err.isEmpty());

    r = cli(
        {QStringLiteral("uscc"), QStringLiteral("check"), QStringLiteral("9135 0100 m000 100y43")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("91350100M000100Y43\n"));
    // A pure check: no database appears.
    QVERIFY(!QFileInfo::exists(m_db));
}

void TestCli::usccInvalid() {
    for (const QString &code :
         {QStringLiteral("91350100M000100Y44"), QStringLiteral("91350100M00010"),
          QStringLiteral("91350100I000100Y43")}) {
        const Run r = cli({QStringLiteral("uscc"), QStringLiteral("check"), code});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QLatin1String("channeldesk-cli: error: ")), qPrintable(r.err));
        QVERIFY(r.err.size() > 30);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
