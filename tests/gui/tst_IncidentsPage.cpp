// The Incidents area (§2.8): recording planned maintenance through the
// dialog's widgets, with the late-notice badge in the dialog and in the list;
// a platform outage over 48 hours flagged provider-liable, closing one, and a
// dispute that inherits the liability; auditors see every action disabled.

#include "NumbersFixture.h"

#include "agents/StatusBadge.h"
#include "customers/CustomerPicker.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/DisputeDialog.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentService.h"
#include "incidents/IncidentsPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestIncidentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void recordsLateMaintenanceThroughTheDialog();
    void maintenanceForChosenAgents();
    void platformOutageIsProviderLiableAndSoIsItsDispute();
    void closesAnOngoingOutage();
    void auditorSeesActionsDisabled();

private:
    void build(const Actor &actor);
    qint64 outage(IncidentCause cause, qint64 hoursAgo, qint64 hours);
    template <typename T> T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    void shot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    IncidentsPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Agent m_alpha;
    Agent m_beta;
};

void TestIncidentsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(qEnvironmentVariable("CHANNELDESK_LANG", QStringLiteral("en")));
}

void TestIncidentsPage::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_alpha = m_world->agent(QStringLiteral("Huabei Telecom Services"));
    m_beta = m_world->agent(QStringLiteral("Jinghua Channel Partners"));
    build(m_world->admin);
}

void TestIncidentsPage::build(const Actor &actor)
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new IncidentsPage(PageContext{m_world->db.get(), actor, m_bar, {}}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1280, 720);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestIncidentsPage::cleanup()
{
    m_host.reset();
    m_world.reset();
}

void TestIncidentsPage::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

qint64 TestIncidentsPage::outage(IncidentCause cause, qint64 hoursAgo, qint64 hours)
{
    IncidentInput in;
    in.kind = IncidentKind::Outage;
    in.title = QStringLiteral("Signalling failure");
    in.cause = cause;
    in.startsAt = QDateTime::currentDateTimeUtc().addSecs(-hoursAgo * 3600);
    if (hours > 0)
        in.endsAt = in.startsAt.addSecs(hours * 3600);
    Result<Incident> i = IncidentService(*m_world->db).record(m_world->admin, in);
    if (!i)
        qFatal("%s", qPrintable(i.error().text()));
    m_page->refresh();
    m_page->selectIncident(i->id);
    return i->id;
}

void TestIncidentsPage::recordsLateMaintenanceThroughTheDialog()
{
    QAbstractItemModelTester tester(m_page->model());
    auto *record = child<QPushButton>(m_page, QStringLiteral("recordIncidentButton"));
    QVERIFY(record && record->isEnabled());
    record->click();
    QPointer<IncidentDialog> dialog = cdtest::topLevel<IncidentDialog>(QStringLiteral("incidentDialog"));
    QVERIFY(dialog);

    auto *kind = child<QComboBox>(dialog, QStringLiteral("kindCombo"));
    auto *title = child<QLineEdit>(dialog, QStringLiteral("titleEdit"));
    auto *cause = child<QComboBox>(dialog, QStringLiteral("causeCombo"));
    auto *start = child<QDateTimeEdit>(dialog, QStringLiteral("startEdit"));
    auto *end = child<QDateTimeEdit>(dialog, QStringLiteral("endEdit"));
    auto *notice = child<QDateTimeEdit>(dialog, QStringLiteral("noticeEdit"));
    auto *channel = child<QComboBox>(dialog, QStringLiteral("channelCombo"));
    auto *all = child<QCheckBox>(dialog, QStringLiteral("allAgentsCheck"));
    auto *late = child<StatusBadge>(dialog, QStringLiteral("lateBadge"));
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY(kind && title && cause && start && end && notice && channel && all && late && ok);

    kind->setCurrentIndex(kind->findData(QStringLiteral("maintenance")));
    cdtest::typeInto(title, QStringLiteral("Core switch upgrade"));
    cause->setCurrentIndex(cause->findData(QStringLiteral("platform")));
    channel->setCurrentIndex(channel->findData(QStringLiteral("fax")));
    QVERIFY(all->isChecked());
    // Announced now, starting in 30 hours: in time, no badge.
    const QDateTime now = QDateTime::currentDateTime();
    notice->setDateTime(now);
    start->setDateTime(now.addSecs(30 * 3600));
    end->setDateTime(now.addSecs(33 * 3600));
    QVERIFY(late->isHidden());
    // Starting in 10 hours: less than 24 hours' notice.
    start->setDateTime(now.addSecs(10 * 3600));
    QVERIFY(!late->isHidden());
    QVERIFY(ok->isEnabled());
    shot(dialog, QStringLiteral("incident-dialog"));
    ok->click();
    QVERIFY(!dialog || !dialog->isVisible());

    IncidentListModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 1);
    const Incident *i = model->incident(0);
    QCOMPARE(i->title, QStringLiteral("Core switch upgrade"));
    QCOMPARE(i->kind, IncidentKind::Maintenance);
    QCOMPARE(i->channel, NoticeChannel::Fax);
    QVERIFY(i->allAgents());
    QVERIFY(model->lateNotice(0));
    QVERIFY(!model->providerLiable(0));
    const QModelIndex flags = model->index(0, IncidentListModel::Flags);
    QCOMPARE(flags.data(IncidentListModel::FlagTextsRole).toStringList(),
             QStringList{QCoreApplication::translate("cd::IncidentListModel", "Late notice")});
    QCOMPARE(model->index(0, IncidentListModel::Agents).data().toString(),
             QCoreApplication::translate("cd::IncidentListModel", "All"));
    QCOMPARE(m_page->selectedId(), i->id);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    // One maintenance notice per active agent (§2.8).
    QCOMPARE(m_world->scalar(QStringLiteral("SELECT COUNT(*) FROM notices WHERE kind = 'maintenance'"))
                 .toInt(),
             2);
    shot(m_host.get(), QStringLiteral("incidents"));
}

