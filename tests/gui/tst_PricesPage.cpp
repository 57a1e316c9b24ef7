// The Prices page (§2.4): the plan list, the price matrix in force on a date
// with missing cells marked, the history of the selected cell, new plans,
// imports through the registry, and the change buttons for administrators
// only.

#include "GuiTestSupport.h"

#include "pricing/EvaluationView.h"
#include "pricing/PlanDialog.h"
#include "pricing/PlanListModel.h"
#include "pricing/PlanPricesView.h"
#include "pricing/PlanService.h"
#include "pricing/PriceChangeDialog.h"
#include "pricing/PriceHistoryModel.h"
#include "pricing/PriceMatrixModel.h"
#include "pricing/PriceService.h"
#include "pricing/PricesPage.h"
#include "shell/PageFactory.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestPricesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void plansAndMatrixOnADate();
    void historyOfTheSelectedCell();
    void missingCellsAreMarked();
    void onlyAdministratorsSeeChanges();
    void newPlan();
    void importsThroughTheRegistry();
    void changeDialogStartsOnTheSelectedCell();
    void pageFactoryBuildsIt();

private:
    void show(const Actor &actor);
    void price(const QString &plan, Tier tier, int level, qint64 fen, const QDate &from,
               IncreaseReason reason = IncreaseReason::None, const QString &ref = {});
    QString writeFile(const QString &name, const QByteArray &bytes);
    void shoot(QWidget *w, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    PricesPage *m_page = nullptr;
    PlanPricesView *m_view = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
};

void TestPricesPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestPricesPage::price(const QString &plan, Tier tier, int level, qint64 fen, const QDate &from,
                           IncreaseReason reason, const QString &ref)
{
    PriceChange c;
    c.planCode = plan;
    c.tier = tier;
    c.level = level;
    c.price = Money::fromFen(fen);
    c.from = from;
    c.reason = reason;
    c.reference = ref;
    const Status s = PriceService(*m_db).setPrice(m_admin, c);
    QVERIFY2(s.ok(), qPrintable(s.error().text() + s.error().details.join(QLatin1Char('\n'))));
}

void TestPricesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    const struct {
        const char *code;
        const char *name;
        const char *carrier;
        const char *fee;
        const char *cost;
    } plans[] = {
        {"T-1000", "标准年费套餐", "telecom", "100000", "50000"},
        {"U-3000", "商务套餐", "unicom", "300000", "150000"},
        {"M-6000", "尊享靓号套餐", "mobile", "600000", "280000"},
    };
    for (const auto &p : plans) {
        PlanInput in;
        in.code = QString::fromUtf8(p.code);
        in.name = QString::fromUtf8(p.name);
        in.carrier = QString::fromUtf8(p.carrier);
        in.annualFeeFen = QString::fromUtf8(p.fee);
        in.includedMinutes = QStringLiteral("1000");
        in.perMinuteFen = QStringLiteral("12");
        in.carrierCostFen = QString::fromUtf8(p.cost);
        QVERIFY(PlanService(*m_db).create(m_admin, in).ok());
    }
    // T-1000: a whole chain from January; L1 gold cut in April, raised by the carrier in July.
    const QDate jan(2026, 1, 1);
    const qint64 l1[] = {75000, 70000, 65000, 60000};
    const qint64 l2[] = {90000, 85000, 80000, 70000};
    for (int t = 3; t >= 0; --t) {
        price(QStringLiteral("T-1000"), Tier(t), 2, l2[t], jan);
        price(QStringLiteral("T-1000"), Tier(t), 1, l1[t], jan);
    }
    price(QStringLiteral("T-1000"), Tier::Gold, 1, 63000, QDate(2026, 4, 1));
    price(QStringLiteral("T-1000"), Tier::Gold, 1, 64000, QDate(2026, 7, 1),
          IncreaseReason::Carrier, QStringLiteral("电信价〔2026〕18号"));
    // U-3000: only part of its chain.
    price(QStringLiteral("U-3000"), Tier::Diamond, 1, 180000, jan);
    price(QStringLiteral("U-3000"), Tier::Standard, 1, 220000, jan);
    price(QStringLiteral("U-3000"), Tier::Standard, 2, 260000, jan);
    QVERIFY(PlanService(*m_db).setActive(m_admin, QStringLiteral("M-6000"), false).ok());
}

