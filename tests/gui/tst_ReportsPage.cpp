// The Reports area (SPEC §5): the preview shows a report's first rows with
// the translated headers and personal data masked (§2.6) unless a user with
// the right asks; the export writes the file with its byte order mark on a
// worker thread; Cancel from the progress dialog leaves no file and an older
// file as it was; auditors may not lift the mask. Statuses, tiers and other
// keys read as the application's words in the preview, while the exported
// file keeps the keys (issue 8).

#include "NumbersFixture.h"

#include "agents/Agent.h"
#include "csv/PersonalData.h"
#include "numbers/Grade.h"
#include "numbers/Number.h"
#include "pricing/Plan.h"
#include "pricing/Tier.h"
#include "reports/ReportExportJob.h"
#include "reports/ReportPreviewModel.h"
#include "reports/ReportsPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

namespace {
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");
const QString kPhone = QStringLiteral("13812345678"); // NumbersWorld::agent's phone
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previewShowsRowsWithLocalizedHeadersAndMaskedPhone();
    void previewStopsAtItsLimit();
    void previewShowsKeysByTheirNames();
    void previewOfNumbersShowsTheirNames();
    void exportWritesTheFileWithTheMark();
    void cancelLeavesNoFile();
    void cancelKeepsAnOlderFile();
    void auditorMayNotUnmask();

private:
    void build(const Actor &actor);
    int column(const QString &key) const;
    qint64 auditCount(const QString &action);
    // Exports to `path` and cancels through the progress dialog's button.
    void exportAndCancel(const QString &path);
    void shot(const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    ReportsPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    QString m_shots;
};

void TestReportsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(qEnvironmentVariable("CHANNELDESK_LANG", QStringLiteral("en")));
    m_shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
}

void TestReportsPage::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_world->agent(QStringLiteral("Huabei Telecom Services"));
    m_world->agent(QStringLiteral("Jinghua Channel Partners"));
    m_world->agent(QStringLiteral("Beijing Sunrise Trading"), false);
    build(m_world->admin);
}

void TestReportsPage::build(const Actor &actor)
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new ReportsPage(PageContext{m_world->db.get(), actor, m_bar, {}}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1200, 720);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestReportsPage::cleanup()
{
    m_host.reset();
    m_world.reset();
}

int TestReportsPage::column(const QString &key) const
{
    const QVector<ReportColumn> &columns = m_page->model()->columns();
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).key == key)
            return c;
    }
    return -1;
}

qint64 TestReportsPage::auditCount(const QString &action)
{
    return m_world
        ->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                 {{QStringLiteral(":a"), action}})
        .toLongLong();
}

void TestReportsPage::shot(const QString &name)
{
    if (m_shots.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(m_host->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
}

void TestReportsPage::previewShowsRowsWithLocalizedHeadersAndMaskedPhone()
{
    QAbstractItemModelTester tester(m_page->model());
    QVERIFY(m_page->selectReport(QStringLiteral("agents")));
    ReportPreviewModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!model->truncated());

    const int phone = column(QStringLiteral("phone"));
    const int uscc = column(QStringLiteral("uscc"));
    const int name = column(QStringLiteral("name"));
    QVERIFY(phone >= 0 && uscc >= 0 && name >= 0);
    // The translated headers, not the fixed keys of the CLI.
    QCOMPARE(model->headerData(uscc, Qt::Horizontal).toString(),
             QCoreApplication::translate("cd::AgentsReport", "Unified social credit code"));
    QVERIFY(model->headerData(uscc, Qt::Horizontal).toString() != QStringLiteral("uscc"));
    QCOMPARE(m_page->table()->model()->headerData(phone, Qt::Horizontal).toString(),
             QCoreApplication::translate("cd::AgentsReport", "Phone"));

    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r) {
        names << model->index(r, name).data().toString();
        const QString cell = model->index(r, phone).data().toString();
        QCOMPARE(cell, PersonalData::maskPhone(kPhone)); // §2.6 masked by default
        QVERIFY(!cell.contains(QStringLiteral("1234")));
    }
    QVERIFY(names.contains(QStringLiteral("Huabei Telecom Services")));
    QVERIFY(names.contains(QStringLiteral("Beijing Sunrise Trading")));
    shot(QStringLiteral("reports-preview"));

    // A manager who asks sees the phone in full.
    auto *check = m_page->findChild<QCheckBox *>(QStringLiteral("personalDataCheck"));
    QVERIFY(check && check->isEnabled());
    check->click();
    QCOMPARE(model->index(0, phone).data().toString(), kPhone);
}

