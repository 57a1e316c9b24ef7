// Activation: the dialog explains before OK what would refuse it (§3.9
// qualification, §9.2 contract, the grade's minimum plan, destinations) and
// activates through NumberService; the Numbers table then shows the number
// active with its paid-through date.

#include "NumbersFixture.h"

#include "customers/CustomerPicker.h"
#include "numbers/ActivationDialog.h"
#include "numbers/CheckPanel.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumbersPage.h"
#include "numbers/PaymentService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestActivationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pendingCustomerIsExplainedAndOkWaits();
    void agentWithoutContractIsExplained();
    void premiumNumberNeedsItsPlan();
    void badDestinationIsNamed();
    void approvedCustomerActivatesFromTheTable();

private:
    ActivationDialog *openFromTable(const QString &number);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    NumbersPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Agent m_agent;
};

void TestActivationDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestActivationDialog::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    m_world->plan(QStringLiteral("STD"), 120000);
    m_world->plan(QStringLiteral("GOLD"), 600000);
    m_world->pool(
        {QStringLiteral("4008005172"), QStringLiteral("4008008888"), QStringLiteral("4008005190")});
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new NumbersPage(PageContext{m_world->db.get(), m_world->admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1280, 800);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestActivationDialog::cleanup()
{
    m_host.reset();
    m_world.reset();
}

ActivationDialog *TestActivationDialog::openFromTable(const QString &number)
{
    m_page->selectNumber(number);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("activateButton"));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    ActivationDialog *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = cdtest::topLevel<ActivationDialog>(QStringLiteral("activationDialog"));
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

void TestActivationDialog::pendingCustomerIsExplainedAndOkWaits()
{
    const Customer pending = m_world->customer(QStringLiteral("Shenzhen Pending Tech"), m_agent,
                                               QStringLiteral("pending"));
    QPointer<ActivationDialog> dialog = openFromTable(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("numberEdit"))->text(),
             QStringLiteral("400-800-5172"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());

    // The picker offers approved customers only; the pending one is found when asked for.
    CustomerPicker *picker = dialog->customerPicker();
    auto *combo = picker->findChild<QComboBox *>(QStringLiteral("customerCombo"));
    QCOMPARE(combo->findData(pending.uscc), -1);
    picker->findChild<QCheckBox *>(QStringLiteral("approvedOnlyCheck"))->setChecked(false);
    cdtest::typeInto(picker->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit")),
                     QStringLiteral("Pending"));
    QTRY_COMPARE(picker->currentUscc(), pending.uscc);
    auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("planCombo"));
    plan->setCurrentIndex(plan->findData(QStringLiteral("STD")));

    auto *check = dialog->findChild<CheckPanel *>(QStringLiteral("activationCheck"));
    QTRY_VERIFY(check->text().contains(QStringLiteral("§3.9")));
    QVERIFY(check->text().contains(QStringLiteral("has not passed qualification review")));
    QCOMPARE(dialog->blockers().size(), 1);
    QVERIFY(!ok->isEnabled());
    // OK pressed anyway (Enter): nothing happens, nothing is written.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(
        m_world->scalar(QStringLiteral("SELECT status FROM numbers WHERE number = '4008005172'"))
            .toString(),
        QStringLiteral("available"));
    dialog->reject();
}

