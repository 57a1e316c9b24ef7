// The price change dialog (§2.4): yuan typed and kept in fen exactly; reason
// and reference asked only for a raise, as core judges it; refusals (a raise
// without its document, a broken chain with each link) shown inline while the
// dialog stays open; a saved change lands in the price history.

#include "GuiTestSupport.h"

#include "pricing/PlanService.h"
#include "pricing/PriceChangeDialog.h"
#include "pricing/PriceService.h"
#include "pricing/YuanText.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace cd;

class TestPriceChangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void parsesYuanExactly_data();
    void parsesYuanExactly();
    void reasonAndReferenceOnlyForAnIncrease();
    void raiseWithoutReferenceIsRefusedInline();
    void brokenChainShowsEachLinkInline();
    void firstPriceIsNotAnIncrease();

private:
    PriceChangeDialog *open(Tier tier, int level, const QDate &from);
    static bool shownIn(QWidget *w, QDialog *dialog) { return w->isVisibleTo(dialog); }
    void shoot(QWidget *w, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PriceChangeDialog> m_dialog;
    Actor m_admin;
    Plan m_plan;
};

void TestPriceChangeDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestPriceChangeDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    // Retail ¥1,000, carrier cost ¥500, margin ¥50; L1 ¥750..¥600, L2 ¥900..¥700.
    PlanInput in;
    in.code = QStringLiteral("P1000");
    in.name = QStringLiteral("标准年费套餐");
    in.carrier = QStringLiteral("telecom");
    in.annualFeeFen = QStringLiteral("100000");
    in.carrierCostFen = QStringLiteral("50000");
    Result<Plan> plan = PlanService(*m_db).create(m_admin, in);
    QVERIFY(plan.ok());
    m_plan = *plan;
    const qint64 l1[] = {75000, 70000, 65000, 60000};
    const qint64 l2[] = {90000, 85000, 80000, 70000};
    PriceService prices(*m_db);
    for (int t = 0; t < 4; ++t) {
        for (int level = 1; level <= 2; ++level) {
            PriceChange c;
            c.planCode = m_plan.code;
            c.tier = Tier(t);
            c.level = level;
            c.price = Money::fromFen(level == 1 ? l1[t] : l2[t]);
            c.from = QDate(2026, 1, 1);
            QVERIFY(prices.insertPrice(m_admin, c, false).ok());
        }
    }
}

void TestPriceChangeDialog::cleanup()
{
    m_dialog.reset();
    m_db.reset();
    m_dir.reset();
}

PriceChangeDialog *TestPriceChangeDialog::open(Tier tier, int level, const QDate &from)
{
    m_dialog = std::make_unique<PriceChangeDialog>(*m_db, m_admin, m_plan);
    m_dialog->setCell(tier, level);
    m_dialog->setFrom(from);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void TestPriceChangeDialog::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(50); // let posted layout requests run
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestPriceChangeDialog::parsesYuanExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("one decimal") << QStringLiteral("1234.5") << true << qint64(123450);
    QTest::newRow("two decimals") << QStringLiteral("1234.56") << true << qint64(123456);
    QTest::newRow("whole") << QStringLiteral("1234") << true << qint64(123400);
    QTest::newRow("grouped with symbol") << QStringLiteral("¥1,234.50") << true << qint64(123450);
    QTest::newRow("spaces") << QStringLiteral("  0.07 ") << true << qint64(7);
    QTest::newRow("full-width") << QStringLiteral("￥１２３．４") << true << qint64(12340);
    // 0.1 + 0.2 would drift as a double; digit by digit it cannot.
    QTest::newRow("no float drift") << QStringLiteral("4019.99") << true << qint64(401999);
    QTest::newRow("three decimals") << QStringLiteral("1.234") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("trailing point") << QStringLiteral("12.") << false << qint64(0);
    QTest::newRow("leading point") << QStringLiteral(".5") << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    QTest::newRow("comma after point") << QStringLiteral("1.2,3") << false << qint64(0);
    QTest::newRow("too long") << QStringLiteral("1234567890123") << false << qint64(0);
}

void TestPriceChangeDialog::parsesYuanExactly()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    Money m = Money::fromFen(-1);
    QCOMPARE(YuanText::parse(text, &m), ok);
    if (ok)
        QCOMPARE(m.fen(), fen);
}

