// User management: add, change role, reset password, activate/deactivate,
// with errors inline and every change through UserService.

#include "GuiTestSupport.h"

#include "audit/AuditLog.h"
#include "users/UserDialog.h"
#include "users/UserListModel.h"
#include "users/UsersPage.h"
#include "widgets/MessageBar.h"
#include "widgets/PageContext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace cd;

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsAUser();
    void addRefusalsStayInTheDialog();
    void changesRoleAndResetsPassword();
    void deactivatesAfterConfirmation();
    void lastAdministratorStays();

private:
    void selectUser(const QString &name);
    UserDialog *openedDialog();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_host;
    UsersPage *m_page = nullptr;
    MessageBar *m_bar = nullptr;
    Actor m_admin;
};

void TestUsersPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("en"));
}

void TestUsersPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = cdtest::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    m_bar = new MessageBar(m_host.get());
    layout->addWidget(m_bar);
    m_page = new UsersPage(PageContext{m_db.get(), m_admin, m_bar}, m_host.get());
    layout->addWidget(m_page);
    m_host->resize(1000, 600);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestUsersPage::cleanup()
{
    m_host.reset();
    m_db.reset();
    m_dir.reset();
}

void TestUsersPage::selectUser(const QString &name)
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("usersTable"));
    const int row = m_page->model()->rowOf(name);
    QVERIFY(row >= 0);
    table->selectRow(row);
}

UserDialog *TestUsersPage::openedDialog()
{
    const QList<UserDialog *> dialogs = m_page->findChildren<UserDialog *>();
    for (UserDialog *d : dialogs) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void TestUsersPage::addsAUser()
{
    QCOMPARE(m_page->model()->rowCount(), 1);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addUserButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(openedDialog());
    QPointer<UserDialog> dialog = openedDialog();
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("mia"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(QStringLiteral("auditor")));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("auditor-pass-1"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("auditor-pass-1"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());

    QCOMPARE(m_page->model()->rowCount(), 2);
    const int row = m_page->model()->rowOf(QStringLiteral("mia"));
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->index(row, UserListModel::Role).data().toString(),
             QStringLiteral("Auditor"));
    QCOMPARE(m_page->model()->index(row, UserListModel::LastLogin).data().toString(),
             QStringLiteral("Never"));
    QCOMPARE(m_bar->type(), MessageBar::Type::Positive);
    QVERIFY(m_bar->isVisible());

    Result<Actor> login =
        UserService(*m_db).login(QStringLiteral("mia"), QStringLiteral("auditor-pass-1"));
    QVERIFY2(login.ok(), qPrintable(login.error().text()));
    QCOMPARE(login->role, Role::Auditor);
    AuditFilter filter;
    filter.text = QStringLiteral("mia");
    Result<QVector<AuditEntry>> audit = AuditLog::page(*m_db, filter, 0, 10);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("user.create"));
    QCOMPARE(audit->first().userName, QStringLiteral("admin"));
}

void TestUsersPage::addRefusalsStayInTheDialog()
{
    UserDialog *dialog = m_page->addUser();
    QTRY_VERIFY(dialog->isVisible());
    auto *bar = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));

    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")),
                     QStringLiteral("admin"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("manager-pass-1"));
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("manager-pass-2"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("differ")));

    // A name taken: core's message, inline, and the dialog stays.
    cdtest::typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("manager-pass-1"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("A user named \"admin\" already exists."));
    QCOMPARE(m_page->model()->rowCount(), 1);
    dialog->reject();
}

void TestUsersPage::changesRoleAndResetsPassword()
{
    QVERIFY(
        UserService(*m_db)
            .create(m_admin, QStringLiteral("mia"), Role::Manager, QStringLiteral("manager-pass-1"))
            .ok());
    m_page->refresh();
    selectUser(QStringLiteral("mia"));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("changeRoleButton"))->isEnabled());

    UserDialog *roleDialog = m_page->changeRole();
    QVERIFY(roleDialog);
    QCOMPARE(roleDialog->userName(), QStringLiteral("mia"));
    QCOMPARE(roleDialog->role(), Role::Manager);
    auto *role = roleDialog->findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(QStringLiteral("admin")));
    roleDialog->accept();
    const int row = m_page->model()->rowOf(QStringLiteral("mia"));
    QCOMPARE(m_page->model()->user(row)->role, Role::Admin);

    selectUser(QStringLiteral("mia"));
    UserDialog *passwordDialog = m_page->resetPassword();
    QVERIFY(passwordDialog);
    cdtest::typeInto(passwordDialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("brand-new-pass"));
    cdtest::typeInto(passwordDialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     QStringLiteral("brand-new-pass"));
    passwordDialog->accept();
    QVERIFY(UserService(*m_db).login(QStringLiteral("mia"), QStringLiteral("brand-new-pass")).ok());
    QVERIFY(
        !UserService(*m_db).login(QStringLiteral("mia"), QStringLiteral("manager-pass-1")).ok());
}

void TestUsersPage::deactivatesAfterConfirmation()
{
    cdtest::PrompterGuard guard;
    QVERIFY(
        UserService(*m_db)
            .create(m_admin, QStringLiteral("mia"), Role::Manager, QStringLiteral("manager-pass-1"))
            .ok());
    m_page->refresh();
    selectUser(QStringLiteral("mia"));
    auto *toggle = m_page->findChild<QPushButton *>(QStringLiteral("activeButton"));
    QCOMPARE(toggle->text(), QStringLiteral("&Deactivate"));

    // "Cancel" leaves the account alone.
    guard.prompter.confirmAnswers = {false};
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 1);
    QVERIFY(m_page->model()->user(m_page->model()->rowOf(QStringLiteral("mia")))->active);

    guard.prompter.confirmAnswers = {true};
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!m_page->model()->user(m_page->model()->rowOf(QStringLiteral("mia")))->active);
    QVERIFY(
        !UserService(*m_db).login(QStringLiteral("mia"), QStringLiteral("manager-pass-1")).ok());
    QCOMPARE(toggle->text(), QStringLiteral("&Activate"));

    // Activating asks nothing.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(guard.prompter.confirmations.size(), 2);
    QVERIFY(m_page->model()->user(m_page->model()->rowOf(QStringLiteral("mia")))->active);
}

void TestUsersPage::lastAdministratorStays()
{
    cdtest::PrompterGuard guard;
    selectUser(QStringLiteral("admin"));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("activeButton")),
                      Qt::LeftButton);
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->type(), MessageBar::Type::Error);
    QVERIFY(m_bar->text().contains(QStringLiteral("last active administrator")));
    QVERIFY(m_page->model()->user(m_page->model()->rowOf(QStringLiteral("admin")))->active);
}

QTEST_MAIN(TestUsersPage)
#include "tst_UsersPage.moc"
