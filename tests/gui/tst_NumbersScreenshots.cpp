// The numbers, customers, reviews and renewals screens render with realistic
// data: nothing blank. With CHANNELDESK_SCREENSHOT_DIR set, each picture is
// also saved there as PNG (language from CHANNELDESK_LANG, as tst_Rendering).

#include "NumbersFixture.h"

#include "compliance/ReviewService.h"
#include "customers/CustomerDetailPage.h"
#include "customers/CustomersPage.h"
#include "numbers/ActivationDialog.h"
#include "numbers/LifecycleSweep.h"
#include "numbers/NumbersPage.h"
#include "numbers/PaymentDialog.h"
#include "numbers/RenewalsModel.h"
#include "numbers/RenewalsPage.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewQueuePage.h"
#include "reviews/SpotCheckPanel.h"
#include "shell/AppController.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestNumbersScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void numbersPage();
    void activationRefusal();
    void paymentDialog();
    void reviewQueue();
    void renewalsByWeek();
    void customerDetail();

private:
    void check(QWidget *widget, const QString &name);
    QWidget *host(QWidget *page);
    void populate();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    MessageBar *m_bar = nullptr;
    QString m_shots;
    QString m_language;
    QVector<Customer> m_customers;
    Customer m_pending;
    Customer m_handled;
};

void TestNumbersScreenshots::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    m_language = AppController::startupLanguage();
    Localization::install(m_language);
    m_shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    populate();
}

void TestNumbersScreenshots::cleanupTestCase()
{
    m_host.reset();
    m_world.reset();
    Localization::install(QStringLiteral("en"));
}

void TestNumbersScreenshots::populate()
{
    const Agent huaxin = m_world->agent(QStringLiteral("Huaxin Telecom Ltd."));
    const Agent tongda = m_world->agent(QStringLiteral("Tongda Networks Co."));
    const Agent nanfang = m_world->agent(QStringLiteral("Nanfang Voice Services"));
    m_world->plan(QStringLiteral("STD"), 120000);
    m_world->plan(QStringLiteral("PRO"), 360000);
    m_world->plan(QStringLiteral("GOLD"), 680000);
    const QStringList names{QStringLiteral("Shenzhen Jiahe Technology"),
                            QStringLiteral("Beijing Yida Trading"),
                            QStringLiteral("Hangzhou Lvyuan Foods"),
                            QStringLiteral("Chengdu Tianfu Logistics"),
                            QStringLiteral("Wuhan Changjiang Pharmacy"),
                            QStringLiteral("Xiamen Haixi Travel"),
                            QStringLiteral("Nanjing Jinling Hotels"),
                            QStringLiteral("Qingdao Haier Parts Service"),
                            QStringLiteral("Suzhou Gusu Education"),
                            QStringLiteral("Guangzhou Baiyun Auto Repair")};
    const QVector<Agent> agents{huaxin, tongda, nanfang};
    for (int i = 0; i < names.size(); ++i)
        m_customers << m_world->customer(names.at(i), agents.at(i % 3));
    m_pending = m_world->customer(QStringLiteral("Kunming Spring Tea House"), huaxin,
                                  QStringLiteral("pending"));
    m_handled = m_world->customer(QStringLiteral("Harbin Bingcheng Heating"), tongda,
                                  QStringLiteral("pending"), QStringLiteral("Zhao Lei"),
                                  QStringLiteral("Sun Mei"));
    m_world->customer(QStringLiteral("Dalian Seaside Property"), nanfang,
                      QStringLiteral("pending"));

    QStringList pool;
    for (int i = 0; i < 240; ++i)
        pool << QString::number(4008200000LL + qint64(i) * 4127 % 800000);
    pool << QStringLiteral("4008208888") << QStringLiteral("4006661234")
         << QStringLiteral("4008812345");
    m_world->pool(pool);
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 150; ++i) {
        const QString n = pool.at(i);
        if (gradeOf(n) != Grade::Normal)
            continue;
        const Customer &c = m_customers.at(i % m_customers.size());
        m_world->activate(n, c, i % 4 == 0 ? QStringLiteral("PRO") : QStringLiteral("STD"), today);
        // Paid-through dates spread over the past weeks and the next months.
        m_world->stage(
            n, QStringLiteral("paid_through = :pt, activated_on = :a, status_since = :a"),
            {{QStringLiteral(":pt"), today.addDays(-20 + (i * 37) % 200).toString(Qt::ISODate)},
             {QStringLiteral(":a"), today.addDays(-300 + i).toString(Qt::ISODate)}});
    }
    // An arrears suspension, a fraud block, a reservation.
    m_world->stage(pool.at(3),
                   QStringLiteral("status = 'suspended', suspension = 'arrears', suspended_on = :d,"
                                  " paid_through = :pt"),
                   {{QStringLiteral(":d"), today.addDays(-9).toString(Qt::ISODate)},
                    {QStringLiteral(":pt"), today.addDays(-25).toString(Qt::ISODate)}});
    m_world->stage(pool.at(5),
                   QStringLiteral("status = 'suspended', suspension = 'fraud', suspended_on = :d"),
                   {{QStringLiteral(":d"), today.addDays(-2).toString(Qt::ISODate)}});
    m_world->stage(pool.at(200),
                   QStringLiteral("status = 'reserved', reserved_for = :c, reserved_until = :d"),
                   {{QStringLiteral(":c"), m_customers.first().id},
                    {QStringLiteral(":d"), today.addDays(2).toString(Qt::ISODate)}});

    // The daily sweep as the main window runs it on sign-in.
    QVERIFY(LifecycleSweep(*m_world->db).run(m_world->admin, today).ok());

    // Reviews: the handled customer has two documents so far, opened a week ago.
    ReviewService reviews(*m_world->db);
    QVERIFY(reviews
                .attach(m_world->admin, m_handled.uscc, DocumentKind::BusinessLicence,
                        QStringLiteral("licence-scan.png"), QByteArray(2048, 'x'), today)
                .ok());
    QVERIFY(reviews
                .attach(m_world->admin, m_handled.uscc, DocumentKind::LegalRepId,
                        QStringLiteral("zhao-lei-id.pdf"), QByteArray(90000, 'y'), today)
                .ok());
    SqlQuery q(*m_world->db,
               QStringLiteral("UPDATE reviews SET opened_on = :d WHERE customer_id = :c"));
    q.bind(QStringLiteral(":d"), today.addDays(-7).toString(Qt::ISODate))
        .bind(QStringLiteral(":c"), m_handled.id);
    QVERIFY(q.exec().ok());
    SqlQuery p(*m_world->db,
               QStringLiteral("UPDATE reviews SET opened_on = :d WHERE customer_id = :c"));
    p.bind(QStringLiteral(":d"), today.addDays(-12).toString(Qt::ISODate))
        .bind(QStringLiteral(":c"), m_pending.id);
    QVERIFY(p.exec().ok());
}