void TestPriceChangeDialog::reasonAndReferenceOnlyForAnIncrease()
{
    PriceChangeDialog *d = open(Tier::Silver, 1, QDate(2026, 3, 1));
    auto *price = d->findChild<QLineEdit *>(QStringLiteral("priceEdit"));
    auto *reason = d->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    auto *reference = d->findChild<QLineEdit *>(QStringLiteral("referenceEdit"));
    auto *current = d->findChild<QLabel *>(QStringLiteral("currentPriceLabel"));
    QVERIFY(price && reason && reference && current);
    QCOMPARE(current->text(), QStringLiteral("¥700.00, since 2026-01-01"));

    cdtest::typeInto(price, QStringLiteral("690"));
    QVERIFY(!d->asksForReason());
    QVERIFY(!shownIn(reason, d));
    QVERIFY(!shownIn(reference, d));

    cdtest::typeInto(price, QStringLiteral("700.01")); // one fen up is a raise
    QVERIFY(d->asksForReason());
    QVERIFY(shownIn(reason, d));
    QVERIFY(shownIn(reference, d));
    auto *note = d->findChild<QLabel *>(QStringLiteral("increaseNote"));
    QVERIFY(shownIn(note, d));
    QVERIFY(note->text().contains(QStringLiteral("from ¥700.00 to ¥700.01")));

    cdtest::typeInto(price, QStringLiteral("712.5"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("carrier")));
    reference->setText(QStringLiteral("电信价〔2026〕18号"));
    shoot(d, QStringLiteral("price-change-increase"));

    cdtest::typeInto(price, QStringLiteral("700")); // the same price is no raise
    QVERIFY(!shownIn(reason, d));

    // The judgement follows the cell and the date: gold is ¥650.00.
    cdtest::typeInto(price, QStringLiteral("690"));
    d->setCell(Tier::Gold, 1);
    QVERIFY(shownIn(reason, d));
    // Before the first price there is nothing to raise.
    d->setFrom(QDate(2025, 12, 1));
    QVERIFY(!shownIn(reason, d));
    QCOMPARE(current->text(), QStringLiteral("No price yet"));

    // Not an amount: OK stays disabled, no fields appear.
    cdtest::typeInto(price, QStringLiteral("abc"));
    QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
}

void TestPriceChangeDialog::raiseWithoutReferenceIsRefusedInline()
{
    PriceChangeDialog *d = open(Tier::Silver, 1, QDate(2026, 3, 1));
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("710"));
    auto *ok = d->findChild<QPushButton *>(QStringLiteral("okButton"));
    QCOMPARE(ok->text(), QStringLiteral("Raise Price"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QVERIFY2(d->messageBar()->text().contains(QStringLiteral("§2.4")),
             qPrintable(d->messageBar()->text()));
    QCOMPARE(d->messageBar()->type(), MessageBar::Type::Error);
    QCOMPARE(PriceService(*m_db).history(m_plan.id, Tier::Silver, 1)->size(), 1);

    auto *reason = d->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("policy")));
    // QTest types Latin-1 only; an input method would commit the text whole.
    d->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))
        ->setText(QStringLiteral("发改价格〔2026〕3号"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Accepted));
    Result<PricePoint> now =
        PriceService(*m_db).priceOn(m_plan.id, Tier::Silver, 1, QDate(2026, 3, 1));
    QCOMPARE(now->price.fen(), 71000);
    QCOMPARE(now->reason, QStringLiteral("policy"));
    QCOMPARE(now->reference, QStringLiteral("发改价格〔2026〕3号"));
    QCOMPARE(now->createdBy, QStringLiteral("admin"));
}

void TestPriceChangeDialog::brokenChainShowsEachLinkInline()
{
    // Level-1 standard down to ¥640.00: under silver ¥700.00 and gold ¥650.00.
    PriceChangeDialog *d = open(Tier::Standard, 1, QDate(2026, 3, 1));
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("priceEdit")), QStringLiteral("640"));
    QVERIFY(!d->asksForReason()); // a decrease
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(d->isVisible());
    const QStringList lines = d->messageBar()->text().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, qPrintable(d->messageBar()->text()));
    QVERIFY(lines.at(0).contains(QStringLiteral("P1000")) &&
            lines.at(0).contains(QStringLiteral("§2.4")));
    QVERIFY2(lines.contains(
                 QStringLiteral("Plan P1000 on 2026-03-01: level-1 Silver ¥700.00 is above "
                                "level-1 Standard ¥640.00; a better tier must not cost more.")),
             qPrintable(d->messageBar()->text()));
    QVERIFY(d->messageBar()->isVisible());
    QCOMPARE(PriceService(*m_db).history(m_plan.id, Tier::Standard, 1)->size(), 1);
    shoot(d, QStringLiteral("price-change-refused"));

    // A price that keeps the order goes through from the same dialog.
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("priceEdit")),
                     QStringLiteral("740.5"));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(d->saved().price.fen(), 74050);
    QCOMPARE(
        PriceService(*m_db).priceOn(m_plan.id, Tier::Standard, 1, QDate(2026, 3, 1))->price.fen(),
        74050);
}

void TestPriceChangeDialog::firstPriceIsNotAnIncrease()
{
    PlanInput in;
    in.code = QStringLiteral("NEW");
    in.name = QStringLiteral("New");
    in.carrier = QStringLiteral("mobile");
    in.annualFeeFen = QStringLiteral("300000");
    in.carrierCostFen = QStringLiteral("100000");
    Result<Plan> plan = PlanService(*m_db).create(m_admin, in);
    QVERIFY(plan.ok());
    PriceChangeDialog d(*m_db, m_admin, *plan);
    d.setCell(Tier::Diamond, 1);
    d.setFrom(QDate(2026, 4, 1));
    d.setPriceText(QStringLiteral("1500"));
    QVERIFY(!d.asksForReason());
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(
        PriceService(*m_db).priceOn(plan->id, Tier::Diamond, 1, QDate(2026, 4, 1))->price.fen(),
        150000);
}

QTEST_MAIN(TestPriceChangeDialog)
#include "tst_PriceChangeDialog.moc"
