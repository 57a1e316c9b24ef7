// The Agents area: list with search and filters, the new-agent dialog with
// validation as the user types (§1.1), CSV import, and the agent detail with
// its hierarchy.

#include "../core/DomainFixture.h"
#include "GuiTestSupport.h"

#include "agents/AgentDetailPage.h"
#include "agents/AgentDialog.h"
#include "agents/AgentListModel.h"
#include "agents/AgentService.h"
#include "agents/AgentsPage.h"
#include "agents/StatusBadge.h"
#include "audit/AuditLog.h"
#include "contracts/ContractListModel.h"
#include "contracts/ContractService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QClipboard>
#include <QtTest>

using namespace cd;

class TestAgentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelFollowsTheService();
    void createsAnAgentThroughTheDialog();
    void refusesAnIndividualBusiness();
    void parentPickerOffersActiveLevelOneAgents();
    void searchAndFiltersRunInSql();
    void detailShowsHierarchyAndGoesBack();
    void importRefusalListsTheRows();
    void auditorsOnlyRead();
    void contextMenuOpensAndCopies();

private:
    Agent agent(const QString &name, int level = 1, const QString &parent = {});
    void sign(const Agent &a);
    AgentDialog *openedDialog();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    AgentsPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
    int m_serial = 0;
};

void TestAgentsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestAgentsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new AgentsPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1200, 760);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestAgentsPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

Agent TestAgentsPage::agent(const QString &name, int level, const QString &parent)
{
    AgentInput in;
    in.name = name;
    in.uscc = cdtest::makeUscc(QStringLiteral("91"), ++m_serial);
    in.level = level;
    in.parentUscc = parent;
    in.contact = QStringLiteral("Wang Fang");
    in.phone = QStringLiteral("13812345678");
    in.region = m_serial % 2 ? QStringLiteral("Beijing") : QStringLiteral("Shanghai");
    Result<Agent> a = AgentService(*m_db).create(m_admin, in);
    if (!a)
        qFatal("%s", qPrintable(a.error().text()));
    return *a;
}

void TestAgentsPage::sign(const Agent &a)
{
    const int year = QDate::currentDate().year();
    Result<Contract> c =
        ContractService(*m_db).create(m_admin, a.uscc, year, {{5, 5, 5, 5}}, QDate());
    if (!c)
        qFatal("%s", qPrintable(c.error().text()));
}

AgentDialog *TestAgentsPage::openedDialog()
{
    const QList<AgentDialog *> dialogs = m_page->findChildren<AgentDialog *>();
    for (AgentDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void TestAgentsPage::modelFollowsTheService()
{
    AgentListModel *model = m_page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *empty = m_page->findChild<QLabel *>(QStringLiteral("agentsTableEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No agents yet")));

    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    agent(QStringLiteral("Tongda Networks"));
    m_page->refresh();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!empty->isVisible());
    const int row = model->rowOf(a.uscc);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AgentListModel::Name).data().toString(), a.name);
    QCOMPARE(model->index(row, AgentListModel::Code).data().toString(), a.uscc);
    QCOMPARE(model->index(row, AgentListModel::Level).data().toString(), QStringLiteral("Level 1"));
    QCOMPARE(model->index(row, AgentListModel::Status).data().toString(),
             QStringLiteral("Prospect"));
    QCOMPARE(model->index(row, AgentListModel::Tier).data().toString(),
             tierDisplayName(Tier::Standard));
    QCOMPARE(model->index(row, AgentListModel::Contact).data().toString(),
             QStringLiteral("Wang Fang, 13812345678"));
    QCOMPARE(model->headerData(AgentListModel::Region, Qt::Horizontal).toString(),
             QStringLiteral("Region"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("2 agents"));
}

void TestAgentsPage::createsAnAgentThroughTheDialog()
{
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newAgentButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(openedDialog());
    QPointer<AgentDialog> dialog = openedDialog();
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // nothing typed yet

    const QString code = cdtest::makeUscc(QStringLiteral("91"), 4711);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Huaxin Telecom Ltd."));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit")), code);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                     QStringLiteral("1381234"));
    // A bad phone number is named under its field, and OK waits.
    QTRY_VERIFY(!dialog->fieldError(QStringLiteral("phone")).isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("phoneError"))->isVisible());
    QVERIFY(!ok->isEnabled());
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                     QStringLiteral("13812345678"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("regionEdit")),
                     QStringLiteral("Beijing"));
    auto *tier = dialog->findChild<QComboBox *>(QStringLiteral("tierCombo"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("silver")));
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(dialog->fieldError(QStringLiteral("phone")).isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("usccHint"))
                ->text()
                .contains(QStringLiteral("Enterprise")));

    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    const int row = m_page->model()->rowOf(code);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, AgentListModel::Name).data().toString(),
             QStringLiteral("Huaxin Telecom Ltd."));
    QCOMPARE(m_page->model()->index(row, AgentListModel::Tier).data().toString(),
             tierDisplayName(Tier::Silver));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->text().contains(QStringLiteral("Huaxin Telecom Ltd.")));

    Result<Agent> stored = AgentService(*m_db).find(code);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, AgentStatus::Prospect);
    QCOMPARE(stored->phone, QStringLiteral("13812345678"));
    AuditFilter filter;
    filter.text = code;
    Result<QVector<AuditEntry>> audit = AuditLog::page(*m_db, filter, 0, 10);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("agent.create"));
    QCOMPARE(audit->first().userName, QStringLiteral("admin"));
    QCOMPARE(audit->first().clause, QStringLiteral("§1.1"));
}

