// A channel manager's day (issue 8), end to end through the real widgets of
// the main window on a demo database: signing in, the dashboard, the review queue, an
// activation, a payment, the quarterly evaluation, a global price cut (as
// admin), a printed contract, a spot check finding fraud and the agent put
// under supervision, a takeover after a
// termination, the renewals export, the quick search, a customer's details
// corrected and the correction undone with Ctrl+Z, and the list of keyboard
// shortcuts. Each step asserts
// what the screen shows and what the database holds. The steps run in order
// on one shared database; each builds on what the earlier ones wrote.
//
// With CHANNELDESK_SCREENSHOT_DIR set, each main screen is saved at 1440×900
// in the language CHANNELDESK_LANG selects; the assertions compare against
// translated strings or the database only, so they hold in any language.

#include "GuiTestSupport.h"

#include "agents/AgentCustomersModel.h"
#include "agents/AgentDetailPage.h"
#include "compliance/ViolationListModel.h"
#include "agents/AgentsPage.h"
#include "compliance/TakeoverDialog.h"
#include "compliance/ClassifyDialog.h"
#include "contracts/ContractListModel.h"
#include "contracts/ContractsPage.h"
#include "contracts/TerminationDialog.h"
#include "customers/CustomerDetailPage.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerPicker.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardQuery.h"
#include "dashboard/StatCard.h"
#include "demo/DemoGenerator.h"
#include "numbers/ActivationDialog.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumbersPage.h"
#include "numbers/PaymentDialog.h"
#include "pricing/CutPreviewModel.h"
#include "pricing/EvaluationModel.h"
#include "pricing/EvaluationView.h"
#include "pricing/PlanPricesView.h"
#include "pricing/PriceCutDialog.h"
#include "pricing/PricesPage.h"
#include "printouts/PrintMenu.h"
#include "reports/ReportPreviewModel.h"
#include "reports/ReportsPage.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewListModel.h"
#include "reviews/ReviewQueuePage.h"
#include "reviews/SpotCheckPanel.h"
#include "search/GlobalSearch.h"
#include "settings/Parameters.h"
#include "settings/ProviderPanel.h"
#include "shell/AppController.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/QuickSearch.h"
#include "shell/ShortcutsDialog.h"
#include "storage/SqlQuery.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace cd;

class TestChannelManagerDay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signsIn();
    void dashboardShowsTheDatabaseFigures();
    void reviewQueueDecidesAQualification();
    void activatesANumberForAnApprovedCustomer();
    void recordsAPayment();
    void evaluatesTheQuarterAndApprovesAPromotion();
    void adminCutsEveryPlansPrices();
    void printsAContractAsPdf();
    void spotCheckFindsFraud();
    void takesOverATerminatedAgentsCustomers();
    void exportsTheRenewalsReport();
    void quickSearchFindsAnAgent();
    void editsACustomerAndUndoes();
    void listsTheKeyboardShortcuts();

private:
    QVariant scalar(const QString &sql, const QVariantMap &binds = {});
    MainWindow *adminWindow();
    template <typename T> T *open(MainWindow *window, Area area);
    void shoot(MainWindow *window, const QString &name);
    template <typename T> T *waitForTopLevel(const QString &objectName);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_language;
    QString m_shots;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<cdtest::PrompterGuard> m_prompts;
    Actor m_admin;
    Actor m_manager;
    QDate m_today;
    std::unique_ptr<MainWindow> m_window;      // the manager's
    std::unique_ptr<MainWindow> m_adminWindow; // for the admin-only steps
    QString m_activated;                       // the number step 3 activated
};

