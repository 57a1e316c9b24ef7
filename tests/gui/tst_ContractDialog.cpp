// Signing a contract through ContractDialog (§9.2) with its checks as the
// user types, and ending it through TerminationDialog (§3.9, §3.2, §9.6).

#include "../core/DomainFixture.h"
#include "GuiTestSupport.h"

#include "agents/AgentService.h"
#include "agents/FieldErrorLabel.h"
#include "contracts/ContractDialog.h"
#include "contracts/ContractListModel.h"
#include "contracts/ContractService.h"
#include "contracts/ContractsPage.h"
#include "contracts/TerminationDialog.h"
#include "customers/CustomerService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestContractDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signsAContractAndActivatesTheAgent();
    void checksAsTheUserTypes();
    void serviceRefusalShowsInline();
    void terminationSaysWhatWillHappen();
    void filtersByStatusYearAndAgent();

private:
    Agent agent(const QString &name);
    ContractDialog *openedSignDialog();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    ContractsPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
    int m_serial = 0;
    const int m_year = QDate::currentDate().year();
};

void TestContractDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestContractDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new ContractsPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1200, 700);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestContractDialog::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

Agent TestContractDialog::agent(const QString &name)
{
    AgentInput in;
    in.name = name;
    in.uscc = cdtest::makeUscc(QStringLiteral("91"), ++m_serial);
    Result<Agent> a = AgentService(*m_db).create(m_admin, in);
    if (!a)
        qFatal("%s", qPrintable(a.error().text()));
    return *a;
}

ContractDialog *TestContractDialog::openedSignDialog()
{
    const QList<ContractDialog *> dialogs = m_page->findChildren<ContractDialog *>();
    for (ContractDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void TestContractDialog::signsAContractAndActivatesTheAgent()
{
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("signContractButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(openedSignDialog());
    QPointer<ContractDialog> dialog = openedSignDialog();
    auto *agents = dialog->findChild<QComboBox *>(QStringLiteral("agentCombo"));
    agents->setCurrentIndex(agents->findData(a.uscc));
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->value(), m_year);
    // A first contract runs from signing (§9.2).
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("startHint"))
                ->text()
                .contains(QStringLiteral("From signing")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("outlookLabel"))
                ->text()
                .contains(QStringLiteral("becomes an active agent")));
    for (int q = 1; q <= 4; ++q) {
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("taskQ%1Spin").arg(q));
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(10 * q));
    }
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    const QString number = QStringLiteral("HT-%1-0001").arg(m_year);
    const int row = m_page->model()->rowOf(number);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, ContractListModel::Agent).data().toString(), a.name);
    QCOMPARE(m_page->model()->index(row, ContractListModel::Status).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(m_page->model()->index(row, ContractListModel::Tasks).data().toString(),
             QStringLiteral("10 / 20 / 30 / 40"));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->text().contains(number));
    Result<Contract> stored = ContractService(*m_db).find(number);
    QVERIFY(stored.ok());
    QCOMPARE(stored->start, QDate::currentDate());
    QCOMPARE(stored->end, QDate(m_year, 12, 31));
    QCOMPARE(AgentService(*m_db).find(a.uscc)->status, AgentStatus::Active);
}

void TestContractDialog::checksAsTheUserTypes()
{
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    QPointer<ContractDialog> dialog = m_page->signContract();
    QTRY_VERIFY(dialog->isVisible());
    dialog->setAgent(a.uscc);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *problem = dialog->findChild<FieldErrorLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());

    // A fixed start outside the contract's year.
    dialog->findChild<QCheckBox *>(QStringLiteral("startCheck"))->setChecked(true);
    auto *start = dialog->findChild<QDateEdit *>(QStringLiteral("startEdit"));
    QVERIFY(start->isEnabled());
    start->setDate(QDate(m_year - 1, 12, 1));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("§9.2")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QString::number(m_year - 1) + QStringLiteral("-12-01")));
    QVERIFY(!ok->isEnabled());
    start->setDate(QDate(m_year, 1, 1));
    QVERIFY(!problem->isVisible());
    QVERIFY(ok->isEnabled());
    dialog->reject();

    // An agent with an active contract for the year: named, with its number.
    QVERIFY(ContractService(*m_db).create(m_admin, a.uscc, m_year, {{1, 1, 1, 1}}, QDate()).ok());
    dialog = m_page->signContract();
    QTRY_VERIFY(dialog->isVisible());
    dialog->setAgent(a.uscc);
    ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(dialog->problem().contains(QStringLiteral("HT-%1-0001").arg(m_year)));
    QVERIFY(dialog->problem().contains(QStringLiteral("already has the active contract")));
    QVERIFY(!ok->isEnabled());
    // Next year's contract may wait as a draft.
    dialog->setYear(m_year + 1);
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("outlookLabel"))
                ->text()
                .contains(QStringLiteral("waits as a draft")));
    QVERIFY(ok->isEnabled());
    dialog->reject();
}

