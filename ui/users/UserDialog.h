#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class MessageBar;

// One account change: a new user (name, role, password twice), a new role, or
// a new password (twice). OK runs the submit handler; its error shows inline
// and the dialog stays open.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, ChangeRole, ResetPassword };

    explicit UserDialog(Mode mode, QWidget *parent = nullptr);

    void setUserName(const QString &name);
    void setRole(Role role);
    QString userName() const;
    Role role() const;
    QString password() const;
    MessageBar *messageBar() const { return m_messageBar; }

    // Called on OK after the local checks; an error keeps the dialog open.
    void setSubmitHandler(std::function<Status()> handler);
    void accept() override;

private:
    Mode m_mode;
    std::function<Status()> m_submit;
    MessageBar *m_messageBar;
    QLineEdit *m_nameEdit;
    QComboBox *m_roleCombo;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_confirmEdit;
    QPushButton *m_okButton;
};

} // namespace cd