void TestReportsPage::previewStopsAtItsLimit()
{
    ReportPreviewModel model;
    ReportOptions options;
    options.localizedHeaders = true;
    QVERIFY(model.load(*m_world->db, QStringLiteral("agents"), options, 2));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.truncated());
    QVERIFY(model.load(*m_world->db, QStringLiteral("agents"), options, 3));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.truncated());
    QVERIFY(!model.load(*m_world->db, QStringLiteral("no-such-report"), options));
    QCOMPARE(model.rowCount(), 0);
}

void TestReportsPage::previewShowsKeysByTheirNames()
{
    QVERIFY(m_page->selectReport(QStringLiteral("agents")));
    ReportPreviewModel *model = m_page->model();
    const int name = column(QStringLiteral("name"));
    const int status = column(QStringLiteral("status"));
    const int tier = column(QStringLiteral("tier"));
    QVERIFY(name >= 0 && status >= 0 && tier >= 0);
    QCOMPARE(model->rowCount(), 3);
    QStringList statusKeys;
    for (int r = 0; r < model->rowCount(); ++r) {
        // row() and the user role keep the key the CSV writes; the cell shows its name.
        const QString key = model->row(r).at(status);
        statusKeys << key;
        AgentStatus s = AgentStatus::Prospect;
        QVERIFY2(agentStatusFromKey(key, &s), qPrintable(key));
        QCOMPARE(model->index(r, status).data().toString(), agentStatusDisplayName(s));
        QCOMPARE(model->index(r, status).data(Qt::UserRole).toString(), key);
        QCOMPARE(model->index(r, status).data(Qt::ToolTipRole).toString(), key);
        QCOMPARE(model->row(r).at(tier), QStringLiteral("standard"));
        QCOMPARE(model->index(r, tier).data().toString(), tierDisplayName(Tier::Standard));
        QVERIFY(model->index(r, tier).data().toString() != QStringLiteral("standard"));
        QVERIFY(model->index(r, status).data().toString() != key);
        QCOMPARE(model->index(r, tier).data(Qt::UserRole).toString(), QStringLiteral("standard"));
        if (model->row(r).at(name) == QStringLiteral("Beijing Sunrise Trading")) {
            // No contract yet: a prospect.
            QCOMPARE(key, QStringLiteral("prospect"));
            QCOMPARE(model->index(r, status).data().toString(),
                     agentStatusDisplayName(AgentStatus::Prospect));
        }
    }
    QVERIFY(statusKeys.contains(QStringLiteral("prospect")));

    // The exported file keeps the keys of SPEC §5, under the translated headers.
    const QString path = m_world->dir.filePath(QStringLiteral("agents-keys.csv"));
    QSignalSpy finished(m_page, &ReportsPage::exportFinished);
    QVERIFY(m_page->startExport(path));
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(kBom.size()))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QStringList written;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        QVERIFY(cells.size() > tier);
        written << cells.at(status);
        QCOMPARE(cells.at(tier), QStringLiteral("standard"));
    }
    written.sort();
    statusKeys.sort();
    QCOMPARE(written, statusKeys);
    QVERIFY(!lines.mid(1).join(QLatin1Char('\n')).contains(tierDisplayName(Tier::Standard)));
}

void TestReportsPage::previewOfNumbersShowsTheirNames()
{
    m_world->pool({QStringLiteral("4001234567"), QStringLiteral("4008008888")});
    QVERIFY(m_page->selectReport(QStringLiteral("numbers")));
    ReportPreviewModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 2);
    const int number = column(QStringLiteral("number"));
    const int carrier = column(QStringLiteral("carrier"));
    const int grade = column(QStringLiteral("grade"));
    const int status = column(QStringLiteral("status"));
    QVERIFY(number >= 0 && carrier >= 0 && grade >= 0 && status >= 0);
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->row(r).at(status), QStringLiteral("available"));
        QCOMPARE(model->index(r, status).data().toString(),
                 numberStatusDisplayName(NumberStatus::Available));
        QCOMPARE(model->row(r).at(carrier), QStringLiteral("telecom"));
        QCOMPARE(model->index(r, carrier).data().toString(),
                 carrierDisplayName(QStringLiteral("telecom")));
        QVERIFY(model->index(r, carrier).data().toString() != QStringLiteral("telecom"));
        // The number itself is plain text, shown as it is.
        QCOMPARE(model->index(r, number).data().toString(), model->row(r).at(number));
    }
    const int premium = model->row(0).at(number) == QStringLiteral("4008008888") ? 0 : 1;
    QCOMPARE(model->row(premium).at(grade), gradeKey(Grade::Premium));
    QCOMPARE(model->index(premium, grade).data().toString(), gradeDisplayName(Grade::Premium));
    QVERIFY(model->index(premium, grade).data().toString() != gradeKey(Grade::Premium));
    shot(QStringLiteral("reports-preview-numbers"));
}

