#include "ProviderPanel.h"

#include "widgets/Format.h"

#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ProviderPanel::ProviderPanel(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_name(new QLineEdit(this))
    , m_licence(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
{
    setObjectName(QStringLiteral("providerPanel"));
    setMaximumWidth(760); // a form of four short lines; full-width fields read badly

    auto *intro = new QLabel(tr("The issuing party of printed contracts and renewal letters. "
                                "Contracts cannot be printed until the name is set."),
                             this);
    intro->setWordWrap(true);
    Theme::makeMuted(intro);

    m_name->setObjectName(QStringLiteral("providerName"));
    m_name->setPlaceholderText(tr("Registered company name"));
    m_name->setMaxLength(200);
    m_licence->setObjectName(QStringLiteral("providerLicence"));
    m_licence->setPlaceholderText(tr("e.g. B2-20260101"));
    m_licence->setMaxLength(100);
    m_address->setObjectName(QStringLiteral("providerAddress"));
    m_address->setMaxLength(300);
    m_phone->setObjectName(QStringLiteral("providerPhone"));
    m_phone->setMaxLength(50);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    Theme::makeMuted(m_status);
    m_saveButton->setObjectName(QStringLiteral("saveProviderButton"));
    m_saveButton->setDefault(true);
    m_revertButton->setObjectName(QStringLiteral("revertProviderButton"));

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Licence number:"), m_licence);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::Spacing, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setTabOrder(m_name, m_licence);
    setTabOrder(m_licence, m_address);
    setTabOrder(m_address, m_phone);
    setTabOrder(m_phone, m_revertButton);
    setTabOrder(m_revertButton, m_saveButton);

    // Read-only for managers and auditors: the service refuses anyway.
    const bool admin = m_context.actor.isAdmin();
    for (QLineEdit *edit : {m_name, m_licence, m_address, m_phone}) {
        edit->setReadOnly(!admin);
        connect(edit, &QLineEdit::textChanged, this, &ProviderPanel::updateState);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (isModified())
                save();
        });
    }
    m_saveButton->setVisible(admin);
    m_revertButton->setVisible(admin);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &ProviderPanel::reload);

    reload();
}

Provider ProviderPanel::edited() const
{
    Provider p = m_stored;
    p.name = m_name->text().trimmed();
    p.licence = m_licence->text().trimmed();
    p.address = m_address->text().trimmed();
    p.phone = m_phone->text().trimmed();
    return p;
}

bool ProviderPanel::isModified() const
{
    const Provider p = edited();
    return p.name != m_stored.name || p.licence != m_stored.licence ||
           p.address != m_stored.address || p.phone != m_stored.phone;
}

void ProviderPanel::reload()
{
    Result<Provider> p = ProviderProfile(*m_context.database).load();
    if (!p) {
        if (m_context.messageBar)
            m_context.messageBar->showError(p.error());
        return;
    }
    m_stored = *p;
    for (auto [edit, value] : {std::pair{m_name, p->name}, std::pair{m_licence, p->licence},
                               std::pair{m_address, p->address}, std::pair{m_phone, p->phone}}) {
        const QSignalBlocker blocker(edit);
        edit->setText(value);
    }
    updateState();
}

bool ProviderPanel::save()
{
    if (!m_context.actor.isAdmin())
        return false;
    const Provider p = edited();
    if (Status s = ProviderProfile(*m_context.database).set(m_context.actor, p); !s) {
        if (m_context.messageBar)
            m_context.messageBar->showError(s.error());
        m_name->setFocus();
        return false;
    }
    reload();
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(
            tr("The provider's profile is saved; documents print it from now on."));
    return true;
}

void ProviderPanel::updateState()
{
    const bool modified = isModified();
    m_saveButton->setEnabled(modified && !m_name->text().trimmed().isEmpty());
    m_revertButton->setEnabled(modified);
    if (modified)
        m_status->setText(tr("Unsaved changes."));
    else if (!m_stored.isSet())
        m_status->setText(tr("Not set yet: contracts and letters cannot be printed."));
    else if (!m_stored.updatedAt.isEmpty())
        m_status->setText(tr("Last changed by %1 at %2.")
                              .arg(m_stored.updatedBy, Format::timestamp(m_stored.updatedAt)));
    else
        m_status->clear();
}

} // namespace cd
