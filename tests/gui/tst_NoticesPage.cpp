// The Notices area (§2.10, §2.8): the notices the sweep and incidents wrote,
// newest first; the kind, agent and date filters narrow the list in SQL; a
// double-click on a number's notice opens the number in the Numbers area.

#include "NumbersFixture.h"

#include "agents/AgentCombo.h"
#include "common/Dates.h"
#include "incidents/IncidentService.h"
#include "numbers/LifecycleSweep.h"
#include "notices/NoticeListModel.h"
#include "notices/NoticesPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestNoticesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryNoticeNewestFirst();
    void filterByKindReducesRows();
    void filterByAgentAndDates();
    void doubleClickOpensTheNumber();
    void detailsSayWhatTheSweepAndIncidentsWrote();

private:
    void notice(const QString &date, const QString &kind, const QString &number,
                const Agent &to);
    int rowOfKind(const QString &kind) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    NoticesPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Agent m_alpha;
    Agent m_beta;
    QString m_navigatedArea;
    QVariantMap m_navigatedFilter;
    int m_navigations = 0;
};

void TestNoticesPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(qEnvironmentVariable("CHANNELDESK_LANG", QStringLiteral("en")));
}

void TestNoticesPage::notice(const QString &date, const QString &kind, const QString &number,
                             const Agent &to)
{
    SqlQuery q(*m_world->db,
               QStringLiteral("INSERT INTO notices (notice_date, kind, number_id, recipient_agent_id,"
                              " detail, created_at) SELECT :d, :k, n.id, :a, 'staged',"
                              " '2026-01-01T00:00:00Z' FROM numbers n WHERE n.number = :n"));
    q.bind(QStringLiteral(":d"), date)
        .bind(QStringLiteral(":k"), kind)
        .bind(QStringLiteral(":a"), to.id)
        .bind(QStringLiteral(":n"), number);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestNoticesPage::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_alpha = m_world->agent(QStringLiteral("Huabei Telecom Services"));
    m_beta = m_world->agent(QStringLiteral("Jinghua Channel Partners"));
    m_world->pool({QStringLiteral("4001234567"), QStringLiteral("4007654321"),
                   QStringLiteral("4008000001")});
    const QDate today = QDate::currentDate();
    auto day = [&](int offset) { return Dates::format(today.addDays(offset)); };
    notice(day(-40), QStringLiteral("renewal_due"), QStringLiteral("4001234567"), m_alpha);
    notice(day(-10), QStringLiteral("renewal_due"), QStringLiteral("4007654321"), m_beta);
    notice(day(-5), QStringLiteral("suspended"), QStringLiteral("4001234567"), m_alpha);
    notice(day(-2), QStringLiteral("reclaim_warning"), QStringLiteral("4008000001"), m_beta);
    // Planned maintenance writes one notice per active agent, without a number (§2.8).
    IncidentInput in;
    in.kind = IncidentKind::Maintenance;
    in.title = QStringLiteral("Core switch upgrade");
    in.cause = IncidentCause::Platform;
    in.noticedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    in.startsAt = in.noticedAt.addDays(3);
    in.endsAt = in.startsAt.addSecs(7200);
    in.channel = NoticeChannel::Email;
    QVERIFY(IncidentService(*m_world->db).record(m_world->admin, in));

    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    PageContext context{m_world->db.get(), m_world->admin, m_bar, {}};
    m_navigations = 0;
    context.navigate = [this](const QString &area, const QVariantMap &filter) {
        ++m_navigations;
        m_navigatedArea = area;
        m_navigatedFilter = filter;
    };
    m_page = new NoticesPage(context, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1200, 640);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestNoticesPage::cleanup()
{
    m_host.reset();
    m_world.reset();
}

int TestNoticesPage::rowOfKind(const QString &kind) const
{
    for (int r = 0; r < m_page->model()->rowCount(); ++r) {
        if (m_page->model()->notice(r)->kind == kind)
            return r;
    }
    return -1;
}

void TestNoticesPage::listsEveryNoticeNewestFirst()
{
    QAbstractItemModelTester tester(m_page->model());
    NoticeListModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 6); // four staged, two maintenance (both agents are active)
    QCOMPARE(model->totalCount(), qint64(6));
    QCOMPARE(model->notice(0)->kind, QStringLiteral("maintenance"));
    QCOMPARE(model->notice(5)->number, QStringLiteral("4001234567"));
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->notice(r - 1)->date >= model->notice(r)->date);
    const int warning = rowOfKind(QStringLiteral("reclaim_warning"));
    QCOMPARE(model->index(warning, NoticeListModel::Recipient).data().toString(),
             QStringLiteral("%1 — %2").arg(m_beta.name, m_beta.uscc));
    QCOMPARE(model->index(warning, NoticeListModel::Kind).data().toString(),
             NoticeQuery::kindDisplayName(QStringLiteral("reclaim_warning")));

    if (const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        QCoreApplication::processEvents();
        QVERIFY(m_host->grab().save(QDir(dir).filePath(QStringLiteral("notices.png"))));
    }
}

