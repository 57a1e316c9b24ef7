// Violation cases (§3.2, §3.9): opening one with evidence, classifying it
// (negligent → supervised), penalties with what they will do, closing, and
// saving evidence back to a file.

#include "../core/DomainFixture.h"
#include "GuiTestSupport.h"

#include "agents/AgentService.h"
#include "compliance/ClassifyDialog.h"
#include "compliance/PenaltyDialog.h"
#include "compliance/ViolationDialog.h"
#include "compliance/ViolationListModel.h"
#include "compliance/ViolationsPage.h"
#include "contracts/ContractService.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestViolationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensACaseWithEvidence();
    void negligentClassificationSupervisesTheAgent();
    void intentionalClassificationSaysTheContractEnds();
    void penaltiesSayWhatTheyDo();
    void parsesYuan_data();
    void parsesYuan();
    void closesAfterConfirmationAndSavesEvidence();
    void contextMenuOffersTheCaseActions();

private:
    Agent signedAgent(const QString &name, const QString &tier = QString());
    qint64 openCase(const Agent &a);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    ViolationsPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
    int m_serial = 0;
};

void TestViolationsPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestViolationsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new ViolationsPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1200, 760);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestViolationsPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

Agent TestViolationsPage::signedAgent(const QString &name, const QString &tier)
{
    AgentInput in;
    in.name = name;
    in.uscc = cdtest::makeUscc(QStringLiteral("91"), ++m_serial);
    in.tier = tier;
    Result<Agent> a = AgentService(*m_db).create(m_admin, in);
    if (!a)
        qFatal("%s", qPrintable(a.error().text()));
    if (!ContractService(*m_db).create(m_admin, a->uscc, QDate::currentDate().year(),
                                       {{1, 1, 1, 1}}, QDate()))
        qFatal("no contract");
    return *AgentService(*m_db).find(a->uscc);
}

qint64 TestViolationsPage::openCase(const Agent &a)
{
    Result<Violation> v =
        ViolationService(*m_db).open(m_admin, a.uscc, QDate::currentDate(), QStringLiteral("§3.9"),
                                     QStringLiteral("Forged business licence"));
    if (!v)
        qFatal("%s", qPrintable(v.error().text()));
    m_page->refresh();
    m_page->selectViolation(v->id);
    return v->id;
}

void TestViolationsPage::opensACaseWithEvidence()
{
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    cdtest::PrompterGuard guard;
    // Before any case is chosen the boxes say why they are empty, and offer nothing to pick.
    for (const char *name : {"penaltyList", "evidenceList"}) {
        auto *list = m_page->findChild<QListWidget *>(QLatin1String(name));
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("No case selected"));
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
    }
    const Agent a = signedAgent(QStringLiteral("Huaxin Telecom"));
    const QString photo = m_dir->filePath(QStringLiteral("licence.png"));
    {
        QFile f(photo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG evidence bytes");
    }
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("newViolationButton")),
                      Qt::LeftButton);
    QPointer<ViolationDialog> dialog = m_page->findChild<ViolationDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *agents = dialog->findChild<QComboBox *>(QStringLiteral("agentCombo"));
    agents->setCurrentIndex(agents->findData(a.uscc));
    QVERIFY(!ok->isEnabled()); // a description is required
    auto *description = dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Customer used a forged business licence"));
    guard.prompter.fileToOpen = photo;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addFileButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->evidenceFiles(), QStringList{photo});
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(m_page->model()->rowCount(), 1);
    const Violation *v = m_page->model()->violation(0);
    QCOMPARE(v->agentUscc, a.uscc);
    QCOMPARE(v->clause, QStringLiteral("§3.9"));
    QCOMPARE(v->evidenceCount, 1);
    QCOMPARE(m_page->model()->index(0, ViolationListModel::State).data().toString(),
             QStringLiteral("Open"));
    QCOMPARE(m_page->model()->index(0, ViolationListModel::Classification).data().toString(),
             QStringLiteral("Not classified"));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    // The new case is selected with its evidence below.
    auto *evidence = m_page->findChild<QListWidget *>(QStringLiteral("evidenceList"));
    QCOMPARE(evidence->count(), 1);
    QVERIFY(evidence->item(0)->text().startsWith(QStringLiteral("licence.png")));
}

