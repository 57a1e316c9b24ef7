#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cd {

class ClassifyDialog;
class PenaltyDialog;
class ViolationDialog;
class ViolationListModel;

// Violation cases of all agents (§3.2, §3.9), open ones first: opening a case
// with evidence, classification, penalties, closing; the selected case's
// penalties and evidence files below.
//
// FilterablePage key: "status", "open" or "closed": only those cases are
// listed, until Show All Cases; no key lists every case.
class ViolationsPage : public QWidget, public FilterablePage, public RefreshablePage
{
    Q_OBJECT

public:
    explicit ViolationsPage(const PageContext &context, QWidget *parent = nullptr);
    ~ViolationsPage() override;

    ViolationListModel *model() const { return m_model; }
    ViolationDialog *newViolation();
    ClassifyDialog *classifySelected();
    PenaltyDialog *penaliseSelected();
    void closeSelected();
    // Attaches a file chosen in the file dialog to the selected case.
    void addEvidence();
    // Writes the selected evidence file where the save dialog says.
    void saveEvidence();
    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void applyFilter(const QVariantMap &filter) override;
    void selectViolation(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId() const;
    void showDetails();
    void updateButtons();
    void done(qint64 id, const QString &message);

    PageContext m_context;
    ViolationListModel *m_model;
    QTableView *m_table;
    QLabel *m_countLabel;
    QLabel *m_detailTitle;
    QLabel *m_detailText;
    QListWidget *m_penaltyList;
    QListWidget *m_evidenceList;
    QPushButton *m_newButton;
    QPushButton *m_classifyButton;
    QPushButton *m_penaltyButton;
    QPushButton *m_closeButton;
    QPushButton *m_addEvidenceButton;
    QPushButton *m_saveEvidenceButton;
    QPushButton *m_showAllButton = nullptr;
    QString m_stateFilter; // "open", "closed" or empty for every case
};

} // namespace cd