QWidget *TestNumbersScreenshots::host(QWidget *page)
{
    m_host = std::make_unique<QWidget>();
    m_host->setObjectName(QStringLiteral("screenshotHost"));
    auto *layout = new QVBoxLayout(m_host.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *barRow = new QVBoxLayout;
    barRow->setContentsMargins(24, 12, 24, 0);
    barRow->addWidget(m_bar);
    layout->addLayout(barRow);
    page->setParent(m_host.get());
    layout->addWidget(page, 1);
    m_host->resize(1280, 800);
    m_host->show();
    return m_host.get();
}

// A picture with real content: not one flat colour, and not empty.
void TestNumbersScreenshots::check(QWidget *widget, const QString &name)
{
    QTest::qWait(30);
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY2(!image.isNull(), qPrintable(name));
    QVERIFY(image.width() > 100 && image.height() > 100);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(name));
    if (!m_shots.isEmpty())
        QVERIFY(image.save(
            QDir(m_shots).filePath(m_language + QLatin1Char('-') + name + QStringLiteral(".png"))));
}

void TestNumbersScreenshots::numbersPage()
{
    m_bar = new MessageBar;
    auto *page = new NumbersPage(PageContext{m_world->db.get(), m_world->admin, m_bar});
    QWidget *w = host(page);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(0);
    page->applyFilter();
    NumberFilter suspended;
    suspended.status = QStringLiteral("suspended");
    Result<QVector<Number>> list = NumberService(*m_world->db).page(suspended, QString(), 10);
    QVERIFY(list.ok());
    for (const Number &n : *list) {
        if (n.blocked())
            page->selectNumber(n.number);
    }
    QVERIFY(page->selectedNumber().size() == 10);
    check(w, QStringLiteral("numbers-page"));
}