void TestAgentsPage::refusesAnIndividualBusiness()
{
    AgentDialog *dialog = m_page->newAgent();
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("usccError"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Zhang's Phone Shop"));
    // A valid code, but of an individual business (92…).
    const QString individual = cdtest::makeUscc(QStringLiteral("92"), 77);
    QVERIFY(Uscc::parse(individual).ok());
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit")), individual);

    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("§1.1")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("individual business")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("usccHint"))->isVisible());

    // Neither a click nor Enter gets past it.
    QTest::mouseClick(ok, Qt::LeftButton);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(AgentService(*m_db).list({})->isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 0);

    // A malformed code gets its specific reason, with the clause too.
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit")),
                     QStringLiteral("91350100M000100Y44"));
    QTRY_VERIFY(error->text() != QString() &&
                !error->text().contains(QStringLiteral("individual")));
    QVERIFY(error->text().contains(QStringLiteral("§1.1")));
    QVERIFY(!ok->isEnabled());
    dialog->reject();
}

void TestAgentsPage::parentPickerOffersActiveLevelOneAgents()
{
    const Agent active = agent(QStringLiteral("Active Parent"));
    sign(active);
    agent(QStringLiteral("Prospect Parent"));
    QPointer<AgentDialog> dialog = m_page->newAgent();
    QTRY_VERIFY(dialog->isVisible());
    auto *level = dialog->findChild<QComboBox *>(QStringLiteral("levelCombo"));
    auto *parent = dialog->findChild<QComboBox *>(QStringLiteral("parentCombo"));
    QVERIFY(!parent->isEnabled());
    QCOMPARE(parent->count(), 1); // the prospect is not offered
    QCOMPARE(parent->itemData(0).toString(), active.uscc);

    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Sub Agent Co."));
    const QString code = cdtest::makeUscc(QStringLiteral("91"), 900);
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("usccEdit")), code);
    level->setCurrentIndex(level->findData(2));
    QVERIFY(parent->isEnabled());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    Result<Agent> sub = AgentService(*m_db).find(code);
    QVERIFY(sub.ok());
    QCOMPARE(sub->level, 2);
    QCOMPARE(sub->parentUscc, active.uscc);
    const int row = m_page->model()->rowOf(code);
    QCOMPARE(m_page->model()->index(row, AgentListModel::Parent).data().toString(),
             QStringLiteral("Active Parent"));
}

void TestAgentsPage::searchAndFiltersRunInSql()
{
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    agent(QStringLiteral("Tongda Networks"));
    agent(QStringLiteral("Yuanjing Media"));
    sign(a);
    m_page->refresh();
    QCOMPARE(m_page->model()->rowCount(), 3);

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    cdtest::typeInto(search, QStringLiteral("tongda"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->filter().text, QStringLiteral("tongda"));
    QCOMPARE(m_page->model()->agent(0)->name, QStringLiteral("Tongda Networks"));
    // The code and the region are searched too.
    cdtest::typeInto(search, a.uscc.left(12));
    QTRY_VERIFY(m_page->model()->rowCount() >= 1 &&
                m_page->model()->filter().text == a.uscc.left(12));
    cdtest::typeInto(search, QStringLiteral("Shanghai"));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(m_page->model()->rowCount(), 3);

    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(QStringLiteral("active")));
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->agent(0)->uscc, a.uscc);
    status->setCurrentIndex(status->findData(QStringLiteral("terminated")));
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("agentsTableEmpty"))
                ->text()
                .contains(QStringLiteral("match")));
    status->setCurrentIndex(0);
    auto *level = m_page->findChild<QComboBox *>(QStringLiteral("levelCombo"));
    level->setCurrentIndex(level->findData(2));
    QCOMPARE(m_page->model()->rowCount(), 0);
    level->setCurrentIndex(level->findData(1));
    QCOMPARE(m_page->model()->rowCount(), 3);
}

