#pragma once

#include "widgets/PageContext.h"

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
class ViolationsPage : public QWidget
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
};

} // namespace cd
