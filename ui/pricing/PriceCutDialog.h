#pragma once

#include "common/Actor.h"
#include "pricing/Plan.h"
#include "pricing/PriceService.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimer;

namespace cd {

class CutPreviewModel;
class Database;
class MessageBar;

// A global price cut (§2.4): by percent or by an amount in yuan, of one plan
// or of every active plan, from a date, with its reason. Every input change
// refreshes a preview (PriceService::previewCut) listing each resulting price
// and each link of a chain that would break; Apply stays disabled while the
// preview has breaks, since core refuses such a cut whole.
class PriceCutDialog : public QDialog
{
    Q_OBJECT

public:
    PriceCutDialog(Database &db, const Actor &actor, const QVector<Plan> &plans,
                   QWidget *parent = nullptr);

    void setPercentText(const QString &percent);
    void setAmountText(const QString &yuan);
    void setPlan(const QString &code); // "" for every active plan
    void setFrom(const QDate &date);
    void setReason(const QString &reason);

    // Runs the preview now for the current inputs.
    void preview();
    bool canApply() const;
    CutPreviewModel *previewModel() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    // What was applied (valid after accept()).
    const CutPreview &applied() const { return m_applied; }
    const CutRequest &appliedRequest() const { return m_appliedRequest; }

    void accept() override;

private:
    bool request(CutRequest *out, QString *problem) const;
    void inputsChanged();
    void updateButtons();

    Database &m_db;
    Actor m_actor;
    bool m_dirty = true;
    CutPreview m_applied;
    CutRequest m_appliedRequest;
    MessageBar *m_messageBar;
    QRadioButton *m_percentRadio;
    QRadioButton *m_amountRadio;
    QLineEdit *m_percentEdit;
    QLineEdit *m_amountEdit;
    QComboBox *m_planCombo;
    QDateEdit *m_fromEdit;
    QLineEdit *m_reasonEdit;
    QLabel *m_summary;
    CutPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_breaksHeading;
    QListWidget *m_breaksList;
    QPushButton *m_applyButton;
    QTimer *m_timer;
};

} // namespace cd
