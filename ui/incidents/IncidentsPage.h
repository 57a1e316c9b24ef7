#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cd {

class CloseIncidentDialog;
class DisputeDialog;
class IncidentDialog;
class IncidentListModel;

// The Incidents area (§2.8): planned maintenance and outages, newest first,
// with the late-notice and provider-liable flags as badges; recording one,
// closing an ongoing one and recording a customer's dispute against one. The
// selected incident's agents and disputes show below. Auditors read only: the
// actions stay visible but disabled (the services refuse them anyway).
class IncidentsPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit IncidentsPage(const PageContext &context, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    IncidentListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Each opens window-modal and returns at once (nullptr when the action
    // does not apply); the list follows on success.
    IncidentDialog *recordIncident();
    CloseIncidentDialog *closeSelected();
    DisputeDialog *recordDispute();

    void refresh();
    void selectIncident(qint64 id);
    qint64 selectedId() const;

    void refreshFromDatabase() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDetails();
    void updateButtons();
    void done(qint64 id, const QString &message);

    PageContext m_context;
    IncidentListModel *m_model;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_detailTitle;
    QLabel *m_detailText;
    QListWidget *m_disputeList;
    QPushButton *m_recordButton;
    QPushButton *m_closeButton;
    QPushButton *m_disputeButton;
    bool m_shownOnce = false;
};

} // namespace cd
