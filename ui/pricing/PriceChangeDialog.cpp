#include "PriceChangeDialog.h"

#include "common/Dates.h"
#include "pricing/YuanText.h"
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
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

PriceChangeDialog::PriceChangeDialog(Database &db, const Actor &actor, const Plan &plan,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_plan(plan)
    , m_messageBar(new MessageBar(this))
    , m_form(new QFormLayout)
    , m_tierCombo(new QComboBox(this))
    , m_levelCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(QDate::currentDate(), this))
    , m_currentLabel(new QLabel(this))
    , m_priceEdit(new QLineEdit(this))
    , m_increaseNote(new QLabel(this))
    , m_reasonCombo(new QComboBox(this))
    , m_referenceEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("priceChangeDialog"));
    setWindowTitle(tr("Change Price"));

    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    for (Tier t : {Tier::Standard, Tier::Silver, Tier::Gold, Tier::Diamond})
        m_tierCombo->addItem(tierDisplayName(t), tierKey(t));
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_levelCombo->addItem(tr("Level 1 (buys from the provider)"), 1);
    m_levelCombo->addItem(tr("Level 2 (buys through its parent)"), 2);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_currentLabel->setObjectName(QStringLiteral("currentPriceLabel"));
    Theme::makeMuted(m_currentLabel);
    m_priceEdit->setObjectName(QStringLiteral("priceEdit"));
    m_priceEdit->setPlaceholderText(tr("In yuan, e.g. 1234.50"));
    m_priceEdit->setMaxLength(20);
    m_increaseNote->setObjectName(QStringLiteral("increaseNote"));
    m_increaseNote->setWordWrap(true);
    m_increaseNote->setTextFormat(Qt::PlainText);
    {
        const Theme::TintColors warning = Theme::tint(Theme::Tint::Warning);
        m_increaseNote->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3;"
                           " border-radius: 6px; padding: 8px; }")
                .arg(warning.text.name(), warning.background.name(), warning.border.name()));
    }
    m_reasonCombo->setObjectName(QStringLiteral("reasonCombo"));
    m_reasonCombo->addItem(tr("Carrier price adjustment"),
                           increaseReasonKey(IncreaseReason::Carrier));
    m_reasonCombo->addItem(tr("Change of state policy"), increaseReasonKey(IncreaseReason::Policy));
    m_referenceEdit->setObjectName(QStringLiteral("referenceEdit"));
    m_referenceEdit->setPlaceholderText(tr("The document's number, e.g. 工信部通〔2026〕12号"));
    m_referenceEdit->setMaxLength(200);

    auto *heading = new QLabel(tr("Change a price of %1").arg(plan.code), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro =
        new QLabel(tr("%1 · retail %2 · carrier cost %3. The new price applies from "
                      "its date; the old one stays in the history. Lowering is always "
                      "allowed while the price chain stays whole.")
                       .arg(plan.name, plan.annualFee.display(), plan.carrierCost.display()),
                   this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    m_form->setSpacing(10);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Tier:"), m_tierCombo);
    m_form->addRow(tr("&Level:"), m_levelCombo);
    m_form->addRow(tr("&From:"), m_fromEdit);
    m_form->addRow(tr("In force then:"), m_currentLabel);
    m_form->addRow(tr("New &price (¥):"), m_priceEdit);
    m_form->addRow(m_increaseNote);
    m_form->addRow(tr("&Reason:"), m_reasonCombo);
    m_form->addRow(tr("R&eference:"), m_referenceEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Change Price"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceChangeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The layout owns the minimum size, so the dialog grows when the reason rows
    // or a refusal with its broken links appear (a fixed minimum width on the
    // dialog would stop that).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_levelCombo->setMinimumWidth(340);

    setTabOrder(m_tierCombo, m_levelCombo);
    setTabOrder(m_levelCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_priceEdit);
    setTabOrder(m_priceEdit, m_reasonCombo);
    setTabOrder(m_reasonCombo, m_referenceEdit);

    connect(m_tierCombo, &QComboBox::currentIndexChanged, this, &PriceChangeDialog::updateState);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &PriceChangeDialog::updateState);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &PriceChangeDialog::updateState);
    connect(m_priceEdit, &QLineEdit::textChanged, this, &PriceChangeDialog::updateState);
    updateState();
    m_priceEdit->setFocus();
}

