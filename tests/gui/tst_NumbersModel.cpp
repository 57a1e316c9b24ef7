// The Numbers area: the model pages through NumberService (200 at a time,
// keyset on the number), filters run in SQL, the page's filters re-query,
// and a fraud block stands out (§3.9).

#include "NumbersFixture.h"

#include "numbers/DestinationsDialog.h"
#include "numbers/NumberListModel.h"
#include "numbers/NumbersPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestNumbersModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageThenFetchMoreAppends();
    void filtersRunInSql();
    void pageFiltersRequery();
    void blockedNumberStandsOut();
    void auditorsSeeNoActions();
    void releaseCanBeUndone();
    void destinationsCanBeUndone();

private:
    // `count` numbers 4001000000, 4001000001, …; every seventh active, every
    // eleventh suspended for arrears.
    void bulk(int count);
    // A Numbers page under a message bar in `host`, shown.
    NumbersPage *showPage(QWidget &host, MessageBar **bar);
    qint64 sqlCount(const QString &where);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
};

void TestNumbersModel::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestNumbersModel::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
}

void TestNumbersModel::cleanup()
{
    m_world.reset();
}

// Releasing a reservation offers Undo in the message bar, which holds the
// number again for the same customer, through the service (audited), once.
void TestNumbersModel::releaseCanBeUndone()
{
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    const Customer customer = m_world->customer(QStringLiteral("Acme Trading"), agent);
    m_world->pool({QStringLiteral("4008001234")});
    QVERIFY(NumberService(*m_world->db)
                .reserve(m_world->admin, QStringLiteral("4008001234"), customer.uscc,
                         QDate::currentDate())
                .ok());

    QWidget host;
    MessageBar *bar = nullptr;
    NumbersPage *page = showPage(host, &bar);
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    QVERIFY(page->releaseNumber(QStringLiteral("4008001234")));
    QCOMPARE(NumberService(*m_world->db).find(QStringLiteral("4008001234"))->status,
             NumberStatus::Available);
    auto *undo = bar->findChild<QPushButton *>(QStringLiteral("messageAction"));
    QVERIFY(undo && undo->isVisible());
    QVERIFY(bar->hasAction());
    QTest::mouseClick(undo, Qt::LeftButton);
    const Result<Number> again = NumberService(*m_world->db).find(QStringLiteral("4008001234"));
    QCOMPARE(again->status, NumberStatus::Reserved);
    QCOMPARE(again->reservedFor, customer.id);
    QVERIFY(bar->text().contains(QStringLiteral("reserved again")));
    QVERIFY(!bar->hasAction()); // once
    QVERIFY(!undo->isVisible());
    SqlQuery audited(*m_world->db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE"
                                                  " entity_id = '4008001234'"));
    QVERIFY(audited.scalar()->toInt() >= 3); // reserve, release, reserve again

    // Any later message withdraws the offer.
    QVERIFY(page->releaseNumber(QStringLiteral("4008001234")));
    QVERIFY(bar->hasAction());
    bar->showInformation(QStringLiteral("something else"));
    QVERIFY(!bar->hasAction());
    QVERIFY(!undo->isVisible());
}

