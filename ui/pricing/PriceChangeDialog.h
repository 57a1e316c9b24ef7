#pragma once

#include "common/Actor.h"
#include "pricing/Plan.h"
#include "pricing/PriceService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Database;
class MessageBar;

// One agent price of a plan from a date (§2.4). The new price is typed in
// yuan and kept in fen exactly. A reason (carrier or policy) and the
// document's reference are asked only when PriceService::isIncrease says the
// change raises the price in force; OK calls PriceService::setPrice, and a
// refusal (a raise without reason, a broken chain with each link) shows
// inline while the dialog stays open.
class PriceChangeDialog : public QDialog
{
    Q_OBJECT

public:
    PriceChangeDialog(Database &db, const Actor &actor, const Plan &plan,
                      QWidget *parent = nullptr);

    void setCell(Tier tier, int level);
    void setFrom(const QDate &date);
    void setPriceText(const QString &yuan);

    // The change as it stands; false when the price is not an amount in yuan.
    bool change(PriceChange *out) const;
    // Whether the reason and reference rows are shown.
    bool asksForReason() const { return m_increase; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The change last saved (valid after accept()).
    const PriceChange &saved() const { return m_saved; }

    void accept() override;

private:
    // A window does not grow by itself for word-wrapped text (height for
    // width): make room for a refusal's lines.
    void growToFit();
    void updateState();

    Database &m_db;
    Actor m_actor;
    Plan m_plan;
    bool m_increase = false;
    PriceChange m_saved;
    MessageBar *m_messageBar;
    QFormLayout *m_form;
    QComboBox *m_tierCombo;
    QComboBox *m_levelCombo;
    QDateEdit *m_fromEdit;
    QLabel *m_currentLabel;
    QLineEdit *m_priceEdit;
    QLabel *m_increaseNote;
    QComboBox *m_reasonCombo;
    QLineEdit *m_referenceEdit;
    QPushButton *m_okButton;
};

} // namespace cd