void PriceChangeDialog::setCell(Tier tier, int level)
{
    m_tierCombo->setCurrentIndex(m_tierCombo->findData(tierKey(tier)));
    m_levelCombo->setCurrentIndex(m_levelCombo->findData(level));
}

void PriceChangeDialog::setFrom(const QDate &date)
{
    m_fromEdit->setDate(date);
}

void PriceChangeDialog::setPriceText(const QString &yuan)
{
    m_priceEdit->setText(yuan);
}

bool PriceChangeDialog::change(PriceChange *out) const
{
    PriceChange c;
    c.planCode = m_plan.code;
    tierFromKey(m_tierCombo->currentData().toString(), &c.tier);
    c.level = m_levelCombo->currentData().toInt();
    c.from = m_fromEdit->date();
    if (!YuanText::parse(m_priceEdit->text(), &c.price))
        return false;
    if (m_increase) {
        increaseReasonFromKey(m_reasonCombo->currentData().toString(), &c.reason);
        c.reference = m_referenceEdit->text().trimmed();
    }
    *out = c;
    return true;
}

void PriceChangeDialog::updateState()
{
    PriceService prices(m_db);
    Tier tier = Tier::Standard;
    tierFromKey(m_tierCombo->currentData().toString(), &tier);
    const int level = m_levelCombo->currentData().toInt();
    const QDate from = m_fromEdit->date();
    Result<PricePoint> current = prices.priceOn(m_plan.id, tier, level, from);
    if (current) {
        m_currentLabel->setText(
            tr("%1, since %2")
                .arg(current->price.display(), Dates::format(current->effectiveFrom)));
        if (m_priceEdit->text().isEmpty())
            m_priceEdit->setPlaceholderText(YuanText::edit(current->price));
    } else {
        m_currentLabel->setText(tr("No price yet"));
    }

    Money price;
    const bool parsed = YuanText::parse(m_priceEdit->text(), &price);
    bool increase = false;
    if (parsed) {
        PriceChange c;
        c.planCode = m_plan.code;
        c.tier = tier;
        c.level = level;
        c.price = price;
        c.from = from;
        // §2.4 The rule's own judgement of "raise", asked of core, not re-derived here.
        Result<bool> raise = prices.isIncrease(c);
        increase = raise.ok() && *raise;
        if (increase && current)
            m_increaseNote->setText(
                tr("This raises %1 from %2 to %3. Agent prices stay stable (§2.4): a raise is "
                   "allowed only for a carrier price adjustment or a change of state policy, "
                   "with the document's reference.")
                    .arg(PriceChain::cellName(tier, level), current->price.display(),
                         price.display()));
    }
    const bool toggled = increase != m_increase;
    m_increase = increase;
    m_form->setRowVisible(m_increaseNote, increase);
    m_form->setRowVisible(m_reasonCombo, increase);
    m_form->setRowVisible(m_referenceEdit, increase);
    m_okButton->setEnabled(parsed && price > Money());
    m_okButton->setText(increase ? tr("Raise Price") : tr("Change Price"));
    if (toggled)
        adjustSize();
}

void PriceChangeDialog::accept()
{
    PriceChange c;
    if (!change(&c)) {
        m_messageBar->showError(tr("Write the new price in yuan, e.g. 1234.50."));
        growToFit();
        m_priceEdit->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = PriceService(m_db).setPrice(m_actor, c);
    QApplication::restoreOverrideCursor();
    if (!status) {
        // The message and clause, then each broken link of the chain on its own line.
        m_messageBar->showError(status.error());
        growToFit();
        return;
    }
    m_saved = c;
    QDialog::accept();
}

void PriceChangeDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace cd
