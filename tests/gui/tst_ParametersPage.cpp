// The business-parameter page: a form from the specs; Save goes through
// Parameters::set and lands in the audit log.

#include "GuiTestSupport.h"

#include "audit/AuditLog.h"
#include "settings/Parameters.h"
#include "settings/ParametersPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestParametersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEverySpecWithItsValue();
    void savesChangesThroughParameters();
    void badValueSavesNothing();
    void revertAndDefaults();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    ParametersPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
};

void TestParametersPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestParametersPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new ParametersPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1000, 700);
    m_host->show();
}

void TestParametersPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

void TestParametersPage::showsEverySpecWithItsValue()
{
    for (const ParameterSpec &spec : Parameters::specs()) {
        QWidget *editor = m_page->findChild<QWidget *>(QStringLiteral("param_") + spec.key);
        QVERIFY2(editor, qPrintable(spec.key));
        QCOMPARE(m_page->editorValue(spec.key), spec.defaultValue);
        if (spec.isList) {
            QVERIFY(qobject_cast<QLineEdit *>(editor));
        } else {
            auto *spin = qobject_cast<QSpinBox *>(editor);
            QVERIFY(spin);
            QCOMPARE(spin->minimum(), spec.minimum);
            QCOMPARE(spin->maximum(), spec.maximum);
        }
    }
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

void TestParametersPage::savesChangesThroughParameters()
{
    auto *grace = m_page->findChild<QSpinBox *>(QStringLiteral("param_grace_days"));
    auto *reminders = m_page->findChild<QLineEdit *>(QStringLiteral("param_reminder_offsets"));
    auto *save = m_page->findChild<QPushButton *>(QStringLiteral("saveButton"));
    cdtest::typeInto(grace, QStringLiteral("20"));
    cdtest::typeInto(reminders, QStringLiteral("30, 14, 7"));
    QCOMPARE(grace->value(), 20);
    QVERIFY(save->isEnabled());
    QCOMPARE(m_page->changedKeys().size(), 2);

    QTest::mouseClick(save, Qt::LeftButton);

    Parameters parameters(*m_db);
    QCOMPARE(*parameters.value(QStringLiteral("grace_days")), QStringLiteral("20"));
    QCOMPARE(*parameters.value(QStringLiteral("reminder_offsets")), QStringLiteral("30,14,7"));
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(!save->isEnabled());
    QVERIFY(m_page->changedKeys().isEmpty());

    // Audited with who, old and new value and the clause.
    AuditFilter filter;
    filter.text = QStringLiteral("grace_days");
    Result<QVector<AuditEntry>> entries = AuditLog::page(*m_db, filter, 0, 10);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    const AuditEntry &e = entries->first();
    QCOMPARE(e.action, QStringLiteral("parameter.set"));
    QCOMPARE(e.userName, QStringLiteral("admin"));
    QCOMPARE(e.oldValue, QStringLiteral("15"));
    QCOMPARE(e.newValue, QStringLiteral("20"));
    QCOMPARE(e.clause, QStringLiteral("§2.10"));
}

void TestParametersPage::badValueSavesNothing()
{
    auto *grace = m_page->findChild<QSpinBox *>(QStringLiteral("param_grace_days"));
    auto *reminders = m_page->findChild<QLineEdit *>(QStringLiteral("param_reminder_offsets"));
    cdtest::typeInto(grace, QStringLiteral("21"));
    cdtest::typeInto(reminders, QStringLiteral("30,400")); // above the allowed 365
    QVERIFY(!m_page->save());
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY(m_bar->text().contains(QStringLiteral("400")));
    // Nothing was written, not even the good value; the edits stay for fixing.
    Parameters parameters(*m_db);
    QCOMPARE(*parameters.value(QStringLiteral("grace_days")), QStringLiteral("15"));
    QCOMPARE(*parameters.value(QStringLiteral("reminder_offsets")), QStringLiteral("30,15,7"));
    QCOMPARE(grace->value(), 21);
}

void TestParametersPage::revertAndDefaults()
{
    Parameters parameters(*m_db);
    QVERIFY(parameters.set(m_admin, QStringLiteral("reclaim_days"), QStringLiteral("120")).ok());
    m_page->reload();
    QCOMPARE(m_page->editorValue(QStringLiteral("reclaim_days")), QStringLiteral("120"));

    m_page->setEditorValue(QStringLiteral("reclaim_days"), QStringLiteral("60"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("revertButton")),
                      Qt::LeftButton);
    QCOMPARE(m_page->editorValue(QStringLiteral("reclaim_days")), QStringLiteral("120"));

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("defaultsButton")),
                      Qt::LeftButton);
    QCOMPARE(m_page->editorValue(QStringLiteral("reclaim_days")), QStringLiteral("90"));
    QCOMPARE(m_page->changedKeys(), QStringList{QStringLiteral("reclaim_days")});
    // Defaults are only proposed until saved.
    QCOMPARE(*parameters.value(QStringLiteral("reclaim_days")), QStringLiteral("120"));
}

QTEST_MAIN(TestParametersPage)
#include "tst_ParametersPage.moc"
