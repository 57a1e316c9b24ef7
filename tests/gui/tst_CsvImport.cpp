// File › Import (issue 8: the window does what `channeldesk-cli import` does):
// every SPEC §5 kind the user may import is in the menu; a good file is
// written whole and the open pages re-read it; a refused file writes nothing,
// names its first bad lines in the message bar and lists them all behind
// Show Rows.

#include "GuiTestSupport.h"

#include "imports/CsvImport.h"
#include "shell/MainWindow.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuOffersWhatTheRoleMayImport();
    void goodFileIsWrittenWhole();
    void refusedFileWritesNothingAndListsEveryRow();

private:
    QString writeFile(const QString &name, const QByteArray &text);
    QAction *importAction(MainWindow &window, const QString &kind);
    qint64 count(const QString &sql);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<cdtest::PrompterGuard> m_prompts;
    Actor m_admin;
};

void TestCsvImport::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_prompts = std::make_unique<cdtest::PrompterGuard>();
}

void TestCsvImport::cleanup()
{
    m_prompts.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestCsvImport::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QAction *TestCsvImport::importAction(MainWindow &window, const QString &kind)
{
    auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("importMenu"));
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QStringLiteral("import_") + kind)
            return a;
    }
    return nullptr;
}

qint64 TestCsvImport::count(const QString &sql)
{
    Result<QVariant> v = SqlQuery(*m_db, sql).scalar();
    return v ? v->toLongLong() : -1;
}

void TestCsvImport::menuOffersWhatTheRoleMayImport()
{
    MainWindow admin(*m_db, m_admin);
    for (const QString &kind : CsvImport::kinds())
        QVERIFY2(importAction(admin, kind), qPrintable(kind));

    const Actor manager{QStringLiteral("mia"), Role::Manager};
    MainWindow managerWindow(*m_db, manager);
    QVERIFY(importAction(managerWindow, QStringLiteral("numbers")));
    QVERIFY(importAction(managerWindow, QStringLiteral("customers")));
    QVERIFY(!importAction(managerWindow, QStringLiteral("plans"))); // admins set prices (§2.4)
    QVERIFY(!importAction(managerWindow, QStringLiteral("prices")));

    const Actor auditor{QStringLiteral("ann"), Role::Auditor};
    MainWindow auditorWindow(*m_db, auditor);
    auto *menu = auditorWindow.menuBar()->findChild<QMenu *>(QStringLiteral("importMenu"));
    QVERIFY(menu);
    QVERIFY(!menu->menuAction()->isVisible()); // an auditor changes nothing
}

void TestCsvImport::goodFileIsWrittenWhole()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_prompts->prompter.fileToOpen =
        writeFile(QStringLiteral("pool.csv"), "number,carrier\n4008006000,telecom\n"
                                              "4008006001,mobile\n4008006002,unicom\n");
    QAction *numbers = importAction(window, QStringLiteral("numbers"));
    QVERIFY(numbers);
    numbers->trigger();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM numbers")), qint64(3));
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("pool.csv")),
             qPrintable(window.messageBar()->text()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.numbers'")),
             qint64(1));
}

void TestCsvImport::refusedFileWritesNothingAndListsEveryRow()
{
    MainWindow window(*m_db, m_admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QByteArray csv = "number,carrier\n4008006000,telecom\n";
    for (int i = 0; i < 8; ++i)
        csv += "80012" + QByteArray::number(i) + ",telecom\n"; // not 400 numbers
    m_prompts->prompter.fileToOpen = writeFile(QStringLiteral("bad.csv"), csv);
    importAction(window, QStringLiteral("numbers"))->trigger();

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM numbers")), qint64(0)); // all or none
    MessageBar *bar = window.messageBar();
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("bad.csv:3:")), qPrintable(bar->text()));
    QVERIFY(!bar->text().contains(QStringLiteral("bad.csv:10:"))); // only the first rows
    QVERIFY(bar->hasAction());
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageAction")), Qt::LeftButton);
    QDialog *rows = nullptr;
    QTRY_VERIFY((rows = window.findChild<QDialog *>(QStringLiteral("importErrorsDialog"))) &&
                rows->isVisible());
    const QString list =
        rows->findChild<QPlainTextEdit *>(QStringLiteral("importErrorsList"))->toPlainText();
    QCOMPARE(list.split(QLatin1Char('\n')).size(), 8);
    for (int line = 3; line <= 10; ++line)
        QVERIFY2(list.contains(QStringLiteral("bad.csv:%1:").arg(line)), qPrintable(list));
    rows->reject();
}

QTEST_MAIN(TestCsvImport)
#include "tst_CsvImport.moc"
