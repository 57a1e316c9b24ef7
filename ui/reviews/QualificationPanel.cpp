#include "QualificationPanel.h"

#include "agents/ListTable.h"
#include "agents/StatusBadge.h"
#include "common/Dates.h"
#include "compliance/ReviewService.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerService.h"
#include "reviews/ChecklistModel.h"
#include "reviews/DocumentListModel.h"
#include "reviews/DocumentPreviewDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
// Bigger files belong in a document system, not in the review database.
constexpr qint64 kMaxDocumentBytes = 20 * 1024 * 1024;

QString kindList(const QVector<DocumentKind> &kinds)
{
    QStringList names;
    for (DocumentKind k : kinds)
        names << documentKindDisplayName(k);
    return names.join(QStringLiteral(", "));
}
} // namespace

QualificationPanel::QualificationPanel(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_today(QDate::currentDate())
    , m_checklist(new ChecklistModel(*context.database, this))
    , m_documents(new DocumentListModel(*context.database, this))
    , m_titleLabel(new QLabel(this))
    , m_handlerLabel(new QLabel(this))
    , m_checklistTable(new QTableView(this))
    , m_kindCombo(new QComboBox(this))
    , m_attachButton(new QPushButton(tr("&Attach…"), this))
    , m_documentTable(new QTableView(this))
    , m_previewButton(new QPushButton(tr("Pre&view"), this))
    , m_saveButton(new QPushButton(tr("&Save As…"), this))
    , m_decisionState(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_approveButton(new QPushButton(tr("A&pprove"), this))
    , m_rejectButton(new QPushButton(tr("&Reject"), this))
    , m_moreButton(new QPushButton(tr("&More Documents Needed"), this))
{
    setObjectName(QStringLiteral("qualificationPanel"));
    m_titleLabel->setObjectName(QStringLiteral("reviewTitle"));
    m_titleLabel->setFont(Theme::sectionFont(font()));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_handlerLabel->setObjectName(QStringLiteral("handlerLabel"));
    m_handlerLabel->setTextFormat(Qt::PlainText);
    m_handlerLabel->setWordWrap(true);
    Theme::makeMuted(m_handlerLabel);

    m_checklistTable->setObjectName(QStringLiteral("checklistTable"));
    m_checklistTable->setModel(m_checklist);
    ListTable::setUp(m_checklistTable, {230, 110, 80});
    m_checklistTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklistTable->setFocusPolicy(Qt::NoFocus);
    const int rowHeight = m_checklistTable->verticalHeader()->defaultSectionSize();
    m_checklistTable->setFixedHeight(rowHeight * 6 +
                                     m_checklistTable->horizontalHeader()->sizeHint().height() + 4);

    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setToolTip(
        tr("Store a file with its SHA-256 as a document of the kind chosen"));
    m_documentTable->setObjectName(QStringLiteral("documentsTable"));
    m_documentTable->setModel(m_documents);
    ListTable::setUp(m_documentTable, {170, 170, 70, 90, 70, 140});
    ListTable::addEmptyState(m_documentTable, tr("No documents on file yet."));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_saveButton->setObjectName(QStringLiteral("saveAsButton"));

    m_decisionState->setObjectName(QStringLiteral("decisionState"));
    m_decisionState->setWordWrap(true);
    m_decisionState->setTextFormat(Qt::PlainText);
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setTextFormat(Qt::PlainText);
    m_missingLabel->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }")
            .arg(StatusBadge::textColor(StatusBadge::Tone::Negative).name()));
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Reason: required to reject, shown to the agent"));
    m_reasonEdit->setMaxLength(500);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_moreButton->setObjectName(QStringLiteral("moreDocumentsButton"));

    auto *docsBox = new QGroupBox(tr("Documents"), this);
    docsBox->setObjectName(QStringLiteral("documentsBox"));
    auto *attachRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), docsBox);
    kindLabel->setBuddy(m_kindCombo);
    attachRow->addWidget(kindLabel);
    attachRow->addWidget(m_kindCombo, 1);
    attachRow->addWidget(m_attachButton);
    attachRow->addSpacing(12);
    attachRow->addWidget(m_previewButton);
    attachRow->addWidget(m_saveButton);
    auto *docsLayout = new QVBoxLayout(docsBox);
    docsLayout->addWidget(m_checklistTable);
    docsLayout->addLayout(attachRow);
    docsLayout->addWidget(m_documentTable, 1);

    auto *decisionBox = new QGroupBox(tr("Decision (§3.9)"), this);
    decisionBox->setObjectName(QStringLiteral("decisionBox"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(m_moreButton);
    buttons->addStretch(1);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addWidget(m_decisionState);
    decisionLayout->addWidget(m_missingLabel);
    decisionLayout->addWidget(m_reasonEdit);
    decisionLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_handlerLabel);
    layout->addWidget(docsBox, 1);
    layout->addWidget(decisionBox);

    setTabOrder(m_kindCombo, m_attachButton);
    setTabOrder(m_attachButton, m_previewButton);
    setTabOrder(m_previewButton, m_saveButton);
    setTabOrder(m_saveButton, m_documentTable);
    setTabOrder(m_documentTable, m_reasonEdit);
    setTabOrder(m_reasonEdit, m_approveButton);
    setTabOrder(m_approveButton, m_rejectButton);
    setTabOrder(m_rejectButton, m_moreButton);

    const bool canWrite = m_context.actor.canWrite();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_kindCombo, kindLabel, m_attachButton, decisionBox})
        w->setVisible(canWrite);

    connect(m_attachButton, &QPushButton::clicked, this, [this] { attach(); });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { previewSelected(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveSelected(); });
    connect(m_documentTable, &QTableView::doubleClicked, this, [this] { previewSelected(); });
    connect(m_documentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QualificationPanel::updateButtons);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &QualificationPanel::updateButtons);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { approve(); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { reject(); });
    connect(m_moreButton, &QPushButton::clicked, this, [this] { moreDocuments(); });

    setCustomer(QString());
}

