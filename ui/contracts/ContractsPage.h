#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cd {

class ContractDialog;
class ContractListModel;
class PrintMenu;
class TerminationDialog;

// Every agent's contracts (§9.2) with filters by status, year and agent;
// signing, termination (§3.9, §3.2) and next year's drafts.
class ContractsPage : public QWidget, public RefreshablePage, public FilterablePage
{
    Q_OBJECT

public:
    explicit ContractsPage(const PageContext &context, QWidget *parent = nullptr);
    ~ContractsPage() override;

    ContractListModel *model() const { return m_model; }
    // The dialogs open window-modal and return at once; they close on success.
    ContractDialog *signContract();
    TerminationDialog *terminateSelected();
    // §9.2 Next year's drafts for every active agent, after asking.
    void prepareDrafts();
    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void selectContract(const QString &number);
    // Filter keys: "contract" (a contract number) shows and selects it,
    // whatever its year and status.
    void applyFilter(const QVariantMap &filter) override;
    // "Print…": preview, print or save as PDF the selected contract.
    PrintMenu *printMenu() const { return m_printMenu; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void reloadYears();
    QString selectedNumber() const;
    void updateButtons();

    PageContext m_context;
    ContractListModel *m_model;
    QLineEdit *m_searchEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_yearCombo;
    QLabel *m_countLabel;
    QTableView *m_table;
    QPushButton *m_signButton;
    QPushButton *m_terminateButton;
    QPushButton *m_draftsButton;
    QPushButton *m_printButton;
    PrintMenu *m_printMenu;
    QTimer *m_searchTimer;
};

} // namespace cd
