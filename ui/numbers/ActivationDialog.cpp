#include "ActivationDialog.h"

#include "agents/FieldErrorLabel.h"
#include "agents/FormRows.h"
#include "common/Dates.h"
#include "common/Phone.h"
#include "contracts/OperatingRights.h"
#include "customers/CustomerPicker.h"
#include "customers/CustomerService.h"
#include "numbers/CheckPanel.h"
#include "numbers/NumberService.h"
#include "numbers/NumberStyle.h"
#include "numbers/PaymentService.h"
#include "pricing/PlanService.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kCheckDelayMs = 150;

QLabel *hintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    Theme::makeMuted(label);
    return label;
}

QVBoxLayout *stacked(QWidget *field, QWidget *below, QWidget *more = nullptr)
{
    auto *box = new QVBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(below);
    if (more)
        box->addWidget(more);
    return box;
}

// The non-empty lines of the destinations box.
QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}
} // namespace

ActivationDialog::ActivationDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_numberEdit(new QLineEdit(this))
    , m_numberHint(hintLabel(QStringLiteral("numberHint"), this))
    , m_customer(new CustomerPicker(db, this))
    , m_customerHint(hintLabel(QStringLiteral("customerHint"), this))
    , m_planCombo(new QComboBox(this))
    , m_planHint(hintLabel(QStringLiteral("planHint"), this))
    , m_dateEdit(new QDateEdit(QDate::currentDate(), this))
    , m_monthsSpin(new QSpinBox(this))
    , m_destinationsEdit(new QPlainTextEdit(this))
    , m_destinationsError(new FieldErrorLabel(this))
    , m_check(new CheckPanel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("activationDialog"));
    setWindowTitle(tr("Activate Number"));

    if (Result<BusinessParameters> p = Parameters(db).load())
        m_params = *p;
    else
        m_messageBar->showError(p.error());

    m_numberEdit->setObjectName(QStringLiteral("numberEdit"));
    m_numberEdit->setPlaceholderText(tr("400 number, e.g. 400-820-8888"));
    m_numberEdit->setMaxLength(20);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setPlaceholderText(tr("Choose a plan"));
    if (Result<QVector<Plan>> plans = PlanService(db).list(true)) {
        m_plans = *plans;
        for (const Plan &p : m_plans)
            m_planCombo->addItem(
                tr("%1 — %2 · %3 a year").arg(p.code, p.name, p.annualFee.display()), p.code);
    } else {
        m_messageBar->showError(plans.error());
    }
    m_planCombo->setCurrentIndex(-1);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_monthsSpin->setObjectName(QStringLiteral("monthsSpin"));
    m_monthsSpin->setRange(1, 120);
    m_monthsSpin->setValue(12);
    m_monthsSpin->setSuffix(tr(" months"));
    m_destinationsEdit->setObjectName(QStringLiteral("destinationsEdit"));
    m_destinationsEdit->setPlaceholderText(tr("One phone number per line, e.g. 13812345678 or "
                                              "010-62345678"));
    m_destinationsEdit->setTabChangesFocus(true);
    m_destinationsEdit->setFixedHeight(m_destinationsEdit->fontMetrics().lineSpacing() * 4 + 14);
    m_destinationsError->setObjectName(QStringLiteral("destinationsError"));
    m_check->setObjectName(QStringLiteral("activationCheck"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("A number is activated for a customer that passed qualification "
                                "review, through an agent that may open numbers, on a plan the "
                                "number's grade allows. Paid through = date + months − 1 day."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *form = new QFormLayout;
    form->setSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, tr("&Number:"), stacked(m_numberEdit, m_numberHint), m_numberEdit);
    FormRows::addRow(form, tr("&Customer:"), stacked(m_customer, m_customerHint),
                     m_customer->searchEdit());
    FormRows::addRow(form, tr("&Plan:"), stacked(m_planCombo, m_planHint), m_planCombo);
    auto *when = new QHBoxLayout;
    when->setContentsMargins(0, 0, 0, 0);
    when->addWidget(m_dateEdit);
    auto *monthsLabel = new QLabel(tr("paid for &months:"), this);
    monthsLabel->setBuddy(m_monthsSpin);
    when->addSpacing(12);
    when->addWidget(monthsLabel);
    when->addWidget(m_monthsSpin);
    when->addStretch(1);
    FormRows::addRow(form, tr("Activation &date:"), when, m_dateEdit);
    FormRows::addRow(form, tr("&Destinations:"), stacked(m_destinationsEdit, m_destinationsError),
                     m_destinationsEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Activate"));
    m_okButton->setEnabled(false);
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivationDialog::reject);

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
    setMinimumWidth(640);

    setTabOrder(m_numberEdit, m_customer);
    setTabOrder(m_customer, m_planCombo);
    setTabOrder(m_planCombo, m_dateEdit);
    setTabOrder(m_dateEdit, m_monthsSpin);
    setTabOrder(m_monthsSpin, m_destinationsEdit);
    setTabOrder(m_destinationsEdit, buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kCheckDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ActivationDialog::updateNow);
    connect(m_numberEdit, &QLineEdit::textChanged, this, &ActivationDialog::scheduleUpdate);
    connect(m_customer, &CustomerPicker::customerChanged, this, &ActivationDialog::scheduleUpdate);
    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &ActivationDialog::scheduleUpdate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ActivationDialog::scheduleUpdate);
    connect(m_monthsSpin, &QSpinBox::valueChanged, this, &ActivationDialog::scheduleUpdate);
    connect(m_destinationsEdit, &QPlainTextEdit::textChanged, this,
            &ActivationDialog::scheduleUpdate);

    m_numberEdit->setFocus();
    updateNow();
}

