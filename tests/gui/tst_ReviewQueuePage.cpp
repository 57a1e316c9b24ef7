// Qualification reviews (§3.9): the queue with its age, the checklist with
// the handler's documents only when the handler is not the legal
// representative, Attach… storing the bytes, Preview and Save As…, and the
// decision: Approve disabled and naming what is missing until the checklist
// is complete; Reject needs a reason.

#include "NumbersFixture.h"

#include "compliance/ReviewService.h"
#include "reviews/ChecklistModel.h"
#include "reviews/DocumentListModel.h"
#include "reviews/DocumentPreviewDialog.h"
#include "reviews/QualificationPanel.h"
#include "reviews/ReviewListModel.h"
#include "reviews/ReviewQueuePage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestReviewQueuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void queueListsOpenReviewsOldestFirst();
    void approveWaitsForEveryDocumentThenApproves();
    void handlerDocumentsOnlyForAnotherHandler();
    void rejectNeedsAReason();
    void previewShowsImagesAndTextAndSaves();

private:
    ReviewQueuePage *showPage();
    QString writeFile(const QString &name, const QByteArray &bytes);
    bool attachVia(QualificationPanel *panel, const QString &kindKey, const QString &file);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<cdtest::NumbersWorld> m_world;
    std::unique_ptr<cdtest::PrompterGuard> m_prompts;
    std::unique_ptr<QWidget> m_host;
    MessageBar *m_bar = nullptr;
    Agent m_agent;
};

void TestReviewQueuePage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestReviewQueuePage::init()
{
    m_world = std::make_unique<cdtest::NumbersWorld>();
    QVERIFY(m_world->open());
    m_prompts = std::make_unique<cdtest::PrompterGuard>();
    m_agent = m_world->agent(QStringLiteral("Huaxin Telecom"));
}

void TestReviewQueuePage::cleanup()
{
    m_host.reset();
    m_prompts.reset();
    m_world.reset();
}

ReviewQueuePage *TestReviewQueuePage::showPage()
{
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    auto *page =
        new ReviewQueuePage(PageContext{m_world->db.get(), m_world->admin, m_bar}, m_host.get());
    layout->addWidget(page);
    m_host->resize(1280, 820);
    m_host->show();
    return QTest::qWaitForWindowExposed(m_host.get()) ? page : nullptr;
}

QString TestReviewQueuePage::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_world->dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Attach… as a user does it: the kind in the combo, the file from the (scripted) file dialog.
bool TestReviewQueuePage::attachVia(QualificationPanel *panel, const QString &kindKey,
                                    const QString &file)
{
    auto *kind = panel->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    const int index = kind->findData(kindKey);
    if (index < 0)
        return false;
    kind->setCurrentIndex(index);
    m_prompts->prompter.fileToOpen = file;
    const int before = panel->documents()->rowCount();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("attachButton")),
                      Qt::LeftButton);
    return panel->documents()->rowCount() == before + 1;
}

