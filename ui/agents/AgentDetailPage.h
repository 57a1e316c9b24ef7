#pragma once

#include "agents/Agent.h"
#include "widgets/PageContext.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd {

class AgentCustomersModel;
class AgentListModel;
class ClassifyDialog;
class ContractDialog;
class ContractListModel;
struct Contract;
struct Violation;
class PenaltyDialog;
class PrintMenu;
class StatusBadge;
class TakeoverDialog;
class TerminationDialog;
class TrainingSessionModel;
class ViolationDialog;
class ViolationListModel;

// One agent in full: a header with name, code, status, level and tier, and
// tabs for its details and hierarchy (parent, sub-agents), contracts,
// training (§2.7), violations (§3.2, §3.9) and customers with who serves
// them (§2.3, §9.6). The actions of each tab open the same dialogs as the
// areas do. Back (or Esc) returns to the list.
class AgentDetailPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgentDetailPage(const PageContext &context, QWidget *parent = nullptr);
    ~AgentDetailPage() override;

    // Loads the agent; false (and a message) when it is not found.
    bool setAgent(const QString &uscc);
    const Agent &agent() const { return m_agent; }
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    ContractListModel *contractModel() const { return m_contracts; }
    ViolationListModel *violationModel() const { return m_violations; }
    AgentCustomersModel *customerModel() const { return m_customers; }
    AgentListModel *subAgentModel() const { return m_subAgents; }
    TrainingSessionModel *trainingModel() const { return m_training; }

    // The dialogs open window-modal and return at once; nullptr when the
    // action does not apply (e.g. no active contract, an auditor).
    ContractDialog *signContract();
    TerminationDialog *terminateContract();
    ViolationDialog *newViolation();
    ClassifyDialog *classifyViolation();
    PenaltyDialog *penalise();
    TakeoverDialog *takeOver();
    // "Print Renewal Letter…": the agent's numbers due in the notice window
    // from today (§2.10), to preview, print or save as PDF.
    PrintMenu *renewalLetterMenu() const { return m_letterMenu; }

signals:
    void backRequested();
    void agentRequested(const QString &uscc);
    // Something of the agent changed (status, contracts, …): lists elsewhere reload.
    void agentChanged(const QString &uscc);

private:
    QWidget *buildOverview();
    QWidget *buildContracts();
    QWidget *buildTraining();
    QWidget *buildViolations();
    QWidget *buildCustomers();
    void showHeader();
    void showOverview();
    void updateButtons();
    void changed(const QString &message);
    const Contract *selectedContract() const;
    const Violation *selectedViolation() const;

    PageContext m_context;
    Agent m_agent;
    AgentListModel *m_subAgents;
    ContractListModel *m_contracts;
    TrainingSessionModel *m_training;
    ViolationListModel *m_violations;
    AgentCustomersModel *m_customers;

    QPushButton *m_backButton;
    QLabel *m_nameLabel;
    QLabel *m_codeLabel;
    StatusBadge *m_statusBadge;
    StatusBadge *m_levelBadge;
    StatusBadge *m_tierBadge;
    QTabWidget *m_tabs;

    QFormLayout *m_overviewForm = nullptr;
    QLabel *m_parentLabel = nullptr;
    QLabel *m_subAgentsCaption = nullptr;
    QTableView *m_subAgentTable = nullptr;
    QTableView *m_contractTable = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_terminateButton = nullptr;
    QLabel *m_trainingWarning = nullptr;
    QTableView *m_trainingTable = nullptr;
    QTableView *m_violationTable = nullptr;
    QPushButton *m_newViolationButton = nullptr;
    QPushButton *m_classifyButton = nullptr;
    QPushButton *m_penaltyButton = nullptr;
    QLabel *m_customersSummary = nullptr;
    QLabel *m_takeoversLabel = nullptr;
    QTableView *m_customerTable = nullptr;
    QPushButton *m_takeOverButton = nullptr;
    QPushButton *m_letterButton = nullptr;
    PrintMenu *m_letterMenu = nullptr;
};

} // namespace cd