void ActivationDialog::setNumber(const QString &number)
{
    m_numberEdit->setText(
        NumberStyle::display(normaliseNumber(number).isEmpty() ? number : normaliseNumber(number)));
    updateNow();
}

bool ActivationDialog::setCustomer(const QString &uscc)
{
    const bool found = m_customer->setCustomer(uscc);
    updateNow();
    return found;
}

bool ActivationDialog::setPlan(const QString &code)
{
    const int index = m_planCombo->findData(code);
    if (index < 0)
        return false;
    m_planCombo->setCurrentIndex(index);
    updateNow();
    return true;
}

void ActivationDialog::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
    updateNow();
}

void ActivationDialog::setMonths(int months)
{
    m_monthsSpin->setValue(months);
    updateNow();
}

void ActivationDialog::scheduleUpdate()
{
    m_timer->start();
}

QStringList ActivationDialog::blockers() const
{
    return m_check->problems();
}

void ActivationDialog::updateNow()
{
    m_timer->stop();
    QStringList problems;
    const QDate date = m_dateEdit->date();

    // The number: in the pool, and free (or held for this very customer).
    const Customer *customer = m_customer->currentCustomer();
    const QString digits = normaliseNumber(m_numberEdit->text());
    Number number;
    bool haveNumber = false;
    if (m_numberEdit->text().trimmed().isEmpty()) {
        problems << tr("Type the number to activate.");
        m_numberHint->clear();
    } else if (digits.isEmpty()) {
        problems << tr("\"%1\" is not a 400 number: ten digits starting with 400.")
                        .arg(m_numberEdit->text().trimmed());
        m_numberHint->clear();
    } else if (Result<Number> n = NumberService(m_db).find(digits); !n) {
        problems << n.error().text();
        m_numberHint->clear();
    } else {
        number = *n;
        haveNumber = true;
        const qint64 minimum = minimumAnnualFeeFen(number.grade, m_params);
        const QString grade =
            number.grade == Grade::Normal
                ? tr("%1 · normal number, any plan").arg(carrierDisplayName(number.carrier))
                : tr("%1 · %2 number: plans of at least %3 a year")
                      .arg(carrierDisplayName(number.carrier), gradeDisplayName(number.grade),
                           Money::fromFen(minimum).display());
        m_numberHint->setText(tr("%1 · %2").arg(NumberStyle::statusText(number), grade));
        const bool heldForThis = number.status == NumberStatus::Reserved && customer &&
                                 number.reservedFor == customer->id;
        if (number.status != NumberStatus::Available && !heldForThis)
            problems << tr("%1 is %2: only an available number, or one reserved for this "
                           "customer, can be activated.")
                            .arg(NumberStyle::display(number.number),
                                 NumberStyle::statusText(number).toLower());
    }

    // §3.9 The customer's qualification; §9.2/§9.6/§3.2 its agent's rights.
    if (!customer) {
        problems << tr("Choose the customer.");
        m_customerHint->clear();
    } else {
        m_customerHint->setText(customer->servedByProvider()
                                    ? tr("Qualification: %1 · served by the provider since %2")
                                          .arg(qualificationDisplayName(customer->qualification),
                                               Dates::format(customer->takenOverOn))
                                    : tr("Qualification: %1 · developing agent %2 (%3)")
                                          .arg(qualificationDisplayName(customer->qualification),
                                               customer->agentName, customer->agentUscc));
        if (customer->qualification != Qualification::Approved)
            problems << tr("%1 has not passed qualification review (%2): numbers are activated "
                           "only for approved customers (§3.9).")
                            .arg(customer->name,
                                 qualificationDisplayName(customer->qualification).toLower());
        // After a takeover the provider opens numbers itself (§2.3).
        if (!customer->servedByProvider()) {
            if (Status s = OperatingRights::canOpenNewNumbers(m_db, customer->agentId, date); !s)
                problems << tr("Agent %1: %2").arg(customer->agentName, s.error().text());
        }
    }

    // A plan the grade allows.
    const int planIndex = m_planCombo->currentIndex();
    const Plan *plan =
        planIndex >= 0 && planIndex < m_plans.size() ? &m_plans.at(planIndex) : nullptr;
    if (!plan) {
        problems << (m_plans.isEmpty() ? tr("No plan is offered; an administrator adds plans "
                                            "under Prices.")
                                       : tr("Choose the plan."));
        m_planHint->clear();
    } else {
        m_planHint->setText(tr("Annual fee %1 · %2 minutes included · %3 a minute beyond")
                                .arg(plan->annualFee.display())
                                .arg(plan->includedMinutes)
                                .arg(plan->perMinute.display()));
        if (haveNumber) {
            const qint64 minimum = minimumAnnualFeeFen(number.grade, m_params);
            if (plan->annualFee.fen() < minimum)
                problems << tr("%1 numbers need a plan of at least %2 a year; %3 costs %4.")
                                .arg(gradeDisplayName(number.grade),
                                     Money::fromFen(minimum).display(), plan->code,
                                     plan->annualFee.display());
        }
    }

    // Destinations (落地号码): Chinese phone numbers, one per line.
    QStringList bad;
    const QStringList phones = lines(m_destinationsEdit->toPlainText());
    for (const QString &p : phones) {
        if (!Phone::isValid(p))
            bad << p;
    }
    m_destinationsError->setError(
        bad.isEmpty() ? QString()
                      : tr("Not a Chinese phone number: %1").arg(bad.join(QStringLiteral(", "))));
    if (!bad.isEmpty())
        problems << tr("%n destination(s) not a Chinese phone number.", nullptr, int(bad.size()));

    if (!m_actor.canWrite())
        problems << tr("An auditor may not activate numbers.");

    if (problems.isEmpty()) {
        const QDate paidThrough = PaymentService::extend(date.addDays(-1), m_monthsSpin->value());
        QStringList notes;
        notes << tr("Paid through %1 (%n month(s) from %2).", nullptr, m_monthsSpin->value())
                     .arg(Dates::format(paidThrough), Dates::format(date));
        notes << (phones.isEmpty() ? tr("No destination yet: calls reach nobody until one is set.")
                                   : tr("Calls go to %1.").arg(phones.join(QStringLiteral(", "))));
        m_check->setReady(tr("Nothing blocks the activation."), notes);
    } else {
        m_check->setProblems(tr("What blocks the activation:"), problems);
    }
    m_okButton->setEnabled(problems.isEmpty());
    FormRows::growToFit(this);
}

void ActivationDialog::accept()
{
    updateNow();
    if (m_check->hasProblems())
        return;
    Activation a;
    a.number = m_numberEdit->text();
    a.customerUscc = m_customer->currentUscc();
    a.planCode = m_planCombo->currentData().toString();
    a.date = m_dateEdit->date();
    a.months = m_monthsSpin->value();
    a.destinations = lines(m_destinationsEdit->toPlainText());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Number> n = NumberService(m_db).activate(m_actor, a);
    QApplication::restoreOverrideCursor();
    if (!n) {
        m_messageBar->showError(n.error());
        FormRows::growToFit(this);
        return;
    }
    m_activated = *n;
    QDialog::accept();
}

} // namespace cd