// Saving a number's destinations offers Undo; it writes the earlier list
// back through the service.
void TestNumbersModel::destinationsCanBeUndone()
{
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    const Customer customer = m_world->customer(QStringLiteral("Acme Trading"), agent);
    m_world->plan(QStringLiteral("STD"), 120000);
    m_world->pool({QStringLiteral("4008001235")});
    m_world->activate(QStringLiteral("4008001235"), customer, QStringLiteral("STD"),
                      QDate::currentDate());
    const QStringList before = {QStringLiteral("13800000001"), QStringLiteral("02088886666")};
    QVERIFY(NumberService(*m_world->db)
                .setDestinations(m_world->admin, QStringLiteral("4008001235"), before)
                .ok());

    QWidget host;
    MessageBar *bar = nullptr;
    NumbersPage *page = showPage(host, &bar);
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    QPointer<DestinationsDialog> dialog = page->editDestinations(QStringLiteral("4008001235"));
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("destinationsEdit"));
    QCOMPARE(edit->toPlainText(), before.join(QLatin1Char('\n')));
    edit->setPlainText(QStringLiteral("13900000009"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    QCOMPARE(NumberService(*m_world->db).find(QStringLiteral("4008001235"))->destinations,
             QStringList{QStringLiteral("13900000009")});

    QVERIFY(bar->hasAction());
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageAction")), Qt::LeftButton);
    QCOMPARE(NumberService(*m_world->db).find(QStringLiteral("4008001235"))->destinations, before);
    QVERIFY(bar->text().contains(QStringLiteral("earlier destinations")));
    QVERIFY(!bar->hasAction());
}

NumbersPage *TestNumbersModel::showPage(QWidget &host, MessageBar **bar)
{
    auto *layout = new QVBoxLayout(&host);
    *bar = new MessageBar(&host);
    layout->addWidget(*bar);
    auto *page = new NumbersPage(PageContext{m_world->db.get(), m_world->admin, *bar}, &host);
    layout->addWidget(page);
    host.resize(1280, 800);
    host.show();
    return page;
}

void TestNumbersModel::bulk(int count)
{
    WriteTransaction tx(*m_world->db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < count; ++i) {
        const QString n = QString::number(4001000000LL + i);
        QString status = QStringLiteral("available");
        if (i % 7 == 0)
            status = QStringLiteral("active");
        else if (i % 11 == 0)
            status = QStringLiteral("suspended");
        SqlQuery q(*m_world->db,
                   QStringLiteral("INSERT INTO numbers (number, carrier, grade, status, suspension,"
                                  " created_at) VALUES (:n, 'unicom', :g, :s, :susp,"
                                  " '2025-01-01T00:00:00Z')"));
        q.bind(QStringLiteral(":n"), n)
            .bind(QStringLiteral(":g"), gradeKey(gradeOf(n)))
            .bind(QStringLiteral(":s"), status)
            .bind(QStringLiteral(":susp"), status == QLatin1String("suspended")
                                               ? QVariant(QStringLiteral("arrears"))
                                               : QVariant());
        QVERIFY(q.exec().ok());
    }
    QVERIFY(tx.commit().ok());
}

qint64 TestNumbersModel::sqlCount(const QString &where)
{
    return m_world->scalar(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE ") + where)
        .toLongLong();
}

void TestNumbersModel::firstPageThenFetchMoreAppends()
{
    bulk(3000);
    NumberListModel model(*m_world->db);
    QVERIFY(model.setFilter(NumberFilter()).ok());
    // Never all at once: one page, and the total from count().
    QCOMPARE(model.rowCount(), NumberListModel::kPageSize);
    QCOMPARE(model.totalCount(), qint64(3000));
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(model.number(0)->number, QStringLiteral("4001000000"));
    QCOMPARE(model.number(199)->number, QStringLiteral("4001000199"));

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), before + NumberListModel::kPageSize);
    QCOMPARE(inserted.count(), 1);
    // The keyset continues where the last page ended, in number order.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.number(r - 1)->number < model.number(r)->number);
    QCOMPARE(model.number(before)->number, QString::number(4001000000LL + before));

    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.index(2999, NumberListModel::Number).data().toString(),
             QStringLiteral("400-100-2999"));
    QCOMPARE(model.headerData(NumberListModel::PaidThrough, Qt::Horizontal).toString(),
             QStringLiteral("Paid through"));
}

void TestNumbersModel::filtersRunInSql()
{
    bulk(3000);
    NumberListModel model(*m_world->db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    NumberFilter digits;
    digits.digits = QStringLiteral("0123");
    QVERIFY(model.setFilter(digits).ok());
    QCOMPARE(model.totalCount(), sqlCount(QStringLiteral("number LIKE '%0123%'")));
    QVERIFY(model.totalCount() > 0);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.number(r)->number.contains(QStringLiteral("0123")));

    NumberFilter active;
    active.status = QStringLiteral("active");
    QVERIFY(model.setFilter(active).ok());
    QCOMPARE(model.totalCount(), sqlCount(QStringLiteral("status = 'active'")));
    QCOMPARE(model.totalCount(), qint64((3000 + 6) / 7));
    QCOMPARE(model.rowCount(), qMin(int(model.totalCount()), NumberListModel::kPageSize));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, NumberListModel::Status).data().toString(),
                 QStringLiteral("Active"));

    NumberFilter suspended;
    suspended.status = QStringLiteral("suspended");
    QVERIFY(model.setFilter(suspended).ok());
    QCOMPARE(model.totalCount(), sqlCount(QStringLiteral("status = 'suspended'")));
    QCOMPARE(model.index(0, NumberListModel::Status).data().toString(),
             QStringLiteral("Suspended (arrears)"));
}