void TestNoticesPage::filterByKindReducesRows()
{
    auto *kind = m_page->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    QVERIFY(kind);
    QCOMPARE(m_page->model()->rowCount(), 6);
    kind->setCurrentIndex(kind->findData(QStringLiteral("renewal_due")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(m_page->model()->notice(r)->kind, QStringLiteral("renewal_due"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("maintenance")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    QVERIFY(m_page->model()->notice(0)->number.isEmpty());
    kind->setCurrentIndex(0); // all kinds
    QCOMPARE(m_page->model()->rowCount(), 6);
}

void TestNoticesPage::filterByAgentAndDates()
{
    auto *agents = m_page->findChild<AgentCombo *>(QStringLiteral("agentCombo"));
    QVERIFY(agents);
    QCOMPARE(agents->currentUscc(), QString()); // all agents
    QVERIFY(agents->setCurrentUscc(m_alpha.uscc));
    QCOMPARE(m_page->model()->rowCount(), 3); // two for its number, one maintenance
    for (int r = 0; r < 3; ++r)
        QCOMPARE(m_page->model()->notice(r)->recipientUscc, m_alpha.uscc);

    // The last 30 days: the renewal reminder of 40 days ago drops out.
    auto *dates = m_page->findChild<QCheckBox *>(QStringLiteral("datesCheck"));
    auto *from = m_page->findChild<QDateEdit *>(QStringLiteral("fromEdit"));
    QVERIFY(dates && from);
    QVERIFY(!from->isEnabled());
    dates->click();
    QVERIFY(from->isEnabled());
    QCOMPARE(m_page->model()->rowCount(), 2);
    from->setDate(QDate::currentDate().addDays(-3));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->notice(0)->kind, QStringLiteral("maintenance"));
    dates->click();
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void TestNoticesPage::doubleClickOpensTheNumber()
{
    QTableView *table = m_page->table();
    const int suspended = rowOfKind(QStringLiteral("suspended"));
    QVERIFY(suspended >= 0);
    const QRect cell = table->visualRect(m_page->model()->index(suspended, NoticeListModel::Number));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_navigations, 1);
    QCOMPARE(m_navigatedArea, QStringLiteral("numbers"));
    QCOMPARE(m_navigatedFilter.value(QStringLiteral("number")).toString(),
             QStringLiteral("4001234567"));

    // A maintenance notice has no number: nothing to open.
    const int maintenance = rowOfKind(QStringLiteral("maintenance"));
    QVERIFY(!m_page->openNumberOf(maintenance));
    QCOMPARE(m_navigations, 1);
    table->selectRow(maintenance);
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openNumberButton"));
    QVERIFY(open && !open->isEnabled());
    table->selectRow(suspended);
    QVERIFY(open->isEnabled());
}

// The Detail column says in words what the sweep and the incident log stored:
// the paid-through day, the lead of a reminder, the maintenance's title and
// its local times — never the stored machine form.
void TestNoticesPage::detailsSayWhatTheSweepAndIncidentsWrote()
{
    const QDate today = QDate::currentDate();
    m_world->plan(QStringLiteral("STD"), 198000);
    m_world->pool({QStringLiteral("4008000002"), QStringLiteral("4008000003")});
    const Customer c = m_world->customer(QStringLiteral("Pengcheng Logistics"), m_alpha);
    m_world->activate(QStringLiteral("4008000002"), c, QStringLiteral("STD"), today);
    m_world->activate(QStringLiteral("4008000003"), c, QStringLiteral("STD"), today);
    // Paid through 25 days from now: the 30-day reminder fell due five days ago.
    const QDate dueThrough = today.addDays(25);
    // Paid through 36 days ago: past the 15-day grace, suspended for arrears.
    const QDate lateThrough = today.addDays(-36);
    m_world->stage(QStringLiteral("4008000002"), QStringLiteral("paid_through = :p, activated_on = :a"),
                   {{QStringLiteral(":p"), Dates::format(dueThrough)},
                    {QStringLiteral(":a"), Dates::format(dueThrough.addDays(-365))}});
    m_world->stage(QStringLiteral("4008000003"), QStringLiteral("paid_through = :p, activated_on = :a"),
                   {{QStringLiteral(":p"), Dates::format(lateThrough)},
                    {QStringLiteral(":a"), Dates::format(lateThrough.addDays(-364))}});
    QVERIFY(LifecycleSweep(*m_world->db).run(m_world->admin, today));
    QVERIFY(m_page->model()->reload());

    QString reminder, suspension, maintenance;
    for (int r = 0; r < m_page->model()->rowCount(); ++r) {
        const NoticeRow *n = m_page->model()->notice(r);
        const QString text =
            m_page->model()->index(r, NoticeListModel::Detail).data().toString();
        for (const char *stored : {"paid through ", "reclaim on ", "suspended since ", "incident "})
            QVERIFY2(!text.startsWith(QLatin1String(stored)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("..")), qPrintable(text));
        if (n->number == QLatin1String("4008000002") && n->kind == QLatin1String("renewal_due")
            && text.contains(QLatin1String("30 days")))
            reminder = text;
        if (n->number == QLatin1String("4008000003") && n->kind == QLatin1String("suspended"))
            suspension = text;
        if (n->kind == QLatin1String("maintenance"))
            maintenance = text;
    }
    QCOMPARE(reminder, QStringLiteral("Paid through %1; reminded 30 days ahead")
                           .arg(Dates::format(dueThrough)));
    QCOMPARE(suspension,
             QStringLiteral("Suspended for arrears; paid through %1").arg(Dates::format(lateThrough)));
    QVERIFY2(maintenance.startsWith(QStringLiteral("Core switch upgrade, ")), qPrintable(maintenance));
    QVERIFY2(maintenance.contains(QStringLiteral(" to ")), qPrintable(maintenance));
    QVERIFY(!maintenance.contains(QLatin1Char('Z')));
}

QTEST_MAIN(TestNoticesPage)
#include "tst_NoticesPage.moc"