void QualificationPanel::setTitleVisible(bool visible)
{
    m_titleLabel->setVisible(visible);
}

bool QualificationPanel::setCustomer(const QString &uscc)
{
    if (uscc.isEmpty()) {
        m_customer = Customer();
        reload();
        return true;
    }
    Result<Customer> c = CustomerService(*m_context.database).find(uscc);
    if (!c) {
        if (m_context.messageBar)
            m_context.messageBar->showError(c.error());
        return false;
    }
    const bool other = c->id != m_customer.id;
    m_customer = *c;
    if (other)
        m_reasonEdit->clear();
    reload();
    return true;
}

void QualificationPanel::reload()
{
    MessageBar *bar = m_context.messageBar;
    if (m_customer.id == 0) {
        m_checklist->clear();
        m_documents->clear();
        m_titleLabel->setText(tr("Choose a review in the queue."));
        m_handlerLabel->clear();
        m_kindCombo->clear();
        updateButtons();
        return;
    }
    if (Result<Customer> fresh = CustomerService(*m_context.database).findById(m_customer.id))
        m_customer = *fresh;
    if (Status s = m_checklist->reload(m_customer.id); !s && bar)
        bar->showError(s.error());
    if (Status s = m_documents->reload(m_customer.id); !s && bar)
        bar->showError(s.error());

    m_titleLabel->setText(tr("%1 · %2").arg(m_customer.name, m_customer.uscc));
    m_handlerLabel->setText(
        m_customer.handlerIsNotLegalRep()
            ? tr("Handled by %1, not the legal representative %2: the handler's ID and an "
                 "authorisation letter are required too.")
                  .arg(m_customer.handlerName,
                       m_customer.legalRep.isEmpty() ? tr("(not recorded)") : m_customer.legalRep)
            : tr("Handled by the legal representative %1.")
                  .arg(m_customer.legalRep.isEmpty() ? tr("(not recorded)") : m_customer.legalRep));

    // The kinds to attach: what is still missing first, then the rest required.
    const QString keep = m_kindCombo->currentData().toString();
    m_kindCombo->clear();
    const QVector<DocumentKind> missing = m_checklist->missing();
    for (DocumentKind k : missing)
        m_kindCombo->addItem(tr("%1 (missing)").arg(documentKindDisplayName(k)),
                             documentKindKey(k));
    for (int r = 0; r < m_checklist->rowCount(); ++r) {
        const DocumentKind k = m_checklist->item(r)->kind;
        if (!missing.contains(k))
            m_kindCombo->addItem(documentKindDisplayName(k), documentKindKey(k));
    }
    const int keepIndex = m_kindCombo->findData(keep);
    m_kindCombo->setCurrentIndex(missing.isEmpty() && keepIndex >= 0 ? keepIndex : 0);
    updateButtons();
}