void TestPricesPage::show(const Actor &actor)
{
    m_host = std::make_unique<QWidget>();
    m_host->setObjectName(QStringLiteral("host"));
    auto *layout = new QVBoxLayout(m_host.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new PricesPage(PageContext{m_db.get(), actor, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_view = m_page->plansView();
    m_host->resize(1280, 800);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestPricesPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestPricesPage::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

void TestPricesPage::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(50); // let posted layout requests run
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestPricesPage::plansAndMatrixOnADate()
{
    show(m_admin);
    QAbstractItemModelTester plans(m_view->planModel(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester matrix(m_view->matrixModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    PlanListModel *pm = m_view->planModel();
    QCOMPARE(pm->rowCount(), 3);
    const int row = pm->rowOf(QStringLiteral("U-3000"));
    QCOMPARE(pm->index(row, PlanListModel::Name).data().toString(), QStringLiteral("商务套餐"));
    QCOMPARE(pm->index(row, PlanListModel::Carrier).data().toString(),
             carrierDisplayName(QStringLiteral("unicom")));
    QCOMPARE(pm->index(row, PlanListModel::RetailFee).data().toString(),
             QStringLiteral("¥3,000.00"));
    QCOMPARE(pm->index(row, PlanListModel::CarrierCost).data().toString(),
             QStringLiteral("¥1,500.00"));
    QCOMPARE(
        pm->index(pm->rowOf(QStringLiteral("M-6000")), PlanListModel::Active).data().toString(),
        QStringLiteral("Inactive"));

    m_view->selectPlan(QStringLiteral("T-1000"));
    m_view->setDate(QDate(2026, 5, 1));
    PriceMatrixModel *mm = m_view->matrixModel();
    QCOMPARE(mm->rowCount(), 4);
    QCOMPARE(mm->columnCount(), 2);
    QCOMPARE(mm->headerData(0, Qt::Vertical).toString(), tierDisplayName(Tier::Standard));
    QCOMPARE(mm->headerData(3, Qt::Vertical).toString(), tierDisplayName(Tier::Diamond));
    // The price in force on the date and the day it took effect.
    QCOMPARE(
        mm->index(PriceMatrixModel::rowOf(Tier::Gold), PriceMatrixModel::Level1).data().toString(),
        QStringLiteral("¥630.00\nfrom 2026-04-01"));
    QCOMPARE(mm->index(PriceMatrixModel::rowOf(Tier::Standard), PriceMatrixModel::Level2)
                 .data()
                 .toString(),
             QStringLiteral("¥900.00\nfrom 2026-01-01"));
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("missingLabel"))->isVisibleTo(m_view));
    // Another date, another price; the date edit drives it.
    m_view->findChild<QDateEdit *>(QStringLiteral("priceDateEdit"))->setDate(QDate(2026, 7, 1));
    QCOMPARE(mm->index(PriceMatrixModel::rowOf(Tier::Gold), PriceMatrixModel::Level1)
                 .data(PriceMatrixModel::PriceFenRole)
                 .toLongLong(),
             64000);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("matrixHeading"))->text(),
             QStringLiteral("Agent prices of T-1000 – 标准年费套餐"));
}

void TestPricesPage::historyOfTheSelectedCell()
{
    show(m_admin);
    QAbstractItemModelTester history(m_view->historyModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->selectPlan(QStringLiteral("T-1000"));
    m_view->setDate(QDate(2026, 5, 1));
    auto *matrix = m_view->findChild<QTableView *>(QStringLiteral("matrixTable"));
    // A click on a cell shows its history.
    const QModelIndex gold =
        m_view->matrixModel()->index(PriceMatrixModel::rowOf(Tier::Gold), PriceMatrixModel::Level1);
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(gold).center());
    PriceHistoryModel *hm = m_view->historyModel();
    QCOMPARE(hm->rowCount(), 3);
    QCOMPARE(hm->tier(), Tier::Gold);
    QCOMPARE(hm->level(), 1);
    // Newest first: date, price, reason, reference, by whom.
    QCOMPARE(hm->index(0, PriceHistoryModel::EffectiveFrom).data().toString(),
             QStringLiteral("2026-07-01"));
    QCOMPARE(hm->index(0, PriceHistoryModel::Price).data().toString(), QStringLiteral("¥640.00"));
    QCOMPARE(hm->index(0, PriceHistoryModel::Reason).data().toString(),
             QStringLiteral("Carrier price adjustment"));
    QCOMPARE(hm->index(0, PriceHistoryModel::Reference).data().toString(),
             QStringLiteral("电信价〔2026〕18号"));
    QCOMPARE(hm->index(0, PriceHistoryModel::By).data().toString(), QStringLiteral("admin"));
    QCOMPARE(hm->index(2, PriceHistoryModel::Price).data().toString(), QStringLiteral("¥650.00"));
    // The entry in force on the date is bold; the later one is not.
    QCOMPARE(hm->rowInForce(), 1);
    QVERIFY(hm->index(1, PriceHistoryModel::Price).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!hm->index(0, PriceHistoryModel::Price).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("historyHeading"))->text(),
             QStringLiteral("History of the level-1 Gold price"));
    shoot(m_host.get(), QStringLiteral("prices-matrix-history"));

    // Keyboard: the next cell's history follows.
    matrix->setFocus();
    QTest::keyClick(matrix, Qt::Key_Right);
    QCOMPARE(hm->level(), 2);
    QCOMPARE(hm->rowCount(), 1);
}

void TestPricesPage::missingCellsAreMarked()
{
    show(m_admin);
    m_view->selectPlan(QStringLiteral("U-3000"));
    m_view->setDate(QDate(2026, 2, 1));
    PriceMatrixModel *mm = m_view->matrixModel();
    QCOMPARE(mm->missing(), 5);
    const QModelIndex gold2 =
        mm->index(PriceMatrixModel::rowOf(Tier::Gold), PriceMatrixModel::Level2);
    QCOMPARE(gold2.data().toString(), QStringLiteral("missing"));
    QVERIFY(!gold2.data(PriceMatrixModel::PriceFenRole).isValid());
    QVERIFY(gold2.data(Qt::BackgroundRole).isValid());
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("missingLabel"));
    QVERIFY(label->isVisibleTo(m_view));
    QVERIFY2(label->text().startsWith(QStringLiteral("5 price")), qPrintable(label->text()));
    // Before any price every cell is missing.
    m_view->setDate(QDate(2025, 12, 31));
    QCOMPARE(mm->missing(), 8);
}

void TestPricesPage::onlyAdministratorsSeeChanges()
{
    const QStringList buttons{QStringLiteral("newPlanButton"), QStringLiteral("importPlansButton"),
                              QStringLiteral("importPricesButton"),
                              QStringLiteral("changePriceButton"),
                              QStringLiteral("globalCutButton")};
    show(Actor{QStringLiteral("mia"), Role::Manager});
    for (const QString &name : buttons)
        QVERIFY2(!m_view->findChild<QPushButton *>(name)->isVisibleTo(m_view), qPrintable(name));
    QVERIFY(!m_view->changePrice());
    QVERIFY(!m_view->globalCut());
    QVERIFY(!m_view->newPlan());
    // Managers still read the prices, and run the evaluation.
    m_view->selectPlan(QStringLiteral("T-1000"));
    QCOMPARE(m_view->matrixModel()->rowCount(), 4);
    QVERIFY(m_page->evaluationView()
                ->findChild<QPushButton *>(QStringLiteral("evaluateButton"))
                ->isVisibleTo(m_page->evaluationView()));

    show(m_admin);
    for (const QString &name : buttons)
        QVERIFY2(m_view->findChild<QPushButton *>(name)->isVisibleTo(m_view), qPrintable(name));
}

void TestPricesPage::newPlan()
{
    show(m_admin);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("newPlanButton")),
                      Qt::LeftButton);
    QPointer<PlanDialog> d = m_view->findChild<PlanDialog *>();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("codeEdit")),
                     QStringLiteral("T-4800"));
    d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("企业年费套餐"));
    auto *carrier = d->findChild<QComboBox *>(QStringLiteral("carrierCombo"));
    carrier->setCurrentIndex(carrier->findData(QStringLiteral("mobile")));
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("feeEdit")), QStringLiteral("4,800"));
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("rateEdit")), QStringLiteral("0.1"));
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("costEdit")),
                     QStringLiteral("2000.5x"));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(d->isVisible()); // not an amount: refused inline
    QVERIFY(d->messageBar()->text().contains(QStringLiteral("\"2000.5x\"")));
    cdtest::typeInto(d->findChild<QLineEdit *>(QStringLiteral("costEdit")),
                     QStringLiteral("2000.5"));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(d.isNull() || !d->isVisible());

    Result<Plan> p = PlanService(*m_db).find(QStringLiteral("T-4800"));
    QVERIFY(p.ok());
    QCOMPARE(p->annualFee.fen(), 480000);
    QCOMPARE(p->perMinute.fen(), 10);
    QCOMPARE(p->carrierCost.fen(), 200050);
    QCOMPARE(p->carrier, QStringLiteral("mobile"));
    QCOMPARE(m_view->selectedPlanCode(), QStringLiteral("T-4800"));
    QCOMPARE(m_view->matrixModel()->missing(), 8);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);

    // A code taken: core's refusal, inline.
    PlanDialog *again = m_view->newPlan();
    cdtest::typeInto(again->findChild<QLineEdit *>(QStringLiteral("codeEdit")),
                     QStringLiteral("T-4800"));
    again->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("x"));
    cdtest::typeInto(again->findChild<QLineEdit *>(QStringLiteral("feeEdit")),
                     QStringLiteral("100"));
    cdtest::typeInto(again->findChild<QLineEdit *>(QStringLiteral("costEdit")),
                     QStringLiteral("50"));
    again->accept();
    QVERIFY(again->isVisible());
    QVERIFY(again->messageBar()->text().contains(QStringLiteral("already exists")));
    again->reject();
}

