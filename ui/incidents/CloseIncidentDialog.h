#pragma once

#include "common/Actor.h"
#include "incidents/Incident.h"

#include <QDialog>

class QDateTimeEdit;
class QPushButton;

namespace cd {

class Database;
class MessageBar;
class StatusBadge;

// Ends an ongoing incident (§2.8): the moment it ended, in local time. Shows
// whether it will be provider-liable; the service then works out the
// liability of its disputes again.
class CloseIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    CloseIncidentDialog(Database &db, const Actor &actor, const Incident &incident,
                        QWidget *parent = nullptr);

    QDateTimeEdit *endEdit() const { return m_endEdit; }
    const Incident &closed() const { return m_closed; }
    MessageBar *messageBar() const { return m_messageBar; }

    void accept() override;

private:
    void updateForm();

    Database &m_db;
    Actor m_actor;
    Incident m_incident;
    Incident m_closed;
    MessageBar *m_messageBar;
    QDateTimeEdit *m_endEdit;
    StatusBadge *m_liableBadge;
    QPushButton *m_okButton;
};

} // namespace cd