void TestViolationsPage::negligentClassificationSupervisesTheAgent()
{
    const Agent a = signedAgent(QStringLiteral("Huaxin Telecom"));
    const qint64 id = openCase(a);
    auto *classify = m_page->findChild<QPushButton *>(QStringLiteral("classifyButton"));
    auto *close = m_page->findChild<QPushButton *>(QStringLiteral("closeCaseButton"));
    QVERIFY(classify->isEnabled());
    QVERIFY(!close->isEnabled()); // classify first (§3.9)
    QTest::mouseClick(classify, Qt::LeftButton);
    QPointer<ClassifyDialog> dialog = m_page->findChild<ClassifyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled()); // nothing chosen yet
    QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("negligentRadio")),
                      Qt::LeftButton);
    QVERIFY(ok->isEnabled());
    const QString explanation =
        dialog->findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    QVERIFY2(explanation.contains(QStringLiteral("becomes supervised")), qPrintable(explanation));
    QVERIFY(explanation.contains(QStringLiteral("§3.9")));
    QCOMPARE(AgentService(*m_db).find(a.uscc)->status, AgentStatus::Active); // not yet
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(AgentService(*m_db).find(a.uscc)->status, AgentStatus::Supervised);
    QCOMPARE(ViolationService(*m_db).find(id)->classification, Classification::Negligent);
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->rowOf(id), ViolationListModel::Classification)
                 .data()
                 .toString(),
             QStringLiteral("Negligent (deceived)"));
    QVERIFY(m_bar->text().contains(QStringLiteral("supervised")));
    QVERIFY(!classify->isEnabled()); // classified once
    QVERIFY(close->isEnabled());
}

void TestViolationsPage::intentionalClassificationSaysTheContractEnds()
{
    const Agent a = signedAgent(QStringLiteral("Huaxin Telecom"));
    openCase(a);
    QPointer<ClassifyDialog> dialog = m_page->classifySelected();
    QVERIFY(dialog);
    dialog->setClassification(Classification::Intentional);
    const QString contract = ContractService(*m_db).list({a.id, QString(), 0})->first().number;
    QVERIFY(dialog->explanation().contains(contract));
    QVERIFY(dialog->explanation().contains(QStringLiteral("terminated under §3.9")));
    dialog->reject();
    QCOMPARE(AgentService(*m_db).find(a.uscc)->status, AgentStatus::Active);
}

void TestViolationsPage::penaltiesSayWhatTheyDo()
{
    const Agent a = signedAgent(QStringLiteral("Gold Partner"), QStringLiteral("gold"));
    const qint64 id = openCase(a);
    QPointer<PenaltyDialog> dialog = m_page->penaliseSelected();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
    auto *fine = dialog->findChild<QLineEdit *>(QStringLiteral("fineEdit"));
    QVERIFY(!fine->isVisible());

    dialog->setKind(PenaltyKind::Downgrade);
    QVERIFY2(dialog->explanation().contains(
                 QStringLiteral("from %1 to %2")
                     .arg(tierDisplayName(Tier::Gold), tierDisplayName(Tier::Silver))),
             qPrintable(dialog->explanation()));
    QVERIFY(dialog->explanation().contains(QStringLiteral("only way")));
    QVERIFY(dialog->explanation().contains(QStringLiteral("§3.2")));

    dialog->setKind(PenaltyKind::Fine);
    QVERIFY(fine->isVisible());
    QVERIFY(!ok->isEnabled());
    cdtest::typeInto(fine, QStringLiteral("12.3x"));
    QVERIFY(!ok->isEnabled());
    cdtest::typeInto(fine, QStringLiteral("5,000.5"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->explanation().contains(Money::fromFen(500050).display()));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    Result<QVector<Penalty>> penalties = ViolationService(*m_db).penalties(id);
    QCOMPARE(penalties->size(), 1);
    QCOMPARE(penalties->first().kind, PenaltyKind::Fine);
    QCOMPARE(penalties->first().amount.fen(), qint64(500050));
    QVERIFY(m_page->model()
                ->index(m_page->model()->rowOf(id), ViolationListModel::Penalties)
                .data()
                .toString()
                .contains(QStringLiteral("Fine")));
    QCOMPARE(m_page->findChild<QListWidget *>(QStringLiteral("penaltyList"))->count(), 1);

    // A downgrade through the dialog lowers the tier by one.
    dialog = m_page->penaliseSelected();
    dialog->setKind(PenaltyKind::Downgrade);
    dialog->accept();
    QCOMPARE(AgentService(*m_db).find(a.uscc)->tier, Tier::Silver);
}

void TestViolationsPage::parsesYuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("whole") << QStringLiteral("5000") << true << qint64(500000);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << true << qint64(1250);
    QTest::newRow("two decimals") << QStringLiteral("0.05") << true << qint64(5);
    QTest::newRow("grouped") << QStringLiteral("1,234.50") << true << qint64(123450);
    QTest::newRow("yen sign") << QStringLiteral("¥88") << true << qint64(8800);
    QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("5k") << false << qint64(0);
}

