// The Customers area: the list searched in SQL, the new-customer dialog
// validating as the user types (a natural person's ID refused, a terminated
// agent refused §9.6), the handler hint (§3.9), and the customer detail with
// its numbers, qualification and reviews.

#include "NumbersFixture.h"

#include "agents/AgentCombo.h"
#include "contracts/ContractService.h"
#include "customers/CustomerDetailPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerService.h"
#include "customers/CustomersPage.h"
#include "numbers/ActivationDialog.h"
#include "numbers/NumberListModel.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewListModel.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listSearchesInSql();
    void newCustomerValidatesAsYouType();
    void detailShowsNumbersQualificationAndReviews();
    void editDetailsThenUndo();

private:
    CustomerDialog *openedDialog();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    CustomersPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Agent m_agent;
};

void TestCustomersPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestCustomersPage::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new CustomersPage(PageContext{m_world->db.get(), m_world->admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1280, 800);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestCustomersPage::cleanup()
{
    m_host.reset();
    m_world.reset();
}

CustomerDialog *TestCustomersPage::openedDialog()
{
    for (CustomerDialog *d : m_page->findChildren<CustomerDialog *>()) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void TestCustomersPage::listSearchesInSql()
{
    CustomerListModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("customersTableEmpty"))->isVisible());
    const Customer jia = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), m_agent);
    m_world->customer(QStringLiteral("Beijing Yi Trade"), m_agent, QStringLiteral("pending"));
    m_page->refresh();
    QCOMPARE(model->rowCount(), 2);
    const int row = model->rowOf(jia.uscc);
    QCOMPARE(model->index(row, CustomerListModel::DevelopingAgent).data().toString(),
             QStringLiteral("Huaxin Telecom"));
    QCOMPARE(model->index(row, CustomerListModel::ServiceOwner).data().toString(),
             QStringLiteral("The agent"));
    QCOMPARE(model->index(row, CustomerListModel::Qualification).data().toString(),
             qualificationDisplayName(Qualification::Approved));

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    cdtest::typeInto(search, QStringLiteral("Jia"));
    QTRY_COMPARE(model->filter().text, QStringLiteral("Jia"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->customer(0)->uscc, jia.uscc);
    // By code too.
    cdtest::typeInto(search, jia.uscc.mid(2, 8));
    QTRY_COMPARE(model->filter().text, jia.uscc.mid(2, 8));
    QVERIFY(model->rowOf(jia.uscc) >= 0);
    cdtest::typeInto(search, QStringLiteral("nobody at all"));
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("customersTableEmpty"))->text(),
             QStringLiteral("No customer matches the search."));
}

void TestCustomersPage::newCustomerValidatesAsYouType()
{
    const Agent gone = m_world->agent(QStringLiteral("Gone Ltd"));
    Result<QVector<Contract>> contracts = ContractService(*m_world->db).list(ContractFilter());
    QVERIFY(contracts.ok());
    for (const Contract &c : *contracts) {
        if (c.agentId == gone.id)
            QVERIFY(ContractService(*m_world->db)
                        .terminate(m_world->admin, c.number, TerminationReason::Request,
                                   QDate::currentDate())
                        .ok());
    }

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newCustomerButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(openedDialog());
    QPointer<CustomerDialog> dialog = openedDialog();
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    // A terminated agent is not offered (§9.6).
    auto *agents = dialog->findChild<AgentCombo *>(QStringLiteral("agentCombo"));
    QVERIFY(agents->findData(gone.uscc) < 0);
    QVERIFY(agents->setCurrentUscc(m_agent.uscc));

    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Shenzhen Jia Tech"));
    // A resident ID number: a natural person, refused under the field.
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit")),
                     QStringLiteral("11010519491231002X"));
    QTRY_VERIFY(!dialog->fieldError(QStringLiteral("uscc")).isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("usccError"))->isVisible());
    QVERIFY(!ok->isEnabled());
    const QString code =
        cdtest::makeUscc(QStringLiteral("92"), 321); // an individual business: fine
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit")), code);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("legalRepEdit")),
                     QStringLiteral("Li Na"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("handlerEdit")),
                     QStringLiteral("Wang Qiang"));
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("handlerHint"))->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("handlerHint"))
                ->text()
                .contains(QStringLiteral("authorisation letter")));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                     QStringLiteral("0755-1234"));
    QTRY_VERIFY(!dialog->fieldError(QStringLiteral("phone")).isEmpty());
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                     QStringLiteral("0755-86001234"));
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(dialog->fieldError(QStringLiteral("uscc")).isEmpty());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    Result<Customer> c = CustomerService(*m_world->db).find(code);
    QVERIFY(c.ok());
    QCOMPARE(c->qualification, Qualification::Pending);
    QCOMPARE(c->handlerName, QStringLiteral("Wang Qiang"));
    QCOMPARE(c->agentUscc, m_agent.uscc);
    QVERIFY(m_page->model()->rowOf(code) >= 0);
    QVERIFY(m_bar->text().contains(QStringLiteral("qualification review is open")));
    // Its qualification review is open on the day (§3.9).
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE customer_id = :c AND"
                                         " kind = 'qualification' AND status = 'open'"),
                          {{QStringLiteral(":c"), c->id}})
                 .toInt(),
             1);
}