void TestAgentsPage::detailShowsHierarchyAndGoesBack()
{
    const Agent parent = agent(QStringLiteral("Huaxin Telecom"));
    sign(parent);
    const Agent sub = agent(QStringLiteral("Huaxin East"), 2, parent.uscc);
    m_page->refresh();

    auto *table = m_page->findChild<QTableView *>(QStringLiteral("agentsTable"));
    const int row = m_page->model()->rowOf(parent.uscc);
    const QRect cell = table->visualRect(m_page->model()->index(row, AgentListModel::Name));
    // A double-click is a press (which the view remembers) and then the double-click event.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTRY_VERIFY(m_page->isShowingDetail());

    AgentDetailPage *detail = m_page->detailPage();
    QVERIFY(detail->isVisible());
    QCOMPARE(detail->findChild<QLabel *>(QStringLiteral("agentName"))->text(), parent.name);
    auto *badge = detail->findChild<StatusBadge *>(QStringLiteral("statusBadge"));
    QCOMPARE(badge->text(), QStringLiteral("Active"));
    QCOMPARE(badge->tone(), StatusBadge::Tone::Positive);
    QVERIFY(detail->findChild<QLabel *>(QStringLiteral("tierBadge"))
                ->text()
                .contains(tierDisplayName(Tier::Standard)));
    QCOMPARE(detail->subAgentModel()->rowCount(), 1);
    QCOMPARE(detail->subAgentModel()->agent(0)->uscc, sub.uscc);
    QVERIFY(detail->findChild<QTableView *>(QStringLiteral("subAgentsTable"))->isVisible());
    QCOMPARE(detail->contractModel()->rowCount(), 1);
    QVERIFY(detail->tabs()->tabText(1).contains(QStringLiteral("(1)")));

    // The sub-agent's page links back to its parent.
    QVERIFY(m_page->openAgent(sub.uscc));
    auto *link = detail->findChild<QLabel *>(QStringLiteral("parentLink"));
    QVERIFY(link->isVisible());
    QVERIFY(link->text().contains(parent.name));
    QVERIFY(!detail->findChild<QTableView *>(QStringLiteral("subAgentsTable"))->isVisible());
    emit link->linkActivated(parent.uscc);
    QCOMPARE(detail->agent().uscc, parent.uscc);

    // Esc returns to the list, the agent still selected.
    QTest::keyClick(detail->findChild<QTabWidget *>(QStringLiteral("detailTabs")), Qt::Key_Escape);
    QTRY_VERIFY(!m_page->isShowingDetail());
    QVERIFY(table->isVisible());
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(),
             m_page->model()->rowOf(parent.uscc));
}

// The list's context menu: Open (as the button, enabled with it) and Copy
// Row, which puts the row's cells on the clipboard, tab-separated.
void TestAgentsPage::contextMenuOpensAndCopies()
{
    const Agent a = agent(QStringLiteral("Huaxin Telecom"));
    m_page->refresh();
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("agentsTable"));
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    auto *open = table->findChild<QAction *>(QStringLiteral("openButtonAction"));
    auto *copy = table->findChild<QAction *>(QStringLiteral("copyRowAction"));
    QVERIFY(open && copy);
    QCOMPARE(table->actions().constFirst(), open);
    table->clearSelection();
    QTRY_VERIFY(!open->isEnabled()); // nothing selected: the button is off too
    const int row = m_page->model()->rowOf(a.uscc);
    table->selectRow(row);
    QTRY_VERIFY(open->isEnabled());
    copy->trigger();
    const QStringList cells = QGuiApplication::clipboard()->text().split(QLatin1Char('\t'));
    QVERIFY(cells.contains(a.name));
    QVERIFY(cells.contains(a.uscc));
    open->trigger();
    QTRY_VERIFY(m_page->isShowingDetail());
    QCOMPARE(m_page->detailPage()->agent().uscc, a.uscc);
}

void TestAgentsPage::importRefusalListsTheRows()
{
    const QString good = cdtest::makeUscc(QStringLiteral("91"), 501);
    const QString individual = cdtest::makeUscc(QStringLiteral("92"), 502);
    const QString path = m_dir->filePath(QStringLiteral("agents.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name,uscc,level\nGood Co.,%1,1\nZhang Shop,%2,1\n")
                    .arg(good, individual)
                    .toUtf8());
    }
    QVERIFY(!m_page->importFile(path));
    auto *panel = m_page->findChild<QFrame *>(QStringLiteral("importPanel"));
    QVERIFY(panel->isVisible());
    const QString errors =
        m_page->findChild<QPlainTextEdit *>(QStringLiteral("importErrors"))->toPlainText();
    QVERIFY2(errors.contains(QStringLiteral(":3:")), qPrintable(errors)); // the 92 row's line
    QVERIFY(errors.contains(QStringLiteral("§1.1")));
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY(AgentService(*m_db).list({})->isEmpty()); // all rows or none

    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("name,uscc,level\nGood Co.,%1,1\n").arg(good).toUtf8());
    }
    cdtest::PrompterGuard guard;
    guard.prompter.fileToOpen = path;
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->agent(0)->uscc, good);
}

void TestAgentsPage::auditorsOnlyRead()
{
    agent(QStringLiteral("Huaxin Telecom"));
    const Actor auditor{QStringLiteral("qian"), Role::Auditor};
    AgentsPage page(PageContext{m_db.get(), auditor, m_bar});
    page.show();
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("newAgentButton"))->isVisible());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("importButton"))->isVisible());
    QVERIFY(!page.newAgent());
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.openAgent(page.model()->agent(0)->uscc));
    AgentDetailPage *detail = page.detailPage();
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("signContractButton"))->isVisible());
    QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("takeOverButton"))->isVisible());
    QVERIFY(!detail->signContract());
}

QTEST_MAIN(TestAgentsPage)
#include "tst_AgentsPage.moc"
