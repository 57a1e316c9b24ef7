#include "CustomerPicker.h"

#include "customers/CustomerService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kSearchDelayMs = 200;

QString itemText(const Customer &c)
{
    if (c.qualification == Qualification::Approved)
        return QStringLiteral("%1 — %2").arg(c.name, c.uscc);
    return CustomerPicker::tr("%1 — %2 (%3)")
        .arg(c.name, c.uscc, qualificationDisplayName(c.qualification));
}
} // namespace

CustomerPicker::CustomerPicker(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_combo(new QComboBox(this))
    , m_approvedOnly(new QCheckBox(tr("Approved only"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("customerPicker"));
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name or credit code"));
    m_search->setClearButtonEnabled(true);
    m_combo->setObjectName(QStringLiteral("customerCombo"));
    m_combo->setMinimumContentsLength(30);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_approvedOnly->setObjectName(QStringLiteral("approvedOnlyCheck"));
    m_approvedOnly->setChecked(true);
    m_approvedOnly->setToolTip(tr("Only a customer that passed qualification review may have "
                                  "numbers activated (§3.9)"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_approvedOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_combo);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_approvedOnly);
    setTabOrder(m_approvedOnly, m_combo);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kSearchDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CustomerPicker::reloadOrReport);
    connect(m_search, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerPicker::reloadOrReport);
    connect(m_approvedOnly, &QCheckBox::toggled, this, &CustomerPicker::reloadOrReport);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &CustomerPicker::customerChanged);
    reloadOrReport();
}

void CustomerPicker::reloadOrReport()
{
    if (Status s = reload(); !s)
        emit loadFailed(s.error());
}

void CustomerPicker::setApprovedOnly(bool approvedOnly)
{
    m_approvedOnly->setChecked(approvedOnly);
}

bool CustomerPicker::approvedOnly() const
{
    return m_approvedOnly->isChecked();
}

cd::Status CustomerPicker::reload()
{
    m_timer->stop();
    const QString keep = currentUscc();
    CustomerFilter filter;
    filter.text = m_search->text().trimmed();
    Result<QVector<Customer>> list = CustomerService(m_db).list(filter, kLimit);
    if (!list)
        return list.error();
    {
        QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_customers.clear();
        for (const Customer &c : *list) {
            if (approvedOnly() && c.qualification != Qualification::Approved && c.uscc != keep)
                continue;
            m_customers.append(c);
            m_combo->addItem(itemText(c), c.uscc);
        }
        m_combo->setPlaceholderText(
            m_customers.isEmpty()
                ? (approvedOnly() ? tr("No approved customer matches") : tr("No customer matches"))
                : tr("Choose a customer"));
        int index = keep.isEmpty() ? -1 : m_combo->findData(keep);
        // Typing a search picks its first match; an untouched list waits for a choice.
        if (index < 0 && !filter.text.isEmpty() && m_combo->count() > 0)
            index = 0;
        m_combo->setCurrentIndex(index);
    }
    if (currentUscc() != keep)
        emit customerChanged();
    return {};
}

bool CustomerPicker::setCustomer(const QString &uscc)
{
    int index = m_combo->findData(uscc);
    if (index < 0) {
        Result<Customer> c = CustomerService(m_db).find(uscc);
        if (!c)
            return false;
        QSignalBlocker blocker(m_combo);
        m_customers.prepend(*c);
        m_combo->insertItem(0, itemText(*c), c->uscc);
        index = 0;
    }
    m_combo->setCurrentIndex(index);
    return true;
}

const Customer *CustomerPicker::currentCustomer() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && index < m_customers.size() ? &m_customers.at(index) : nullptr;
}

QString CustomerPicker::currentUscc() const
{
    const Customer *c = currentCustomer();
    return c ? c->uscc : QString();
}

} // namespace cd
