#include "TrainingPage.h"

#include "agents/AgentService.h"
#include "agents/ListTable.h"
#include "compliance/AttendanceDialog.h"
#include "compliance/TrainingDueModel.h"
#include "compliance/TrainingSessionDialog.h"
#include "compliance/TrainingSessionModel.h"
#include "settings/Parameters.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kSessionHeader = QStringLiteral("ui/training/sessionHeader");
const QString kDueHeader = QStringLiteral("ui/training/dueHeader");
} // namespace

TrainingPage::TrainingPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_sessions(new TrainingSessionModel(*context.database, this))
    , m_due(new TrainingDueModel(*context.database, this))
    , m_sessionTable(new QTableView(this))
    , m_attendeeList(new QListWidget(this))
    , m_dueTable(new QTableView(this))
    , m_dueSummary(new QLabel(this))
    , m_newButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&New Session…"), this))
    , m_attendanceButton(new QPushButton(tr("Record &Attendance…"), this))
{
    setObjectName(QStringLiteral("trainingPage"));

    auto *header = new PageHeader(tr("Training"),
                                  tr("Platform training for every signed agent, due soon after "
                                     "its first contract starts (§2.7)."),
                                  this);
    m_newButton->setObjectName(QStringLiteral("newSessionButton"));
    m_newButton->setShortcut(QKeySequence::New);
    header->addAction(m_newButton);
    m_attendanceButton->setObjectName(QStringLiteral("attendanceButton"));

    auto *sessionsCaption = new QLabel(tr("Sessions"), this);
    sessionsCaption->setFont(Theme::sectionFont(font()));
    auto *sessionsRow = new QHBoxLayout;
    sessionsRow->addWidget(sessionsCaption, 1);
    sessionsRow->addWidget(m_attendanceButton);

    m_sessionTable->setObjectName(QStringLiteral("sessionsTable"));
    m_sessionTable->setModel(m_sessions);
    ListTable::setUp(m_sessionTable, {100, 300, 140, 60}, kSessionHeader);
    ListTable::addRowAction(m_sessionTable, m_attendanceButton);
    ListTable::addEmptyState(m_sessionTable, tr("No training sessions yet."));
    m_attendeeList->setObjectName(QStringLiteral("attendeeList"));
    m_attendeeList->setMaximumWidth(320);
    auto *attendeesCaption = new QLabel(tr("Attended"), this);
    Theme::makeMuted(attendeesCaption);
    auto *attendees = new QVBoxLayout;
    attendees->setSpacing(4);
    attendees->addWidget(attendeesCaption);
    attendees->addWidget(m_attendeeList, 1);
    auto *sessions = new QHBoxLayout;
    sessions->setSpacing(Theme::Spacing);
    sessions->addWidget(m_sessionTable, 1);
    sessions->addLayout(attendees);

    auto *dueCaption = new QLabel(tr("Overdue training (§2.7)"), this);
    dueCaption->setObjectName(QStringLiteral("dueCaption"));
    dueCaption->setFont(Theme::sectionFont(font()));
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    m_dueSummary->setWordWrap(true);
    Theme::makeMuted(m_dueSummary);
    m_dueTable->setObjectName(QStringLiteral("dueTable"));
    m_dueTable->setModel(m_due);
    ListTable::setUp(m_dueTable, {220, 180, 110, 110, 140}, kDueHeader);
    ListTable::addEmptyState(m_dueTable, tr("Every signed agent has been trained."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(sessionsRow);
    layout->addLayout(sessions, 3);
    layout->addSpacing(8);
    layout->addWidget(dueCaption);
    layout->addWidget(m_dueSummary);
    layout->addWidget(m_dueTable, 2);

    setTabOrder(m_newButton, m_attendanceButton);
    setTabOrder(m_attendanceButton, m_sessionTable);
    setTabOrder(m_sessionTable, m_attendeeList);
    setTabOrder(m_attendeeList, m_dueTable);

    m_newButton->setVisible(m_context.actor.canWrite());
    m_attendanceButton->setVisible(m_context.actor.canWrite());

    connect(m_newButton, &QPushButton::clicked, this, [this] { newSession(); });
    connect(m_attendanceButton, &QPushButton::clicked, this, [this] { recordAttendance(); });
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingPage::showAttendees);
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &TrainingPage::showAttendees);
    connect(m_sessionTable, &QTableView::doubleClicked, this, [this] { recordAttendance(); });

    refresh();
}