void TestReportsPage::exportWritesTheFileWithTheMark()
{
    cdtest::PrompterGuard guard;
    const QString path = m_world->dir.filePath(QStringLiteral("agents.csv"));
    guard.prompter.fileToSave = path;
    QVERIFY(m_page->selectReport(QStringLiteral("agents")));
    QSignalSpy finished(m_page, &ReportsPage::exportFinished);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QVERIFY(m_page->exportJob()->isRunning() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(!m_page->progressDialog());
    QVERIFY(button->isEnabled());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(kBom));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(kBom.size())).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and three agents
    // The GUI writes the translated headers.
    QVERIFY(lines.at(0).contains(
        QCoreApplication::translate("cd::AgentsReport", "Unified social credit code")));
    QVERIFY(bytes.contains(PersonalData::maskPhone(kPhone).toUtf8()));
    QVERIFY(!bytes.contains(kPhone.toUtf8()));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->text().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(auditCount(QStringLiteral("export.agents")), qint64(1));
}

void TestReportsPage::exportAndCancel(const QString &path)
{
    QVERIFY(m_page->selectReport(QStringLiteral("agents")));
    ReportsPage *page = m_page;
    int calls = 0;
    // On the worker, at the exporter's progress report: press Cancel in the
    // dialog as the user would, on the window's thread, and wait for it.
    page->exportJob()->setProgressHook([page, &calls](qint64) {
        ++calls;
        QMetaObject::invokeMethod(
            page,
            [page] {
                QProgressDialog *dialog = page->progressDialog();
                QVERIFY(dialog);
                auto *cancel = dialog->findChild<QPushButton *>();
                QVERIFY(cancel);
                cancel->click();
            },
            Qt::BlockingQueuedConnection);
    });
    QSignalSpy finished(m_page, &ReportsPage::exportFinished);
    QVERIFY(m_page->startExport(path));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(calls >= 1);
    QVERIFY(m_page->exportJob()->wasCancelled());
    QCOMPARE(m_bar->type(), MessageBar::Type::Information);
    QVERIFY(!m_page->progressDialog());
    QCOMPARE(auditCount(QStringLiteral("export.agents")), qint64(0));
    // No temporary file of the QSaveFile stays beside the target either.
    const QStringList left = QDir(m_world->dir.path()).entryList({QStringLiteral("*.csv*")}, QDir::Files);
    QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(','))));
}

void TestReportsPage::cancelLeavesNoFile()
{
    const QString path = m_world->dir.filePath(QStringLiteral("cancelled.csv"));
    exportAndCancel(path);
    QVERIFY(!QFile::exists(path));
}

void TestReportsPage::cancelKeepsAnOlderFile()
{
    const QString path = m_world->dir.filePath(QStringLiteral("older.csv"));
    const QByteArray older = QByteArrayLiteral("an older export\r\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(older), older.size());
    }
    exportAndCancel(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), older);
    QVERIFY(m_bar->text().contains(QDir::toNativeSeparators(path)));
}

void TestReportsPage::auditorMayNotUnmask()
{
    build(Actor{QStringLiteral("qian"), Role::Auditor});
    auto *check = m_page->findChild<QCheckBox *>(QStringLiteral("personalDataCheck"));
    QVERIFY(check);
    QVERIFY(!check->isEnabled());
    QVERIFY(check->toolTip().contains(QStringLiteral("§2.6")));
    m_page->setIncludePersonalData(true); // ignored for an auditor
    QVERIFY(!check->isChecked());
    QVERIFY(m_page->selectReport(QStringLiteral("agents")));
    const int phone = column(QStringLiteral("phone"));
    QCOMPARE(m_page->model()->index(0, phone).data().toString(), PersonalData::maskPhone(kPhone));
    // An auditor may still export, masked.
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(button && button->isEnabled());
}

QTEST_MAIN(TestReportsPage)
#include "tst_ReportsPage.moc"
