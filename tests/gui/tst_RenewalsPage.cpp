// Renewals (§2.10): the numbers due in the next 12 weeks under one heading
// per week, the overdue and arrears-suspended ones on top, headings loading
// their numbers a page at a time, and Record Payment… from the view.

#include "NumbersFixture.h"

#include "numbers/PaymentDialog.h"
#include "numbers/RenewalsModel.h"
#include "numbers/RenewalsPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestRenewalsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void groupedByWeekWithOverdueFirst();
    void headingsLoadTheirNumbersInPages();
    void paymentFromTheView();

private:
    QString add(const QString &paidThrough, const QString &status = QStringLiteral("active"),
                const QString &suspension = QString());
    RenewalsPage *showPage();
    QStringList headings(RenewalsModel *model) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    MessageBar *m_bar = nullptr;
    Customer m_customer;
    qint64 m_planId = 0;
    int m_next = 0;
    // A Wednesday: its week (from Monday 2026-11-30) is cut to 12-02 .. 12-06.
    const QDate m_asOf{2026, 12, 2};
};

void TestRenewalsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestRenewalsPage::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    m_world->plan(QStringLiteral("STD"), 120000);
    m_customer = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), agent);
    m_planId =
        m_world->scalar(QStringLiteral("SELECT id FROM plans WHERE code = 'STD'")).toLongLong();
    m_next = 0;
}

void TestRenewalsPage::cleanup()
{
    m_host.reset();
    m_world.reset();
}

QString TestRenewalsPage::add(const QString &paidThrough, const QString &status,
                              const QString &suspension)
{
    const QString number = QString::number(4006000000LL + ++m_next);
    SqlQuery q(
        *m_world->db,
        QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, customer_id,"
                       " agent_id, plan_id, activated_on, paid_through, suspended_on,"
                       " suspension, created_at) VALUES (:n, 'telecom', 'normal', :s, :c, :a,"
                       " :p, '2025-12-01', :pt, :so, :susp, '2025-01-01T00:00:00Z')"));
    q.bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":s"), status)
        .bind(QStringLiteral(":c"), m_customer.id)
        .bind(QStringLiteral(":a"), m_customer.agentId)
        .bind(QStringLiteral(":p"), m_planId)
        .bind(QStringLiteral(":pt"), paidThrough)
        .bind(QStringLiteral(":so"),
              suspension.isEmpty() ? QVariant() : QVariant(QStringLiteral("2026-10-01")))
        .bind(QStringLiteral(":susp"), suspension.isEmpty() ? QVariant() : QVariant(suspension));
    if (!q.exec())
        qFatal("insert");
    return number;
}

RenewalsPage *TestRenewalsPage::showPage()
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    auto *page =
        new RenewalsPage(PageContext{m_world->db.get(), m_world->admin, m_bar}, m_host.get());
    layout->addWidget(page);
    m_host->resize(1280, 800);
    m_host->show();
    if (!QTest::qWaitForWindowExposed(m_host.get()))
        return nullptr;
    page->setAsOf(m_asOf);
    return page;
}

QStringList TestRenewalsPage::headings(RenewalsModel *model) const
{
    QStringList out;
    for (int g = 0; g < model->rowCount(); ++g)
        out << model->index(g, RenewalsModel::Number).data().toString();
    return out;
}