void TestIncidentsPage::maintenanceForChosenAgents()
{
    IncidentDialog *dialog = m_page->recordIncident();
    QVERIFY(dialog);
    cdtest::typeInto(child<QLineEdit>(dialog, QStringLiteral("titleEdit")),
                     QStringLiteral("Billing database migration"));
    auto *list = child<QListWidget>(dialog, QStringLiteral("agentList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QVERIFY(!list->isEnabled());
    QVERIFY(dialog->checkAgent(m_beta.uscc));
    QVERIFY(list->isEnabled());
    // Announced now for the day after tomorrow (the defaults): in time.
    QVERIFY(child<StatusBadge>(dialog, QStringLiteral("lateBadge"))->isHidden());
    child<QPushButton>(dialog, QStringLiteral("okButton"))->click();

    QCOMPARE(m_page->model()->rowCount(), 1);
    const Incident *i = m_page->model()->incident(0);
    QCOMPARE(i->agentUsccs, QStringList{m_beta.uscc});
    QVERIFY(!m_page->model()->lateNotice(0));
    QVERIFY(m_page->model()->index(0, IncidentListModel::Flags).data().toString().isEmpty());
    QCOMPARE(m_page->model()->index(0, IncidentListModel::Agents).data().toString(),
             QStringLiteral("1"));
}

void TestIncidentsPage::platformOutageIsProviderLiableAndSoIsItsDispute()
{
    const Customer customer = m_world->customer(QStringLiteral("Shenzhen Harbour Logistics"), m_alpha);
    outage(IncidentCause::Carrier, 80, 60); // best-effort: never liable
    const qint64 id = outage(IncidentCause::Platform, 60, 50);
    IncidentListModel *model = m_page->model();
    const int row = model->rowOf(id);
    QVERIFY(model->providerLiable(row));
    QVERIFY(!model->providerLiable(model->rowOf(id - 1)));
    QVERIFY(model->index(row, IncidentListModel::Flags)
                .data(IncidentListModel::FlagTextsRole)
                .toStringList()
                .contains(QCoreApplication::translate("cd::IncidentListModel", "Provider-liable")));
    QCOMPARE(m_page->selectedId(), id);

    DisputeDialog *dialog = m_page->recordDispute();
    QVERIFY(dialog);
    QVERIFY(!dialog->liableBadge()->isHidden()); // raised today, within the window (§2.8)
    QVERIFY(dialog->customerPicker()->setCustomer(customer.uscc));
    cdtest::typeInto(dialog->descriptionEdit(), QStringLiteral("Calls lost for two days"));
    auto *ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    QVERIFY(ok && ok->isEnabled());
    shot(dialog, QStringLiteral("dispute-dialog"));
    ok->click();

    Result<QVector<Dispute>> disputes = IncidentService(*m_world->db).disputes(id);
    QVERIFY(disputes);
    QCOMPARE(disputes->size(), 1);
    QVERIFY(disputes->at(0).providerLiable);
    auto *list = child<QListWidget>(m_page, QStringLiteral("disputeList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->data(Qt::UserRole).toBool());
    QCOMPARE(model->index(model->rowOf(id), IncidentListModel::Disputes).data().toString(),
             QStringLiteral("1"));
    shot(m_host.get(), QStringLiteral("incidents-liable"));
}

void TestIncidentsPage::closesAnOngoingOutage()
{
    const qint64 id = outage(IncidentCause::Platform, 3, 0);
    auto *close = child<QPushButton>(m_page, QStringLiteral("closeIncidentButton"));
    QVERIFY(close && close->isEnabled());
    QVERIFY(m_page->model()->incident(m_page->model()->rowOf(id))->ongoing());
    close->click();
    QPointer<CloseIncidentDialog> dialog =
        cdtest::topLevel<CloseIncidentDialog>(QStringLiteral("closeIncidentDialog"));
    QVERIFY(dialog);
    dialog->endEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    child<QPushButton>(dialog, QStringLiteral("okButton"))->click();
    const Incident *i = m_page->model()->incident(m_page->model()->rowOf(id));
    QVERIFY(!i->ongoing());
    QVERIFY(!close->isEnabled()); // ended: nothing more to close
}

void TestIncidentsPage::auditorSeesActionsDisabled()
{
    outage(IncidentCause::Platform, 60, 50);
    build(Actor{QStringLiteral("qian"), Role::Auditor});
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->selectIncident(m_page->model()->incident(0)->id);
    QVERIFY(m_page->selectedId() != 0);
    for (const char *name : {"recordIncidentButton", "closeIncidentButton", "recordDisputeButton"}) {
        auto *b = child<QPushButton>(m_page, QString::fromLatin1(name));
        QVERIFY(b);
        QVERIFY2(b->isVisible() && !b->isEnabled(), name);
    }
    QVERIFY(!m_page->recordIncident());
    QVERIFY(!m_page->recordDispute());
    QVERIFY(!m_page->closeSelected());
    // The flags still read.
    QVERIFY(m_page->model()->providerLiable(0));
}

QTEST_MAIN(TestIncidentsPage)
#include "tst_IncidentsPage.moc"
