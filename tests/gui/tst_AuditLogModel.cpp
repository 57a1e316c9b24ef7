// The audit log model: keyset paging, newest first, filters in SQL.

#include "GuiTestSupport.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "storage/WriteTransaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace cd;

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsInPagesNewestFirst();
    void filtersByTextUserAndDate();
    void columnsShowTheEntry();

private:
    void record(int count, const QString &user, const QString &action, const QString &at = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAuditLogModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
}

void TestAuditLogModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditLogModel::record(int count, const QString &user, const QString &action,
                               const QString &at)
{
    WriteTransaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    for (int i = 0; i < count; ++i) {
        AuditEntry e;
        e.at = at;
        e.action = action;
        e.entity = QStringLiteral("agent");
        e.entityId = QStringLiteral("%1-%2").arg(action).arg(i);
        e.oldValue = QStringLiteral("old %1").arg(i);
        e.newValue = QStringLiteral("new %1").arg(i);
        e.clause = QStringLiteral("§2.4");
        QVERIFY(AuditLog::record(*m_db, Actor{user, Role::Manager}, e).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestAuditLogModel::loadsInPagesNewestFirst()
{
    record(450, QStringLiteral("mia"), QStringLiteral("agent.create"));
    AuditLogModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(AuditFilter());

    QCOMPARE(model.rowCount(), AuditLogModel::PageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    // Newest first: ids fall down the rows.
    QVERIFY(model.entry(0)->id > model.entry(1)->id);
    QCOMPARE(model.entry(0)->entityId, QStringLiteral("agent.create-449"));

    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * AuditLogModel::PageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.entry(449)->entityId, QStringLiteral("agent.create-0"));
    // No row twice, none missing.
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.entry(r)->id);
    QCOMPARE(ids.size(), 450);

    // A new entry appears on reload, at the top.
    record(1, QStringLiteral("zoe"), QStringLiteral("price.cut"));
    model.reload();
    QCOMPARE(model.rowCount(), AuditLogModel::PageSize);
    QCOMPARE(model.entry(0)->action, QStringLiteral("price.cut"));
}

void TestAuditLogModel::filtersByTextUserAndDate()
{
    record(5, QStringLiteral("mia"), QStringLiteral("agent.create"),
           QStringLiteral("2026-01-10T08:00:00Z"));
    record(3, QStringLiteral("zoe"), QStringLiteral("price.cut"),
           QStringLiteral("2026-02-20T08:00:00Z"));
    AuditLogModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    AuditFilter filter;
    filter.text = QStringLiteral("price");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.entry(r)->action, QStringLiteral("price.cut"));

    filter = AuditFilter();
    filter.userName = QStringLiteral("mia");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 5);

    filter = AuditFilter();
    filter.from = QDate(2026, 2, 1);
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    filter.from = QDate();
    filter.to = QDate(2026, 1, 10); // inclusive
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 5);

    filter = AuditFilter();
    filter.text = QStringLiteral("no such thing");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditLogModel::columnsShowTheEntry()
{
    record(1, QStringLiteral("mia"), QStringLiteral("agent.create"));
    AuditLogModel model(*m_db);
    model.setFilter(AuditFilter());
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    auto text = [&](AuditLogModel::Column c) { return model.index(0, c).data().toString(); };
    QCOMPARE(text(AuditLogModel::User), QStringLiteral("mia"));
    QCOMPARE(text(AuditLogModel::Action), QStringLiteral("agent.create"));
    QCOMPARE(text(AuditLogModel::Entity), QStringLiteral("agent"));
    QCOMPARE(text(AuditLogModel::Record), QStringLiteral("agent.create-0"));
    QCOMPARE(text(AuditLogModel::OldValue), QStringLiteral("old 0"));
    QCOMPARE(text(AuditLogModel::NewValue), QStringLiteral("new 0"));
    QCOMPARE(text(AuditLogModel::Clause), QStringLiteral("§2.4"));
    QVERIFY(!text(AuditLogModel::At).isEmpty());
    QCOMPARE(model.headerData(AuditLogModel::Clause, Qt::Horizontal).toString(),
             QStringLiteral("Clause"));
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_AuditLogModel.moc"