void TestChannelManagerDay::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    m_language = AppController::startupLanguage();
    Localization::install(m_language);
    m_shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
    m_today = QDate::currentDate();

    m_db = cdtest::openDatabase(m_dir.filePath(QStringLiteral("day.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    Result<User> mia = UserService(*m_db).create(m_admin, QStringLiteral("mia"), Role::Manager,
                                                 QStringLiteral("manager-pass-9"));
    QVERIFY2(mia.ok(), mia ? "" : qPrintable(mia.error().text()));

    DemoOptions options;
    options.agents = 20;
    options.customers = 300;
    options.numbers = 1500;
    options.seed = 20261;
    options.today = m_today;
    Result<DemoCounts> counts = DemoGenerator(*m_db).generate(m_admin, options);
    QVERIFY2(counts.ok(), counts ? "" : qPrintable(counts.error().text()));
    QCOMPARE(counts->agents, 20);
    QCOMPARE(counts->numbers, 1500);

    m_prompts = std::make_unique<cdtest::PrompterGuard>();
}

// 0. The day starts at the sign-in dialog: a wrong password is refused in the
// dialog, which stays open; the right one signs the manager in and the main
// window opens in the manager's name.
void TestChannelManagerDay::signsIn()
{
    LoginDialog login(*m_db);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    auto *user = login.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
    auto *password = login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(user && password);
    cdtest::typeInto(user, QStringLiteral("mia"));
    cdtest::typeInto(password, QStringLiteral("not-her-password"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(login.isVisible());
    QVERIFY(login.result() != QDialog::Accepted);
    QVERIFY(!login.messageBar()->text().isEmpty());

    password->clear();
    cdtest::typeInto(password, QStringLiteral("manager-pass-9"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(login.result(), int(QDialog::Accepted));
    m_manager = login.actor();
    QCOMPARE(m_manager.role, Role::Manager);
    QCOMPARE(m_manager.userName, QStringLiteral("mia"));

    m_window = std::make_unique<MainWindow>(*m_db, m_manager);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentArea(), Area::Dashboard);
}

void TestChannelManagerDay::cleanupTestCase()
{
    m_adminWindow.reset();
    m_window.reset();
    m_prompts.reset();
    m_db.reset();
    Localization::install(QStringLiteral("en"));
}

QVariant TestChannelManagerDay::scalar(const QString &sql, const QVariantMap &binds)
{
    SqlQuery q(*m_db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    Result<QVariant> v = q.scalar();
    if (!v)
        qWarning("%s", qPrintable(v.error().text()));
    return v ? *v : QVariant();
}

MainWindow *TestChannelManagerDay::adminWindow()
{
    if (!m_adminWindow) {
        m_adminWindow = std::make_unique<MainWindow>(*m_db, m_admin);
        m_adminWindow->resize(1440, 900);
        m_adminWindow->show();
        if (!QTest::qWaitForWindowExposed(m_adminWindow.get()))
            return nullptr;
    }
    return m_adminWindow.get();
}

template <typename T> T *TestChannelManagerDay::open(MainWindow *window, Area area)
{
    window->showArea(area);
    if (window->currentArea() != area)
        return nullptr;
    return qobject_cast<T *>(window->page(area));
}

template <typename T> T *TestChannelManagerDay::waitForTopLevel(const QString &objectName)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        found = cdtest::topLevel<T>(objectName);
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

void TestChannelManagerDay::shoot(MainWindow *window, const QString &name)
{
    if (m_shots.isEmpty())
        return;
    QTest::qWait(50); // let posted layout requests run
    const QImage image = window->grab().toImage();
    QVERIFY(image.save(QDir(m_shots).filePath(m_language + QStringLiteral("-day-") + name
                                              + QStringLiteral(".png"))));
}

// 1. The dashboard, loaded after its first paint, shows DashboardQuery's figures.
void TestChannelManagerDay::dashboardShowsTheDatabaseFigures()
{
    auto *page = open<DashboardPage>(m_window.get(), Area::Dashboard);
    QVERIFY(page);
    Result<DashboardFigures> expected = DashboardQuery(*m_db).load(m_today);
    QVERIFY(expected.ok());
    QVERIFY(expected->numbersTotal == 1500);
    QTRY_COMPARE(page->figures().asOf, m_today);
    QTRY_COMPARE(page->figures().numbersTotal, expected->numbersTotal);
    const DashboardFigures &shown = page->figures();
    for (const StatusCount &s : expected->numbersByStatus)
        QCOMPARE(shown.countOf(s.status), s.count);
    QCOMPARE(shown.overdueRenewals, expected->overdueRenewals);
    QCOMPARE(shown.atRisk.numbers, expected->atRisk.numbers);
    QCOMPARE(shown.openReviews(), expected->openReviews());
    QCOMPARE(shown.violations.open, expected->violations.open);
    QCOMPARE(shown.completion.size(), expected->completion.size());

    // The cards say the same.
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("activeCard"))->value(),
             Format::count(expected->countOf(NumberStatus::Active)));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("atRiskCard"))->value(),
             Format::count(expected->atRisk.numbers));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("overdueCard"))->value(),
             Format::count(expected->overdueRenewals));
    QCOMPARE(page->findChild<StatCard *>(QStringLiteral("violationsCard"))->value(),
             Format::count(expected->violations.open));
    // And the database agrees with the query on the plainest figure.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE status = 'active'"))
                 .toLongLong(),
             shown.countOf(NumberStatus::Active));
    shoot(m_window.get(), QStringLiteral("01-dashboard"));
}

// 2. The review queue: the oldest pending qualification is rejected with a reason.
void TestChannelManagerDay::reviewQueueDecidesAQualification()
{
    auto *page = open<ReviewQueuePage>(m_window.get(), Area::Reviews);
    QVERIFY(page);
    const qint64 open = scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE kind ="
                                              " 'qualification' AND status = 'open'"))
                            .toLongLong();
    QVERIFY2(open > 0, "the demo has pending qualification reviews");
    QCOMPARE(qint64(page->queue()->rowCount()), open);
    shoot(m_window.get(), QStringLiteral("02-reviews"));

    const Review review = *page->queue()->review(0);
    QVERIFY(page->selectCustomer(review.customerUscc));
    QualificationPanel *panel = page->qualificationPanel();
    QCOMPARE(panel->customer().uscc, review.customerUscc);
    auto *reject = panel->findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QVERIFY(!reject->isEnabled()); // a reason first
    const QString reason = QStringLiteral("The licence copy is unreadable and expired.");
    cdtest::typeInto(panel->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), reason);
    QVERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);

    const QVariantMap id{{QStringLiteral(":id"), review.id}};
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM reviews WHERE id = :id"), id).toString(),
             QStringLiteral("closed"));
    QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM reviews WHERE id = :id"), id).toString(),
             QStringLiteral("rejected"));
    QCOMPARE(scalar(QStringLiteral("SELECT reason FROM reviews WHERE id = :id"), id).toString(),
             reason);
    QCOMPARE(scalar(QStringLiteral("SELECT qualification FROM customers WHERE id = :c"),
                    {{QStringLiteral(":c"), review.customerId}})
                 .toString(),
             QStringLiteral("rejected"));
    // The decided review has left the queue.
    QCOMPARE(qint64(page->queue()->rowCount()), open - 1);
    for (int r = 0; r < page->queue()->rowCount(); ++r)
        QVERIFY(page->queue()->review(r)->id != review.id);
}

