#include "AttendanceDialog.h"

#include "agents/AgentService.h"
#include "agents/FormRows.h"
#include "common/Dates.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace cd {

AttendanceDialog::AttendanceDialog(Database &db, const Actor &actor, const TrainingSession &session,
                                   QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_session(session)
    , m_messageBar(new MessageBar(this))
    , m_searchEdit(new QLineEdit(this))
    , m_agentList(new QListWidget(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Record Attendance"));

    TrainingService training(m_db);
    QSet<QString> attended;
    if (Result<QStringList> codes = training.attendees(session.id))
        attended = QSet<QString>(codes->cbegin(), codes->cend());
    QSet<QString> due;
    if (Result<QVector<TrainingDue>> list = training.untrained(QDate::currentDate(), true)) {
        for (const TrainingDue &d : *list)
            due.insert(d.agentUscc);
    }
    Result<QVector<Agent>> agents = AgentService(m_db).list({});
    if (!agents) {
        m_messageBar->showError(agents.error());
        FormRows::growToFit(this);
    }

    // Agents due for training first, then the rest by name; terminated agents are not trained.
    QVector<Agent> ordered;
    if (agents) {
        for (const Agent &a : *agents) {
            if (a.status != AgentStatus::Terminated && due.contains(a.uscc))
                ordered.append(a);
        }
        for (const Agent &a : *agents) {
            if (a.status != AgentStatus::Terminated && !due.contains(a.uscc))
                ordered.append(a);
        }
    }
    m_agentList->setObjectName(QStringLiteral("agentList"));
    for (const Agent &a : ordered) {
        QString text = QStringLiteral("%1 — %2").arg(a.name, a.uscc);
        if (due.contains(a.uscc))
            text += tr("  (training due)");
        auto *item = new QListWidgetItem(text, m_agentList);
        item->setData(Qt::UserRole, a.uscc);
        if (attended.contains(a.uscc)) {
            item->setFlags(Qt::ItemIsUserCheckable); // recorded already: shown, not changeable
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Find an agent by name or code"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(
        tr("%1 · %2 · %3").arg(Dates::format(session.heldOn), session.topic, session.trainer),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    Theme::makeMuted(intro);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Record Attendance"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_agentList, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(buttons);
    setMinimumSize(520, 480);

    setTabOrder(m_searchEdit, m_agentList);
    setTabOrder(m_agentList, buttons);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &AttendanceDialog::filter);
    connect(m_agentList, &QListWidget::itemChanged, this, &AttendanceDialog::updateButtons);
    m_searchEdit->setFocus();
    updateButtons();
}

bool AttendanceDialog::setChecked(const QString &uscc, bool checked)
{
    for (int i = 0; i < m_agentList->count(); ++i) {
        QListWidgetItem *item = m_agentList->item(i);
        if (item->data(Qt::UserRole).toString() == uscc && (item->flags() & Qt::ItemIsEnabled)) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QStringList AttendanceDialog::checkedAgents() const
{
    QStringList codes;
    for (int i = 0; i < m_agentList->count(); ++i) {
        const QListWidgetItem *item = m_agentList->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            codes << item->data(Qt::UserRole).toString();
    }
    return codes;
}

void AttendanceDialog::filter(const QString &text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_agentList->count(); ++i) {
        QListWidgetItem *item = m_agentList->item(i);
        item->setHidden(!t.isEmpty() && !item->text().contains(t, Qt::CaseInsensitive));
    }
}

void AttendanceDialog::updateButtons()
{
    const int n = int(checkedAgents().size());
    m_countLabel->setText(tr("%n agent(s) to record", nullptr, n));
    m_okButton->setEnabled(n > 0 && m_actor.canWrite());
}

void AttendanceDialog::accept()
{
    const QStringList codes = checkedAgents();
    const Status s = TrainingService(m_db).recordAttendance(m_actor, m_session.id, codes);
    if (!s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
        return;
    }
    m_recorded = int(codes.size());
    QDialog::accept();
}

} // namespace cd