void TestReviewQueuePage::queueListsOpenReviewsOldestFirst()
{
    const Customer older =
        m_world->customer(QStringLiteral("Older Co"), m_agent, QStringLiteral("pending"));
    const Customer newer =
        m_world->customer(QStringLiteral("Newer Co"), m_agent, QStringLiteral("pending"));
    m_world->customer(QStringLiteral("Approved Co"), m_agent, QStringLiteral("approved"));
    // The first review waited twelve days.
    SqlQuery q(*m_world->db,
               QStringLiteral("UPDATE reviews SET opened_on = :d WHERE customer_id = :c"));
    q.bind(QStringLiteral(":d"), QDate::currentDate().addDays(-12).toString(Qt::ISODate))
        .bind(QStringLiteral(":c"), older.id);
    QVERIFY(q.exec().ok());

    ReviewQueuePage *page = showPage();
    QVERIFY(page);
    ReviewListModel *queue = page->queue();
    QAbstractItemModelTester tester(queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(queue->rowCount(), 2);
    QCOMPARE(queue->review(0)->customerUscc, older.uscc);
    QCOMPARE(queue->review(1)->customerUscc, newer.uscc);
    QCOMPARE(queue->index(0, ReviewListModel::Age).data().toString(), QStringLiteral("12 days"));
    QCOMPARE(queue->index(1, ReviewListModel::Age).data().toString(), QStringLiteral("0 days"));
    // The oldest is shown at once.
    QCOMPARE(page->qualificationPanel()->customer().uscc, older.uscc);
}

void TestReviewQueuePage::approveWaitsForEveryDocumentThenApproves()
{
    const Customer c =
        m_world->customer(QStringLiteral("Shenzhen Jia Tech"), m_agent, QStringLiteral("pending"));
    ReviewQueuePage *page = showPage();
    QVERIFY(page);
    QVERIFY(page->selectCustomer(c.uscc));
    QualificationPanel *panel = page->qualificationPanel();
    ChecklistModel *checklist = panel->checklist();
    QCOMPARE(checklist->rowCount(), 4);
    auto *approve = panel->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *missing = panel->findChild<QLabel *>(QStringLiteral("missingLabel"));
    QVERIFY(!approve->isEnabled());
    QVERIFY(missing->isVisible());
    QVERIFY(missing->text().contains(QStringLiteral("Business licence")));

    const QStringList kinds{QStringLiteral("business_licence"), QStringLiteral("legal_rep_id"),
                            QStringLiteral("application_form")};
    for (const QString &kind : kinds) {
        const QString file = writeFile(kind + QStringLiteral(".txt"), kind.toUtf8());
        QVERIFY(attachVia(panel, kind, file));
    }
    // One still missing: approval waits and says which.
    QVERIFY(!approve->isEnabled());
    QCOMPARE(missing->text(),
             QStringLiteral("Missing: Commitment letter. Approval waits for them."));
    QCOMPARE(checklist->index(3, ChecklistModel::State).data().toString(),
             QStringLiteral("✗ Missing"));
    QCOMPARE(checklist->index(0, ChecklistModel::State).data().toString(),
             QStringLiteral("✓ On file"));

    const QByteArray letter("We commit to lawful use of 400 numbers.");
    QVERIFY(attachVia(panel, QStringLiteral("commitment_letter"),
                      writeFile(QStringLiteral("commitment.txt"), letter)));
    QVERIFY(!missing->isVisible());
    QVERIFY(approve->isEnabled());
    // The bytes are stored with their SHA-256.
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(letter, QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT sha256 FROM customer_documents WHERE kind = "
                                         "'commitment_letter'"))
                 .toString(),
             sha);

    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT qualification FROM customers WHERE uscc = :u"),
                          {{QStringLiteral(":u"), c.uscc}})
                 .toString(),
             QStringLiteral("approved"));
    QVERIFY(m_bar->text().contains(QStringLiteral("approved")));
    // The decided review leaves the queue; the panel shows the outcome.
    QCOMPARE(page->queue()->rowCount(), 0);
    QVERIFY(!approve->isEnabled());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("decisionState"))
                ->text()
                .startsWith(QStringLiteral("Approved")));
}

void TestReviewQueuePage::handlerDocumentsOnlyForAnotherHandler()
{
    const Customer self =
        m_world->customer(QStringLiteral("Self Handled"), m_agent, QStringLiteral("pending"),
                          QStringLiteral("Li Na"), QStringLiteral("Li Na"));
    const Customer other =
        m_world->customer(QStringLiteral("Handled By Clerk"), m_agent, QStringLiteral("pending"),
                          QStringLiteral("Li Na"), QStringLiteral("Wang Qiang"));
    ReviewQueuePage *page = showPage();
    QVERIFY(page);
    QualificationPanel *panel = page->qualificationPanel();
    QVERIFY(page->selectCustomer(self.uscc));
    QCOMPARE(panel->checklist()->rowCount(), 4);
    QVERIFY(page->selectCustomer(other.uscc));
    QCOMPARE(panel->checklist()->rowCount(), 6);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("handlerLabel"))
                ->text()
                .contains(QStringLiteral("Wang Qiang")));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("missingLabel"))
                ->text()
                .contains(QStringLiteral("Authorisation letter")));
}

