// Printing in the GUI: the Contracts page's "Print…" menu (preview, save as
// PDF), the agent page's renewal letter, the provider panel, and the
// renderer's repair of the PDF text layer. With CHANNELDESK_SCREENSHOT_DIR
// set, the preview and the provider panel are saved there as PNG.

#include "NumbersFixture.h"

#include "agents/AgentDetailPage.h"
#include "audit/AuditLog.h"
#include "contracts/ContractListModel.h"
#include "contracts/ContractsPage.h"
#include "print/DocumentRenderer.h"
#include "printouts/PrintPreviewDialog.h"
#include "printouts/PrintMenu.h"
#include "settings/ProviderPanel.h"
#include "settings/ProviderProfile.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contractPreviewHasPages();
    void contractWithoutProviderShowsWhereToSetIt();
    void contractSavedAsPdf();
    void renewalLetterPreview();
    void providerPanelSavesForAdministrators();
    void providerPanelIsReadOnlyForManagers();
    void toUnicodeRepairTouchesOnlyDestinations();

private:
    void setProvider();
    // A page in a host window with a message bar.
    template <typename Page> Page *host(const Actor &actor)
    {
        m_host = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_host.get());
        m_bar = new MessageBar(m_host.get());
        layout->addWidget(m_bar);
        PageContext context;
        context.database = m_world->db.get();
        context.actor = actor;
        context.messageBar = m_bar;
        auto *page = new Page(context, m_host.get());
        layout->addWidget(page);
        m_host->resize(1200, 800);
        m_host->show();
        return page;
    }
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<QWidget> m_host;
    MessageBar *m_bar = nullptr;
    Agent m_agent;
    const Actor m_manager{QStringLiteral("li.na"), Role::Manager};
    QString m_shots;
};

void TestPrinting::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
    m_shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
}

void TestPrinting::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_world->plan(QStringLiteral("STD"), 100000);
    m_agent = m_world->agent(QStringLiteral("长城方门通信有限公司"));
}

void TestPrinting::cleanup()
{
    m_host.reset();
    m_world.reset();
}

void TestPrinting::setProvider()
{
    Provider p;
    p.name = QStringLiteral("江苏华通信息服务有限公司");
    p.licence = QStringLiteral("B2-20260101");
    QVERIFY(ProviderProfile(*m_world->db).set(m_world->admin, p).ok());
}

void TestPrinting::shoot(QWidget *widget, const QString &name)
{
    if (m_shots.isEmpty())
        return;
    QVERIFY(widget->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
}

void TestPrinting::contractPreviewHasPages()
{
    setProvider();
    auto *page = host<ContractsPage>(m_world->admin);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("printContractButton"));
    QVERIFY(button);
    auto *table = page->findChild<QTableView *>(QStringLiteral("contractsTable"));
    QVERIFY(table);
    table->clearSelection();
    QVERIFY(!button->isEnabled()); // nothing selected
    QCOMPARE(page->model()->rowCount(), 1);
    const QString number = page->model()->contract(0)->number;
    page->selectContract(number);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->menu(), page->printMenu());

    PrintPreviewDialog *dialog = page->printMenu()->preview();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    QTRY_VERIFY(dialog->pageCount() > 0);
    QTRY_COMPARE(preview->pageCount(), dialog->pageCount());
    QVERIFY(dialog->windowTitle().contains(number));
    shoot(dialog, QStringLiteral("contract-preview"));
    dialog->close();
}

void TestPrinting::contractWithoutProviderShowsWhereToSetIt()
{
    auto *page = host<ContractsPage>(m_world->admin);
    page->selectContract(page->model()->contract(0)->number);
    QVERIFY(!page->printMenu()->preview());
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY2(m_bar->text().contains(QLatin1String("Settings")), qPrintable(m_bar->text()));
}

void TestPrinting::contractSavedAsPdf()
{
    setProvider();
    cdtest::PrompterGuard guard;
    QTemporaryDir out;
    guard.prompter.fileToSave = out.filePath(QStringLiteral("contract.pdf"));
    auto *page = host<ContractsPage>(m_manager);
    page->selectContract(page->model()->contract(0)->number);
    QCOMPARE(page->printMenu()->savePdf(), guard.prompter.fileToSave);
    QFile file(guard.prompter.fileToSave);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("/FontFile2")); // fonts embedded
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);

    // Cancelling the file dialog writes nothing.
    guard.prompter.fileToSave.clear();
    QVERIFY(page->printMenu()->savePdf().isEmpty());
}