void TestNumbersScreenshots::activationRefusal()
{
    m_bar = new MessageBar;
    auto *page = new NumbersPage(PageContext{m_world->db.get(), m_world->admin, m_bar});
    QWidget *w = host(page);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    ActivationDialog *dialog = page->activateNumber(QStringLiteral("4008208888"));
    QVERIFY(dialog);
    QVERIFY(dialog->setCustomer(m_pending.uscc));
    QVERIFY(dialog->setPlan(QStringLiteral("STD")));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("destinationsEdit"))
        ->setPlainText(QStringLiteral("13812345678\n0871-6512 3456"));
    dialog->updateNow();
    QVERIFY(dialog->blockers().size() >= 2);
    dialog->adjustSize();
    check(dialog, QStringLiteral("activation-refusal"));
    dialog->reject();
}

void TestNumbersScreenshots::paymentDialog()
{
    m_bar = new MessageBar;
    auto *page = new NumbersPage(PageContext{m_world->db.get(), m_world->admin, m_bar});
    QWidget *w = host(page);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    NumberFilter arrears;
    arrears.status = QStringLiteral("suspended");
    Result<QVector<Number>> suspended = NumberService(*m_world->db).page(arrears, QString(), 10);
    QVERIFY(suspended.ok());
    QString target;
    for (const Number &n : *suspended)
        if (!n.blocked())
            target = n.number;
    PaymentDialog *dialog = page->recordPayment(target);
    QVERIFY(dialog);
    dialog->setMonths(12);
    dialog->adjustSize();
    QVERIFY(dialog->coverage().contains(QStringLiteral("§2.10")));
    check(dialog, QStringLiteral("payment-dialog"));
    dialog->reject();
}

void TestNumbersScreenshots::reviewQueue()
{
    m_bar = new MessageBar;
    auto *page = new ReviewQueuePage(PageContext{m_world->db.get(), m_world->admin, m_bar});
    QWidget *w = host(page);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(page->selectCustomer(m_handled.uscc));
    QCOMPARE(page->qualificationPanel()->checklist() != nullptr, true);
    check(w, QStringLiteral("review-queue"));
    page->tabs()->setCurrentIndex(1);
    SpotCheckPanel *checks = page->spotCheckPanel();
    checks->findChild<QSpinBox *>(QStringLiteral("sizeSpin"))->setValue(4);
    checks->findChild<QLineEdit *>(QStringLiteral("seedEdit"))->setText(QStringLiteral("20261125"));
    QVERIFY(checks->plan());
    check(w, QStringLiteral("spot-checks"));
}

void TestNumbersScreenshots::renewalsByWeek()
{
    m_bar = new MessageBar;
    auto *page = new RenewalsPage(PageContext{m_world->db.get(), m_world->admin, m_bar});
    QWidget *w = host(page);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    page->refresh();
    // The second number of the first week heading that has two: which week that is depends on
    // the weekday the suite runs (the first week is cut to the days from today on).
    RenewalsModel *model = page->model();
    QModelIndex week;
    for (int g = 0; g < model->groupCount() && !week.isValid(); ++g) {
        if (model->groupKind(g) == RenewalsModel::GroupKind::Week &&
            model->rowCount(model->index(g, 0)) >= 2)
            week = model->index(g, 0);
    }
    QVERIFY(week.isValid());
    QVERIFY(page->selectNumber(model->index(1, 0, week).data(Qt::UserRole).toString()));
    check(w, QStringLiteral("renewals-by-week"));
}

void TestNumbersScreenshots::customerDetail()
{
    m_bar = new MessageBar;
    auto *page = new CustomersPage(PageContext{m_world->db.get(), m_world->admin, m_bar});
    QWidget *w = host(page);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    check(w, QStringLiteral("customers-list"));
    QVERIFY(page->openCustomer(m_customers.first().uscc));
    page->detailPage()->tabs()->setCurrentIndex(1);
    check(w, QStringLiteral("customer-detail"));
    QVERIFY(page->openCustomer(m_handled.uscc));
    page->detailPage()->tabs()->setCurrentIndex(2);
    check(w, QStringLiteral("customer-qualification"));
}

QTEST_MAIN(TestNumbersScreenshots)
#include "tst_NumbersScreenshots.moc"
