#include "PlanDialog.h"

#include "pricing/PlanService.h"
#include "pricing/YuanText.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

PlanDialog::PlanDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_codeEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_carrierCombo(new QComboBox(this))
    , m_feeEdit(new QLineEdit(this))
    , m_minutesSpin(new QSpinBox(this))
    , m_rateEdit(new QLineEdit(this))
    , m_costEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("New Plan"));
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setMaxLength(32);
    m_codeEdit->setPlaceholderText(tr("e.g. T-3000"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setMaxLength(100);
    m_carrierCombo->setObjectName(QStringLiteral("carrierCombo"));
    for (const QString &key : carrierKeys())
        m_carrierCombo->addItem(carrierDisplayName(key), key);
    m_feeEdit->setObjectName(QStringLiteral("feeEdit"));
    m_feeEdit->setPlaceholderText(tr("In yuan, e.g. 3000"));
    m_minutesSpin->setObjectName(QStringLiteral("minutesSpin"));
    m_minutesSpin->setRange(0, 10000000);
    m_minutesSpin->setGroupSeparatorShown(true);
    m_rateEdit->setObjectName(QStringLiteral("rateEdit"));
    m_rateEdit->setPlaceholderText(tr("In yuan, e.g. 0.12"));
    m_costEdit->setObjectName(QStringLiteral("costEdit"));
    m_costEdit->setPlaceholderText(tr("What the carrier charges a year, in yuan"));

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("A yearly package. Give it an agent price for every tier at both "
                                "levels before numbers are sold on it."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), m_codeEdit);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("C&arrier:"), m_carrierCombo);
    form->addRow(tr("Annual retail &fee (¥):"), m_feeEdit);
    form->addRow(tr("Included &minutes:"), m_minutesSpin);
    form->addRow(tr("Per-minute &rate (¥):"), m_rateEdit);
    form->addRow(tr("Carrier c&ost (¥):"), m_costEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("Add Plan"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The layout owns the minimum size, so the dialog grows with a refusal.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_nameEdit->setMinimumWidth(280);
    m_codeEdit->setFocus();
}

void PlanDialog::accept()
{
    PlanInput in;
    in.code = m_codeEdit->text().trimmed();
    in.name = m_nameEdit->text().trimmed();
    in.carrier = m_carrierCombo->currentData().toString();
    in.includedMinutes = QString::number(m_minutesSpin->value());
    QStringList problems;
    const auto fen = [&problems](QLineEdit *edit, const QString &what, bool optional) {
        Money amount;
        if (optional && edit->text().trimmed().isEmpty())
            return QStringLiteral("0");
        if (!YuanText::parse(edit->text(), &amount)) {
            problems << tr("%1: \"%2\" is not an amount in yuan, e.g. 3000 or 0.12.")
                            .arg(what, edit->text());
            return QString();
        }
        return QString::number(amount.fen());
    };
    in.annualFeeFen = fen(m_feeEdit, tr("Annual retail fee"), false);
    in.perMinuteFen = fen(m_rateEdit, tr("Per-minute rate"), true);
    in.carrierCostFen = fen(m_costEdit, tr("Carrier cost"), false);
    if (!problems.isEmpty()) {
        m_messageBar->showError(problems.join(QLatin1Char('\n')));
        growToFit();
        return;
    }
    Result<Plan> plan = PlanService(m_db).create(m_actor, in);
    if (!plan) {
        m_messageBar->showError(plan.error());
        growToFit();
        return;
    }
    m_created = *plan;
    QDialog::accept();
}

void PlanDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace cd