void TestPrinting::renewalLetterPreview()
{
    setProvider();
    auto *page = host<AgentDetailPage>(m_world->admin);
    QVERIFY(page->setAgent(m_agent.uscc));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("renewalLetterButton"));
    QVERIFY(button);
    QCOMPARE(button->menu(), page->renewalLetterMenu());
    PrintPreviewDialog *dialog = page->renewalLetterMenu()->preview();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->pageCount() > 0);
    QVERIFY(dialog->windowTitle().contains(m_agent.name));
    dialog->close();
}

void TestPrinting::providerPanelSavesForAdministrators()
{
    auto *panel = host<ProviderPanel>(m_world->admin);
    auto *name = panel->findChild<QLineEdit *>(QStringLiteral("providerName"));
    auto *licence = panel->findChild<QLineEdit *>(QStringLiteral("providerLicence"));
    auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveProviderButton"));
    QVERIFY(name && licence && save);
    QVERIFY(!name->isReadOnly());
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(licence, QStringLiteral("B2-1"));
    QVERIFY(!save->isEnabled()); // the name is required
    name->setText(QStringLiteral("华通信息"));
    QVERIFY(save->isEnabled());
    shoot(panel, QStringLiteral("provider-panel"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(!panel->isModified());
    Result<Provider> stored = ProviderProfile(*m_world->db).load();
    QCOMPARE(stored->name, QStringLiteral("华通信息"));
    QCOMPARE(stored->licence, QStringLiteral("B2-1"));
    AuditFilter filter;
    filter.text = QStringLiteral("provider.set");
    QCOMPARE(AuditLog::page(*m_world->db, filter, 0, 10)->size(), 1);
}

void TestPrinting::providerPanelIsReadOnlyForManagers()
{
    setProvider();
    auto *panel = host<ProviderPanel>(m_manager);
    auto *name = panel->findChild<QLineEdit *>(QStringLiteral("providerName"));
    QVERIFY(name->isReadOnly());
    QCOMPARE(name->text(), QStringLiteral("江苏华通信息服务有限公司"));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("saveProviderButton"))->isVisible());
    QVERIFY(!panel->save());
}

void TestPrinting::toUnicodeRepairTouchesOnlyDestinations()
{
    // Glyph codes 2F45 must stay; destinations 2F45 (⽅) and 2ED3 (⻓) become 方 and 长.
    const QByteArray pdf = "stream\n2 beginbfrange\n"
                           "<0000> <0000> <0000>\n"
                           "<2F45> <2F46> [<2F45> <0041>]\n"
                           "endbfrange\n1 beginbfchar\n<2F45> <2ED3>\nendbfchar\nendstream\n";
    const QHash<uint, uint> map{{0x2F45, 0x65B9}, {0x2ED3, 0x957F}};
    const QByteArray fixed = DocumentRenderer::fixToUnicode(pdf, map);
    QCOMPARE(fixed.size(), pdf.size());
    QCOMPARE(fixed, QByteArray("stream\n2 beginbfrange\n"
                               "<0000> <0000> <0000>\n"
                               "<2F45> <2F46> [<65B9> <0041>]\n"
                               "endbfrange\n1 beginbfchar\n<2F45> <957F>\nendbfchar\nendstream\n"));

    // The map comes from the fonts: a document with 方 maps ⽅ to it.
    QTextDocument doc;
    doc.setDefaultFont(DocumentRenderer::bodyFont());
    doc.setPlainText(QStringLiteral("甲方"));
    const QHash<uint, uint> radicals = DocumentRenderer::radicalMap(doc);
    if (radicals.isEmpty())
        QSKIP("no CJK font that shares glyphs with the radicals blocks");
    QCOMPARE(radicals.value(0x2F45), 0x65B9u);
}

QTEST_MAIN(TestPrinting)
#include "tst_Printing.moc"
