#pragma once

#include "pricing/Tier.h"
#include "widgets/PageContext.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace cd {

class PlanDialog;
class PlanListModel;
class PriceChangeDialog;
class PriceCutDialog;
class PriceHistoryModel;
class PriceMatrixModel;
struct Plan;

// Plans and their agent prices (§2.4): the plan list; for the selected plan
// the price matrix (tiers × levels) in force on a chosen date, missing cells
// marked; for the selected cell its whole history. Administrators add plans,
// import plans and prices, change one price and run a global cut; the other
// roles read.
class PlanPricesView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPricesView(const PageContext &context, QWidget *parent = nullptr);
    ~PlanPricesView() override;

    PlanListModel *planModel() const { return m_planModel; }
    PriceMatrixModel *matrixModel() const { return m_matrixModel; }
    PriceHistoryModel *historyModel() const { return m_historyModel; }

    void refresh();
    void selectPlan(const QString &code);
    QString selectedPlanCode() const;
    void setDate(const QDate &date);
    QDate date() const;
    void selectCell(Tier tier, int level);

    // The dialogs open window-modal and return at once; they close on success.
    PlanDialog *newPlan();
    PriceChangeDialog *changePrice();
    PriceCutDialog *globalCut();
    void importCsv(const QString &kind);
    bool importFile(const QString &kind, const QString &path);

private:
    const Plan *selectedPlan() const;
    void planChanged();
    void loadMatrix();
    void loadHistory();
    void updateButtons();

    PageContext m_context;
    PlanListModel *m_planModel;
    PriceMatrixModel *m_matrixModel;
    PriceHistoryModel *m_historyModel;
    QPushButton *m_newPlanButton;
    QPushButton *m_importPlansButton;
    QPushButton *m_importPricesButton;
    QPushButton *m_changeButton;
    QPushButton *m_cutButton;
    QTableView *m_planTable;
    QLabel *m_matrixHeading;
    QDateEdit *m_dateEdit;
    QTableView *m_matrixTable;
    QLabel *m_missingLabel;
    QLabel *m_historyHeading;
    QTableView *m_historyTable;
};

} // namespace cd