// 3. An available number activated for an approved customer through the dialog.
void TestChannelManagerDay::activatesANumberForAnApprovedCustomer()
{
    auto *page = open<NumbersPage>(m_window.get(), Area::Numbers);
    QVERIFY(page);
    m_activated = scalar(QStringLiteral("SELECT number FROM numbers WHERE status = 'available'"
                                        " AND grade = 'normal' ORDER BY number LIMIT 1"))
                      .toString();
    QVERIFY(!m_activated.isEmpty());
    // An approved customer the developing agent still serves, under an active contract.
    const QString uscc =
        scalar(QStringLiteral("SELECT c.uscc FROM customers c WHERE c.qualification = 'approved'"
                              " AND c.taken_over_on IS NULL AND EXISTS (SELECT 1 FROM contracts k"
                              "  WHERE k.agent_id = c.agent_id AND k.status = 'active')"
                              " ORDER BY c.id LIMIT 1"))
            .toString();
    QVERIFY(!uscc.isEmpty());

    page->selectNumber(m_activated);
    auto *activate = page->findChild<QPushButton *>(QStringLiteral("activateButton"));
    QVERIFY(activate->isEnabled());
    QTest::mouseClick(activate, Qt::LeftButton);
    QPointer<ActivationDialog> dialog =
        waitForTopLevel<ActivationDialog>(QStringLiteral("activationDialog"));
    QVERIFY(dialog);
    cdtest::typeInto(
        dialog->customerPicker()->findChild<QLineEdit *>(QStringLiteral("customerSearchEdit")),
        uscc);
    QTRY_COMPARE(dialog->customerPicker()->currentUscc(), uscc);
    // The cheapest plan the demo offers that the number may take: the first
    // that leaves nothing to explain.
    auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("planCombo"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(plan->count() > 0);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("destinationsEdit"))
        ->setPlainText(QStringLiteral("138 1234 5678"));
    dialog->findChild<QSpinBox *>(QStringLiteral("monthsSpin"))->setValue(12);
    bool enabled = false;
    for (int i = 0; i < plan->count() && !enabled; ++i) {
        plan->setCurrentIndex(i);
        enabled = QTest::qWaitFor([&] { return ok->isEnabled(); }, 2000);
    }
    QVERIFY2(enabled, qPrintable(dialog->blockers().join(QLatin1Char('\n'))));
    if (!m_shots.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(QDir(m_shots).filePath(
            m_language + QStringLiteral("-day-03-activation-dialog.png"))));
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    const QDate paidThrough = m_today.addMonths(12).addDays(-1);
    const QVariantMap n{{QStringLiteral(":n"), m_activated}};
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM numbers WHERE number = :n"), n).toString(),
             QStringLiteral("active"));
    QCOMPARE(scalar(QStringLiteral("SELECT paid_through FROM numbers WHERE number = :n"), n)
                 .toString(),
             paidThrough.toString(Qt::ISODate));
    QCOMPARE(scalar(QStringLiteral("SELECT c.uscc FROM numbers n JOIN customers c"
                                   " ON c.id = n.customer_id WHERE n.number = :n"),
                    n)
                 .toString(),
             uscc);
    // The table shows it active.
    NumberListModel *model = page->model();
    const int row = model->rowOf(m_activated);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, NumberListModel::PaidThrough).data().toString(),
             paidThrough.toString(Qt::ISODate));
    shoot(m_window.get(), QStringLiteral("03-numbers"));
}

// 4. A payment for the number just activated moves its paid-through date.
void TestChannelManagerDay::recordsAPayment()
{
    QVERIFY(!m_activated.isEmpty());
    auto *page = open<NumbersPage>(m_window.get(), Area::Numbers);
    QVERIFY(page);
    const QVariantMap n{{QStringLiteral(":n"), m_activated}};
    const QDate before = QDate::fromString(
        scalar(QStringLiteral("SELECT paid_through FROM numbers WHERE number = :n"), n).toString(),
        Qt::ISODate);
    QVERIFY(before.isValid());
    const qint64 payments =
        scalar(QStringLiteral("SELECT COUNT(*) FROM payments p JOIN numbers n ON n.id ="
                              " p.number_id WHERE n.number = :n"),
               n)
            .toLongLong();

    page->selectNumber(m_activated);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("paymentButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<PaymentDialog> dialog = waitForTopLevel<PaymentDialog>(QStringLiteral("paymentDialog"));
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("monthsSpin"))->setValue(6);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    // §2.10 six months from the old paid-through date.
    const QDate after = before.addDays(1).addMonths(6).addDays(-1);
    QCOMPARE(scalar(QStringLiteral("SELECT paid_through FROM numbers WHERE number = :n"), n)
                 .toString(),
             after.toString(Qt::ISODate));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payments p JOIN numbers n ON n.id ="
                                   " p.number_id WHERE n.number = :n"),
                    n)
                 .toLongLong(),
             payments + 1);
    const int row = page->model()->rowOf(m_activated);
    QCOMPARE(page->model()->index(row, NumberListModel::PaidThrough).data().toString(),
             after.toString(Qt::ISODate));
}

