#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace cd {

class UserDialog;
class UserListModel;

// User management for administrators: the accounts with role, status and
// last sign-in; add, change role, reset password, activate and deactivate,
// all through UserService with the signed-in Actor (audited there).
class UsersPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit UsersPage(const PageContext &context, QWidget *parent = nullptr);
    ~UsersPage() override;

    UserListModel *model() const { return m_model; }
    // The dialogs open window-modal and return at once; they close on success.
    UserDialog *addUser();
    UserDialog *changeRole();
    UserDialog *resetPassword();
    void toggleActive();
    void refresh();
    void refreshFromDatabase() override { refresh(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString selectedName() const;
    void select(const QString &name);
    void updateButtons();
    void changed(const QString &name, const QString &message);

    PageContext m_context;
    UserListModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_roleButton;
    QPushButton *m_passwordButton;
    QPushButton *m_activeButton;
};

} // namespace cd
