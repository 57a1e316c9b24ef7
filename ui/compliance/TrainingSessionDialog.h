#pragma once

#include "common/Actor.h"
#include "compliance/TrainingService.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace cd {

class Database;
class MessageBar;

// A platform training session (§2.7): date, topic and trainer.
class TrainingSessionDialog : public QDialog
{
    Q_OBJECT

public:
    TrainingSessionDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    const TrainingSession &created() const { return m_created; }
    MessageBar *messageBar() const { return m_messageBar; }
    void accept() override;

private:
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    TrainingSession m_created;
    MessageBar *m_messageBar;
    QDateEdit *m_dateEdit;
    QLineEdit *m_topicEdit;
    QLineEdit *m_trainerEdit;
    QPushButton *m_okButton;
};

} // namespace cd
