#include "DisputeDialog.h"

#include "agents/FormRows.h"
#include "agents/StatusBadge.h"
#include "customers/CustomerPicker.h"
#include "incidents/IncidentService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

DisputeDialog::DisputeDialog(Database &db, const Actor &actor, const Incident &incident,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_incident(incident)
    , m_messageBar(new MessageBar(this))
    , m_customer(new CustomerPicker(db, this))
    , m_dateEdit(new QDateEdit(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_liableBadge(new StatusBadge(this))
{
    setObjectName(QStringLiteral("disputeDialog"));
    setWindowTitle(tr("Record Dispute"));

    // Any customer may dispute, whatever its qualification.
    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_customer->setApprovedOnly(false);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDate(QDate::currentDate());
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setPlaceholderText(tr("What the customer claims"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_liableBadge->setObjectName(QStringLiteral("liableBadge"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *summary = new QLabel(tr("Against incident #%1: %2").arg(incident.id).arg(incident.title),
                               this);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    Theme::makeMuted(summary);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, tr("&Customer:"), FormRows::leftAligned(m_customer),
                     m_customer->searchEdit());
    FormRows::addRow(form, tr("&Raised on:"), FormRows::leftAligned(m_dateEdit), m_dateEdit);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    form->addRow(QString(), FormRows::leftAligned(m_liableBadge));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Record Dispute"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &DisputeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DisputeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_customer, &CustomerPicker::customerChanged, this, &DisputeDialog::updateForm);
    connect(m_customer, &CustomerPicker::loadFailed, this,
            [this](const Error &e) { m_messageBar->showError(e); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &DisputeDialog::updateForm);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &DisputeDialog::updateForm);
    updateForm();
}

void DisputeDialog::updateForm()
{
    // §2.8 The dispute follows the incident's liability, decided in core.
    const bool liable = IncidentService::disputeProviderLiable(
        IncidentService::providerLiable(m_incident), m_incident.startsAt, m_incident.endsAt,
        m_dateEdit->date());
    m_liableBadge->setBadge(liable ? tr("Provider-liable, as the incident is (§2.8)")
                                   : QString(),
                            StatusBadge::Tone::Negative);
    m_okButton->setEnabled(m_actor.canWrite() && !m_customer->currentUscc().isEmpty() &&
                           !m_descriptionEdit->toPlainText().trimmed().isEmpty());
}

void DisputeDialog::accept()
{
    Result<Dispute> recorded =
        IncidentService(m_db).recordDispute(m_actor, m_incident.id, m_customer->currentUscc(),
                                            m_dateEdit->date(), m_descriptionEdit->toPlainText());
    if (!recorded) {
        m_messageBar->showError(recorded.error());
        FormRows::growToFit(this);
        return;
    }
    m_recorded = *recorded;
    QDialog::accept();
}

} // namespace cd