void TestContractDialog::serviceRefusalShowsInline()
{
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    QPointer<ContractDialog> dialog = m_page->signContract();
    QTRY_VERIFY(dialog->isVisible());
    dialog->setAgent(a.uscc);
    // Meanwhile (another window, another user) the agent signs and is terminated.
    ContractService contracts(*m_db);
    Result<Contract> c = contracts.create(m_admin, a.uscc, m_year, {{1, 1, 1, 1}}, QDate());
    QVERIFY(c.ok());
    QVERIFY(
        contracts.terminate(m_admin, c->number, TerminationReason::Request, QDate::currentDate())
            .ok());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    MessageBar *bar = dialog->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("(§9.6)")), qPrintable(bar->text()));
    QCOMPARE(contracts.list({})->size(), 1);
    dialog->reject();
}

void TestContractDialog::terminationSaysWhatWillHappen()
{
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    ContractService contracts(*m_db);
    Result<Contract> c = contracts.create(m_admin, a.uscc, m_year, {{1, 1, 1, 1}}, QDate());
    QVERIFY(c.ok());
    for (int i = 0; i < 3; ++i) {
        CustomerInput in;
        in.name = QStringLiteral("Customer %1").arg(i);
        in.uscc = cdtest::makeUscc(QStringLiteral("91"), 800 + i, QStringLiteral("310115"));
        in.agentUscc = a.uscc;
        QVERIFY(CustomerService(*m_db).create(m_admin, in).ok());
    }
    m_page->refresh();
    auto *terminate = m_page->findChild<QPushButton *>(QStringLiteral("terminateButton"));
    QVERIFY(!terminate->isEnabled()); // nothing selected
    m_page->selectContract(c->number);
    QVERIFY(terminate->isEnabled());
    QTest::mouseClick(terminate, Qt::LeftButton);
    TerminationDialog *dialog = m_page->findChild<TerminationDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QCOMPARE(reason->count(), 4);
    auto *explanation = dialog->findChild<QLabel *>(QStringLiteral("explanationLabel"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("improper")));
    QVERIFY2(explanation->text().startsWith(QStringLiteral("Clause §3.2 applies")),
             qPrintable(explanation->text()));
    reason->setCurrentIndex(reason->findData(QStringLiteral("fraud")));
    const QString text = explanation->text();
    QVERIFY2(text.startsWith(QStringLiteral("Clause §3.9 applies")), qPrintable(text));
    QVERIFY(text.contains(c->number));
    QVERIFY(text.contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(text.contains(QStringLiteral("becomes terminated")));
    QVERIFY(text.contains(QStringLiteral("3 customers")));
    QVERIFY(text.contains(QStringLiteral("may not open new numbers (§9.6)")));
    // Nothing happened yet.
    QCOMPARE(contracts.find(c->number)->status, ContractStatus::Active);

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChildren<TerminationDialog *>().isEmpty());
    const Contract ended = *contracts.find(c->number);
    QCOMPARE(ended.status, ContractStatus::Terminated);
    QCOMPARE(ended.terminationReason, QStringLiteral("fraud"));
    QCOMPARE(ended.terminationClause, QStringLiteral("§3.9"));
    QCOMPARE(ended.terminatedOn, QDate::currentDate());
    QCOMPARE(AgentService(*m_db).find(a.uscc)->status, AgentStatus::Terminated);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->text().contains(QStringLiteral("§3.9")));
    const int row = m_page->model()->rowOf(c->number);
    QCOMPARE(m_page->model()->index(row, ContractListModel::Status).data().toString(),
             QStringLiteral("Terminated"));
    QVERIFY(m_page->model()
                ->index(row, ContractListModel::Termination)
                .data()
                .toString()
                .contains(QStringLiteral("§3.9")));
    QVERIFY(!terminate->isEnabled());
}

void TestContractDialog::filtersByStatusYearAndAgent()
{
    cdtest::PrompterGuard guard;
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    const Agent b = agent(QStringLiteral("Tongda Networks"));
    ContractService contracts(*m_db);
    QVERIFY(contracts.create(m_admin, a.uscc, m_year, {{1, 1, 1, 1}}, QDate()).ok());
    QVERIFY(contracts.create(m_admin, b.uscc, m_year, {{2, 2, 2, 2}}, QDate()).ok());
    m_page->refresh();
    QCOMPARE(m_page->model()->rowCount(), 2);

    // §9.2 Next year's drafts, after a confirmation.
    guard.prompter.confirmAnswers = {false};
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("prepareDraftsButton")),
                      Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 2);
    guard.prompter.confirmAnswers = {true};
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("prepareDraftsButton")),
                      Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 2);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QVERIFY(m_bar->text().contains(QStringLiteral("2 drafts")));

    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->contract(0)->year, m_year + 1);
    status->setCurrentIndex(0);
    auto *year = m_page->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    year->setCurrentIndex(year->findData(m_year));
    QCOMPARE(m_page->model()->rowCount(), 2);
    year->setCurrentIndex(0);
    cdtest::typeInto(m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                     QStringLiteral("tongda"));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->contract(0)->agentUscc, b.uscc);
    QCOMPARE(m_page->model()->contract(1)->agentUscc, b.uscc);
}

QTEST_MAIN(TestContractDialog)
#include "tst_ContractDialog.moc"