void TestNumbersModel::pageFiltersRequery()
{
    bulk(2500);
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    // Numbers opened by the agent: the agent filter finds exactly these.
    m_world->stage(QStringLiteral("4001000007"), QStringLiteral("agent_id = :a"),
                   {{QStringLiteral(":a"), agent.id}});
    m_world->stage(QStringLiteral("4001000014"), QStringLiteral("agent_id = :a"),
                   {{QStringLiteral(":a"), agent.id}});

    QWidget host;
    MessageBar *bar = nullptr;
    NumbersPage *page = showPage(host, &bar);
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    NumberListModel *model = page->model();
    auto *count = page->findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(model->totalCount(), qint64(2500));
    QVERIFY2(count->text().startsWith(QStringLiteral("2,500 number")), qPrintable(count->text()));
    QCOMPARE(model->rowCount(), NumberListModel::kPageSize);

    // Digits: typed, then queried after a pause.
    auto *digits = page->findChild<QLineEdit *>(QStringLiteral("digitsEdit"));
    cdtest::typeInto(digits, QStringLiteral("1234"));
    QTRY_COMPARE(model->filter().digits, QStringLiteral("1234"));
    QCOMPARE(model->totalCount(), sqlCount(QStringLiteral("number LIKE '%1234%'")));
    QVERIFY(
        count->text().startsWith(QString::number(model->totalCount()) + QStringLiteral(" number")));
    QVERIFY(count->text().endsWith(QStringLiteral("match")));
    cdtest::typeInto(digits, QString());

    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("active")));
    QTRY_COMPARE(model->filter().status, QStringLiteral("active"));
    QTRY_VERIFY(model->filter().digits.isEmpty());
    QCOMPARE(model->totalCount(), sqlCount(QStringLiteral("status = 'active'")));
    status->setCurrentIndex(0);

    auto *grade = page->findChild<QComboBox *>(QStringLiteral("gradeCombo"));
    grade->setCurrentIndex(grade->findData(QStringLiteral("premium")));
    QCOMPARE(model->totalCount(), sqlCount(QStringLiteral("grade = 'premium'")));
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->number(r)->grade, Grade::Premium);
    grade->setCurrentIndex(0);

    auto *agentEdit = page->findChild<QLineEdit *>(QStringLiteral("agentEdit"));
    cdtest::typeInto(agentEdit, agent.uscc);
    QTRY_COMPARE(model->filter().agentId, agent.id);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->number(0)->number, QStringLiteral("4001000007"));

    // An unknown code matches nothing and says why.
    cdtest::typeInto(agentEdit, cdtest::makeUscc(QStringLiteral("91"), 999));
    QTRY_COMPARE(model->rowCount(), 0);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("numbersTableEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No agent has the credit code")));
}

void TestNumbersModel::blockedNumberStandsOut()
{
    const Agent agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
    m_world->plan(QStringLiteral("STD"), 100000);
    const Customer c = m_world->customer(QStringLiteral("Shenzhen Jia Tech"), agent);
    m_world->pool({QStringLiteral("4008005172"), QStringLiteral("4008005173")});
    m_world->activate(QStringLiteral("4008005172"), c, QStringLiteral("STD"), QDate::currentDate());
    m_world->stage(QStringLiteral("4008005172"),
                   QStringLiteral("status = 'suspended', suspension = 'fraud', suspended_on = :d"),
                   {{QStringLiteral(":d"), QStringLiteral("2026-03-01")}});

    QWidget host;
    MessageBar *bar = nullptr;
    NumbersPage *page = showPage(host, &bar);
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    NumberListModel *model = page->model();
    const int row = model->rowOf(QStringLiteral("4008005172"));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, NumberListModel::Status).data().toString(),
             QStringLiteral("Blocked (fraud)"));
    QVERIFY(model->index(row, NumberListModel::Number).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model->index(row, NumberListModel::Customer).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(model->rowOf(QStringLiteral("4008005173")), NumberListModel::Customer)
                 .data(Qt::BackgroundRole)
                 .isValid());

    page->selectNumber(QStringLiteral("4008005172"));
    auto *info = page->findChild<QLabel *>(QStringLiteral("selectionInfo"));
    QTRY_VERIFY(info->isVisible());
    QVERIFY(info->text().contains(QStringLiteral("Blocked for fraud since 2026-03-01")));
    QVERIFY(info->text().contains(QStringLiteral("§3.9")));
    // Paying is still possible (it extends paid-through), but it does not reactivate.
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("paymentButton"))->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("reserveButton"))->isEnabled());

    // The detail says it in its banner too.
    QVERIFY(page->openNumber(QStringLiteral("4008005172")));
    QVERIFY(page->isShowingDetail());
    auto *banner = page->findChild<QLabel *>(QStringLiteral("stateBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("a payment does not reactivate it")));
    QTest::keyClick(page->findChild<QPushButton *>(QStringLiteral("backButton")), Qt::Key_Escape);
    QTRY_VERIFY(!page->isShowingDetail());
}

void TestNumbersModel::auditorsSeeNoActions()
{
    bulk(10);
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *page = new NumbersPage(
        PageContext{m_world->db.get(), Actor{QStringLiteral("qian"), Role::Auditor}, nullptr},
        &host);
    layout->addWidget(page);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    for (const char *name : {"activateButton", "paymentButton", "reserveButton", "releaseButton",
                             "cancelButton", "destinationsButton"})
        QVERIFY2(!page->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);
    QVERIFY(!page->activateNumber(QStringLiteral("4001000001")));
    QCOMPARE(page->model()->rowCount(), 10);
}

QTEST_MAIN(TestNumbersModel)
#include "tst_NumbersModel.moc"