void TestCustomersPage::detailShowsNumbersQualificationAndReviews()
{
    m_world->plan(QStringLiteral("STD"), 120000);
    const Customer c = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), m_agent);
    const Customer pending =
        m_world->customer(QStringLiteral("Beijing Yi Trade"), m_agent, QStringLiteral("pending"));
    m_world->pool(
        {QStringLiteral("4008005172"), QStringLiteral("4008005173"), QStringLiteral("4008005174")});
    m_world->activate(QStringLiteral("4008005172"), c, QStringLiteral("STD"), QDate::currentDate());
    m_world->activate(QStringLiteral("4008005173"), c, QStringLiteral("STD"), QDate::currentDate());
    m_page->refresh();

    QVERIFY(m_page->openCustomer(c.uscc));
    QVERIFY(m_page->isShowingDetail());
    CustomerDetailPage *detail = m_page->detailPage();
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("customerName"))->text(), c.name);
    QCOMPARE(detail->numberModel()->totalCount(), qint64(2));
    QCOMPARE(detail->numberModel()->number(0)->number, QStringLiteral("4008005172"));
    QVERIFY(detail->tabs()->tabText(1).contains(QStringLiteral("(2)")));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("valueServedBy"))->text(),
             QStringLiteral("The developing agent"));

    // Activate from the detail: the customer is chosen already.
    QPointer<ActivationDialog> dialog = detail->activateNumber();
    QVERIFY(dialog);
    dialog->setNumber(QStringLiteral("4008005174"));
    QVERIFY(dialog->setPlan(QStringLiteral("STD")));
    QVERIFY(dialog->blockers().isEmpty());
    dialog->accept();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(detail->numberModel()->totalCount(), qint64(3));
    QCOMPARE(detail->tabs()->currentIndex(), 1);

    // A pending customer: its qualification tab shows what is missing.
    QTest::keyClick(detail->findChild<QPushButton *>(QStringLiteral("backButton")), Qt::Key_Escape);
    QTRY_VERIFY(!m_page->isShowingDetail());
    QVERIFY(m_page->openCustomer(pending.uscc));
    QVERIFY(detail->tabs()->tabText(2).contains(QStringLiteral("pending")));
    QualificationPanel *panel = detail->qualificationPanel();
    QCOMPARE(panel->customer().uscc, pending.uscc);
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
    ReviewListModel *reviews = detail->reviewModel();
    QCOMPARE(reviews->rowCount(), 1);
    QCOMPARE(reviews->review(0)->kind, ReviewKind::Qualification);
    QCOMPARE(reviews->index(0, ReviewListModel::Outcome).data().toString(), QStringLiteral("Open"));
}

void TestCustomersPage::editDetailsThenUndo()
{
    const Customer c = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), m_agent);
    QVERIFY(m_page->openCustomer(c.uscc));
    CustomerDetailPage *detail = m_page->detailPage();
    auto *edit = detail->findChild<QPushButton *>(QStringLiteral("editButton"));
    QVERIFY(edit && edit->isVisible());
    QTest::mouseClick(edit, Qt::LeftButton);
    CustomerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = detail->findChild<CustomerDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isEditing());

    // The form holds the stored details; the code and the agent are fixed.
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    QCOMPARE(name->text(), c.name);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit"))->isReadOnly());
    QVERIFY(!dialog->findChild<AgentCombo *>(QStringLiteral("agentCombo"))->isEnabled());

    // A bad phone is refused where it was typed; a good one saves.
    cdtest::typeInto(phone, QStringLiteral("12345"));
    dialog->validateNow();
    QVERIFY(!dialog->fieldError(QStringLiteral("phone")).isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    cdtest::typeInto(phone, QStringLiteral("13812345678"));
    cdtest::typeInto(name, QStringLiteral("Shenzhen Jia Technology Co."));
    dialog->validateNow();
    QVERIFY(dialog->fieldError(QStringLiteral("phone")).isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(detail->findChildren<CustomerDialog *>().isEmpty());

    Result<Customer> saved = CustomerService(*m_world->db).find(c.uscc);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Shenzhen Jia Technology Co."));
    QCOMPARE(saved->phone, QStringLiteral("13812345678"));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("customerName"))->text(), saved->name);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->hasAction());

    // Ctrl+Z anywhere in the window brings the earlier details back, as a
    // change of its own.
    m_host->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    detail->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setFocus();
    QTest::keyClick(detail, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_bar->hasAction());
    Result<Customer> undone = CustomerService(*m_world->db).find(c.uscc);
    QVERIFY(undone);
    QCOMPARE(undone->name, c.name);
    QCOMPARE(undone->phone, c.phone);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("customerName"))->text(), c.name);
    QVERIFY(m_bar->text().contains(c.name));
    Result<QVariant> audits = SqlQuery(*m_world->db, QStringLiteral("SELECT count(*) FROM audit_log"
                                                                   " WHERE action = 'customer.update'"))
                                  .scalar();
    QVERIFY(audits);
    QCOMPARE(audits->toInt(), 2);
}

QTEST_MAIN(TestCustomersPage)
#include "tst_CustomersPage.moc"