// 5. The quarterly evaluation of the last quarter, and a proposal approved.
void TestChannelManagerDay::evaluatesTheQuarterAndApprovesAPromotion()
{
    auto *page = open<PricesPage>(m_window.get(), Area::Prices);
    QVERIFY(page);
    page->showEvaluation();
    EvaluationView *view = page->evaluationView();
    QVERIFY(view->isVisible());
    const Quarter quarter = EvaluationView::previousQuarter(m_today);
    QCOMPARE(view->quarter().year, quarter.year);
    QCOMPARE(view->quarter().number, quarter.number);

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("evaluateButton")),
                      Qt::LeftButton);
    EvaluationModel *model = view->model();
    const QString key = quarter.key();
    const qint64 stored =
        scalar(QStringLiteral("SELECT COUNT(*) FROM tier_proposals WHERE quarter = :q"),
               {{QStringLiteral(":q"), key}})
            .toLongLong();
    QVERIFY2(stored > 0, qPrintable(key));
    QCOMPARE(qint64(model->rowCount()), stored);
    const qint64 proposed =
        scalar(QStringLiteral("SELECT COUNT(*) FROM tier_proposals WHERE quarter = :q"
                              " AND status = 'proposed'"),
               {{QStringLiteral(":q"), key}})
            .toLongLong();
    QCOMPARE(qint64(model->openProposals()), proposed);
    qInfo("%s: %lld agents evaluated, %lld promotions proposed", qPrintable(key), stored, proposed);
    shoot(m_window.get(), QStringLiteral("05-evaluation"));

    auto *approve = view->findChild<QPushButton *>(QStringLiteral("approveButton"));
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->index(r, 0).data(EvaluationModel::StatusKeyRole).toString()
            == QLatin1String("proposed"))
            row = r;
    }
    // The demo sizes tasks to the agents' activations (core/tst_demo), so the
    // quarter before any day has a promotion to approve.
    QVERIFY2(row >= 0, qPrintable(key));
    QVERIFY(proposed > 0);
    const Performance line = *model->line(row);
    view->selectAgent(line.agentUscc);
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM tier_proposals WHERE id = :id"),
                    {{QStringLiteral(":id"), line.proposalId}})
                 .toString(),
             QStringLiteral("approved"));
    const int shown = model->rowOfAgent(line.agentUscc);
    QCOMPARE(model->index(shown, 0).data(EvaluationModel::StatusKeyRole).toString(),
             QStringLiteral("approved"));
    QCOMPARE(model->openProposals(), int(proposed - 1));
}

// 6. A global cut of every plan's prices, as admin, through the cut dialog.
void TestChannelManagerDay::adminCutsEveryPlansPrices()
{
    MainWindow *window = adminWindow();
    QVERIFY(window);
    auto *page = open<PricesPage>(window, Area::Prices);
    QVERIFY(page);
    page->tabs()->setCurrentWidget(page->plansView());
    PlanPricesView *view = page->plansView();
    auto *cut = view->findChild<QPushButton *>(QStringLiteral("globalCutButton"));
    QVERIFY(cut && cut->isEnabled());
    QTest::mouseClick(cut, Qt::LeftButton);
    QPointer<PriceCutDialog> dialog = view->findChild<PriceCutDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    const QDate from = m_today.addDays(1);
    const QString reason = QStringLiteral("Year-end promotion");
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("percentEdit")),
                     QStringLiteral("3"));
    auto *plans = dialog->findChild<QComboBox *>(QStringLiteral("planCombo"));
    QVERIFY(plans);
    plans->setCurrentIndex(0); // "Every active plan"
    QVERIFY(plans->currentData().toString().isEmpty());
    dialog->findChild<QDateEdit *>(QStringLiteral("fromEdit"))->setDate(from);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), reason);
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
    QTRY_VERIFY(apply->isEnabled());
    const int lines = dialog->previewModel()->rowCount();
    const qint64 activePlans =
        scalar(QStringLiteral("SELECT COUNT(*) FROM plans WHERE active = 1")).toLongLong();
    QVERIFY(activePlans > 0);
    QCOMPARE(qint64(lines), activePlans * 8); // four tiers × two levels per plan
    if (!m_shots.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QDir(m_shots).filePath(m_language + QStringLiteral("-day-06-price-cut.png"))));
    }
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    // Core stores a cut as reason 'cut' with the typed reason as its reference.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM prices WHERE effective_from = :f"
                                   " AND reason = 'cut' AND reference = :r"),
                    {{QStringLiteral(":f"), from.toString(Qt::ISODate)},
                     {QStringLiteral(":r"), reason}})
                 .toLongLong(),
             qint64(lines));
    // Three per cent off, rounded down to the fen, for one price of each plan.
    const qint64 planId = scalar(QStringLiteral("SELECT id FROM plans WHERE active = 1"
                                                " ORDER BY id LIMIT 1"))
                              .toLongLong();
    auto priceOn = [&](const QDate &day) {
        return scalar(QStringLiteral("SELECT price_fen FROM prices WHERE plan_id = :p AND tier ="
                                     " 'standard' AND level = 1 AND effective_from <= :d"
                                     " ORDER BY effective_from DESC, id DESC LIMIT 1"),
                      {{QStringLiteral(":p"), planId},
                       {QStringLiteral(":d"), day.toString(Qt::ISODate)}})
            .toLongLong();
    };
    const qint64 old = priceOn(m_today);
    QCOMPARE(priceOn(from), old * 97 / 100);
    shoot(window, QStringLiteral("06-prices"));
}

