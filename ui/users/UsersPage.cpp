#include "UsersPage.h"

#include "storage/Database.h"
#include "users/UserDialog.h"
#include "users/UserListModel.h"
#include "users/UserService.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/users/header");
}

UsersPage::UsersPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new UserListModel(*context.database, this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&Add User…"), this))
    , m_roleButton(new QPushButton(tr("Change &Role…"), this))
    , m_passwordButton(
          new QPushButton(Icons::glyph(Icons::Glyph::Key), tr("Reset &Password…"), this))
    , m_activeButton(new QPushButton(tr("&Deactivate"), this))
{
    setObjectName(QStringLiteral("usersPage"));

    auto *header = new PageHeader(tr("Users"),
                                  tr("The accounts that may sign in to this database and their "
                                     "roles. Every change is recorded in the audit log."),
                                  this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_addButton->setShortcut(QKeySequence::New);
    header->addAction(m_addButton);

    m_roleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_passwordButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addStretch(1);
    actions->addWidget(m_roleButton);
    actions->addWidget(m_passwordButton);
    actions->addWidget(m_activeButton);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[UserListModel::ColumnCount] = {200, 160, 120, 170, 170};
    for (int c = 0; c < UserListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->horizontalHeader()->restoreState(QSettings().value(kHeaderState).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    setTabOrder(m_addButton, m_table);
    setTabOrder(m_table, m_roleButton);
    setTabOrder(m_roleButton, m_passwordButton);
    setTabOrder(m_passwordButton, m_activeButton);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addUser(); });
    connect(m_roleButton, &QPushButton::clicked, this, [this] { changeRole(); });
    connect(m_passwordButton, &QPushButton::clicked, this, [this] { resetPassword(); });
    connect(m_activeButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { changeRole(); });

    refresh();
}

UsersPage::~UsersPage()
{
    QSettings().setValue(kHeaderState, m_table->horizontalHeader()->saveState());
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void UsersPage::refresh()
{
    const QString selected = selectedName();
    if (Status s = m_model->reload(); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    select(selected);
    updateButtons();
}

QString UsersPage::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const User *u = m_model->user(rows.first().row());
    return u ? u->name : QString();
}

void UsersPage::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, UserListModel::Name));
}

void UsersPage::updateButtons()
{
    const User *u = m_model->user(m_model->rowOf(selectedName()));
    const bool admin = m_context.actor.isAdmin();
    m_addButton->setEnabled(admin);
    m_roleButton->setEnabled(admin && u);
    m_passwordButton->setEnabled(admin && u);
    m_activeButton->setEnabled(admin && u);
    m_activeButton->setText(u && !u->active ? tr("&Activate") : tr("&Deactivate"));
}

void UsersPage::changed(const QString &name, const QString &message)
{
    refresh();
    select(name);
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(message);
}

UserDialog *UsersPage::addUser()
{
    auto *dialog = new UserDialog(UserDialog::Mode::Create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRole(Role::Manager);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        Result<User> created =
            UserService(*m_context.database)
                .create(m_context.actor, dialog->userName(), dialog->role(), dialog->password());
        if (!created)
            return created.error();
        changed(created->name,
                tr("User \"%1\" added as %2.").arg(created->name, roleDisplayName(created->role)));
        return {};
    });
    dialog->open();
    return dialog;
}

UserDialog *UsersPage::changeRole()
{
    const User *u = m_model->user(m_model->rowOf(selectedName()));
    if (!u || !m_context.actor.isAdmin())
        return nullptr;
    auto *dialog = new UserDialog(UserDialog::Mode::ChangeRole, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUserName(u->name);
    dialog->setRole(u->role);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        const QString name = dialog->userName();
        const Role role = dialog->role();
        if (Status s = UserService(*m_context.database).setRole(m_context.actor, name, role); !s)
            return s;
        changed(name, tr("\"%1\" is now %2.").arg(name, roleDisplayName(role)));
        return {};
    });
    dialog->open();
    return dialog;
}

UserDialog *UsersPage::resetPassword()
{
    const User *u = m_model->user(m_model->rowOf(selectedName()));
    if (!u || !m_context.actor.isAdmin())
        return nullptr;
    auto *dialog = new UserDialog(UserDialog::Mode::ResetPassword, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUserName(u->name);
    dialog->setRole(u->role);
    dialog->setSubmitHandler([this, dialog]() -> Status {
        const QString name = dialog->userName();
        Status s =
            UserService(*m_context.database).setPassword(m_context.actor, name, dialog->password());
        if (!s)
            return s;
        changed(name, tr("The password of \"%1\" was reset.").arg(name));
        return {};
    });
    dialog->open();
    return dialog;
}

void UsersPage::toggleActive()
{
    const User *u = m_model->user(m_model->rowOf(selectedName()));
    if (!u || !m_context.actor.isAdmin())
        return;
    const QString name = u->name;
    const bool activate = !u->active;
    if (!activate &&
        !Dialogs::confirm(this, tr("Deactivate User"),
                          tr("Deactivate \"%1\"? The account can no longer sign in; its entries "
                             "in the audit log stay.")
                              .arg(name),
                          tr("Deactivate")))
        return;
    const Status s = UserService(*m_context.database).setActive(m_context.actor, name, activate);
    if (!s) {
        if (m_context.messageBar)
            m_context.messageBar->showError(s.error());
        return;
    }
    changed(name, activate ? tr("\"%1\" can sign in again.").arg(name)
                           : tr("\"%1\" was deactivated.").arg(name));
}

} // namespace cd
