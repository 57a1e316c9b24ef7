#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cd {

class AgentDetailPage;
class AgentDialog;
class AgentListModel;

// The Agents area: the list of agents, searched and filtered in SQL, with new
// agents and CSV import; opening an agent shows its AgentDetailPage in place
// (Back or Esc returns to the list).
//
// FilterablePage key: "agent", a credit code: opens that agent's detail
// (the list when there is no such agent).
class AgentsPage : public QWidget, public FilterablePage, public RefreshablePage
{
    Q_OBJECT

public:
    explicit AgentsPage(const PageContext &context, QWidget *parent = nullptr);
    ~AgentsPage() override;

    AgentListModel *model() const { return m_model; }
    AgentDetailPage *detailPage() const { return m_detail; }
    bool isShowingDetail() const;

    // Opens window-modal and returns at once; closes on success.
    AgentDialog *newAgent();
    // Asks for a CSV file and imports it whole or not at all (SPEC §5).
    void importCsv();
    // Imports a file; the errors of a refused import show below the filters.
    bool importFile(const QString &path);
    bool openAgent(const QString &uscc);
    void showList();
    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void applyFilter(const QVariantMap &filter) override;
    void selectAgent(const QString &uscc);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    QString selectedUscc() const;
    void updateButtons();

    PageContext m_context;
    AgentListModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_listView;
    AgentDetailPage *m_detail;
    QLineEdit *m_searchEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_levelCombo;
    QLabel *m_countLabel;
    QLabel *m_emptyLabel;
    QFrame *m_importPanel;
    QLabel *m_importTitle;
    QPlainTextEdit *m_importErrors;
    QTableView *m_table;
    QPushButton *m_newButton;
    QPushButton *m_importButton;
    QPushButton *m_openButton;
    QTimer *m_searchTimer;
};

} // namespace cd
