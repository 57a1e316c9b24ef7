// Taking over an agent's customers from its detail page (§2.3, §9.6): the
// dialog shows what TakeoverService::check() says before the user confirms.

#include "../core/DomainFixture.h"
#include "GuiTestSupport.h"

#include "agents/AgentCustomersModel.h"
#include "agents/AgentDetailPage.h"
#include "agents/AgentService.h"
#include "compliance/TakeoverDialog.h"
#include "contracts/ContractService.h"
#include "customers/CustomerService.h"
#include "settings/Parameters.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestTakeoverDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void workingAgentThatCannotServe();
    void terminatedAgentWaitsForTheReminder();
    void chosenCustomersOnly();

private:
    Agent signedAgent(const QString &name);
    QStringList customers(const Agent &a, int n);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    AgentDetailPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
    int m_serial = 0;
    const QDate m_today = QDate::currentDate();
};

void TestTakeoverDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestTakeoverDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new AgentDetailPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1100, 700);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestTakeoverDialog::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

Agent TestTakeoverDialog::signedAgent(const QString &name)
{
    AgentInput in;
    in.name = name;
    in.uscc = cdtest::makeUscc(QStringLiteral("91"), ++m_serial);
    Result<Agent> a = AgentService(*m_db).create(m_admin, in);
    if (!a)
        qFatal("%s", qPrintable(a.error().text()));
    if (!ContractService(*m_db).create(m_admin, a->uscc, m_today.year(), {{1, 1, 1, 1}}, QDate()))
        qFatal("no contract");
    return *AgentService(*m_db).find(a->uscc);
}

QStringList TestTakeoverDialog::customers(const Agent &a, int n)
{
    QStringList codes;
    for (int i = 0; i < n; ++i) {
        CustomerInput in;
        in.name = QStringLiteral("%1 customer %2").arg(a.name).arg(i + 1);
        // Customers may be individual businesses (92…).
        in.uscc = cdtest::makeUscc(i % 2 ? QStringLiteral("92") : QStringLiteral("91"),
                                   1000 + ++m_serial, QStringLiteral("310115"));
        in.agentUscc = a.uscc;
        Result<Customer> c = CustomerService(*m_db).create(m_admin, in);
        if (!c)
            qFatal("%s", qPrintable(c.error().text()));
        codes << c->uscc;
    }
    return codes;
}

void TestTakeoverDialog::workingAgentThatCannotServe()
{
    const Agent a = signedAgent(QStringLiteral("Huaxin Telecom"));
    const QStringList codes = customers(a, 3);
    QVERIFY(m_page->setAgent(a.uscc));
    QAbstractItemModelTester tester(m_page->customerModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_page->customerModel()->rowCount(), 3);
    QCOMPARE(m_page->customerModel()->index(0, AgentCustomersModel::ServedBy).data().toString(),
             QStringLiteral("The agent"));

    m_page->tabs()->setCurrentIndex(4);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("takeOverButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<TakeoverDialog> dialog = m_page->findChild<TakeoverDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *grounds = dialog->findChild<QComboBox *>(QStringLiteral("groundsCombo"));
    QCOMPARE(grounds->currentData().toString(), QStringLiteral("cannot_serve"));
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("checkLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("§2.3")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("at once")));
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("customerList"))->count(), 3);
    QCOMPARE(dialog->checkedCustomers().size(), 3); // all by default
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // the reason is required
    // A working agent cannot be taken over for a breach of law (that is a violation).
    grounds->setCurrentIndex(grounds->findData(QStringLiteral("breach_of_law")));
    QVERIFY(label->text().startsWith(QStringLiteral("Not allowed")));
    QVERIFY(label->text().contains(QStringLiteral("§9.6")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("remindButton"))->isEnabled());
    grounds->setCurrentIndex(grounds->findData(QStringLiteral("cannot_serve")));

    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Office closed, phones unanswered since last week"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(ok->text(), QStringLiteral("Take Over 3 Customers"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    for (const QString &code : codes) {
        Result<Customer> c = CustomerService(*m_db).find(code);
        QVERIFY(c.ok());
        QVERIFY(c->servedByProvider());
        QCOMPARE(c->takenOverOn, m_today);
        QCOMPARE(c->agentUscc, a.uscc); // the developing agent stays on record
    }
    QCOMPARE(m_page->customerModel()->servedByAgent(), 0);
    QCOMPARE(m_page->customerModel()->index(0, AgentCustomersModel::ServedBy).data().toString(),
             QStringLiteral("Provider since %1").arg(m_today.toString(Qt::ISODate)));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->text().contains(QStringLiteral("§2.3")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("takeoversLabel"))
                ->text()
                .contains(QStringLiteral("Office closed")));
    QVERIFY(!button->isEnabled()); // nobody left to take over
}