void TestPricesPage::importsThroughTheRegistry()
{
    cdtest::PrompterGuard guard;
    show(m_admin);
    guard.prompter.fileToOpen = writeFile(
        QStringLiteral("plans.csv"),
        "code,name,carrier,annual_fee_fen,included_minutes,per_minute_fen,carrier_cost_fen\n"
        "P9,Nine,telecom,100000,0,0,50000\n");
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("importPlansButton")),
                      Qt::LeftButton);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QCOMPARE(m_view->planModel()->rowCount(), 4);

    QByteArray rows = "plan,tier,level,price_fen,effective_from\n";
    const char *tiers[] = {"standard", "silver", "gold", "diamond"};
    const int l1[] = {75000, 70000, 65000, 60000};
    const int l2[] = {90000, 85000, 80000, 70000};
    for (int t = 0; t < 4; ++t)
        rows += QStringLiteral("P9,%1,1,%2,2026-01-01\nP9,%1,2,%3,2026-01-01\n")
                    .arg(QLatin1String(tiers[t]))
                    .arg(l1[t])
                    .arg(l2[t])
                    .toUtf8();
    guard.prompter.fileToOpen = writeFile(QStringLiteral("prices.csv"), rows);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("importPricesButton")),
                      Qt::LeftButton);
    QVERIFY2(m_bar->type() == MessageBar::Type::Positive, qPrintable(m_bar->text()));
    QVERIFY(m_bar->text().startsWith(QStringLiteral("8 price")));
    m_view->selectPlan(QStringLiteral("P9"));
    m_view->setDate(QDate(2026, 1, 1));
    QCOMPARE(m_view->matrixModel()->missing(), 0);

    // A file that breaks the chain: nothing imported, every problem shown.
    QVERIFY(
        !m_view->importFile(QStringLiteral("prices"),
                            writeFile(QStringLiteral("bad.csv"),
                                      "plan,tier,level,price_fen,effective_from\n"
                                      "P9,gold,1,50000,2026-05-01\nP9,silver,9,1,2026-05-01\n")));
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY2(m_bar->text().contains(QStringLiteral("bad.csv:3: level:")),
             qPrintable(m_bar->text()));
    QCOMPARE(PriceService(*m_db)
                 .history(PlanService(*m_db).find(QStringLiteral("P9"))->id, Tier::Gold, 1)
                 ->size(),
             1);
}

