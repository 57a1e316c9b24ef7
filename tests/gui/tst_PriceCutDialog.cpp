// The global cut dialog (§2.4): a preview of every resulting price and of
// every broken link before anything is written; Apply disabled while the
// preview breaks a chain; a good cut applied from the Prices page shows in the
// matrix.

#include "GuiTestSupport.h"

#include "pricing/CutPreviewModel.h"
#include "pricing/PlanPricesView.h"
#include "pricing/PlanService.h"
#include "pricing/PriceCutDialog.h"
#include "pricing/PriceMatrixModel.h"
#include "pricing/PriceService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestPriceCutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previewListsEveryPrice();
    void brokenPlanShowsItsLinkAndApplyStaysDisabled();
    void goodCutAppliesAndTheMatrixShowsIt();

private:
    void addPlan(const QString &code, qint64 diamondL1);
    PriceCutDialog *makeDialog();
    void shoot(QWidget *w, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PriceCutDialog> m_dialog;
    std::unique_ptr<QWidget> m_host;
    Actor m_admin;
    const QDate m_march{2026, 3, 1};
};

void TestPriceCutDialog::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

// Retail ¥1,000, carrier cost ¥500 (+ margin ¥50 = ¥550); L1 ¥750..diamond, L2 ¥900..¥700.
void TestPriceCutDialog::addPlan(const QString &code, qint64 diamondL1)
{
    PlanInput in;
    in.code = code;
    in.name = QStringLiteral("Plan %1").arg(code);
    in.carrier = QStringLiteral("unicom");
    in.annualFeeFen = QStringLiteral("100000");
    in.carrierCostFen = QStringLiteral("50000");
    QVERIFY(PlanService(*m_db).create(m_admin, in).ok());
    const qint64 l1[] = {75000, 70000, 65000, diamondL1};
    const qint64 l2[] = {90000, 85000, 80000, 70000};
    PriceService prices(*m_db);
    for (int t = 0; t < 4; ++t) {
        for (int level = 1; level <= 2; ++level) {
            PriceChange c;
            c.planCode = code;
            c.tier = Tier(t);
            c.level = level;
            c.price = Money::fromFen(level == 1 ? l1[t] : l2[t]);
            c.from = QDate(2026, 1, 1);
            QVERIFY(prices.insertPrice(m_admin, c, false).ok());
        }
    }
}

void TestPriceCutDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    addPlan(QStringLiteral("PA"), 60000);
    addPlan(QStringLiteral("PB"), 56000); // ¥10 of room above cost + margin
}

void TestPriceCutDialog::cleanup()
{
    m_dialog.reset();
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

PriceCutDialog *TestPriceCutDialog::makeDialog()
{
    m_dialog = std::make_unique<PriceCutDialog>(*m_db, m_admin, *PlanService(*m_db).list());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void TestPriceCutDialog::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(50); // let posted layout requests run
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestPriceCutDialog::previewListsEveryPrice()
{
    PriceCutDialog *d = makeDialog();
    QAbstractItemModelTester tester(d->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(!apply->isEnabled()); // nothing typed yet
    QCOMPARE(d->previewModel()->rowCount(), 0);

    // Typing refreshes the preview after a pause; Apply waits for it.
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("percentEdit")), QStringLiteral("1"));
    d->setPlan(QStringLiteral("PA"));
    d->setFrom(m_march);
    QVERIFY(!apply->isEnabled());
    QTRY_VERIFY(apply->isEnabled());
    CutPreviewModel *m = d->previewModel();
    QCOMPARE(m->rowCount(), 8);
    // Every price of the plan, before and after: 1 % off, rounded down to the fen.
    QCOMPARE(m->index(0, CutPreviewModel::PlanCode).data().toString(), QStringLiteral("PA"));
    QCOMPARE(m->index(0, CutPreviewModel::TierColumn).data().toString(),
             QStringLiteral("Standard"));
    QCOMPARE(m->index(0, CutPreviewModel::Level).data().toInt(), 1);
    QCOMPARE(m->index(0, CutPreviewModel::Before).data().toString(), QStringLiteral("¥750.00"));
    QCOMPARE(m->index(0, CutPreviewModel::After).data().toString(), QStringLiteral("¥742.50"));
    QCOMPARE(m->index(0, CutPreviewModel::Change).data().toString(), QStringLiteral("-¥7.50"));
    QCOMPARE(m->index(7, CutPreviewModel::After).data().toString(), QStringLiteral("¥693.00"));
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("previewSummary"))
                ->text()
                .startsWith(QStringLiteral("8 price")));
    QVERIFY(!d->findChild<QListWidget *>(QStringLiteral("breaksList"))->isVisibleTo(d));

    // Both plans: sixteen lines.
    d->setPlan(QString());
    d->preview();
    QCOMPARE(m->rowCount(), 16);
    QCOMPARE(m->index(8, CutPreviewModel::PlanCode).data().toString(), QStringLiteral("PB"));

    // A bad percentage clears the preview and says why.
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("percentEdit")),
                     QStringLiteral("120"));
    d->preview();
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(!apply->isEnabled());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("previewSummary"))
                ->text()
                .contains(QStringLiteral("\"120\"")));
    // Nothing was written by any preview.
    QCOMPARE(PriceService(*m_db).history(1, Tier::Standard, 1)->size(), 1);
}