void TestTakeoverDialog::terminatedAgentWaitsForTheReminder()
{
    cdtest::PrompterGuard guard;
    const Agent a = signedAgent(QStringLiteral("Tongda Networks"));
    const QStringList codes = customers(a, 2);
    ContractService contracts(*m_db);
    const Contract c = contracts.list({a.id, QStringLiteral("active"), 0})->first();
    QVERIFY(contracts.terminate(m_admin, c.number, TerminationReason::Request, m_today).ok());
    QVERIFY(m_page->setAgent(a.uscc));

    QPointer<TakeoverDialog> dialog = m_page->takeOver();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *grounds = dialog->findChild<QComboBox *>(QStringLiteral("groundsCombo"));
    QCOMPARE(grounds->currentData().toString(), QStringLiteral("after_reminder"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Stopped answering its customers' calls"));
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("checkLabel"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY2(label->text().startsWith(QStringLiteral("Not allowed")), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("No open reminder")));
    QVERIFY(label->text().contains(QStringLiteral("(§9.6)")));
    QVERIFY(!dialog->checkAllows());
    QVERIFY(!ok->isEnabled());
    dialog->accept(); // Enter does not get past it either
    QVERIFY(dialog->isVisible());
    QVERIFY(!CustomerService(*m_db).find(codes.first())->servedByProvider());

    // Record the reminder (after confirming): now the wait is named.
    auto *remind = dialog->findChild<QPushButton *>(QStringLiteral("remindButton"));
    QVERIFY(remind->isEnabled());
    guard.prompter.confirmAnswers = {true};
    QTest::mouseClick(remind, Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 1);
    const int wait = Parameters(*m_db).load()->takeoverWaitDays;
    const QString allowedFrom = m_today.addDays(wait).toString(Qt::ISODate);
    QVERIFY2(label->text().contains(QStringLiteral("from %1").arg(allowedFrom)),
             qPrintable(label->text()));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("remindersLabel"))
                ->text()
                .contains(m_today.toString(Qt::ISODate)));

    // Once the wait has passed, the takeover rests on the unanswered reminder.
    dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(m_today.addDays(wait));
    QVERIFY2(dialog->checkAllows(), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("§9.6")));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(CustomerService(*m_db).find(codes.first())->takenOverOn, m_today.addDays(wait));
    QCOMPARE(m_page->customerModel()->servedByAgent(), 0);
}

void TestTakeoverDialog::chosenCustomersOnly()
{
    const Agent a = signedAgent(QStringLiteral("Yuanjing Media"));
    const QStringList codes = customers(a, 3);
    QVERIFY(m_page->setAgent(a.uscc));
    QPointer<TakeoverDialog> dialog = m_page->takeOver();
    QTRY_VERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("customerList"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("selectNoneButton")),
                      Qt::LeftButton);
    dialog->setReason(QStringLiteral("Out of business"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // nobody chosen
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == codes.at(1))
            list->item(i)->setCheckState(Qt::Checked);
    }
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("selectionLabel"))->text(),
             QStringLiteral("1 of 3 selected"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QVERIFY(!CustomerService(*m_db).find(codes.at(0))->servedByProvider());
    QVERIFY(CustomerService(*m_db).find(codes.at(1))->servedByProvider());
    QVERIFY(!CustomerService(*m_db).find(codes.at(2))->servedByProvider());
    QCOMPARE(m_page->customerModel()->servedByAgent(), 2);
}

QTEST_MAIN(TestTakeoverDialog)
#include "tst_TakeoverDialog.moc"
