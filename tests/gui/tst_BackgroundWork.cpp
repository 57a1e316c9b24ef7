// BackgroundWork (issue 8: progress for anything over half a second): a
// database job runs on a worker thread with its own connection while the
// window keeps painting, a busy dialog appears only when the job runs long,
// and clicks made meanwhile do not start anything.

#include "GuiTestSupport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "widgets/BackgroundWork.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace cd;

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runsOnAWorkerWithItsOwnConnection();
    void inMemoryDatabaseRunsInPlace();
    void longJobShowsABusyDialogShortJobDoesNot();
    void clicksDuringTheJobAreIgnored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
};

void TestBackgroundWork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("work.sqlite")));
    QVERIFY(m_db);
    m_window = std::make_unique<QWidget>();
    m_window->resize(400, 300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackgroundWork::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBackgroundWork::runsOnAWorkerWithItsOwnConnection()
{
    QVERIFY(!m_db->changedElsewhere()); // the baseline
    QThread *ranOn = nullptr;
    Database *usedDb = nullptr;
    bool wrote = false;
    const Status s = BackgroundWork::run(m_window.get(), *m_db, QStringLiteral("Working"),
                                         [&](Database &db) {
                                             ranOn = QThread::currentThread();
                                             usedDb = &db;
                                             // A write on the worker's connection...
                                             wrote = SqlQuery(db, QStringLiteral("CREATE TABLE t(x)")).exec() &&
                                                     SqlQuery(db, QStringLiteral("INSERT INTO t VALUES (42)")).exec();
                                         });
    QVERIFY(s);
    QVERIFY(wrote);
    QVERIFY(ranOn != nullptr);
    QVERIFY(ranOn != QThread::currentThread());
    QVERIFY(usedDb != m_db.get());
    // ...is seen by the window's connection once the job is back.
    Result<QVariant> x = SqlQuery(*m_db, QStringLiteral("SELECT x FROM t")).scalar();
    QVERIFY(x);
    QCOMPARE(x->toInt(), 42);
    // The job's commit is the window's own: the refresh-on-focus check does
    // not take it for another program's; a second connection's commit is.
    QVERIFY(!m_db->changedElsewhere());
    std::unique_ptr<Database> other = cdtest::openDatabase(m_db->path());
    QVERIFY(other);
    QVERIFY(SqlQuery(*other, QStringLiteral("INSERT INTO t VALUES (7)")).exec());
    QVERIFY(m_db->changedElsewhere());
    QVERIFY(!m_db->changedElsewhere()); // once
}

void TestBackgroundWork::inMemoryDatabaseRunsInPlace()
{
    std::unique_ptr<Database> memory = cdtest::openDatabase(QStringLiteral(":memory:"));
    QVERIFY(memory);
    QThread *ranOn = nullptr;
    Database *usedDb = nullptr;
    QVERIFY(BackgroundWork::run(m_window.get(), *memory, QStringLiteral("Working"), [&](Database &db) {
        ranOn = QThread::currentThread();
        usedDb = &db;
    }));
    QCOMPARE(ranOn, QThread::currentThread());
    QCOMPARE(usedDb, memory.get());
}

void TestBackgroundWork::longJobShowsABusyDialogShortJobDoesNot()
{
    bool seenDuringLongJob = false;
    QTimer probe;
    probe.setInterval(50);
    connect(&probe, &QTimer::timeout, this, [&] {
        auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("backgroundWorkProgress"));
        if (dialog && dialog->isVisible() && dialog->labelText() == QLatin1String("Long job"))
            seenDuringLongJob = true;
    });
    probe.start();
    QVERIFY(BackgroundWork::run(m_window.get(), *m_db, QStringLiteral("Long job"),
                                [](Database &) { QThread::msleep(1200); }));
    QVERIFY2(seenDuringLongJob, "a job of more than half a second shows its busy dialog");
    QVERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("backgroundWorkProgress")));

    bool seenDuringShortJob = false;
    connect(&probe, &QTimer::timeout, this, [&] {
        auto *dialog = m_window->findChild<QProgressDialog *>(QStringLiteral("backgroundWorkProgress"));
        if (dialog && dialog->isVisible())
            seenDuringShortJob = true;
    });
    QVERIFY(BackgroundWork::run(m_window.get(), *m_db, QStringLiteral("Short job"),
                                [](Database &) { QThread::msleep(100); }));
    QVERIFY2(!seenDuringShortJob, "a quick job shows no flash of a dialog");
}

void TestBackgroundWork::clicksDuringTheJobAreIgnored()
{
    auto *button = new QPushButton(QStringLiteral("Start"), m_window.get());
    button->show();
    int clicks = 0;
    connect(button, &QPushButton::clicked, this, [&clicks] { ++clicks; });
    QTimer::singleShot(100, this, [button] { QTest::mouseClick(button, Qt::LeftButton); });
    QVERIFY(BackgroundWork::run(m_window.get(), *m_db, QStringLiteral("Working"),
                                [](Database &) { QThread::msleep(400); }));
    QCoreApplication::processEvents();
    QCOMPARE(clicks, 0);
    // Afterwards the button works again.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicks, 1);
}

QTEST_MAIN(TestBackgroundWork)
#include "tst_BackgroundWork.moc"