// 7. The Contracts page's Print menu saves the selected contract as PDF. A
// document names its issuer: the admin renames the demo's provider first
// under Settings › Provider.
void TestChannelManagerDay::printsAContractAsPdf()
{
    MainWindow *admin = adminWindow();
    QVERIFY(admin);
    auto *settings = open<QWidget>(admin, Area::Settings);
    QVERIFY(settings);
    auto *provider = settings->findChild<ProviderPanel *>();
    QVERIFY(provider);
    auto *tabs = settings->findChild<QTabWidget *>();
    if (tabs && tabs->indexOf(provider) >= 0)
        tabs->setCurrentWidget(provider);
    auto *name = provider->findChild<QLineEdit *>(QStringLiteral("providerName"));
    auto *saveProvider = provider->findChild<QPushButton *>(QStringLiteral("saveProviderButton"));
    QVERIFY(name && saveProvider);
    QCOMPARE(name->text(), ProviderProfile(*m_db).load()->name); // the demo's provider
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("华通信息技术有限公司"));
    QCoreApplication::sendEvent(name, &typed);
    QVERIFY(saveProvider->isEnabled());
    QTest::mouseClick(saveProvider, Qt::LeftButton);
    QCOMPARE(ProviderProfile(*m_db).load()->name, QStringLiteral("华通信息技术有限公司"));
    shoot(admin, QStringLiteral("07-settings-provider"));

    auto *page = open<ContractsPage>(m_window.get(), Area::Contracts);
    QVERIFY(page);
    QVERIFY(page->model()->rowCount() > 0);
    const QString number = page->model()->contract(0)->number;
    page->selectContract(number);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("printContractButton"));
    QVERIFY(button->isEnabled());
    QCOMPARE(button->menu(), page->printMenu());
    const QString out = m_dir.filePath(QStringLiteral("contract.pdf"));
    m_prompts->prompter.fileToSave = out;
    auto *save = page->printMenu()->findChild<QAction *>(QStringLiteral("savePdfAction"));
    QVERIFY(save && save->isEnabled());
    save->trigger();
    m_prompts->prompter.fileToSave.clear();
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_window->messageBar()->text()));
    QVERIFY(file.size() > 1000);
    QVERIFY(file.read(5).startsWith("%PDF-"));
    shoot(m_window.get(), QStringLiteral("07-contracts"));
}

