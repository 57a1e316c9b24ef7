#include "PaymentDialog.h"

#include "agents/FieldErrorLabel.h"
#include "agents/FormRows.h"
#include "common/Dates.h"
#include "numbers/CheckPanel.h"
#include "numbers/NumberService.h"
#include "numbers/NumberStyle.h"
#include "pricing/PlanService.h"
#include "pricing/YuanText.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kCheckDelayMs = 150;
}

PaymentDialog::PaymentDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_numberEdit(new QLineEdit(this))
    , m_stateLabel(new QLabel(this))
    , m_amountEdit(new QLineEdit(this))
    , m_amountError(new FieldErrorLabel(this))
    , m_paidOnEdit(new QDateEdit(QDate::currentDate(), this))
    , m_monthsSpin(new QSpinBox(this))
    , m_check(new CheckPanel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record Payment"));

    m_numberEdit->setObjectName(QStringLiteral("numberEdit"));
    m_numberEdit->setPlaceholderText(tr("400 number"));
    m_numberEdit->setMaxLength(20);
    m_stateLabel->setObjectName(QStringLiteral("numberState"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    Theme::makeMuted(m_stateLabel);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setPlaceholderText(tr("Yuan, e.g. 1200 or 1,200.50"));
    m_amountEdit->setMaxLength(24);
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_paidOnEdit->setObjectName(QStringLiteral("paidOnEdit"));
    m_paidOnEdit->setCalendarPopup(true);
    m_paidOnEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_monthsSpin->setObjectName(QStringLiteral("monthsSpin"));
    m_monthsSpin->setRange(1, 120);
    m_monthsSpin->setValue(12);
    m_monthsSpin->setSuffix(tr(" months"));
    m_check->setObjectName(QStringLiteral("coverageCheck"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("A payment of M months covers the M calendar months after the old "
                                "paid-through date, whatever the day it is paid (§2.10)."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *numberBox = new QVBoxLayout;
    numberBox->setSpacing(2);
    numberBox->addWidget(m_numberEdit);
    numberBox->addWidget(m_stateLabel);
    auto *amountBox = new QVBoxLayout;
    amountBox->setSpacing(2);
    amountBox->addLayout(FormRows::leftAligned(m_amountEdit));
    amountBox->addWidget(m_amountError);
    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, tr("&Number:"), numberBox, m_numberEdit);
    FormRows::addRow(form, tr("&Amount (¥):"), amountBox, m_amountEdit);
    FormRows::addRow(form, tr("Paid &on:"), FormRows::leftAligned(m_paidOnEdit), m_paidOnEdit);
    FormRows::addRow(form, tr("&Months:"), FormRows::leftAligned(m_monthsSpin), m_monthsSpin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Record Payment"));
    m_okButton->setEnabled(false);
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    setTabOrder(m_numberEdit, m_amountEdit);
    setTabOrder(m_amountEdit, m_paidOnEdit);
    setTabOrder(m_paidOnEdit, m_monthsSpin);
    setTabOrder(m_monthsSpin, buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kCheckDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PaymentDialog::updateNow);
    connect(m_numberEdit, &QLineEdit::textEdited, this, [this] {
        m_number = Number();
        scheduleUpdate();
    });
    connect(m_amountEdit, &QLineEdit::textEdited, this, [this] {
        m_amountEdited = true;
        scheduleUpdate();
    });
    connect(m_paidOnEdit, &QDateEdit::dateChanged, this, &PaymentDialog::scheduleUpdate);
    connect(m_monthsSpin, &QSpinBox::valueChanged, this, &PaymentDialog::scheduleUpdate);

    m_numberEdit->setFocus();
    updateNow();
}

bool PaymentDialog::setNumber(const QString &number)
{
    m_numberEdit->setText(NumberStyle::display(number));
    m_number = Number();
    updateNow();
    if (m_number.id == 0)
        return false;
    m_amountEdit->setFocus();
    return true;
}

void PaymentDialog::setAmountText(const QString &yuan)
{
    m_amountEdit->setText(yuan);
    m_amountEdited = true;
    updateNow();
}

void PaymentDialog::setPaidOn(const QDate &date)
{
    m_paidOnEdit->setDate(date);
    updateNow();
}

void PaymentDialog::setMonths(int months)
{
    m_monthsSpin->setValue(months);
    updateNow();
}

void PaymentDialog::scheduleUpdate()
{
    m_timer->start();
}

QString PaymentDialog::coverage() const
{
    return m_check->text();
}

QStringList PaymentDialog::blockers() const
{
    return m_check->problems();
}

void PaymentDialog::updateNow()
{
    m_timer->stop();
    QStringList problems;
    const int months = m_monthsSpin->value();
    const QDate paidOn = m_paidOnEdit->date();

    // The number, read again when its text changed.
    if (m_number.id == 0 && !m_numberEdit->text().trimmed().isEmpty()) {
        Result<Number> n = NumberService(m_db).find(m_numberEdit->text());
        if (n) {
            m_number = *n;
            m_annualFee = Money();
            if (m_number.planId) {
                if (Result<Plan> plan = PlanService(m_db).findById(m_number.planId))
                    m_annualFee = plan->annualFee;
            }
        } else {
            problems << n.error().text();
        }
    }
    if (m_numberEdit->text().trimmed().isEmpty())
        problems << tr("Type the number that is paid for.");

    if (m_number.id != 0) {
        QString state = NumberStyle::statusText(m_number);
        if (m_number.paidThrough.isValid())
            state = tr("%1 · paid through %2").arg(state, Dates::format(m_number.paidThrough));
        if (!m_number.customerName.isEmpty())
            state = tr("%1 · %2").arg(state, m_number.customerName);
        if (!m_number.planCode.isEmpty())
            state =
                tr("%1 · plan %2, %3 a year").arg(state, m_number.planCode, m_annualFee.display());
        m_stateLabel->setText(state);
        // A suggested amount: the plan's fee for the months, until the user types one.
        if (!m_amountEdited && m_annualFee.fen() > 0)
            m_amountEdit->setText(YuanText::edit(Money::fromFen(m_annualFee.fen() * months / 12)));
    } else {
        m_stateLabel->clear();
    }

    Money amount;
    const QString amountText = m_amountEdit->text().trimmed();
    if (amountText.isEmpty()) {
        m_amountError->setError(QString());
        problems << tr("Type the amount paid.");
    } else if (!YuanText::parse(amountText, &amount)) {
        m_amountError->setError(tr("Not an amount in yuan: digits with at most two decimals, "
                                   "e.g. 1200 or 1,200.50."));
        problems << tr("The amount \"%1\" is not an amount in yuan.").arg(amountText);
    } else if (amount <= Money()) {
        m_amountError->setError(tr("The amount must be above zero."));
        problems << tr("A payment must be above zero (§2.10).");
    } else {
        m_amountError->setError(QString());
    }

    QStringList notes;
    if (m_number.id != 0) {
        switch (m_number.status) {
        case NumberStatus::Reclaimed:
            problems << tr("%1 was reclaimed by the carrier on %2: reclaiming is permanent and "
                           "a payment is refused (§2.10).")
                            .arg(NumberStyle::display(m_number.number),
                                 Dates::format(m_number.reclaimedOn));
            break;
        case NumberStatus::Cancelled:
            problems << tr("%1 was cancelled on %2; it takes no payment.")
                            .arg(NumberStyle::display(m_number.number),
                                 Dates::format(m_number.cancelledOn));
            break;
        case NumberStatus::Available:
        case NumberStatus::Reserved:
            problems << tr("%1 is not in service; activate it first.")
                            .arg(NumberStyle::display(m_number.number));
            break;
        case NumberStatus::Active:
        case NumberStatus::Suspended: {
            // §2.10 The months after the old paid-through date, not after the payment.
            const QDate from = m_number.paidThrough.addDays(1);
            const QDate to = PaymentService::extend(m_number.paidThrough, months);
            notes << tr("Covers %1 to %2 (from the old paid-through date, §2.10).")
                         .arg(Dates::format(from), Dates::format(to));
            if (m_number.blocked())
                notes << tr("The number stays blocked: a fraud block is not lifted by a payment "
                            "(§3.9).");
            else if (m_number.status == NumberStatus::Suspended)
                notes << tr("Suspended for arrears since %1: active again from the payment date, "
                            "%2.")
                             .arg(Dates::format(m_number.suspendedOn), Dates::format(paidOn));
            else if (m_number.paidThrough < paidOn)
                notes << tr("Overdue since %1: the payment keeps it in service.")
                             .arg(Dates::format(m_number.paidThrough.addDays(1)));
            break;
        }
        }
    }
    if (!m_actor.canWrite())
        problems << tr("An auditor may not record payments.");

    if (problems.isEmpty())
        m_check->setReady(notes.value(0), notes.mid(1));
    else
        m_check->setProblems(tr("What stops the payment:"), problems);
    m_okButton->setEnabled(problems.isEmpty());
    FormRows::growToFit(this);
}

void PaymentDialog::accept()
{
    updateNow();
    if (m_check->hasProblems())
        return;
    Money amount;
    YuanText::parse(m_amountEdit->text().trimmed(), &amount);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Payment> p = PaymentService(m_db).record(m_actor, m_number.number, amount,
                                                    m_paidOnEdit->date(), m_monthsSpin->value());
    QApplication::restoreOverrideCursor();
    if (!p) {
        m_messageBar->showError(p.error());
        FormRows::growToFit(this);
        return;
    }
    m_recorded = *p;
    QDialog::accept();
}

} // namespace cd
