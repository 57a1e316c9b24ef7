#pragma once

#include "common/Actor.h"
#include "compliance/TrainingService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd {

class Database;
class MessageBar;

// Records which agents attended a training session (§2.7): a checklist of
// agents, searchable, with those already recorded ticked and fixed and the
// agents due for training listed first.
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(Database &db, const Actor &actor, const TrainingSession &session,
                     QWidget *parent = nullptr);

    // Ticks an agent (by code); false when it is not listed.
    bool setChecked(const QString &uscc, bool checked = true);
    // The newly ticked agents' codes.
    QStringList checkedAgents() const;
    int recorded() const { return m_recorded; }
    MessageBar *messageBar() const { return m_messageBar; }
    void accept() override;

private:
    void filter(const QString &text);
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    TrainingSession m_session;
    int m_recorded = 0;
    MessageBar *m_messageBar;
    QLineEdit *m_searchEdit;
    QListWidget *m_agentList;
    QLabel *m_countLabel;
    QPushButton *m_okButton;
};

} // namespace cd
