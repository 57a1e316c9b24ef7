// The quarterly evaluation screen (§2.4): pick a quarter, evaluate, read each
// agent's completion as a bar ("no task" without a division), approve or
// decline proposed promotions (audited by core), refusals in the message bar.

#include "GuiTestSupport.h"

#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "audit/AuditLog.h"
#include "contracts/ContractService.h"
#include "pricing/CompletionBarDelegate.h"
#include "pricing/EvaluationModel.h"
#include "pricing/EvaluationView.h"
#include "pricing/PricesPage.h"
#include "storage/SqlQuery.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestEvaluationView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void evaluatesAQuarter();
    void completionIsDrawnAsABar();
    void approveAndDecline();
    void refusalsShowInTheMessageBar();
    void auditorsOnlyRead();
    void previousQuarter();

private:
    Agent agent(const QString &name, const char *serial, int level = 1, const QString &parent = {});
    void contract(const Agent &a, const std::array<int, 4> &tasks);
    void activate(const Agent &a, int count, const QDate &from);
    void show(const Actor &actor);
    void selectAgent(const Agent &a);
    void shoot(QWidget *w, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    PricesPage *m_page = nullptr;
    EvaluationView *m_view = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
    const Actor m_manager{QStringLiteral("li.na"), Role::Manager};
    const Quarter m_q3{2026, 3};
    Agent m_alpha, m_beta, m_gamma, m_delta;
    int m_number = 0;
};

void TestEvaluationView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

Agent TestEvaluationView::agent(const QString &name, const char *serial, int level,
                                const QString &parent)
{
    const QString first17 = QStringLiteral("91310115MA") + QLatin1String(serial);
    AgentInput in;
    in.name = name;
    in.uscc = first17 + Uscc::checkCharacter(first17);
    in.level = level;
    in.parentUscc = parent;
    Result<Agent> a = AgentService(*m_db).create(m_manager, in);
    if (!a)
        qFatal("%s", qPrintable(a.error().text()));
    return *a;
}

void TestEvaluationView::contract(const Agent &a, const std::array<int, 4> &tasks)
{
    Result<Contract> c = ContractService(*m_db).create(m_manager, a.uscc, 2026, tasks,
                                                       QDate(2026, 1, 1), QDate(2026, 7, 1));
    QVERIFY2(c.ok(), qPrintable(c.error().text()));
}

void TestEvaluationView::activate(const Agent &a, int count, const QDate &from)
{
    for (int i = 0; i < count; ++i) {
        SqlQuery q(*m_db,
                   QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, agent_id,"
                                  " activated_on, created_at) VALUES (:n, 'telecom', 'normal',"
                                  " 'active', :a, :d, '2026-07-01T00:00:00Z')"));
        q.bind(QStringLiteral(":n"),
               QStringLiteral("400600%1").arg(++m_number, 4, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":a"), a.id)
            .bind(QStringLiteral(":d"), from.addDays(i).toString(Qt::ISODate));
        QVERIFY(q.exec().ok());
    }
}

void TestEvaluationView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_number = 0;
    // Q3: Alpha 2 + its sub-agent Beta's 4 = 6 of 5 (120 %); Beta 4 of 4 (100 %);
    // Gamma has a zero task; Delta 3 of 2 (150 %).
    m_alpha = agent(QStringLiteral("上海启航通信有限公司"), "01AAAA1");
    contract(m_alpha, {{3, 3, 5, 5}});
    m_beta = agent(QStringLiteral("杭州远声科技有限公司"), "01AAAA2", 2, m_alpha.uscc);
    contract(m_beta, {{2, 2, 4, 4}});
    m_gamma = agent(QStringLiteral("南京新界信息服务有限公司"), "01AAAA3");
    contract(m_gamma, {{0, 0, 0, 0}});
    m_delta = agent(QStringLiteral("苏州汇达网络有限公司"), "01AAAA4");
    contract(m_delta, {{2, 2, 2, 2}});
    activate(m_alpha, 2, QDate(2026, 7, 10));
    activate(m_beta, 4, QDate(2026, 8, 3));
    activate(m_gamma, 1, QDate(2026, 9, 1));
    activate(m_delta, 3, QDate(2026, 9, 20));
    activate(m_delta, 1, QDate(2026, 10, 2)); // Q4: not counted
}

void TestEvaluationView::show(const Actor &actor)
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new PricesPage(PageContext{m_db.get(), actor, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_page->showEvaluation();
    m_view = m_page->evaluationView();
    m_host->resize(1280, 640);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_view->setQuarter(m_q3);
}

void TestEvaluationView::selectAgent(const Agent &a)
{
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("evaluationTable"));
    const int row = m_view->model()->rowOfAgent(a.uscc);
    QVERIFY(row >= 0);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {},
        table->visualRect(m_view->model()->index(row, EvaluationModel::AgentCode)).center());
}

