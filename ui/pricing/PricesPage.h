#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QTabWidget;

namespace cd {

class EvaluationView;
class PlanPricesView;

// The Prices area: plans and their agent prices (§2.4) on one tab, the
// quarterly evaluation and its tier proposals on the other.
class PricesPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit PricesPage(const PageContext &context, QWidget *parent = nullptr);

    PlanPricesView *plansView() const { return m_plans; }
    EvaluationView *evaluationView() const { return m_evaluation; }
    QTabWidget *tabs() const { return m_tabs; }
    void showEvaluation();
    // Re-reads the tab shown.
    void refreshFromDatabase() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    PlanPricesView *m_plans;
    EvaluationView *m_evaluation;
};

} // namespace cd