TrainingPage::~TrainingPage()
{
    ListTable::saveState(m_sessionTable, kSessionHeader);
    ListTable::saveState(m_dueTable, kDueHeader);
}

void TrainingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TrainingPage::refresh()
{
    const qint64 keep = selectedSessionId();
    if (Status s = m_sessions->reload(); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    if (Status s = m_due->reload(QDate::currentDate()); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    const int overdue = m_due->overdueCount();
    const int waiting = m_due->rowCount() - overdue;
    int dueDays = 30;
    if (Result<BusinessParameters> params = Parameters(*m_context.database).load())
        dueDays = params->trainingDueDays;
    m_dueSummary->setText(
        tr("%n agent(s) overdue", nullptr, overdue) + QStringLiteral(" · ") +
        tr("%n more due soon", nullptr, waiting) + tr(". ", "sentence separator") +
        tr("An agent is overdue when %n day(s) have passed since its first contract's start "
           "and it has not yet attended a session.",
           nullptr, dueDays));
    if (keep)
        selectSession(keep);
    else if (m_sessions->rowCount() > 0)
        selectSession(m_sessions->session(0)->id);
    showAttendees();
}

qint64 TrainingPage::selectedSessionId() const
{
    const QModelIndexList rows = m_sessionTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const TrainingSession *s = m_sessions->session(rows.first().row());
    return s ? s->id : 0;
}

void TrainingPage::selectSession(qint64 id)
{
    const int row = m_sessions->rowOf(id);
    if (row < 0)
        return;
    m_sessionTable->selectRow(row);
    m_sessionTable->setCurrentIndex(m_sessions->index(row, TrainingSessionModel::HeldOn));
}

void TrainingPage::showAttendees()
{
    m_attendeeList->clear();
    const qint64 id = selectedSessionId();
    if (id) {
        Result<QStringList> codes = TrainingService(*m_context.database).attendees(id);
        if (codes) {
            AgentService agents(*m_context.database);
            for (const QString &code : *codes) {
                Result<Agent> a = agents.find(code);
                auto *item = new QListWidgetItem(a ? a->name : code, m_attendeeList);
                item->setToolTip(code);
            }
        }
        if (m_attendeeList->count() == 0) {
            auto *none = new QListWidgetItem(tr("No attendance recorded yet."), m_attendeeList);
            none->setFlags(Qt::NoItemFlags); // a remark, not a record
        }
    }
    updateButtons();
}

void TrainingPage::updateButtons()
{
    m_attendanceButton->setEnabled(m_context.actor.canWrite() && selectedSessionId() != 0);
}

TrainingSessionDialog *TrainingPage::newSession()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new TrainingSessionDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TrainingSession s = dialog->created();
        refresh();
        selectSession(s.id);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("Session \"%1\" added. Record who attended with \"Record Attendance…\".")
                    .arg(s.topic));
    });
    dialog->open();
    return dialog;
}

AttendanceDialog *TrainingPage::recordAttendance()
{
    const int row = m_sessions->rowOf(selectedSessionId());
    const TrainingSession *s = m_sessions->session(row);
    if (!s || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new AttendanceDialog(*m_context.database, m_context.actor, *s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const int n = dialog->recorded();
        refresh();
        selectSession(id);
        if (m_context.messageBar)
            m_context.messageBar->showSuccess(
                tr("Attendance of %n agent(s) recorded (§2.7).", nullptr, n));
    });
    dialog->open();
    return dialog;
}

} // namespace cd
