// §2.7 Training: sessions, attendance, and the list of signed agents still
// waiting for training with the overdue ones first.

#include "../core/DomainFixture.h"
#include "GuiTestSupport.h"

#include "agents/AgentService.h"
#include "compliance/AttendanceDialog.h"
#include "compliance/TrainingDueModel.h"
#include "compliance/TrainingPage.h"
#include "compliance/TrainingSessionDialog.h"
#include "compliance/TrainingSessionModel.h"
#include "contracts/ContractService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestTrainingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overdueListShowsAnUntrainedAgent();
    void sessionAndAttendanceThroughTheDialogs();

private:
    Agent signedAgent(const QString &name, const QDate &start);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    TrainingPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
    int m_serial = 0;
    const QDate m_today = QDate::currentDate();
};

void TestTrainingPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestTrainingPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new TrainingPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1100, 760);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestTrainingPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

// An agent whose first contract started on `start` (signed that day).
Agent TestTrainingPage::signedAgent(const QString &name, const QDate &start)
{
    AgentInput in;
    in.name = name;
    in.uscc = cdtest::makeUscc(QStringLiteral("91"), ++m_serial);
    Result<Agent> a = AgentService(*m_db).create(m_admin, in);
    if (!a)
        qFatal("%s", qPrintable(a.error().text()));
    Result<Contract> c =
        ContractService(*m_db).create(m_admin, a->uscc, start.year(), {{1, 1, 1, 1}}, start, start);
    if (!c)
        qFatal("%s", qPrintable(c.error().text()));
    return *a;
}

void TestTrainingPage::overdueListShowsAnUntrainedAgent()
{
    QAbstractItemModelTester dueTester(m_page->dueModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("dueTableEmpty"));
    QVERIFY(empty->isVisible());
    // Signed last year and never trained: overdue. Signed today: due, not overdue.
    const Agent late = signedAgent(QStringLiteral("Late Learner"), m_today.addYears(-1));
    const Agent fresh = signedAgent(QStringLiteral("Fresh Signer"), m_today);
    // A prospect without a contract is not listed at all.
    AgentInput prospect;
    prospect.name = QStringLiteral("Prospect Only");
    prospect.uscc = cdtest::makeUscc(QStringLiteral("91"), 999);
    QVERIFY(AgentService(*m_db).create(m_admin, prospect).ok());
    m_page->refresh();

    TrainingDueModel *due = m_page->dueModel();
    QCOMPARE(due->rowCount(), 2);
    QVERIFY(!empty->isVisible());
    QCOMPARE(due->overdueCount(), 1);
    QCOMPARE(due->due(0)->agentUscc, late.uscc); // overdue first
    QCOMPARE(due->index(0, TrainingDueModel::Agent).data().toString(), late.name);
    QVERIFY2(due->index(0, TrainingDueModel::State)
                 .data()
                 .toString()
                 .startsWith(QStringLiteral("Overdue by")),
             qPrintable(due->index(0, TrainingDueModel::State).data().toString()));
    QCOMPARE(due->index(0, TrainingDueModel::FirstStart).data().toString(),
             m_today.addYears(-1).toString(Qt::ISODate));
    QVERIFY(due->index(1, TrainingDueModel::State)
                .data()
                .toString()
                .startsWith(QStringLiteral("Due in")));
    QCOMPARE(due->rowOf(fresh.uscc), 1);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("dueSummary"))
                ->text()
                .startsWith(QStringLiteral("1 agent overdue")));
    QCOMPARE(m_page->findChild<QTableView *>(QStringLiteral("dueTable"))->model(), due);
}

void TestTrainingPage::sessionAndAttendanceThroughTheDialogs()
{
    QAbstractItemModelTester sessionTester(m_page->sessionModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Agent fresh = signedAgent(QStringLiteral("Fresh Signer"), m_today);
    m_page->refresh();
    QCOMPARE(m_page->dueModel()->rowCount(), 1);

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newSessionButton")),
                      Qt::LeftButton);
    QPointer<TrainingSessionDialog> session = m_page->findChild<TrainingSessionDialog *>();
    QVERIFY(session);
    QTRY_VERIFY(session->isVisible());
    auto *ok = session->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    cdtest::typeInto(session->findChild<QLineEdit *>(QStringLiteral("topicEdit")),
                     QStringLiteral("Qualification review basics"));
    cdtest::typeInto(session->findChild<QLineEdit *>(QStringLiteral("trainerEdit")),
                     QStringLiteral("Li Na"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(session.isNull() || !session->isVisible());
    QCOMPARE(m_page->sessionModel()->rowCount(), 1);
    QCOMPARE(m_page->sessionModel()->index(0, TrainingSessionModel::Topic).data().toString(),
             QStringLiteral("Qualification review basics"));

    auto *attendance = m_page->findChild<QPushButton *>(QStringLiteral("attendanceButton"));
    QVERIFY(attendance->isEnabled()); // the new session is selected
    QTest::mouseClick(attendance, Qt::LeftButton);
    QPointer<AttendanceDialog> dialog = m_page->findChild<AttendanceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("agentList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("training due")));
    auto *record = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!record->isEnabled());
    QVERIFY(dialog->setChecked(fresh.uscc));
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(TrainingService(*m_db).attendees(m_page->sessionModel()->session(0)->id).value(),
             QStringList{fresh.uscc});
    QCOMPARE(m_page->sessionModel()->index(0, TrainingSessionModel::Attendees).data().toInt(), 1);
    QCOMPARE(m_page->findChild<QListWidget *>(QStringLiteral("attendeeList"))->item(0)->text(),
             fresh.name);
    QCOMPARE(m_page->dueModel()->rowCount(), 0); // trained in time
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
}

QTEST_MAIN(TestTrainingPage)
#include "tst_TrainingPage.moc"
