// The audit log page: lists entries, filters by text and user, shows counts
// and the selected entry.

#include "GuiTestSupport.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditLogPage.h"
#include "storage/WriteTransaction.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestAuditLogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEntriesAndFiltersByText();
    void filtersByUser();
    void showsTheSelectedEntry();

private:
    void record(const QString &user, const QString &action, const QString &record);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    AuditLogPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
};

void TestAuditLogPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestAuditLogPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    cdtest::createAdmin(*m_db); // one entry: user.create by admin
    record(QStringLiteral("mia"), QStringLiteral("agent.create"),
           QStringLiteral("Hangzhou Lianxin"));
    record(QStringLiteral("mia"), QStringLiteral("agent.update"),
           QStringLiteral("Hangzhou Lianxin"));
    record(QStringLiteral("zoe"), QStringLiteral("price.cut"), QStringLiteral("P-400-A"));

    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new AuditLogPage(
        PageContext{m_db.get(), Actor{QStringLiteral("admin"), Role::Admin}, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1100, 700);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestAuditLogPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAuditLogPage::record(const QString &user, const QString &action, const QString &id)
{
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    AuditEntry e;
    e.action = action;
    e.entity = action.section(QLatin1Char('.'), 0, 0);
    e.entityId = id;
    e.newValue = QStringLiteral("tier=gold");
    QVERIFY(AuditLog::record(*m_db, Actor{user, Role::Manager}, e).ok());
    QVERIFY(tx.commit().ok());
}

void TestAuditLogPage::listsEntriesAndFiltersByText()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("auditTable"));
    auto *count = m_page->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(table && count);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->model()->index(0, AuditLogModel::Action).data().toString(),
             QStringLiteral("price.cut"));
    QVERIFY(count->text().startsWith(QStringLiteral("4 ")));

    QTest::keyClicks(m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                     QStringLiteral("Lianxin"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(table->model()->index(r, AuditLogModel::Record).data().toString(),
                 QStringLiteral("Hangzhou Lianxin"));
    QVERIFY(count->text().startsWith(QStringLiteral("2 of 4 ")));

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton")),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text().isEmpty());
    QVERIFY(!m_bar->isVisible());
}

void TestAuditLogPage::filtersByUser()
{
    auto *users = m_page->findChild<QComboBox *>(QStringLiteral("userCombo"));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("auditTable"));
    // "All users" and every name in the log.
    QCOMPARE(users->count(), 4);
    QCOMPARE(users->itemText(0), QStringLiteral("All users"));
    QVERIFY(users->findText(QStringLiteral("zoe")) > 0);

    users->setCurrentIndex(users->findText(QStringLiteral("zoe")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, AuditLogModel::User).data().toString(),
             QStringLiteral("zoe"));

    // New entries show after a refresh, the filter kept.
    record(QStringLiteral("zoe"), QStringLiteral("price.set"), QStringLiteral("P-400-B"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("refreshButton")),
                      Qt::LeftButton);
    QCOMPARE(users->currentText(), QStringLiteral("zoe"));
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestAuditLogPage::showsTheSelectedEntry()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("auditTable"));
    auto *details = m_page->findChild<QTextBrowser *>(QStringLiteral("auditDetails"));
    QVERIFY(details->toPlainText().isEmpty());
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(details->toPlainText().contains(QStringLiteral("P-400-A")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("tier=gold")));
}

QTEST_MAIN(TestAuditLogPage)
#include "tst_AuditLogPage.moc"
