#pragma once

#include "widgets/PageContext.h"

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
class TerminationDialog;

// Every agent's contracts (§9.2) with filters by status, year and agent;
// signing, termination (§3.9, §3.2) and next year's drafts.
class ContractsPage : public QWidget
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
    void selectContract(const QString &number);

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
    QTimer *m_searchTimer;
};

} // namespace cd
