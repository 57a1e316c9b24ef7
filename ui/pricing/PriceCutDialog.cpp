#include "PriceCutDialog.h"

#include "pricing/CutPreviewModel.h"
#include "pricing/YuanText.h"
#include "widgets/MessageBar.h"
#include "agents/StatusBadge.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

PriceCutDialog::PriceCutDialog(Database &db, const Actor &actor, const QVector<Plan> &plans,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_percentRadio(new QRadioButton(tr("By &percent:"), this))
    , m_amountRadio(new QRadioButton(tr("By &amount:"), this))
    , m_percentEdit(new QLineEdit(this))
    , m_amountEdit(new QLineEdit(this))
    , m_planCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_model(new CutPreviewModel(this))
    , m_table(new QTableView(this))
    , m_breaksHeading(new QLabel(this))
    , m_breaksList(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("priceCutDialog"));
    setWindowTitle(tr("Global Price Cut"));

    m_percentRadio->setObjectName(QStringLiteral("percentRadio"));
    m_amountRadio->setObjectName(QStringLiteral("amountRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_percentRadio);
    group->addButton(m_amountRadio);
    m_percentRadio->setChecked(true);
    m_percentEdit->setObjectName(QStringLiteral("percentEdit"));
    m_percentEdit->setPlaceholderText(tr("e.g. 2.5"));
    m_percentEdit->setMaxLength(6);
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_amountEdit->setPlaceholderText(tr("in yuan, e.g. 30"));
    m_amountEdit->setMaxLength(16);
    m_amountEdit->setEnabled(false);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->addItem(tr("Every active plan"), QString());
    for (const Plan &p : plans) {
        if (p.active)
            m_planCombo->addItem(QStringLiteral("%1 – %2").arg(p.code, p.name), p.code);
    }
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Cuts usually start with a month.
    const QDate today = QDate::currentDate();
    m_fromEdit->setDate(QDate(today.year(), today.month(), 1).addMonths(1));
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why, for the record, e.g. 年中让利"));
    m_reasonEdit->setMaxLength(200);

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("Lowers every agent price of one plan or of all active plans from "
                                "a date (§2.4). A percentage cut rounds each price down to the "
                                "fen. A cut that would break any plan's price chain is refused "
                                "whole: check the preview before applying."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *by = new QGridLayout;
    by->setHorizontalSpacing(8);
    by->addWidget(m_percentRadio, 0, 0);
    by->addWidget(m_percentEdit, 0, 1);
    by->addWidget(new QLabel(QStringLiteral("%"), this), 0, 2);
    by->addWidget(m_amountRadio, 1, 0);
    by->addWidget(m_amountEdit, 1, 1);
    by->addWidget(new QLabel(QStringLiteral("¥"), this), 1, 2);
    by->setColumnStretch(1, 1);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Cut:"), by);
    form->addRow(tr("P&lans:"), m_planCombo);
    form->addRow(tr("&From:"), m_fromEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);

    auto *previewHeading = new QLabel(tr("Preview"), this);
    previewHeading->setFont(Theme::sectionFont(font()));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[CutPreviewModel::ColumnCount] = {90, 90, 50, 110, 110, 100};
    for (int c = 0; c < CutPreviewModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setMinimumHeight(200);

    m_breaksHeading->setObjectName(QStringLiteral("breaksHeading"));
    m_breaksHeading->setWordWrap(true);
    const Theme::TintColors negative = Theme::tint(Theme::Tint::Negative);
    m_breaksHeading->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                       .arg(StatusBadge::textColor(StatusBadge::Tone::Negative).name()));
    m_breaksList->setObjectName(QStringLiteral("breaksList"));
    m_breaksList->setWordWrap(true);
    m_breaksList->setMaximumHeight(fontMetrics().height() * 4 + 16);
    m_breaksList->setStyleSheet(
        QStringLiteral("QListWidget { color: %1; background: %2; border: 1px solid %3;"
                       " border-radius: 6px; }")
            .arg(negative.text.name(), negative.background.name(), negative.border.name()));
    m_breaksHeading->hide();
    m_breaksList->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_applyButton = buttons->button(QDialogButtonBox::Ok);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setText(tr("Apply Cut"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceCutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PriceCutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(previewHeading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_breaksHeading);
    layout->addWidget(m_breaksList);
    layout->addWidget(buttons);
    resize(680, 680);

    setTabOrder(m_percentRadio, m_percentEdit);
    setTabOrder(m_percentEdit, m_amountRadio);
    setTabOrder(m_amountRadio, m_amountEdit);
    setTabOrder(m_amountEdit, m_planCombo);
    setTabOrder(m_planCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_reasonEdit);
    setTabOrder(m_reasonEdit, m_table);

    // A preview writes and rolls back inside a transaction: wait for a pause in typing.
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &PriceCutDialog::preview);
    connect(m_percentRadio, &QRadioButton::toggled, this, [this](bool percent) {
        m_percentEdit->setEnabled(percent);
        m_amountEdit->setEnabled(!percent);
        inputsChanged();
    });
    connect(m_percentEdit, &QLineEdit::textChanged, this, &PriceCutDialog::inputsChanged);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &PriceCutDialog::inputsChanged);
    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &PriceCutDialog::inputsChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &PriceCutDialog::inputsChanged);

    m_percentEdit->setFocus();
    preview();
}

void PriceCutDialog::setPercentText(const QString &percent)
{
    m_percentRadio->setChecked(true);
    m_percentEdit->setText(percent);
}

void PriceCutDialog::setAmountText(const QString &yuan)
{
    m_amountRadio->setChecked(true);
    m_amountEdit->setText(yuan);
}

void PriceCutDialog::setPlan(const QString &code)
{
    const int index = m_planCombo->findData(code);
    if (index >= 0)
        m_planCombo->setCurrentIndex(index);
}

void PriceCutDialog::setFrom(const QDate &date)
{
    m_fromEdit->setDate(date);
}

void PriceCutDialog::setReason(const QString &reason)
{
    m_reasonEdit->setText(reason);
}

bool PriceCutDialog::request(CutRequest *out, QString *problem) const
{
    CutRequest r;
    if (m_percentRadio->isChecked()) {
        QString text = m_percentEdit->text().trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        if (text.isEmpty()) {
            *problem = tr("Type the percentage to cut.");
            return false;
        }
        if (!PriceService::parsePercent(text, &r.percentBasisPoints)) {
            *problem = tr("\"%1\" is not a percentage above 0 and below 100 with at most two "
                          "decimals.")
                           .arg(m_percentEdit->text());
            return false;
        }
    } else {
        Money amount;
        if (m_amountEdit->text().trimmed().isEmpty()) {
            *problem = tr("Type the amount to cut, in yuan.");
            return false;
        }
        if (!YuanText::parse(m_amountEdit->text(), &amount) || amount <= Money()) {
            *problem = tr("\"%1\" is not an amount in yuan above zero, e.g. 30 or 12.50.")
                           .arg(m_amountEdit->text());
            return false;
        }
        r.amountFen = amount.fen();
    }
    r.planCode = m_planCombo->currentData().toString();
    r.from = m_fromEdit->date();
    r.reason = m_reasonEdit->text().trimmed();
    *out = r;
    return true;
}

void PriceCutDialog::inputsChanged()
{
    m_dirty = true;
    updateButtons();
    m_timer->start();
}

void PriceCutDialog::preview()
{
    m_timer->stop();
    m_dirty = false;
    m_breaksList->clear();
    CutRequest r;
    QString problem;
    if (!request(&r, &problem)) {
        m_model->clear();
        m_summary->setText(problem);
        Theme::makeMuted(m_summary);
        m_breaksHeading->hide();
        m_breaksList->hide();
        updateButtons();
        return;
    }
    Result<CutPreview> p = PriceService(m_db).previewCut(m_actor, r);
    if (!p) {
        m_model->clear();
        m_summary->clear();
        m_messageBar->showError(p.error());
        m_breaksHeading->hide();
        m_breaksList->hide();
        updateButtons();
        return;
    }
    m_messageBar->clearMessage();
    m_model->setPreview(*p);
    QPalette palette = m_summary->palette();
    if (p->lines.isEmpty()) {
        m_summary->setText(
            tr("No agent price is in force on %1 to cut.").arg(r.from.toString(Qt::ISODate)));
        palette.setColor(QPalette::WindowText, Theme::mutedText());
    } else if (p->ok()) {
        m_summary->setText(tr("%n price(s) would change from %1; every price chain stays whole.",
                              nullptr, int(p->lines.size()))
                               .arg(r.from.toString(Qt::ISODate)));
        palette.setColor(QPalette::WindowText, QColor(0x15, 0x80, 0x3d));
    } else {
        m_summary->setText(tr("%n price(s) would change, but the chain of %1 would break: the cut "
                              "cannot be applied as it stands.",
                              nullptr, int(p->lines.size()))
                               .arg(p->brokenPlans.join(QStringLiteral(", "))));
        palette.setColor(QPalette::WindowText, QColor(0xb9, 0x1c, 0x1c));
    }
    m_summary->setPalette(palette);
    for (const ChainBreak &b : p->breaks)
        m_breaksList->addItem(b.message);
    m_breaksHeading->setText(
        tr("%n broken link(s) of the price chain (§2.4):", nullptr, int(p->breaks.size())));
    m_breaksHeading->setVisible(!p->ok());
    m_breaksList->setVisible(!p->ok());
    // Bring the first line of a broken plan into view.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isBroken(row)) {
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
            break;
        }
    }
    updateButtons();
}

bool PriceCutDialog::canApply() const
{
    const CutPreview &p = m_model->preview();
    return !m_dirty && p.ok() && !p.lines.isEmpty();
}

void PriceCutDialog::updateButtons()
{
    m_applyButton->setEnabled(canApply());
}

void PriceCutDialog::accept()
{
    if (m_dirty)
        preview();
    if (!canApply())
        return;
    CutRequest r;
    QString problem;
    if (!request(&r, &problem))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<CutPreview> done = PriceService(m_db).applyCut(m_actor, r);
    QApplication::restoreOverrideCursor();
    if (!done) {
        m_messageBar->showError(done.error());
        if (r.reason.isEmpty())
            m_reasonEdit->setFocus();
        return;
    }
    m_applied = *done;
    m_appliedRequest = r;
    QDialog::accept();
}

} // namespace cd
