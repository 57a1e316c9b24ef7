#include "TrainingSessionDialog.h"

#include "agents/FormRows.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

TrainingSessionDialog::TrainingSessionDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_messageBar(new MessageBar(this))
    , m_dateEdit(new QDateEdit(this))
    , m_topicEdit(new QLineEdit(this))
    , m_trainerEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("trainingSessionDialog"));
    setWindowTitle(tr("New Training Session"));

    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDate(QDate::currentDate());
    m_topicEdit->setObjectName(QStringLiteral("topicEdit"));
    m_topicEdit->setMaxLength(200);
    m_topicEdit->setPlaceholderText(tr("e.g. Qualification review and the platform's rules"));
    m_trainerEdit->setObjectName(QStringLiteral("trainerEdit"));
    m_trainerEdit->setMaxLength(100);

    auto *heading = new QLabel(windowTitle(), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("Every signed agent gets platform training soon after its first "
                                "contract starts (§2.7). Record who attended after the session."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    FormRows::addRow(form, tr("&Held on:"), dateRow, m_dateEdit);
    form->addRow(tr("&Topic:"), m_topicEdit);
    form->addRow(tr("T&rainer:"), m_trainerEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Add Session"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TrainingSessionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    setTabOrder(m_dateEdit, m_topicEdit);
    setTabOrder(m_topicEdit, m_trainerEdit);
    setTabOrder(m_trainerEdit, buttons);

    connect(m_topicEdit, &QLineEdit::textChanged, this, &TrainingSessionDialog::updateButtons);
    connect(m_trainerEdit, &QLineEdit::textChanged, this, &TrainingSessionDialog::updateButtons);
    m_topicEdit->setFocus();
    updateButtons();
}

void TrainingSessionDialog::updateButtons()
{
    m_okButton->setEnabled(m_actor.canWrite() && !m_topicEdit->text().trimmed().isEmpty() &&
                           !m_trainerEdit->text().trimmed().isEmpty());
}

void TrainingSessionDialog::accept()
{
    Result<TrainingSession> s = TrainingService(m_db).addSession(
        m_actor, m_dateEdit->date(), m_topicEdit->text(), m_trainerEdit->text());
    if (!s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
        return;
    }
    m_created = *s;
    QDialog::accept();
}

} // namespace cd
