#pragma once

#include "settings/ProviderProfile.h"
#include "widgets/PageContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

// The provider's profile (name, licence, address, phone) that contracts and
// renewal letters print as the issuing party. Everyone signed in sees it;
// administrators edit and save it through ProviderProfile::set (validated
// and audited there).
class ProviderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderPanel(const PageContext &context, QWidget *parent = nullptr);

    // Reloads the stored profile, dropping unsaved edits.
    void reload();
    // Saves the edits; false when refused (the reason in the message bar).
    bool save();
    Provider edited() const;
    bool isModified() const;

private:
    void updateState();

    PageContext m_context;
    Provider m_stored;
    QLineEdit *m_name;
    QLineEdit *m_licence;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLabel *m_status;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
};

} // namespace cd
