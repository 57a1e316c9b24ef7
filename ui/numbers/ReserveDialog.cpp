#include "ReserveDialog.h"

#include "agents/FormRows.h"
#include "common/Dates.h"
#include "customers/CustomerPicker.h"
#include "numbers/NumberService.h"
#include "numbers/NumberStyle.h"
#include "settings/Parameters.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ReserveDialog::ReserveDialog(Database &db, const Actor &actor, const QString &number,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_number(number)
    , m_messageBar(new MessageBar(this))
    , m_customer(new CustomerPicker(db, this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_untilLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("reserveDialog"));
    setWindowTitle(tr("Reserve Number"));
    m_customer->setApprovedOnly(false);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_untilLabel->setObjectName(QStringLiteral("untilLabel"));
    m_untilLabel->setWordWrap(true);
    Theme::makeMuted(m_untilLabel);

    auto *heading = new QLabel(tr("Reserve %1").arg(NumberStyle::display(number)), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));

    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Customer:"), m_customer);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_customer)))
        label->setBuddy(m_customer->searchEdit());
    auto *dateBox = new QVBoxLayout;
    dateBox->setSpacing(2);
    dateBox->addLayout(FormRows::leftAligned(m_dateEdit));
    dateBox->addWidget(m_untilLabel);
    FormRows::addRow(form, tr("&From:"), dateBox, m_dateEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Reserve"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &ReserveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReserveDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_customer, &CustomerPicker::customerChanged, this, &ReserveDialog::updateButtons);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ReserveDialog::updateButtons);
    m_customer->setFocus();
    updateButtons();
}

void ReserveDialog::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

void ReserveDialog::updateButtons()
{
    m_okButton->setEnabled(m_actor.canWrite() && m_customer->currentCustomer());
    BusinessParameters params;
    if (Result<BusinessParameters> p = Parameters(m_db).load())
        params = *p;
    m_untilLabel->setText(
        tr("Held until %1; at most %2 numbers per customer at a time.")
            .arg(Dates::format(m_dateEdit->date().addDays(params.reservationDays)))
            .arg(params.reservationLimit));
}

void ReserveDialog::accept()
{
    const QString uscc = m_customer->currentUscc();
    if (uscc.isEmpty())
        return;
    if (Status s = NumberService(m_db).reserve(m_actor, m_number, uscc, m_dateEdit->date()); !s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
        return;
    }
    m_reservedFor = uscc;
    QDialog::accept();
}

} // namespace cd