// 8. A spot check finds fraud: the customer's numbers blocked, a violation case
// opened against its agent, and the case shown in the agent's supervision (the
// Violations area).
void TestChannelManagerDay::spotCheckFindsFraud()
{
    auto *page = open<ReviewQueuePage>(m_window.get(), Area::Reviews);
    QVERIFY(page);
    page->tabs()->setCurrentIndex(1); // Spot checks
    SpotCheckPanel *panel = page->spotCheckPanel();
    QVERIFY(panel->isVisible());
    panel->findChild<QSpinBox *>(QStringLiteral("sizeSpin"))->setValue(3);
    cdtest::typeInto(panel->findChild<QLineEdit *>(QStringLiteral("seedEdit")),
                     QStringLiteral("808"));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("planButton")),
                      Qt::LeftButton);
    ReviewListModel *checks = panel->openChecks();
    QVERIFY(checks->rowCount() > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE kind = 'spot_check'"
                                   " AND status = 'open'"))
                 .toInt(),
             checks->rowCount());
    shoot(m_window.get(), QStringLiteral("08-spot-checks"));

    const Review target = *checks->review(0);
    const QVariantMap c{{QStringLiteral(":c"), target.customerId}};
    const int inService = scalar(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE customer_id ="
                                                " :c AND status IN ('active', 'suspended')"),
                                 c)
                              .toInt();
    QVERIFY(inService > 0);
    const qint64 agentId =
        scalar(QStringLiteral("SELECT agent_id FROM customers WHERE id = :c"), c).toLongLong();
    const QVariantMap a{{QStringLiteral(":a"), agentId}};
    const int casesBefore =
        scalar(QStringLiteral("SELECT COUNT(*) FROM violations WHERE agent_id = :a"), a).toInt();

    panel->findChild<QTableView *>(QStringLiteral("openChecksTable"))->selectRow(0);
    auto *fraud = panel->findChild<QPushButton *>(QStringLiteral("fraudButton"));
    cdtest::typeInto(panel->findChild<QLineEdit *>(QStringLiteral("noteEdit")),
                     QStringLiteral("The line resells calls to a gambling site."));
    QVERIFY(fraud->isEnabled());
    m_prompts->prompter.confirmAnswers = {true};
    const int asked = m_prompts->prompter.confirmations.size();
    QTest::mouseClick(fraud, Qt::LeftButton);
    QCOMPARE(m_prompts->prompter.confirmations.size(), asked + 1);
    QVERIFY(m_prompts->prompter.confirmations.last().contains(target.customerName));

    QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM reviews WHERE id = :id"),
                    {{QStringLiteral(":id"), target.id}})
                 .toString(),
             QStringLiteral("fraud"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE customer_id = :c AND"
                                   " status = 'suspended' AND suspension = 'fraud'"),
                    c)
                 .toInt(),
             inService);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM violations WHERE agent_id = :a"), a)
                 .toInt(),
             casesBefore + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM violations WHERE agent_id = :a"
                                   " ORDER BY id DESC LIMIT 1"),
                    a)
                 .toString(),
             QStringLiteral("open"));
    QVERIFY(checks->rowOf(target.id) < 0);

    // The agent's page lists the new case under its violations.
    auto *agents = open<AgentsPage>(m_window.get(), Area::Agents);
    QVERIFY(agents);
    QVERIFY(agents->openAgent(target.agentUscc));
    AgentDetailPage *detail = agents->detailPage();
    QCOMPARE(detail->agent().uscc, target.agentUscc);
    QCOMPARE(detail->violationModel()->rowCount(), casesBefore + 1);

    // The manager finds the agent was deceived: classified negligent, the case
    // puts the agent under supervision (§3.9), and its page says so.
    const QString statusBefore =
        scalar(QStringLiteral("SELECT status FROM agents WHERE id = :a"), a).toString();
    QCOMPARE(statusBefore, QStringLiteral("active"));
    auto *cases = detail->findChild<QTableView *>(QStringLiteral("agentViolationsTable"));
    const qint64 caseId = scalar(QStringLiteral("SELECT id FROM violations WHERE agent_id = :a"
                                                " ORDER BY id DESC LIMIT 1"),
                                 a)
                              .toLongLong();
    int caseRow = -1;
    for (int r = 0; r < detail->violationModel()->rowCount(); ++r)
        if (detail->violationModel()->violation(r)->id == caseId)
            caseRow = r;
    QVERIFY(caseRow >= 0);
    cases->selectRow(caseRow);
    auto *classify = detail->findChild<QPushButton *>(QStringLiteral("classifyButton"));
    QVERIFY(classify && classify->isEnabled());
    QTest::mouseClick(classify, Qt::LeftButton);
    auto *dialog = waitForTopLevel<ClassifyDialog>(QStringLiteral("classifyDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("negligentRadio")),
                      Qt::LeftButton);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!cdtest::topLevel<ClassifyDialog>(QStringLiteral("classifyDialog")));

    QCOMPARE(scalar(QStringLiteral("SELECT status FROM agents WHERE id = :a"), a).toString(),
             QStringLiteral("supervised"));
    QCOMPARE(scalar(QStringLiteral("SELECT classification FROM violations WHERE id = :id"),
                    {{QStringLiteral(":id"), caseId}})
                 .toString(),
             QStringLiteral("negligent"));
    QCOMPARE(detail->agent().status, AgentStatus::Supervised);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("statusBadge"))->text(),
             agentStatusDisplayName(AgentStatus::Supervised));
    QVERIFY(!classify->isEnabled());
    shoot(m_window.get(), QStringLiteral("08-agent-supervision"));
}