void TestReviewQueuePage::rejectNeedsAReason()
{
    const Customer c =
        m_world->customer(QStringLiteral("Shady Co"), m_agent, QStringLiteral("pending"));
    ReviewQueuePage *page = showPage();
    QVERIFY(page);
    QVERIFY(page->selectCustomer(c.uscc));
    QualificationPanel *panel = page->qualificationPanel();
    auto *reject = panel->findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QVERIFY(!reject->isEnabled());
    cdtest::typeInto(panel->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                     QStringLiteral("The licence belongs to another company."));
    QVERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT qualification FROM customers WHERE uscc = :u"),
                          {{QStringLiteral(":u"), c.uscc}})
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(m_world
                 ->scalar(QStringLiteral("SELECT reason FROM reviews WHERE customer_id = :c AND "
                                         "outcome = 'rejected'"),
                          {{QStringLiteral(":c"), c.id}})
                 .toString(),
             QStringLiteral("The licence belongs to another company."));
}

void TestReviewQueuePage::previewShowsImagesAndTextAndSaves()
{
    const Customer c =
        m_world->customer(QStringLiteral("Shenzhen Jia Tech"), m_agent, QStringLiteral("pending"));
    ReviewQueuePage *page = showPage();
    QVERIFY(page);
    QVERIFY(page->selectCustomer(c.uscc));
    QualificationPanel *panel = page->qualificationPanel();

    QImage scan(1600, 1000, QImage::Format_RGB32);
    scan.fill(QColor(0x33, 0x66, 0x99));
    QString png = m_world->dir.filePath(QStringLiteral("licence.png"));
    QVERIFY(scan.save(png));
    QVERIFY(attachVia(panel, QStringLiteral("business_licence"), png));
    QVERIFY(attachVia(panel, QStringLiteral("legal_rep_id"),
                      writeFile(QStringLiteral("id.txt"), QByteArray("ID 110101199003077777"))));
    QVERIFY(attachVia(panel, QStringLiteral("application_form"),
                      writeFile(QStringLiteral("form.bin"), QByteArray("\x00\x01\x02PK", 6))));

    auto *table = panel->findChild<QTableView *>(QStringLiteral("documentsTable"));
    DocumentListModel *docs = panel->documents();
    auto rowOf = [docs](const QString &file) {
        for (int r = 0; r < docs->rowCount(); ++r)
            if (docs->document(r)->fileName == file)
                return r;
        return -1;
    };

    table->selectRow(rowOf(QStringLiteral("licence.png")));
    QPointer<DocumentPreviewDialog> image = panel->previewSelected();
    QVERIFY(image);
    QCOMPARE(image->kind(), DocumentPreviewDialog::Kind::Image);
    auto *label = image->findChild<QLabel *>(QStringLiteral("previewImage"));
    QVERIFY(label);
    QVERIFY(label->pixmap().width() <= 760); // scaled to fit
    image->close();

    table->selectRow(rowOf(QStringLiteral("id.txt")));
    QPointer<DocumentPreviewDialog> text = panel->previewSelected();
    QCOMPARE(text->kind(), DocumentPreviewDialog::Kind::Text);
    QCOMPARE(text->findChild<QPlainTextEdit *>(QStringLiteral("previewText"))->toPlainText(),
             QStringLiteral("ID 110101199003077777"));
    text->close();

    table->selectRow(rowOf(QStringLiteral("form.bin")));
    QPointer<DocumentPreviewDialog> other = panel->previewSelected();
    QCOMPARE(other->kind(), DocumentPreviewDialog::Kind::None);
    QVERIFY(other->findChild<QLabel *>(QStringLiteral("previewNone")));
    other->close();

    // Save As… writes the stored bytes back out, unchanged.
    const QString out = m_world->dir.filePath(QStringLiteral("saved.bin"));
    m_prompts->prompter.fileToSave = out;
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("saveAsButton")),
                      Qt::LeftButton);
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("\x00\x01\x02PK", 6));
}

QTEST_MAIN(TestReviewQueuePage)
#include "tst_ReviewQueuePage.moc"