void TestViolationsPage::parsesYuan()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    Money amount;
    QCOMPARE(PenaltyDialog::parseYuan(text, &amount), ok);
    if (ok)
        QCOMPARE(amount.fen(), fen);
}

// Right-click on a case offers the page's case actions in the order of its
// buttons, above Copy Row, each enabled exactly when its button is and doing
// what the button does.
void TestViolationsPage::contextMenuOffersTheCaseActions()
{
    const Agent a = signedAgent(QStringLiteral("Huaxin Telecom"));
    openCase(a);
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("violationsTable"));
    QVERIFY(table);
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    for (QAction *action : table->actions())
        names << action->objectName();
    QCOMPARE(names, (QStringList{QStringLiteral("classifyButtonAction"),
                                 QStringLiteral("penaltyButtonAction"),
                                 QStringLiteral("addEvidenceButtonAction"),
                                 QStringLiteral("closeCaseButtonAction"),
                                 QStringLiteral("copyRowAction")}));
    auto *classify = table->findChild<QAction *>(QStringLiteral("classifyButtonAction"));
    auto *close = table->findChild<QAction *>(QStringLiteral("closeCaseButtonAction"));
    QVERIFY(classify->isEnabled());
    QVERIFY(!close->isEnabled()); // as the button: classify first (§3.9)
    classify->trigger();
    QPointer<ClassifyDialog> dialog = m_page->findChild<ClassifyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    m_page->refresh();
    QCOMPARE(classify->isEnabled(),
             m_page->findChild<QPushButton *>(QStringLiteral("classifyButton"))->isEnabled());
}

void TestViolationsPage::closesAfterConfirmationAndSavesEvidence()
{
    cdtest::PrompterGuard guard;
    const Agent a = signedAgent(QStringLiteral("Huaxin Telecom"));
    const qint64 id = openCase(a);
    const QByteArray bytes("%PDF-1.4 spot check report");
    QVERIFY(ViolationService(*m_db)
                .attach(m_admin, id, QStringLiteral("report.pdf"), bytes, QDate::currentDate())
                .ok());
    QVERIFY(ViolationService(*m_db)
                .classify(m_admin, id, Classification::Negligent, QDate::currentDate())
                .ok());
    m_page->refresh();

    auto *evidence = m_page->findChild<QListWidget *>(QStringLiteral("evidenceList"));
    QCOMPARE(evidence->count(), 1);
    evidence->setCurrentRow(0);
    const QString target = m_dir->filePath(QStringLiteral("saved.pdf"));
    guard.prompter.fileToSave = target;
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("saveEvidenceButton")),
                      Qt::LeftButton);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), bytes);

    auto *close = m_page->findChild<QPushButton *>(QStringLiteral("closeCaseButton"));
    guard.prompter.confirmAnswers = {false};
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(ViolationService(*m_db).find(id)->open);
    guard.prompter.confirmAnswers = {true};
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!ViolationService(*m_db).find(id)->open);
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->rowOf(id), ViolationListModel::State)
                 .data()
                 .toString(),
             QStringLiteral("Closed"));
    QVERIFY(!close->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("penaltyButton"))->isEnabled());
}

QTEST_MAIN(TestViolationsPage)
#include "tst_ViolationsPage.moc"