// 9. A contract terminated through the termination dialog; its agent's
// customers taken over through the takeover dialog once the reminder's wait
// has passed.
void TestChannelManagerDay::takesOverATerminatedAgentsCustomers()
{
    // An agent with an active contract and customers it still serves.
    const QString agentUscc =
        scalar(QStringLiteral("SELECT a.uscc FROM agents a JOIN contracts k ON k.agent_id = a.id"
                              " AND k.status = 'active' WHERE (SELECT COUNT(*) FROM customers c"
                              "  WHERE c.agent_id = a.id AND c.taken_over_on IS NULL) > 0"
                              " ORDER BY a.id DESC LIMIT 1"))
            .toString();
    QVERIFY(!agentUscc.isEmpty());
    const QVariantMap u{{QStringLiteral(":u"), agentUscc}};
    const QString contract =
        scalar(QStringLiteral("SELECT k.number FROM contracts k JOIN agents a ON a.id ="
                              " k.agent_id WHERE a.uscc = :u AND k.status = 'active'"),
               u)
            .toString();
    const int served = scalar(QStringLiteral("SELECT COUNT(*) FROM customers c JOIN agents a ON"
                                             " a.id = c.agent_id WHERE a.uscc = :u AND"
                                             " c.taken_over_on IS NULL"),
                              u)
                           .toInt();

    auto *contracts = open<ContractsPage>(m_window.get(), Area::Contracts);
    QVERIFY(contracts);
    contracts->selectContract(contract);
    auto *terminate = contracts->findChild<QPushButton *>(QStringLiteral("terminateButton"));
    QVERIFY(terminate->isEnabled());
    m_prompts->prompter.defaultAnswer = true;
    QTest::mouseClick(terminate, Qt::LeftButton);
    QPointer<TerminationDialog> ending = contracts->findChild<TerminationDialog *>();
    if (!ending)
        ending = waitForTopLevel<TerminationDialog>(QStringLiteral("terminationDialog"));
    QVERIFY(ending);
    QTRY_VERIFY(ending->isVisible());
    auto *reasons = ending->findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    QVERIFY(reasons->count() > 0);
    auto *endOk = ending->findChild<QPushButton *>(QStringLiteral("okButton"));
    bool canEnd = false;
    for (int i = 0; i < reasons->count() && !canEnd; ++i) {
        reasons->setCurrentIndex(i);
        cdtest::typeInto(ending->findChild<QLineEdit *>(QStringLiteral("noteEdit")),
                         QStringLiteral("The agent asked to end the contract."));
        canEnd = endOk->isEnabled();
    }
    QVERIFY(canEnd);
    QTest::mouseClick(endOk, Qt::LeftButton);
    QTRY_VERIFY(ending.isNull() || !ending->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM contracts WHERE number = :k"),
                    {{QStringLiteral(":k"), contract}})
                 .toString(),
             QStringLiteral("terminated"));

    auto *agents = open<AgentsPage>(m_window.get(), Area::Agents);
    QVERIFY(agents);
    QVERIFY(agents->openAgent(agentUscc));
    AgentDetailPage *detail = agents->detailPage();
    QCOMPARE(detail->customerModel()->servedByAgent(), served);
    QPointer<TakeoverDialog> dialog = detail->takeOver();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *grounds = dialog->findChild<QComboBox *>(QStringLiteral("groundsCombo"));
    QCOMPARE(grounds->currentData().toString(), QStringLiteral("after_reminder"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("Contract ended; customers left without service"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // no reminder yet (§9.6)
    m_prompts->prompter.confirmAnswers = {true};
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("remindButton")),
                      Qt::LeftButton);
    const int wait = Parameters(*m_db).load()->takeoverWaitDays;
    const QDate on = m_today.addDays(wait);
    dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(on);
    QVERIFY(dialog->checkAllows());
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->checkedCustomers().size(), served);
    if (!m_shots.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QDir(m_shots).filePath(m_language + QStringLiteral("-day-09-takeover.png"))));
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customers c JOIN agents a ON a.id ="
                                   " c.agent_id WHERE a.uscc = :u AND c.taken_over_on = :d"),
                    {{QStringLiteral(":u"), agentUscc},
                     {QStringLiteral(":d"), on.toString(Qt::ISODate)}})
                 .toInt(),
             served);
    QCOMPARE(detail->customerModel()->servedByAgent(), 0);
    shoot(m_window.get(), QStringLiteral("09-agent-detail"));
}

// 10. The renewals report exported from the Reports page: UTF-8 with the BOM
// and the headers in the interface's language.
void TestChannelManagerDay::exportsTheRenewalsReport()
{
    auto *page = open<ReportsPage>(m_window.get(), Area::Reports);
    QVERIFY(page);
    QVERIFY(page->selectReport(QStringLiteral("renewals")));
    const int rows = page->model()->rowCount();
    QVERIFY(rows > 0);
    shoot(m_window.get(), QStringLiteral("10-reports"));

    const QString path = m_dir.filePath(QStringLiteral("renewals.csv"));
    m_prompts->prompter.fileToSave = path;
    QSignalSpy finished(page, &ReportsPage::exportFinished);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(button->isEnabled());
    button->click();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    m_prompts->prompter.fileToSave.clear();
    QCOMPARE(finished.at(0).at(0).toBool(), true);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    QVERIFY(bytes.startsWith(bom));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(bom.size())).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    for (const char *header : {"Number", "Paid through", "Days left"})
        QVERIFY2(lines.first().contains(QCoreApplication::translate("cd::RenewalsReport", header)),
                 qPrintable(lines.first()));
    QVERIFY(!lines.first().contains(QStringLiteral("paid_through"))); // not the CLI's keys
    if (!page->model()->truncated())
        QCOMPARE(lines.size(), rows + 1);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action ="
                                  " 'export.renewals'"))
                .toInt()
            >= 1);
}

