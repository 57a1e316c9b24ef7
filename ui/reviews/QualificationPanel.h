#pragma once

#include "customers/Customer.h"
#include "widgets/PageContext.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cd {

class ChecklistModel;
class DocumentListModel;
class DocumentPreviewDialog;

// One customer's qualification review (§3.9): the document checklist
// (present or missing; the handler's documents only when the handler is not
// the legal representative), the stored documents with Attach…, Preview and
// Save As…, and the decision: Approve (disabled, naming what is missing,
// while the checklist is incomplete), Reject (a reason required), More
// Documents Needed.
class QualificationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QualificationPanel(const PageContext &context, QWidget *parent = nullptr);

    // Shows the customer's review; an empty code clears the panel.
    bool setCustomer(const QString &uscc);
    const Customer &customer() const { return m_customer; }
    void reload();
    // The day documents and decisions are dated (today unless a test says otherwise).
    void setToday(const QDate &date) { m_today = date; }
    // Hides the customer's name line where the page around already shows it.
    void setTitleVisible(bool visible);

    ChecklistModel *checklist() const { return m_checklist; }
    DocumentListModel *documents() const { return m_documents; }

    // Reads a file and stores it as a document of `kind` (a key of
    // documentKindKeys()); false with the reason in the message bar.
    bool attachFile(const QString &kindKey, const QString &path);
    // Asks for a file (Dialogs::openFileName) for the chosen kind.
    bool attach();
    DocumentPreviewDialog *previewSelected();
    bool saveSelected();
    bool approve();
    bool reject();
    bool moreDocuments();

signals:
    // A document or a decision changed the customer.
    void changed(const QString &uscc);

private:
    bool decide(int decision);
    void updateButtons();
    int selectedDocumentRow() const;

    PageContext m_context;
    Customer m_customer;
    QDate m_today;
    ChecklistModel *m_checklist;
    DocumentListModel *m_documents;
    QLabel *m_titleLabel;
    QLabel *m_handlerLabel;
    QTableView *m_checklistTable;
    QComboBox *m_kindCombo;
    QPushButton *m_attachButton;
    QTableView *m_documentTable;
    QPushButton *m_previewButton;
    QPushButton *m_saveButton;
    QLabel *m_decisionState;
    QLabel *m_missingLabel;
    QLineEdit *m_reasonEdit;
    QPushButton *m_approveButton;
    QPushButton *m_rejectButton;
    QPushButton *m_moreButton;
};

} // namespace cd
