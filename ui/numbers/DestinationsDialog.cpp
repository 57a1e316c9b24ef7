#include "DestinationsDialog.h"

#include "agents/FieldErrorLabel.h"
#include "agents/FormRows.h"
#include "common/Phone.h"
#include "numbers/NumberService.h"
#include "numbers/NumberStyle.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

DestinationsDialog::DestinationsDialog(Database &db, const Actor &actor, const QString &number,
                                       const QStringList &current, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_number(number)
    , m_messageBar(new MessageBar(this))
    , m_edit(new QPlainTextEdit(this))
    , m_error(new FieldErrorLabel(this))
{
    setObjectName(QStringLiteral("destinationsDialog"));
    setWindowTitle(tr("Destinations"));
    auto *heading = new QLabel(tr("Destinations of %1").arg(NumberStyle::display(number)), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *intro = new QLabel(tr("The phones a call to the number rings, in order: one per line, "
                                "mobile or landline with its area code."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);
    m_edit->setObjectName(QStringLiteral("destinationsEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlainText(current.join(QLatin1Char('\n')));
    m_error->setObjectName(QStringLiteral("destinationsError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setText(tr("Save"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DestinationsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumSize(440, 320);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &DestinationsDialog::check);
    m_edit->setFocus();
    check();
}

QStringList DestinationsDialog::destinations() const
{
    QStringList out;
    for (const QString &line : m_edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

void DestinationsDialog::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

QString DestinationsDialog::error() const
{
    return m_error->error();
}

void DestinationsDialog::check()
{
    QStringList bad;
    for (const QString &p : destinations()) {
        if (!Phone::isValid(p))
            bad << p;
    }
    m_error->setError(
        bad.isEmpty() ? QString()
                      : tr("Not a Chinese phone number: %1").arg(bad.join(QStringLiteral(", "))));
    m_okButton->setEnabled(bad.isEmpty() && m_actor.canWrite());
}

void DestinationsDialog::accept()
{
    check();
    if (!m_okButton->isEnabled())
        return;
    if (Status s = NumberService(m_db).setDestinations(m_actor, m_number, destinations()); !s) {
        m_messageBar->showError(s.error());
        FormRows::growToFit(this);
        return;
    }
    QDialog::accept();
}

} // namespace cd
