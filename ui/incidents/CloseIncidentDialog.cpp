#include "CloseIncidentDialog.h"

#include "agents/FormRows.h"
#include "agents/StatusBadge.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

CloseIncidentDialog::CloseIncidentDialog(Database &db, const Actor &actor,
                                         const Incident &incident, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_incident(incident)
    , m_messageBar(new MessageBar(this))
    , m_endEdit(new QDateTimeEdit(this))
    , m_liableBadge(new StatusBadge(this))
{
    setObjectName(QStringLiteral("closeIncidentDialog"));
    setWindowTitle(tr("Close Incident"));

    m_endEdit->setObjectName(QStringLiteral("endEdit"));
    m_endEdit->setCalendarPopup(true);
    m_endEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_endEdit->setTimeSpec(Qt::LocalTime);
    QDateTime now = QDateTime::currentDateTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_endEdit->setDateTime(now);
    m_liableBadge->setObjectName(QStringLiteral("liableBadge"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *summary = new QLabel(tr("%1 · %2 · %3, started %4")
                                   .arg(incident.title, incidentKindDisplayName(incident.kind),
                                        incidentCauseDisplayName(incident.cause),
                                        IncidentListModel::displayTime(incident.startsAt)),
                               this);
    summary->setObjectName(QStringLiteral("incidentSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    Theme::makeMuted(summary);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    FormRows::addRow(form, tr("&Ended at:"), FormRows::leftAligned(m_endEdit), m_endEdit);
    form->addRow(QString(), FormRows::leftAligned(m_liableBadge));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Close Incident"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CloseIncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_endEdit, &QDateTimeEdit::dateTimeChanged, this, &CloseIncidentDialog::updateForm);
    updateForm();
}

void CloseIncidentDialog::updateForm()
{
    const QDateTime end = m_endEdit->dateTime().toUTC();
    const bool liable = IncidentService::providerLiable(m_incident.cause, m_incident.startsAt, end);
    m_liableBadge->setBadge(liable ? tr("Provider-liable: the platform failed for more than 48 "
                                        "hours (§2.8)")
                                   : QString(),
                            StatusBadge::Tone::Negative);
    m_okButton->setEnabled(m_actor.canWrite());
}

void CloseIncidentDialog::accept()
{
    Result<Incident> closed =
        IncidentService(m_db).close(m_actor, m_incident.id, m_endEdit->dateTime().toUTC());
    if (!closed) {
        m_messageBar->showError(closed.error());
        FormRows::growToFit(this);
        return;
    }
    m_closed = *closed;
    QDialog::accept();
}

} // namespace cd
