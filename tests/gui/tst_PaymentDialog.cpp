// Payments (§2.10): the amount in yuan read exactly, the live "covers" line
// from the old paid-through date, what the payment does to a suspended or
// blocked number, the refusal of a reclaimed one, and paid-through extended
// in the database on OK.

#include "NumbersFixture.h"

#include "numbers/CheckPanel.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumbersPage.h"
#include "numbers/PaymentDialog.h"
#include "numbers/PaymentService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestPaymentDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void coversTheMonthsAfterTheOldDateAndExtends();
    void amountIsReadExactly_data();
    void amountIsReadExactly();
    void arrearsSuspensionEndsOnPayment();
    void fraudBlockStays();
    void reclaimedNumberIsRefused();

private:
    PaymentDialog *openFor(const QString &number);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    NumbersPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
};

void TestPaymentDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestPaymentDialog::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    m_world->plan(QStringLiteral("STD"), 120000);
    const Customer c = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), agent);
    m_world->pool({QStringLiteral("4008005172"), QStringLiteral("4008005173")});
    m_world->activate(QStringLiteral("4008005172"), c, QStringLiteral("STD"), QDate::currentDate());
    // The worked example of the spec: paid through 2026-01-31.
    m_world->stage(QStringLiteral("4008005172"), QStringLiteral("paid_through = '2026-01-31'"));
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

void TestPaymentDialog::cleanup()
{
    m_host.reset();
    m_world.reset();
}

PaymentDialog *TestPaymentDialog::openFor(const QString &number)
{
    m_page->refresh();
    m_page->selectNumber(number);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("paymentButton"));
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    PaymentDialog *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = cdtest::topLevel<PaymentDialog>(QStringLiteral("paymentDialog"));
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

void TestPaymentDialog::coversTheMonthsAfterTheOldDateAndExtends()
{
    QPointer<PaymentDialog> dialog = openFor(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("numberState"))
                ->text()
                .contains(QStringLiteral("paid through 2026-01-31")));
    // The plan's fee for 12 months is offered until the user types an amount.
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
    QCOMPARE(amount->text(), QStringLiteral("1200.00"));

    dialog->findChild<QDateEdit *>(QStringLiteral("paidOnEdit"))->setDate(QDate(2026, 3, 10));
    cdtest::typeInto(amount, QStringLiteral("1,200.50"));
    auto *months = dialog->findChild<QSpinBox *>(QStringLiteral("monthsSpin"));
    months->setValue(6);
    auto *check = dialog->findChild<CheckPanel *>(QStringLiteral("coverageCheck"));
    // §2.10 From the old paid-through date, not from the payment date.
    QTRY_VERIFY(check->text().contains(QStringLiteral(
        "Covers 2026-02-01 to 2026-07-31 (from the old paid-through date, §2.10).")));
    months->setValue(12);
    QTRY_VERIFY(check->text().contains(QStringLiteral("Covers 2026-02-01 to 2027-01-31")));
    QVERIFY(check->text().contains(QStringLiteral("Overdue since 2026-02-01")));
    QCOMPARE(amount->text(), QStringLiteral("1,200.50")); // typed: left alone

    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT paid_through FROM numbers WHERE number = "
                                         "'4008005172'"))
                 .toString(),
             QStringLiteral("2027-01-31"));
    QCOMPARE(m_world->scalar(QStringLiteral("SELECT amount_fen FROM payments")).toLongLong(),
             qint64(120050));
    QCOMPARE(m_world->scalar(QStringLiteral("SELECT period_from FROM payments")).toString(),
             QStringLiteral("2026-02-01"));
    QVERIFY(m_bar->text().contains(QStringLiteral("¥1,200.50")));
    const int row = m_page->model()->rowOf(QStringLiteral("4008005172"));
    QCOMPARE(m_page->model()->index(row, NumberListModel::PaidThrough).data().toString(),
             QStringLiteral("2027-01-31"));
}

void TestPaymentDialog::amountIsReadExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("whole yuan") << QStringLiteral("1200") << true;
    QTest::newRow("grouped with fen") << QStringLiteral("1,200.05") << true;
    QTest::newRow("symbol") << QStringLiteral("¥99.9") << true;
    QTest::newRow("three decimals") << QStringLiteral("12.345") << false;
    QTest::newRow("negative") << QStringLiteral("-5") << false;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("letters") << QStringLiteral("12a") << false;
}

void TestPaymentDialog::amountIsReadExactly()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QPointer<PaymentDialog> dialog = openFor(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    dialog->setAmountText(text);
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled(), valid);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("amountError"))->isVisible(), !valid);
    dialog->reject();
}

void TestPaymentDialog::arrearsSuspensionEndsOnPayment()
{
    m_world->stage(QStringLiteral("4008005172"),
                   QStringLiteral("status = 'suspended', suspension = 'arrears', suspended_on = "
                                  "'2026-02-16'"));
    QPointer<PaymentDialog> dialog = openFor(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    dialog->setPaidOn(QDate(2026, 3, 1));
    dialog->setMonths(12);
    QVERIFY(dialog->coverage().contains(
        QStringLiteral("active again from the payment date, 2026-03-01")));
    QVERIFY(dialog->blockers().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(
        m_world->scalar(QStringLiteral("SELECT status FROM numbers WHERE number = '4008005172'"))
            .toString(),
        QStringLiteral("active"));
}

void TestPaymentDialog::fraudBlockStays()
{
    m_world->stage(QStringLiteral("4008005172"),
                   QStringLiteral("status = 'suspended', suspension = 'fraud', suspended_on = "
                                  "'2026-01-10'"));
    QPointer<PaymentDialog> dialog = openFor(QStringLiteral("4008005172"));
    QVERIFY(dialog);
    QVERIFY(dialog->coverage().contains(QStringLiteral("stays blocked")));
    QVERIFY(dialog->coverage().contains(QStringLiteral("§3.9")));
    QVERIFY(dialog->blockers().isEmpty());
    dialog->reject();
}

void TestPaymentDialog::reclaimedNumberIsRefused()
{
    m_world->stage(QStringLiteral("4008005172"),
                   QStringLiteral("status = 'reclaimed', reclaimed_on = '2026-05-17'"));
    m_page->refresh();
    // Not offered from the table …
    m_page->selectNumber(QStringLiteral("4008005172"));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("paymentButton"))->isEnabled());
    // … and refused in the dialog when typed, with its clause.
    auto *dialog = new PaymentDialog(*m_world->db, m_world->admin, m_host.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->setNumber(QStringLiteral("400-800-5172"));
    dialog->setAmountText(QStringLiteral("1200"));
    QCOMPARE(dialog->blockers().size(), 1);
    QVERIFY(dialog->blockers().first().contains(
        QStringLiteral("reclaimed by the carrier on 2026-05-17")));
    QVERIFY(dialog->blockers().first().contains(QStringLiteral("§2.10")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestPaymentDialog)
#include "tst_PaymentDialog.moc"