void TestRenewalsPage::groupedByWeekWithOverdueFirst()
{
    const QString a = add(QStringLiteral("2026-12-08"));
    const QString b = add(QStringLiteral("2026-12-09"));
    const QString c = add(QStringLiteral("2026-12-21"));
    const QString overdue = add(QStringLiteral("2026-11-25"));
    add(QStringLiteral("2027-06-01"));                              // beyond 12 weeks
    add(QStringLiteral("2026-11-15"), QStringLiteral("cancelled")); // not in service
    const QString arrears =
        add(QStringLiteral("2026-09-14"), QStringLiteral("suspended"), QStringLiteral("arrears"));
    add(QStringLiteral("2026-09-14"), QStringLiteral("suspended"), QStringLiteral("fraud"));

    RenewalsPage *page = showPage();
    QVERIFY(page);
    RenewalsModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(headings(model).size(), 4);
    QVERIFY(headings(model).at(0).startsWith(
        QStringLiteral("Overdue, in the grace period — 1 number")));
    QVERIFY(headings(model).at(1).startsWith(QStringLiteral("Suspended for arrears — 1 number")));
    QVERIFY(headings(model).at(2).startsWith(QStringLiteral("Week of 2026-12-07 — 2 number")));
    QVERIFY(headings(model).at(3).startsWith(QStringLiteral("Week of 2026-12-21 — 1 number")));

    // Under each heading its numbers, in paid-through order.
    QTreeView *tree = page->findChild<QTreeView *>(QStringLiteral("renewalsTree"));
    const QModelIndex week1 = model->index(2, 0);
    const QModelIndex week2 = model->index(3, 0);
    QVERIFY(tree->isExpanded(week1));
    QCOMPARE(model->rowCount(week1), 2);
    QCOMPARE(model->index(0, 0, week1).data(Qt::UserRole).toString(), a);
    QCOMPARE(model->index(1, 0, week1).data(Qt::UserRole).toString(), b);
    QCOMPARE(model->index(0, RenewalsModel::Due, week1).data().toString(),
             QStringLiteral("in 6 days"));
    QCOMPARE(model->index(0, 0, week2).data(Qt::UserRole).toString(), c);
    QCOMPARE(model->index(0, RenewalsModel::Customer, week2).data().toString(), m_customer.name);
    QCOMPARE(model->index(0, RenewalsModel::ServiceOwner, week2).data().toString(),
             QStringLiteral("Huaxin Telecom"));
    const QModelIndex late = model->index(0, 0);
    QCOMPARE(model->index(0, 0, late).data(Qt::UserRole).toString(), overdue);
    // 2026-11-25 + grace 15 + 1: suspended on 2026-12-11 unless paid.
    QCOMPARE(model->index(0, RenewalsModel::Due, late).data().toString(),
             QStringLiteral("7 days overdue · suspended 2026-12-11"));
    QCOMPARE(model->index(0, 0, model->index(1, 0)).data(Qt::UserRole).toString(), arrears);

    QVERIFY(page->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .startsWith(QStringLiteral("3 number")));

    // Another day, other weeks: as of 2026-12-10 the first week is behind.
    page->setAsOf(QDate(2026, 12, 10));
    QCOMPARE(model->asOf(), QDate(2026, 12, 10));
    QVERIFY(headings(model).at(0).startsWith(
        QStringLiteral("Overdue, in the grace period — 3 number")));
    QVERIFY(headings(model).last().startsWith(QStringLiteral("Week of 2026-12-21 — 1 number")));
}

void TestRenewalsPage::headingsLoadTheirNumbersInPages()
{
    WriteTransaction tx(*m_world->db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < 250; ++i)
        add(QStringLiteral("2027-01-0%1").arg(4 + i % 5)); // Monday 01-04 to Friday 01-08
    QVERIFY(tx.commit().ok());
    RenewalsPage *page = showPage();
    QVERIFY(page);
    RenewalsModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex week = model->index(0, 0);
    QVERIFY(week.data().toString().startsWith(QStringLiteral("Week of 2027-01-04 — 250 number")));
    QCOMPARE(model->rowCount(week), RenewalsModel::kPageSize);
    QVERIFY(week.data().toString().contains(QStringLiteral("200 shown")));
    // The view's relayouts do not load a heading whole: the next page waits for the user.
    QVERIFY(!model->canFetchMore(week));
    QVERIFY(model->hasMore(week));
    QTreeView *tree = page->findChild<QTreeView *>(QStringLiteral("renewalsTree"));
    tree->doItemsLayout();
    QCOMPARE(model->rowCount(week), RenewalsModel::kPageSize);
    // Scrolled to the end: the next page loads.
    tree->scrollToBottom();
    QTRY_COMPARE(model->rowCount(week), 250);
    QVERIFY(!model->hasMore(week));
    QVERIFY(!week.data().toString().contains(QStringLiteral("shown")));
    for (int r = 1; r < 250; ++r) {
        const RenewalRow *prev = model->renewal(model->index(r - 1, 0, week));
        const RenewalRow *cur = model->renewal(model->index(r, 0, week));
        QVERIFY(prev->paidThrough < cur->paidThrough ||
                (prev->paidThrough == cur->paidThrough && prev->number < cur->number));
    }
}

void TestRenewalsPage::paymentFromTheView()
{
    add(QStringLiteral("2026-12-08"));
    const QString b = add(QStringLiteral("2026-12-09"));
    RenewalsPage *page = showPage();
    QVERIFY(page);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("paymentButton"));
    QVERIFY(!button->isEnabled()); // nothing chosen yet
    QVERIFY(page->selectNumber(b));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    PaymentDialog *found = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        found = cdtest::topLevel<PaymentDialog>(QStringLiteral("paymentDialog"));
        return found != nullptr;
    }));
    QPointer<PaymentDialog> dialog = found;
    QVERIFY(dialog->coverage().contains(QStringLiteral("Covers 2026-12-10 to 2027-12-09")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT paid_through FROM numbers WHERE number = :n"),
                          {{QStringLiteral(":n"), b}})
                 .toString(),
             QStringLiteral("2027-12-09"));
    // Paid: it leaves the week; the other number stays.
    RenewalsModel *model = page->model();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().startsWith(
        QStringLiteral("Week of 2026-12-07 — 1 number")));
    QVERIFY(!model->indexOfNumber(b).isValid());
    QVERIFY(m_bar->text().contains(QStringLiteral("paid through 2027-12-09")));
}

QTEST_MAIN(TestRenewalsPage)
#include "tst_RenewalsPage.moc"
