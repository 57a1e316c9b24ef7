#pragma once

#include "agents/Agent.h"
#include "common/Actor.h"
#include "compliance/ViolationService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Database;
class MessageBar;

// §3.2 A penalty on a case: warning, fine (entered in yuan, kept in fen),
// one-tier downgrade, a stop on new activations for a period, or
// termination; with what it will do before the user confirms.
class PenaltyDialog : public QDialog
{
    Q_OBJECT

public:
    PenaltyDialog(Database &db, const Actor &actor, const Violation &violation,
                  QWidget *parent = nullptr);

    void setKind(PenaltyKind kind);
    PenaltyKind kind() const;
    // The fine typed, in fen; false when it is not an amount of yuan.
    bool fine(Money *amount) const;
    QString explanation() const;
    QString outcome() const { return m_outcome; }
    MessageBar *messageBar() const { return m_messageBar; }

    // "1234.5" or "1,234.50" yuan → fen without floating point; false otherwise.
    static bool parseYuan(const QString &text, Money *amount);

    void accept() override;

private:
    void explain();

    Database &m_db;
    Actor m_actor;
    Violation m_violation;
    Agent m_agent;
    QString m_activeContract;
    QString m_outcome;
    MessageBar *m_messageBar;
    QFormLayout *m_form;
    QComboBox *m_kindCombo;
    QDateEdit *m_decidedEdit;
    QLineEdit *m_fineEdit;
    QDateEdit *m_stopFromEdit;
    QDateEdit *m_stopUntilEdit;
    QLineEdit *m_noteEdit;
    QLabel *m_explanation;
    QPushButton *m_okButton;
};

} // namespace cd
