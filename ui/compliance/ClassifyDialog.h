#pragma once

#include "common/Actor.h"
#include "compliance/ViolationService.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace cd {

class Database;
class MessageBar;

// §3.9 The manager's classification of a case, with what each choice does
// before it is confirmed: negligent (the agent was deceived) → supervision
// and cooperation goes on; intentional → the contract ends under §3.9.
class ClassifyDialog : public QDialog
{
    Q_OBJECT

public:
    ClassifyDialog(Database &db, const Actor &actor, const Violation &violation,
                   QWidget *parent = nullptr);

    void setClassification(Classification classification);
    Classification classification() const;
    QString explanation() const;
    // What was done, for the page's message bar.
    QString outcome() const { return m_outcome; }
    MessageBar *messageBar() const { return m_messageBar; }

    void accept() override;

private:
    void explain();

    Database &m_db;
    Actor m_actor;
    Violation m_violation;
    QString m_activeContract;
    QString m_outcome;
    MessageBar *m_messageBar;
    QRadioButton *m_negligentRadio;
    QRadioButton *m_intentionalRadio;
    QDateEdit *m_dateEdit;
    QLabel *m_explanation;
    QPushButton *m_okButton;
};

} // namespace cd