void TestEvaluationView::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEvaluationView::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(50); // let posted layout requests run
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestEvaluationView::evaluatesAQuarter()
{
    show(m_manager);
    QAbstractItemModelTester tester(m_view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    EvaluationModel *m = m_view->model();
    QCOMPARE(m_view->findChild<QSpinBox *>(QStringLiteral("yearSpin"))->value(), 2026);
    QCOMPARE(m_view->findChild<QComboBox *>(QStringLiteral("quarterCombo"))->currentData().toInt(),
             3);
    QCOMPARE(m->rowCount(), 0);
    QVERIFY(
        m_view->findChild<QLabel *>(QStringLiteral("evaluationTableEmpty"))->isVisibleTo(m_view));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("evaluationSummary"))
                ->text()
                .contains(QStringLiteral("Not evaluated")));

    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("evaluateButton")),
                      Qt::LeftButton);
    QCOMPARE(m->rowCount(), 4);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY2(m_bar->text().contains(QStringLiteral("2 promotion")), qPrintable(m_bar->text()));

    const int a = m->rowOfAgent(m_alpha.uscc);
    QCOMPARE(m->index(a, EvaluationModel::Task).data().toInt(), 5);
    QCOMPARE(m->index(a, EvaluationModel::Activations).data().toInt(), 6); // with Beta's
    QCOMPARE(m->index(a, EvaluationModel::Completion).data().toString(), QStringLiteral("120 %"));
    QCOMPARE(m->index(a, EvaluationModel::Completion).data(EvaluationModel::CompletionRole).toInt(),
             120);
    QCOMPARE(m->index(a, EvaluationModel::CurrentTier).data().toString(),
             tierDisplayName(Tier::Standard));
    QCOMPARE(m->index(a, EvaluationModel::ProposedTier).data().toString(),
             tierDisplayName(Tier::Silver));
    QCOMPARE(m->index(a, EvaluationModel::State).data().toString(), QStringLiteral("Proposed"));
    const int b = m->rowOfAgent(m_beta.uscc);
    QCOMPARE(m->index(b, EvaluationModel::Completion).data().toString(), QStringLiteral("100 %"));
    QVERIFY(m->index(b, EvaluationModel::ProposedTier).data().toString().isEmpty());
    // No task: shown, never divided.
    const int g = m->rowOfAgent(m_gamma.uscc);
    QCOMPARE(m->index(g, EvaluationModel::Completion).data().toString(), QStringLiteral("no task"));
    QVERIFY(
        !m->index(g, EvaluationModel::Completion).data(EvaluationModel::CompletionRole).isValid());
    QCOMPARE(m->index(g, EvaluationModel::Activations).data().toInt(), 1);
    QCOMPARE(m->index(g, EvaluationModel::Task).data().toString(), QStringLiteral("—"));
    QCOMPARE(m->index(m->rowOfAgent(m_delta.uscc), EvaluationModel::Activations).data().toInt(), 3);

    // Another quarter has nothing until evaluated; back to Q3 the lines are stored.
    m_view->findChild<QComboBox *>(QStringLiteral("quarterCombo"))->setCurrentIndex(3);
    QCOMPARE(m_view->quarter().key(), QStringLiteral("2026Q4"));
    QCOMPARE(m->rowCount(), 0);
    m_view->setQuarter(m_q3);
    QCOMPARE(m->rowCount(), 4);
}