void TestPriceCutDialog::brokenPlanShowsItsLinkAndApplyStaysDisabled()
{
    PriceCutDialog *d = makeDialog();
    d->setAmountText(QStringLiteral("30")); // ¥30 off: PB's diamond falls to ¥530, under ¥550
    d->setFrom(m_march);
    d->setReason(QStringLiteral("全线降价"));
    d->preview();
    auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
    auto *breaks = d->findChild<QListWidget *>(QStringLiteral("breaksList"));
    QCOMPARE(d->previewModel()->rowCount(), 16);
    QVERIFY(breaks->isVisibleTo(d));
    QCOMPARE(breaks->count(), 1);
    QCOMPARE(breaks->item(0)->text(),
             QStringLiteral("Plan PB on 2026-03-01: level-1 Diamond ¥530.00 is below carrier cost "
                            "¥500.00 + margin ¥50.00 = ¥550.00."));
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("previewSummary"))
                ->text()
                .contains(QStringLiteral("PB")));
    QVERIFY(!apply->isEnabled());
    // PB's lines are marked; PA's are not.
    QVERIFY(d->previewModel()->isBroken(8));
    QVERIFY(!d->previewModel()->isBroken(0));
    shoot(d, QStringLiteral("price-cut-broken"));

    // Enter/OK cannot force it through.
    d->accept();
    QVERIFY(d->isVisible());
    QCOMPARE(PriceService(*m_db).history(1, Tier::Standard, 1)->size(), 1);
    QCOMPARE(PriceService(*m_db).history(2, Tier::Standard, 1)->size(), 1);

    // Narrowed to PA the same cut holds, and Apply comes back.
    d->setPlan(QStringLiteral("PA"));
    QTRY_VERIFY(apply->isEnabled());
    QVERIFY(!breaks->isVisibleTo(d));
    QCOMPARE(d->previewModel()->rowCount(), 8);
}

void TestPriceCutDialog::goodCutAppliesAndTheMatrixShowsIt()
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    auto *bar = new MessageBar(m_host.get());
    layout->addWidget(bar);
    auto *view = new PlanPricesView(PageContext{m_db.get(), m_admin, bar}, m_host.get());
    layout->addWidget(view);
    m_host->resize(1100, 700);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    view->selectPlan(QStringLiteral("PA"));
    view->setDate(m_march);
    const QModelIndex cell = view->matrixModel()->index(PriceMatrixModel::rowOf(Tier::Standard),
                                                        PriceMatrixModel::Level1);
    QCOMPARE(cell.data().toString(), QStringLiteral("¥750.00\nfrom 2026-01-01"));

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("globalCutButton")),
                      Qt::LeftButton);
    QPointer<PriceCutDialog> d = view->findChild<PriceCutDialog *>();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    d->setAmountText(QStringLiteral("30"));
    d->setPlan(QStringLiteral("PA"));
    d->setFrom(m_march);
    d->setReason(QStringLiteral("单品降价"));
    auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(d.isNull() || !d->isVisible());

    const QModelIndex after = view->matrixModel()->index(PriceMatrixModel::rowOf(Tier::Standard),
                                                         PriceMatrixModel::Level1);
    QCOMPARE(after.data().toString(), QStringLiteral("¥720.00\nfrom 2026-03-01"));
    QCOMPARE(view->matrixModel()
                 ->index(PriceMatrixModel::rowOf(Tier::Diamond), PriceMatrixModel::Level2)
                 .data(PriceMatrixModel::PriceFenRole)
                 .toLongLong(),
             67000);
    QCOMPARE(bar->type(), MessageBar::Type::Positive);
    QVERIFY2(bar->text().contains(QStringLiteral("8 price")), qPrintable(bar->text()));
    // The day before, the old prices; PB untouched.
    view->setDate(m_march.addDays(-1));
    QCOMPARE(view->matrixModel()->index(0, 0).data(PriceMatrixModel::PriceFenRole).toLongLong(),
             75000);
    QCOMPARE(PriceService(*m_db).priceOn(2, Tier::Standard, 1, m_march)->price.fen(), 75000);
}

QTEST_MAIN(TestPriceCutDialog)
#include "tst_PriceCutDialog.moc"