int QualificationPanel::selectedDocumentRow() const
{
    const QModelIndexList rows = m_documentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void QualificationPanel::updateButtons()
{
    const bool have = m_customer.id != 0;
    const bool canWrite = m_context.actor.canWrite();
    const bool approved = m_customer.qualification == Qualification::Approved;
    const QVector<DocumentKind> missing = m_checklist->missing();
    m_attachButton->setEnabled(have && canWrite && m_kindCombo->count() > 0);
    m_previewButton->setEnabled(selectedDocumentRow() >= 0);
    m_saveButton->setEnabled(selectedDocumentRow() >= 0);

    m_decisionState->setText(
        !have      ? QString()
        : approved ? tr("Approved: numbers may be activated for this customer.")
                   : tr("Qualification: %1. No number may be activated before approval.")
                         .arg(qualificationDisplayName(m_customer.qualification)));
    QPalette p = m_decisionState->palette();
    p.setColor(QPalette::WindowText,
               CustomerListModel::qualificationColor(m_customer.qualification));
    m_decisionState->setPalette(p);

    // Approval waits for every required document, and says which are missing.
    const QString missingText =
        have && !approved && !missing.isEmpty()
            ? tr("Missing: %1. Approval waits for them.").arg(kindList(missing))
            : QString();
    m_missingLabel->setText(missingText);
    m_missingLabel->setVisible(!missingText.isEmpty());
    const bool open = have && canWrite && !approved;
    m_approveButton->setEnabled(open && missing.isEmpty() && m_checklist->rowCount() > 0);
    m_approveButton->setToolTip(missingText);
    m_rejectButton->setEnabled(open && !m_reasonEdit->text().trimmed().isEmpty());
    m_rejectButton->setToolTip(tr("A rejection needs its reason"));
    m_moreButton->setEnabled(open);
    m_reasonEdit->setEnabled(open);
}

bool QualificationPanel::attach()
{
    if (m_customer.id == 0 || m_kindCombo->currentIndex() < 0)
        return false;
    const QString path = Dialogs::openFileName(
        this, tr("Attach %1").arg(m_kindCombo->currentText()),
        tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    return attachFile(m_kindCombo->currentData().toString(), path);
}

bool QualificationPanel::attachFile(const QString &kindKey, const QString &path)
{
    MessageBar *bar = m_context.messageBar;
    DocumentKind kind = DocumentKind::BusinessLicence;
    if (m_customer.id == 0 || !documentKindFromKey(kindKey, &kind))
        return false;
    QFile file(path);
    if (file.size() > kMaxDocumentBytes) {
        if (bar)
            bar->showError(tr("%1 is larger than 20 MB; scan it at a lower resolution.")
                               .arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (bar)
            bar->showError(
                tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<CustomerDocument> doc = ReviewService(*m_context.database)
                                       .attach(m_context.actor, m_customer.uscc, kind,
                                               QFileInfo(path).fileName(), content, m_today);
    QApplication::restoreOverrideCursor();
    if (!doc) {
        if (bar)
            bar->showError(doc.error());
        return false;
    }
    reload();
    if (bar)
        bar->showSuccess(
            tr("%1 attached as %2 for %3.")
                .arg(doc->fileName, documentKindDisplayName(kind).toLower(), m_customer.name));
    emit changed(m_customer.uscc);
    return true;
}

DocumentPreviewDialog *QualificationPanel::previewSelected()
{
    const CustomerDocument *doc = m_documents->document(selectedDocumentRow());
    if (!doc)
        return nullptr;
    auto *dialog = new DocumentPreviewDialog(*m_context.database, *doc, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool QualificationPanel::saveSelected()
{
    const CustomerDocument *doc = m_documents->document(selectedDocumentRow());
    if (!doc)
        return false;
    return DocumentPreviewDialog::saveAs(this, *m_context.database, *doc, m_context.messageBar);
}

bool QualificationPanel::approve()
{
    return decide(int(QualificationDecision::Approve));
}

bool QualificationPanel::reject()
{
    return decide(int(QualificationDecision::Reject));
}

bool QualificationPanel::moreDocuments()
{
    return decide(int(QualificationDecision::MoreDocuments));
}

bool QualificationPanel::decide(int decision)
{
    if (m_customer.id == 0)
        return false;
    const auto d = QualificationDecision(decision);
    MessageBar *bar = m_context.messageBar;
    Result<Review> r =
        ReviewService(*m_context.database)
            .decide(m_context.actor, m_customer.uscc, d, m_reasonEdit->text().trimmed(), m_today);
    if (!r) {
        if (bar)
            bar->showError(r.error());
        return false;
    }
    const QString name = m_customer.name;
    const QString uscc = m_customer.uscc;
    m_reasonEdit->clear();
    reload();
    if (bar) {
        switch (d) {
        case QualificationDecision::Approve:
            bar->showSuccess(
                tr("%1 approved: numbers may now be activated for it (§3.9).").arg(name));
            break;
        case QualificationDecision::Reject:
            bar->showSuccess(tr("%1 rejected: %2").arg(name, r->reason));
            break;
        case QualificationDecision::MoreDocuments:
            bar->showSuccess(tr("More documents asked of %1; the review stays open.").arg(name));
            break;
        }
    }
    emit changed(uscc);
    return true;
}

} // namespace cd
