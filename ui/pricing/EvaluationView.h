#pragma once

#include "pricing/QuarterlyEvaluation.h"
#include "widgets/PageContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cd {

class CompletionBarDelegate;
class EvaluationModel;

// The quarterly evaluation (§2.4): pick a year and quarter, run Evaluate, and
// read each agent's task, activations, completion (a bar), tier and proposed
// tier; Approve or Decline a proposed promotion. Core computes, stores and
// audits; this screen only asks and shows the outcome in the message bar.
class EvaluationView : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationView(const PageContext &context, QWidget *parent = nullptr);
    ~EvaluationView() override;

    EvaluationModel *model() const { return m_model; }
    CompletionBarDelegate *delegate() const { return m_delegate; }
    Quarter quarter() const;
    void setQuarter(const Quarter &quarter);
    void selectAgent(const QString &uscc);

    // Reads the stored lines of the quarter.
    void reload();
    // Runs the evaluation of the quarter (managers and administrators).
    bool evaluate();
    bool approveSelected();
    bool declineSelected();

    // The quarter before the one containing the date: the one to evaluate.
    static Quarter previousQuarter(const QDate &date);

private:
    const Performance *selectedLine() const;
    bool decide(bool approve);
    void updateButtons();
    void updateSummary();

    PageContext m_context;
    EvaluationModel *m_model;
    CompletionBarDelegate *m_delegate;
    QSpinBox *m_yearSpin;
    QComboBox *m_quarterCombo;
    QPushButton *m_evaluateButton;
    QPushButton *m_approveButton;
    QPushButton *m_declineButton;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_loading = false;
};

} // namespace cd
