#pragma once

#include "common/Actor.h"
#include "pricing/Plan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class Database;
class MessageBar;

// A new plan (SPEC §2 "Plan"): code, name, carrier, annual retail fee,
// included minutes, per-minute rate and carrier cost, amounts typed in yuan
// and kept in fen. OK calls PlanService::create; its refusals show inline.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

    MessageBar *messageBar() const { return m_messageBar; }
    const Plan &created() const { return m_created; }

    void accept() override;

private:
    // A window does not grow by itself for word-wrapped text (height for
    // width): make room for a refusal's lines.
    void growToFit();
    Database &m_db;
    Actor m_actor;
    Plan m_created;
    MessageBar *m_messageBar;
    QLineEdit *m_codeEdit;
    QLineEdit *m_nameEdit;
    QComboBox *m_carrierCombo;
    QLineEdit *m_feeEdit;
    QSpinBox *m_minutesSpin;
    QLineEdit *m_rateEdit;
    QLineEdit *m_costEdit;
};

} // namespace cd
