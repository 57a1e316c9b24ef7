#include "TakeoverDialog.h"

#include "agents/FormRows.h"
#include "common/Dates.h"
#include "customers/CustomerService.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {
QString panelStyle(bool allowed)
{
    return Theme::tintedPanelStyleSheet(QStringLiteral("QFrame#checkPanel"),
                                        allowed ? Theme::Tint::Positive : Theme::Tint::Negative);
}
} // namespace

TakeoverDialog::TakeoverDialog(Database &db, const Actor &actor, const Agent &agent,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_agent(agent)
    , m_messageBar(new MessageBar(this))
    , m_form(new QFormLayout)
    , m_groundsCombo(new QComboBox(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_dateEdit(new QDateEdit(this))
    , m_customerList(new QListWidget(this))
    , m_selectionLabel(new QLabel(this))
    , m_checkPanel(new QFrame(this))
    , m_checkLabel(new QLabel(m_checkPanel))
    , m_remindersLabel(new QLabel(this))
    , m_remindButton(new QPushButton(tr("Record &Reminder…"), this))
{
    setObjectName(QStringLiteral("takeoverDialog"));
    setWindowTitle(tr("Take Over Customers"));

    m_groundsCombo->setObjectName(QStringLiteral("groundsCombo"));
    // The grounds are sentences with their clause at the end: show them whole.
    m_groundsCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (TakeoverGrounds g : {TakeoverGrounds::CannotServe, TakeoverGrounds::AfterReminder,
                              TakeoverGrounds::BreachOfLaw}) {
        const QString clause =
            g == TakeoverGrounds::CannotServe ? QStringLiteral("§2.3") : QStringLiteral("§9.6");
        m_groundsCombo->addItem(
            QStringLiteral("%1 (%2)").arg(takeoverGroundsDisplayName(g), clause),
            takeoverGroundsKey(g));
    }
    // A terminated agent is the usual case of §9.6; a working one of §2.3.
    if (agent.status == AgentStatus::Terminated)
        setGrounds(TakeoverGrounds::AfterReminder);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setMaxLength(500);
    m_reasonEdit->setPlaceholderText(tr("Required: what happened, e.g. unreachable since …"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDate(QDate::currentDate());
    m_customerList->setObjectName(QStringLiteral("customerList"));
    m_customerList->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    Theme::makeMuted(m_selectionLabel);
    m_remindButton->setObjectName(QStringLiteral("remindButton"));
    m_remindersLabel->setObjectName(QStringLiteral("remindersLabel"));
    m_remindersLabel->setWordWrap(true);
    Theme::makeMuted(m_remindersLabel);

    m_checkPanel->setObjectName(QStringLiteral("checkPanel"));
    m_checkLabel->setObjectName(QStringLiteral("checkLabel"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextFormat(Qt::PlainText);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *panelLayout = new QVBoxLayout(m_checkPanel);
    panelLayout->setContentsMargins(14, 10, 14, 10);
    panelLayout->addWidget(m_checkLabel);

    auto *heading = new QLabel(tr("Take Over Customers of %1").arg(agent.name), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    heading->setWordWrap(true);
    auto *intro = new QLabel(tr("%1 · %2. After the takeover the provider serves the chosen "
                                "customers and receives their notices; %3 stays on record as the "
                                "developing agent.")
                                 .arg(agent.uscc, agentStatusDisplayName(agent.status), agent.name),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *selectAll = new QPushButton(tr("Select &All"), this);
    selectAll->setObjectName(QStringLiteral("selectAllButton"));
    auto *selectNone = new QPushButton(tr("Select N&one"), this);
    selectNone->setObjectName(QStringLiteral("selectNoneButton"));
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_selectionLabel, 1);
    selection->addWidget(selectAll);
    selection->addWidget(selectNone);
    auto *customers = new QVBoxLayout;
    customers->setSpacing(4);
    customers->addWidget(m_customerList);
    customers->addLayout(selection);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch(1);
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_remindersLabel, 1);
    reminderRow->addWidget(m_remindButton, 0, Qt::AlignTop);

    QFormLayout *form = m_form;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Grounds:"), m_groundsCombo);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    FormRows::addRow(form, tr("&Date:"), dateRow, m_dateEdit);
    form->addRow(tr("Reminders:"), reminderRow); // row 3: only for the §9.6 reminder procedure
    FormRows::addRow(form, tr("&Customers:"), customers, m_customerList);
    m_remindersLabel->setBuddy(m_remindButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &TakeoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TakeoverDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(m_checkPanel);
    layout->addWidget(buttons);
    // Wide enough for the longest grounds beside the labels.
    setMinimumWidth(qMax(640, m_groundsCombo->sizeHint().width() + 150));

    setTabOrder(m_groundsCombo, m_reasonEdit);
    setTabOrder(m_reasonEdit, m_dateEdit);
    setTabOrder(m_dateEdit, m_remindButton);
    setTabOrder(m_remindButton, m_customerList);
    setTabOrder(m_customerList, selectAll);
    setTabOrder(selectAll, selectNone);
    setTabOrder(selectNone, buttons);

    connect(m_groundsCombo, &QComboBox::currentIndexChanged, this, &TakeoverDialog::recheck);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &TakeoverDialog::recheck);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &TakeoverDialog::recheck);
    connect(m_customerList, &QListWidget::itemChanged, this, &TakeoverDialog::recheck);
    connect(m_remindButton, &QPushButton::clicked, this, &TakeoverDialog::recordReminder);
    auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_customerList->count(); ++i)
            m_customerList->item(i)->setCheckState(state);
    };
    connect(selectAll, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(selectNone, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });

    m_remindButton->setVisible(actor.canWrite());
    loadCustomers();
    showReminders();
    m_reasonEdit->setFocus();
    recheck();
}

void TakeoverDialog::loadCustomers()
{
    CustomerFilter filter;
    filter.agentId = m_agent.id;
    filter.servedBy = 1; // still served by the agent
    Result<QVector<Customer>> customers = CustomerService(m_db).list(filter, 100000);
    if (!customers) {
        m_messageBar->showError(customers.error());
        FormRows::growToFit(this);
        return;
    }
    const QSignalBlocker blocker(m_customerList);
    m_customerList->clear();
    for (const Customer &c : *customers) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(c.name, c.uscc), m_customerList);
        item->setData(Qt::UserRole, c.uscc);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
}

void TakeoverDialog::showReminders()
{
    Result<QVector<TakeoverReminder>> reminders = TakeoverService(m_db).reminders(m_agent.id);
    QStringList lines;
    if (reminders) {
        for (const TakeoverReminder &r : *reminders) {
            lines << (r.correctedOn.isValid()
                          ? tr("Sent %1, corrected %2")
                                .arg(Dates::format(r.sentOn), Dates::format(r.correctedOn))
                          : tr("Sent %1, not corrected").arg(Dates::format(r.sentOn)));
        }
    }
    m_remindersLabel->setText(lines.isEmpty() ? tr("None on record.")
                                              : lines.join(QLatin1Char('\n')));
}

void TakeoverDialog::setGrounds(TakeoverGrounds grounds)
{
    m_groundsCombo->setCurrentIndex(m_groundsCombo->findData(takeoverGroundsKey(grounds)));
}

void TakeoverDialog::setReason(const QString &reason)
{
    m_reasonEdit->setText(reason);
}

void TakeoverDialog::setDate(const QDate &date)
{
    m_dateEdit->setDate(date);
}

TakeoverGrounds TakeoverDialog::grounds() const
{
    TakeoverGrounds g = TakeoverGrounds::CannotServe;
    takeoverGroundsFromKey(m_groundsCombo->currentData().toString(), &g);
    return g;
}

QDate TakeoverDialog::date() const
{
    return m_dateEdit->date();
}

QStringList TakeoverDialog::checkedCustomers() const
{
    QStringList codes;
    for (int i = 0; i < m_customerList->count(); ++i) {
        if (m_customerList->item(i)->checkState() == Qt::Checked)
            codes << m_customerList->item(i)->data(Qt::UserRole).toString();
    }
    return codes;
}

QString TakeoverDialog::checkText() const
{
    return m_checkLabel->text();
}

void TakeoverDialog::recheck()
{
    Result<QString> check = TakeoverService(m_db).check(m_agent.uscc, grounds(), date());
    m_allowed = check.ok();
    const QString clause =
        grounds() == TakeoverGrounds::CannotServe ? QStringLiteral("§2.3") : QStringLiteral("§9.6");
    m_checkLabel->setText(m_allowed ? tr("Allowed under %1. %2").arg(clause, *check)
                                    : tr("Not allowed: %1").arg(check.error().text()));
    m_checkPanel->setStyleSheet(panelStyle(m_allowed));

    const int total = m_customerList->count();
    const int chosen = int(checkedCustomers().size());
    m_selectionLabel->setText(total == 0
                                  ? tr("%1 serves no customers of its own.").arg(m_agent.name)
                                  : tr("%1 of %2 selected").arg(chosen).arg(total));
    const bool reminding = grounds() == TakeoverGrounds::AfterReminder;
    m_form->setRowVisible(3, reminding);
    m_remindButton->setEnabled(reminding && m_actor.canWrite());
    m_okButton->setText(tr("Take Over %n Customer(s)", nullptr, chosen));
    m_okButton->setEnabled(m_allowed && chosen > 0 && !m_reasonEdit->text().trimmed().isEmpty() &&
                           m_actor.canWrite());
}

void TakeoverDialog::recordReminder()
{
    const QDate today = QDate::currentDate();
    if (!Dialogs::confirm(this, tr("Record Reminder"),
                          tr("Record that %1 was reminded on %2 to resume serving its customers? "
                             "If it does not correct this, the provider may take them over once "
                             "the waiting period has passed (§9.6).")
                              .arg(m_agent.name, Dates::format(today)),
                          tr("Record Reminder")))
        return;
    const QString note = m_reasonEdit->text().trimmed().isEmpty()
                             ? tr("Reminder to resume serving customers")
                             : m_reasonEdit->text().trimmed();
    Result<TakeoverReminder> r = TakeoverService(m_db).remind(m_actor, m_agent.uscc, today, note);
    if (!r) {
        m_messageBar->showError(r.error());
        FormRows::growToFit(this);
        return;
    }
    m_messageBar->showSuccess(tr("Reminder of %1 recorded (§9.6).").arg(Dates::format(today)));
    FormRows::growToFit(this);
    showReminders();
    recheck();
}

void TakeoverDialog::accept()
{
    recheck();
    if (!m_okButton->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Takeover> t = TakeoverService(m_db).takeOver(
        m_actor, m_agent.uscc, grounds(), m_reasonEdit->text(), date(), checkedCustomers());
    QApplication::restoreOverrideCursor();
    if (!t) {
        m_messageBar->showError(t.error());
        FormRows::growToFit(this);
        return;
    }
    m_outcome = tr("The provider now serves %n customer(s) of %1 (%2).", nullptr, t->customers)
                    .arg(m_agent.name, t->clause);
    QDialog::accept();
}

} // namespace cd