void TestActivationDialog::agentWithoutContractIsExplained()
{
    const Agent loose = m_world->agent(QStringLiteral("No Contract Ltd"), false);
    const Customer c = m_world->customer(QStringLiteral("Loose Customer"), loose);
    QPointer<ActivationDialog> dialog = openFromTable(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    QVERIFY(dialog->setCustomer(c.uscc));
    QVERIFY(dialog->setPlan(QStringLiteral("STD")));
    const QString text = dialog->findChild<CheckPanel *>(QStringLiteral("activationCheck"))->text();
    QVERIFY2(text.contains(QStringLiteral("§9.2")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("no active contract")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    dialog->reject();
}

void TestActivationDialog::premiumNumberNeedsItsPlan()
{
    const Customer c = m_world->customer(QStringLiteral("Golden Dragon Ltd"), m_agent);
    QPointer<ActivationDialog> dialog = openFromTable(QStringLiteral("4008008888"));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("numberHint"))
                ->text()
                .contains(QStringLiteral("at least ¥6,000.00")));
    QVERIFY(dialog->setCustomer(c.uscc));
    QVERIFY(dialog->setPlan(QStringLiteral("STD")));
    QCOMPARE(dialog->blockers().size(), 1);
    QVERIFY(dialog->blockers().first().contains(QStringLiteral("¥6,000.00")));
    QVERIFY(dialog->blockers().first().contains(QStringLiteral("¥1,200.00")));
    QVERIFY(dialog->setPlan(QStringLiteral("GOLD")));
    QVERIFY(dialog->blockers().isEmpty());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    dialog->reject();
}

void TestActivationDialog::badDestinationIsNamed()
{
    const Customer c = m_world->customer(QStringLiteral("Golden Dragon Ltd"), m_agent);
    QPointer<ActivationDialog> dialog = openFromTable(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    QVERIFY(dialog->setCustomer(c.uscc));
    QVERIFY(dialog->setPlan(QStringLiteral("STD")));
    auto *destinations = dialog->findChild<QPlainTextEdit *>(QStringLiteral("destinationsEdit"));
    destinations->setPlainText(QStringLiteral("13812345678\n12345"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("destinationsError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("12345")));
    QVERIFY(!error->text().contains(QStringLiteral("13812345678")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    destinations->setPlainText(QStringLiteral("13812345678\n010-62345678"));
    QTRY_VERIFY(!error->isVisible());
    QTRY_VERIFY(dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    dialog->reject();
}

void TestActivationDialog::approvedCustomerActivatesFromTheTable()
{
    const Customer c = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), m_agent);
    QPointer<ActivationDialog> dialog = openFromTable(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    // Typed into the search: the approved customer is found and chosen.
    cdtest::typeInto(
        dialog->customerPicker()->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit")),
        QStringLiteral("Jia Tech"));
    QTRY_COMPARE(dialog->customerPicker()->currentUscc(), c.uscc);
    auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("planCombo"));
    plan->setCurrentIndex(plan->findData(QStringLiteral("STD")));
    dialog->findChild<QSpinBox *>(QStringLiteral("monthsSpin"))->setValue(24);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("destinationsEdit"))
        ->setPlainText(QStringLiteral("138 1234 5678"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTRY_VERIFY(ok->isEnabled());
    const QDate today = QDate::currentDate();
    const QDate paidThrough = today.addMonths(24).addDays(-1);
    QVERIFY(
        dialog->findChild<CheckPanel *>(QStringLiteral("activationCheck"))
            ->text()
            .contains(QStringLiteral("Paid through %1").arg(paidThrough.toString(Qt::ISODate))));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    // The table shows it active, paid through date + months − 1 day.
    NumberListModel *model = m_page->model();
    const int row = model->rowOf(QStringLiteral("4008005172"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, NumberListModel::Status).data().toString(),
             QStringLiteral("Active"));
    QCOMPARE(model->index(row, NumberListModel::PaidThrough).data().toString(),
             paidThrough.toString(Qt::ISODate));
    QCOMPARE(model->index(row, NumberListModel::Customer).data().toString(), c.name);
    QCOMPARE(model->index(row, NumberListModel::Plan).data().toString(), QStringLiteral("STD"));
    QCOMPARE(m_page->selectedNumber(), QStringLiteral("4008005172"));
    QVERIFY(m_bar->text().contains(QStringLiteral("activated")));
    // And the database holds it, with its destination.
    Result<Number> n = NumberService(*m_world->db).find(QStringLiteral("4008005172"));
    QVERIFY(n.ok());
    QCOMPARE(n->status, NumberStatus::Active);
    QCOMPARE(n->paidThrough, paidThrough);
    QCOMPARE(n->destinations, QStringList{QStringLiteral("13812345678")});
    // Now in service: payment and destinations are offered, activation is not.
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("paymentButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("reserveButton"))->isEnabled());
}

QTEST_MAIN(TestActivationDialog)
#include "tst_ActivationDialog.moc"