// 11. The quick search: part of an agent's name, Enter, the Agents area shows it.
void TestChannelManagerDay::quickSearchFindsAnAgent()
{
    m_window->showArea(Area::Dashboard);
    // A part of an agent's name that the search ranks first (checked through
    // core so the test does not depend on how the demo names collide).
    QString uscc;
    QString part;
    SqlQuery q(*m_db, QStringLiteral("SELECT uscc, name FROM agents ORDER BY id"));
    QVERIFY(q.exec().ok());
    while (part.isEmpty() && q.next()) {
        const QString name = q.value(1).toString();
        for (int length = 2; length < name.size() && part.isEmpty(); ++length) {
            const QString candidate = name.mid(1, length);
            Result<QVector<SearchHit>> hits = GlobalSearch(*m_db).find(candidate);
            if (hits && !hits->isEmpty() && hits->first().kind == SearchHit::Kind::Agent
                && hits->first().key == q.value(0).toString()) {
                part = candidate;
                uscc = q.value(0).toString();
            }
        }
    }
    QVERIFY2(!part.isEmpty(), "an agent the quick search finds by part of its name");

    m_window->openQuickSearch();
    QuickSearch *search = m_window->quickSearch();
    QVERIFY(search);
    QTRY_VERIFY(search->isVisible());
    auto *field = search->findChild<QLineEdit *>(QStringLiteral("quickSearchField"));
    QVERIFY(field);
    field->setFocus();
    // Typed as an input method commits it: QTest::keyClicks takes Latin-1 only
    // and the demo's names are Chinese.
    QInputMethodEvent typed;
    typed.setCommitString(part);
    QCoreApplication::sendEvent(field, &typed);
    QCOMPARE(field->text(), part);
    if (!m_shots.isEmpty()) {
        search->search(part);
        QTest::qWait(50);
        // The search is a window of its own: the main window's grab leaves it out.
        QVERIFY(search->grab().save(
            QDir(m_shots).filePath(m_language + QStringLiteral("-day-11-quick-search.png"))));
    }
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!search->isVisible());

    QCOMPARE(m_window->currentArea(), Area::Agents);
    auto *agents = qobject_cast<AgentsPage *>(m_window->page(Area::Agents));
    QVERIFY(agents);
    QVERIFY(agents->isShowingDetail());
    QCOMPARE(agents->detailPage()->agent().uscc, uscc);
    QVERIFY(agents->detailPage()->agent().name.contains(part));
    shoot(m_window.get(), QStringLiteral("11-agent"));
}

// 12. A customer's contact is corrected from its detail; Ctrl+Z puts the
// earlier details back, each a change of its own in the audit log.
void TestChannelManagerDay::editsACustomerAndUndoes()
{
    auto *page = open<CustomersPage>(m_window.get(), Area::Customers);
    QVERIFY(page);
    const QString uscc = scalar(QStringLiteral("SELECT uscc FROM customers ORDER BY id LIMIT 1"))
                             .toString();
    const QVariantMap c{{QStringLiteral(":c"), uscc}};
    const QString contactBefore =
        scalar(QStringLiteral("SELECT contact FROM customers WHERE uscc = :c"), c).toString();
    QVERIFY(page->openCustomer(uscc));
    CustomerDetailPage *detail = page->detailPage();
    QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("editButton")),
                      Qt::LeftButton);
    QPointer<CustomerDialog> dialog = waitForTopLevel<CustomerDialog>(QStringLiteral("customerDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    auto *contact = dialog->findChild<QLineEdit *>(QStringLiteral("contactEdit"));
    QCOMPARE(contact->text(), contactBefore);
    cdtest::typeInto(contact, QStringLiteral("Wang Fang"));
    dialog->validateNow();
    if (!m_shots.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(QDir(m_shots).filePath(
            m_language + QStringLiteral("-day-12-customer-edit-dialog.png"))));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT contact FROM customers WHERE uscc = :c"), c).toString(),
             QStringLiteral("Wang Fang"));
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("valueContact"))->text(),
             QStringLiteral("Wang Fang"));
    MessageBar *bar = m_window->messageBar();
    QVERIFY(bar->hasAction());
    shoot(m_window.get(), QStringLiteral("12-customer-saved"));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    detail->tabs()->setFocus();
    QTest::keyClick(detail->tabs(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!bar->hasAction());
    QCOMPARE(scalar(QStringLiteral("SELECT contact FROM customers WHERE uscc = :c"), c).toString(),
             contactBefore);
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("valueContact"))->text(),
             contactBefore.isEmpty() ? QStringLiteral("—") : contactBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'customer.update'"
                                   " AND entity_id = :c"),
                    c)
                 .toInt(),
             2);
}

// 13. Help › Keyboard Shortcuts (Ctrl+/) lists the keys of the day.
void TestChannelManagerDay::listsTheKeyboardShortcuts()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QPointer<ShortcutsDialog> dialog = waitForTopLevel<ShortcutsDialog>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QStringList keys;
    for (const auto &entry : dialog->entries())
        keys << entry.second;
    const QString all = keys.join(QLatin1Char(' '));
    // As the keys read in the language shown (Qt names some keys in Chinese).
    const QList<QKeySequence> expected = {
        QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_N),
        QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Q),
        QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape)};
    for (const QKeySequence &key : expected) {
        const QString text = key.toString(QKeySequence::NativeText);
        QVERIFY2(all.contains(text), qPrintable(text));
    }
    if (!m_shots.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(
            QDir(m_shots).filePath(m_language + QStringLiteral("-day-13-shortcuts.png"))));
    }
    dialog->reject();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

QTEST_MAIN(TestChannelManagerDay)
#include "tst_ChannelManagerDay.moc"
