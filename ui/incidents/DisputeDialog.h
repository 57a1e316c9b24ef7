#pragma once

#include "common/Actor.h"
#include "incidents/Incident.h"

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class CustomerPicker;
class Database;
class MessageBar;
class StatusBadge;

// Records a customer's dispute against an incident (§2.8). A dispute raised
// during a provider-liable incident, or within the window after it, is
// provider-liable too: the badge says so before it is recorded.
class DisputeDialog : public QDialog
{
    Q_OBJECT

public:
    DisputeDialog(Database &db, const Actor &actor, const Incident &incident,
                  QWidget *parent = nullptr);

    CustomerPicker *customerPicker() const { return m_customer; }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QPlainTextEdit *descriptionEdit() const { return m_descriptionEdit; }
    StatusBadge *liableBadge() const { return m_liableBadge; }
    const Dispute &recorded() const { return m_recorded; }
    MessageBar *messageBar() const { return m_messageBar; }

    void accept() override;

private:
    void updateForm();

    Database &m_db;
    Actor m_actor;
    Incident m_incident;
    Dispute m_recorded;
    MessageBar *m_messageBar;
    CustomerPicker *m_customer;
    QDateEdit *m_dateEdit;
    QPlainTextEdit *m_descriptionEdit;
    StatusBadge *m_liableBadge;
    QPushButton *m_okButton;
};

} // namespace cd