void TestPricesPage::changeDialogStartsOnTheSelectedCell()
{
    show(m_admin);
    m_view->selectPlan(QStringLiteral("T-1000"));
    m_view->selectCell(Tier::Silver, 2);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("changePriceButton")),
                      Qt::LeftButton);
    QPointer<PriceChangeDialog> d = m_view->findChild<PriceChangeDialog *>();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("tierCombo"))->currentData().toString(),
             QStringLiteral("silver"));
    QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("levelCombo"))->currentData().toInt(), 2);
    const QDate from = QDate::currentDate().addDays(1);
    d->setFrom(from);
    d->setPriceText(QStringLiteral("840"));
    d->accept();
    QTRY_VERIFY(d.isNull() || !d->isVisible());
    m_view->setDate(from);
    QCOMPARE(m_view->matrixModel()
                 ->index(PriceMatrixModel::rowOf(Tier::Silver), PriceMatrixModel::Level2)
                 .data(PriceMatrixModel::PriceFenRole)
                 .toLongLong(),
             84000);
    QCOMPARE(m_view->historyModel()->rowCount(), 2);
    QVERIFY(m_bar->text().contains(QStringLiteral("¥840.00")));
}

void TestPricesPage::pageFactoryBuildsIt()
{
    QWidget host;
    QWidget *page =
        PageFactory::create(Area::Prices, PageContext{m_db.get(), m_admin, nullptr}, &host);
    QVERIFY(qobject_cast<PricesPage *>(page));
    QCOMPARE(page->findChild<QTabWidget *>(QStringLiteral("pricesTabs"))->count(), 2);
}

QTEST_MAIN(TestPricesPage)
#include "tst_PricesPage.moc"
