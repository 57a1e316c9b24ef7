#include "IncidentDialog.h"

#include "agents/AgentService.h"
#include "agents/FormRows.h"
#include "agents/StatusBadge.h"
#include "incidents/IncidentService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// Now in local time to the minute, `hours` ahead and on the hour when asked.
QDateTime localMinute(int addHours = 0, bool onTheHour = false)
{
    QDateTime t = QDateTime::currentDateTime().addSecs(qint64(addHours) * 3600);
    const QTime time = t.time();
    t.setTime(QTime(time.hour(), onTheHour ? 0 : time.minute()));
    return t;
}

QDateTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(kTimeFormat);
    edit->setTimeSpec(Qt::LocalTime);
    return edit;
}
} // namespace

IncidentDialog::IncidentDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_kindCombo(new QComboBox(this))
    , m_titleEdit(new QLineEdit(this))
    , m_causeCombo(new QComboBox(this))
    , m_startEdit(timeEdit(QStringLiteral("startEdit"), this))
    , m_endEdit(timeEdit(QStringLiteral("endEdit"), this))
    , m_ongoingCheck(new QCheckBox(tr("Still &going on"), this))
    , m_noticeCheck(new QCheckBox(tr("Agents were &told:"), this))
    , m_noticeEdit(timeEdit(QStringLiteral("noticeEdit"), this))
    , m_channelCombo(new QComboBox(this))
    , m_allAgentsCheck(new QCheckBox(tr("&All active agents"), this))
    , m_agentList(new QListWidget(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_lateBadge(new StatusBadge(this))
    , m_liableBadge(new StatusBadge(this))
{
    setObjectName(QStringLiteral("incidentDialog"));
    setWindowTitle(tr("Record Incident"));

    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(incidentKindDisplayName(IncidentKind::Maintenance),
                         incidentKindKey(IncidentKind::Maintenance));
    m_kindCombo->addItem(incidentKindDisplayName(IncidentKind::Outage),
                         incidentKindKey(IncidentKind::Outage));
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleEdit->setPlaceholderText(tr("e.g. Core switch upgrade"));
    m_causeCombo->setObjectName(QStringLiteral("causeCombo"));
    for (IncidentCause c :
         {IncidentCause::Platform, IncidentCause::Carrier, IncidentCause::Attack, IncidentCause::Other})
        m_causeCombo->addItem(incidentCauseDisplayName(c), incidentCauseKey(c));
    m_causeCombo->setToolTip(tr("Only the platform's own failures can make the provider liable; "
                                "carriers and attacks are best-effort (§2.8)"));
    m_ongoingCheck->setObjectName(QStringLiteral("ongoingCheck"));
    m_noticeCheck->setObjectName(QStringLiteral("noticeCheck"));
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    for (NoticeChannel c :
         {NoticeChannel::Letter, NoticeChannel::Fax, NoticeChannel::Phone, NoticeChannel::Email})
        m_channelCombo->addItem(noticeChannelDisplayName(c), noticeChannelKey(c));
    m_allAgentsCheck->setObjectName(QStringLiteral("allAgentsCheck"));
    m_allAgentsCheck->setChecked(true);
    m_agentList->setObjectName(QStringLiteral("agentList"));
    m_agentList->setFixedHeight(fontMetrics().lineSpacing() * 6 + 12);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setPlaceholderText(tr("What happened or will happen, and what agents "
                                             "and customers notice"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_lateBadge->setObjectName(QStringLiteral("lateBadge"));
    m_liableBadge->setObjectName(QStringLiteral("liableBadge"));

    // Planned maintenance two days ahead, announced now.
    m_startEdit->setDateTime(localMinute(48, true));
    m_endEdit->setDateTime(localMinute(50, true));
    m_noticeEdit->setDateTime(localMinute());
    m_noticeCheck->setChecked(true);

    // The agents a notice goes to: active and supervised ones (§2.8).
    AgentFilter filter;
    if (Result<QVector<Agent>> agents = AgentService(m_db).list(filter)) {
        for (const Agent &a : *agents) {
            if (a.status != AgentStatus::Active && a.status != AgentStatus::Supervised)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(a.name, a.uscc),
                                             m_agentList);
            item->setData(Qt::UserRole, a.uscc);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } else {
        m_messageBar->showError(agents.error());
    }

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("Planned maintenance must be announced at least 24 hours before "
                                "it starts; a platform failure of more than 48 hours makes the "
                                "provider liable (§2.8). Times are local."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_endEdit);
    endRow->addWidget(m_ongoingCheck);
    endRow->addStretch(1);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_noticeCheck);
    noticeRow->addWidget(m_noticeEdit);
    auto *by = new QLabel(tr("b&y"), this);
    by->setBuddy(m_channelCombo);
    noticeRow->addWidget(by);
    noticeRow->addWidget(m_channelCombo);
    noticeRow->addStretch(1);
    auto *agentsBox = new QVBoxLayout;
    agentsBox->addWidget(m_allAgentsCheck);
    agentsBox->addWidget(m_agentList);
    auto *flagsRow = new QHBoxLayout;
    flagsRow->addWidget(m_lateBadge);
    flagsRow->addWidget(m_liableBadge);
    flagsRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kindCombo);
    form->addRow(tr("T&itle:"), m_titleEdit);
    form->addRow(tr("&Cause:"), m_causeCombo);
    FormRows::addRow(form, tr("&Start:"), FormRows::leftAligned(m_startEdit), m_startEdit);
    FormRows::addRow(form, tr("&End:"), endRow, m_endEdit);
    FormRows::addRow(form, tr("Notice:"), noticeRow, m_noticeCheck);
    FormRows::addRow(form, tr("Affected a&gents:"), agentsBox, m_allAgentsCheck);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(QString(), flagsRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Record"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(640);

    for (QComboBox *combo : {m_kindCombo, m_causeCombo, m_channelCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentDialog::updateForm);
    for (QDateTimeEdit *edit : {m_startEdit, m_endEdit, m_noticeEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &IncidentDialog::updateForm);
    for (QCheckBox *check : {m_ongoingCheck, m_noticeCheck, m_allAgentsCheck})
        connect(check, &QCheckBox::toggled, this, &IncidentDialog::updateForm);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &IncidentDialog::updateForm);
    updateForm();
}

bool IncidentDialog::checkAgent(const QString &uscc)
{
    for (int i = 0; i < m_agentList->count(); ++i) {
        QListWidgetItem *item = m_agentList->item(i);
        if (item->data(Qt::UserRole).toString() == uscc) {
            m_allAgentsCheck->setChecked(false);
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

IncidentInput IncidentDialog::input() const
{
    IncidentInput in;
    incidentKindFromKey(m_kindCombo->currentData().toString(), &in.kind);
    in.title = m_titleEdit->text().trimmed();
    incidentCauseFromKey(m_causeCombo->currentData().toString(), &in.cause);
    in.startsAt = m_startEdit->dateTime().toUTC();
    const bool ongoing = in.kind == IncidentKind::Outage && m_ongoingCheck->isChecked();
    if (!ongoing)
        in.endsAt = m_endEdit->dateTime().toUTC();
    const bool noticed = in.kind == IncidentKind::Maintenance || m_noticeCheck->isChecked();
    if (noticed) {
        in.noticedAt = m_noticeEdit->dateTime().toUTC();
        noticeChannelFromKey(m_channelCombo->currentData().toString(), &in.channel);
    }
    in.description = m_descriptionEdit->toPlainText().trimmed();
    if (!m_allAgentsCheck->isChecked()) {
        for (int i = 0; i < m_agentList->count(); ++i) {
            const QListWidgetItem *item = m_agentList->item(i);
            if (item->checkState() == Qt::Checked)
                in.agentUsccs << item->data(Qt::UserRole).toString();
        }
    }
    return in;
}

void IncidentDialog::updateForm()
{
    const bool maintenance =
        m_kindCombo->currentData().toString() == incidentKindKey(IncidentKind::Maintenance);
    // Maintenance is planned: it has an end and a notice (§2.8).
    if (maintenance) {
        m_ongoingCheck->setChecked(false);
        m_noticeCheck->setChecked(true);
    }
    m_ongoingCheck->setEnabled(!maintenance);
    m_noticeCheck->setEnabled(!maintenance);
    m_endEdit->setEnabled(!m_ongoingCheck->isChecked());
    m_noticeEdit->setEnabled(m_noticeCheck->isChecked());
    m_channelCombo->setEnabled(m_noticeCheck->isChecked());
    m_agentList->setEnabled(!m_allAgentsCheck->isChecked());

    // The flags the incident will carry, as the core rules decide them.
    const IncidentInput in = input();
    const bool late = IncidentService::lateNotice(in.kind, in.startsAt, in.noticedAt);
    m_lateBadge->setBadge(late ? tr("Late notice: less than 24 hours ahead") : QString(),
                          StatusBadge::Tone::Warning);
    const bool liable = in.startsAt.isValid() &&
                        IncidentService::providerLiable(in.cause, in.startsAt, in.endsAt);
    m_liableBadge->setBadge(liable ? tr("Provider-liable") : QString(),
                            StatusBadge::Tone::Negative);
    m_okButton->setEnabled(m_actor.canWrite() && !in.title.isEmpty());
}

void IncidentDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Incident> recorded = IncidentService(m_db).record(m_actor, input());
    QApplication::restoreOverrideCursor();
    if (!recorded) {
        m_messageBar->showError(recorded.error());
        FormRows::growToFit(this);
        return;
    }
    m_recorded = *recorded;
    QDialog::accept();
}

} // namespace cd
