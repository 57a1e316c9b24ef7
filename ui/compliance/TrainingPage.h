#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cd {

class AttendanceDialog;
class TrainingDueModel;
class TrainingSessionDialog;
class TrainingSessionModel;

// §2.7 Platform training: the sessions and who attended, and the signed
// agents still waiting for training, overdue ones first.
class TrainingPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit TrainingPage(const PageContext &context, QWidget *parent = nullptr);
    ~TrainingPage() override;

    TrainingSessionModel *sessionModel() const { return m_sessions; }
    TrainingDueModel *dueModel() const { return m_due; }
    TrainingSessionDialog *newSession();
    AttendanceDialog *recordAttendance();
    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void selectSession(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedSessionId() const;
    void showAttendees();
    void updateButtons();

    PageContext m_context;
    TrainingSessionModel *m_sessions;
    TrainingDueModel *m_due;
    QTableView *m_sessionTable;
    QListWidget *m_attendeeList;
    QTableView *m_dueTable;
    QLabel *m_dueSummary;
    QPushButton *m_newButton;
    QPushButton *m_attendanceButton;
};

} // namespace cd