void TestEvaluationView::completionIsDrawnAsABar()
{
    show(m_manager);
    QVERIFY(m_view->evaluate());
    QCOMPARE(m_view->delegate()->threshold(), 120);
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("evaluationTable"));
    table->clearSelection();
    table->setColumnWidth(EvaluationModel::Completion, 240);
    QApplication::processEvents();
    const QImage image = table->viewport()->grab().toImage();
    // Counts the bar's green (at or above the threshold) and blue (below) pixels in a row's cell.
    auto count = [&](const Agent &a, QRgb colour) {
        const QRect cell = table->visualRect(m_view->model()->index(
            m_view->model()->rowOfAgent(a.uscc), EvaluationModel::Completion));
        const QRect px(cell.topLeft() * image.devicePixelRatio(),
                       cell.size() * image.devicePixelRatio());
        int n = 0;
        for (int y = px.top(); y <= px.bottom(); ++y)
            for (int x = px.left(); x <= px.right(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
        return n;
    };
    const QRgb green = qRgb(0x16, 0xa3, 0x4a);
    const QRgb blue = qRgb(0x25, 0x63, 0xeb);
    QVERIFY(count(m_alpha, green) > 50); // 120 %: reached
    QCOMPARE(count(m_alpha, blue), 0);
    QVERIFY(count(m_beta, blue) > 50); // 100 %: below the threshold
    QCOMPARE(count(m_beta, green), 0);
    QCOMPARE(count(m_gamma, green) + count(m_gamma, blue), 0); // no task, no bar
    // The bar grows with completion: 150 % fills more than 100 %.
    QVERIFY(count(m_delta, green) > count(m_beta, blue));
    selectAgent(m_alpha);
    shoot(m_host.get(), QStringLiteral("evaluation-bars"));
}

void TestEvaluationView::approveAndDecline()
{
    show(m_manager);
    QVERIFY(m_view->evaluate());
    auto *approve = m_view->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *decline = m_view->findChild<QPushButton *>(QStringLiteral("declineButton"));
    QVERIFY(!approve->isEnabled());
    selectAgent(m_beta); // no proposal
    QVERIFY(!approve->isEnabled() && !decline->isEnabled());
    selectAgent(m_alpha);
    QVERIFY(approve->isEnabled() && decline->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);

    EvaluationModel *m = m_view->model();
    const int a = m->rowOfAgent(m_alpha.uscc);
    QCOMPARE(m->index(a, EvaluationModel::State).data().toString(),
             QStringLiteral("Approved, from 2026-10-01"));
    QCOMPARE(m->index(a, EvaluationModel::State).data(EvaluationModel::StatusKeyRole).toString(),
             QStringLiteral("approved"));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY2(m_bar->text().contains(QStringLiteral("2026-10-01")), qPrintable(m_bar->text()));
    QVERIFY(!approve->isEnabled()); // decided once
    AgentService agents(*m_db);
    QCOMPARE(*agents.tierOn(m_alpha.id, QDate(2026, 9, 30)), Tier::Standard);
    QCOMPARE(*agents.tierOn(m_alpha.id, QDate(2026, 10, 1)), Tier::Silver);

    selectAgent(m_delta);
    QTest::mouseClick(decline, Qt::LeftButton);
    const int d = m->rowOfAgent(m_delta.uscc);
    QCOMPARE(m->index(d, EvaluationModel::State).data().toString(), QStringLiteral("Declined"));
    QCOMPARE(AgentService(*m_db).find(m_delta.uscc)->tier, Tier::Standard);

    // Both decisions are in the audit log, by the manager, under §2.4.
    for (const char *action : {"tier.approve", "tier.decline"}) {
        AuditFilter f;
        f.text = QLatin1String(action);
        Result<QVector<AuditEntry>> entries = AuditLog::page(*m_db, f, 0, 10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().userName, m_manager.userName);
        QCOMPARE(entries->first().clause, QStringLiteral("§2.4"));
    }
    // Evaluating again keeps both decisions.
    QVERIFY(m_view->evaluate());
    QCOMPARE(m->index(m->rowOfAgent(m_alpha.uscc), EvaluationModel::State)
                 .data(EvaluationModel::StatusKeyRole)
                 .toString(),
             QStringLiteral("approved"));
    QCOMPARE(m->index(m->rowOfAgent(m_delta.uscc), EvaluationModel::State)
                 .data(EvaluationModel::StatusKeyRole)
                 .toString(),
             QStringLiteral("declined"));
}

void TestEvaluationView::refusalsShowInTheMessageBar()
{
    show(m_manager);
    QVERIFY(m_view->evaluate());
    selectAgent(m_alpha);
    // Decided elsewhere meanwhile (another window, the CLI): the service refuses.
    const qint64 id = m_view->model()
                          ->index(m_view->model()->rowOfAgent(m_alpha.uscc), 0)
                          .data(EvaluationModel::ProposalIdRole)
                          .toLongLong();
    QVERIFY(QuarterlyEvaluation(*m_db).decline(m_manager, id).ok());
    QVERIFY(!m_view->approveSelected());
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY2(m_bar->text().contains(QStringLiteral("§2.4")), qPrintable(m_bar->text()));
    // The screen now shows what is stored.
    QCOMPARE(m_view->model()
                 ->index(m_view->model()->rowOfAgent(m_alpha.uscc), EvaluationModel::State)
                 .data()
                 .toString(),
             QStringLiteral("Declined"));
}

void TestEvaluationView::auditorsOnlyRead()
{
    QVERIFY(QuarterlyEvaluation(*m_db).evaluate(m_manager, m_q3).ok());
    show(Actor{QStringLiteral("qian"), Role::Auditor});
    for (const char *name : {"evaluateButton", "approveButton", "declineButton"})
        QVERIFY(!m_view->findChild<QPushButton *>(QLatin1String(name))->isVisibleTo(m_view));
    QCOMPARE(m_view->model()->rowCount(), 4); // the stored lines are readable
    QVERIFY(!m_view->evaluate());
}

void TestEvaluationView::previousQuarter()
{
    QCOMPARE(EvaluationView::previousQuarter(QDate(2026, 11, 25)).key(), QStringLiteral("2026Q3"));
    QCOMPARE(EvaluationView::previousQuarter(QDate(2026, 2, 1)).key(), QStringLiteral("2025Q4"));
    QCOMPARE(EvaluationView::previousQuarter(QDate(2026, 4, 1)).key(), QStringLiteral("2026Q1"));
}

QTEST_MAIN(TestEvaluationView)
#include "tst_EvaluationView.moc"
