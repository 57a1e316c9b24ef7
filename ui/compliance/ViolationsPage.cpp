#include "ViolationsPage.h"

#include "agents/ListTable.h"
#include "common/Dates.h"
#include "compliance/ClassifyDialog.h"
#include "compliance/PenaltyDialog.h"
#include "compliance/ViolationDialog.h"
#include "compliance/ViolationListModel.h"
#include "widgets/Dialogs.h"
#include "widgets/Format.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const QString kHeaderState = QStringLiteral("ui/violations/header");
const QString kSplitterState = QStringLiteral("ui/violations/splitter");

// A line that explains an empty box: a remark, not a record, so nothing to select.
void addRemark(QListWidget *list, const QString &text)
{
    auto *remark = new QListWidgetItem(text, list);
    remark->setFlags(Qt::NoItemFlags);
}
} // namespace

ViolationsPage::ViolationsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ViolationListModel(*context.database, this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailText(new QLabel(this))
    , m_penaltyList(new QListWidget(this))
    , m_evidenceList(new QListWidget(this))
    , m_newButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&New Violation…"), this))
    , m_classifyButton(new QPushButton(tr("&Classify…"), this))
    , m_penaltyButton(new QPushButton(tr("&Penalty…"), this))
    , m_closeButton(new QPushButton(tr("C&lose Case"), this))
    , m_addEvidenceButton(new QPushButton(tr("&Add Evidence…"), this))
    , m_saveEvidenceButton(new QPushButton(tr("&Save As…"), this))
{
    setObjectName(QStringLiteral("violationsPage"));

    auto *header = new PageHeader(tr("Violations"),
                                  tr("Cases against agents: fraudulent customers (§3.9) and "
                                     "unlawful or improper operation (§3.2), their "
                                     "classification, penalties and evidence."),
                                  this);
    m_newButton->setObjectName(QStringLiteral("newViolationButton"));
    m_newButton->setShortcut(QKeySequence::New);
    header->addAction(m_newButton);
    m_classifyButton->setObjectName(QStringLiteral("classifyButton"));
    m_penaltyButton->setObjectName(QStringLiteral("penaltyButton"));
    m_closeButton->setObjectName(QStringLiteral("closeCaseButton"));
    m_addEvidenceButton->setObjectName(QStringLiteral("addEvidenceButton"));
    m_saveEvidenceButton->setObjectName(QStringLiteral("saveEvidenceButton"));

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_countLabel);
    m_showAllButton = new QPushButton(tr("Show &All Cases"), this);
    m_showAllButton->setObjectName(QStringLiteral("showAllCasesButton"));
    m_showAllButton->setFlat(true);
    m_showAllButton->hide();
    connect(m_showAllButton, &QPushButton::clicked, this, [this] { applyFilter({}); });
    actions->addWidget(m_showAllButton);
    actions->addStretch(1);
    actions->addWidget(m_classifyButton);
    actions->addWidget(m_penaltyButton);
    actions->addWidget(m_closeButton);

    m_table->setObjectName(QStringLiteral("violationsTable"));
    m_table->setModel(m_model);
    // Fits a 1280-pixel window without a horizontal scroll bar; Description stretches.
    ListTable::setUp(m_table, {55, 170, 88, 50, 95, 150, 150, 60, 170}, kHeaderState);
    ListTable::addRowAction(m_table, m_classifyButton);
    ListTable::addRowAction(m_table, m_penaltyButton);
    ListTable::addRowAction(m_table, m_addEvidenceButton);
    ListTable::addRowAction(m_table, m_closeButton);
    ListTable::addEmptyState(m_table, tr("No violation cases on record."));

    // The selected case in full.
    auto *details = new QFrame(this);
    details->setObjectName(QStringLiteral("caseDetails"));
    details->setProperty("card", true);
    details->setStyleSheet(Theme::cardStyleSheet());
    m_detailTitle->setObjectName(QStringLiteral("caseTitle"));
    m_detailTitle->setFont(Theme::sectionFont(font()));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailText->setObjectName(QStringLiteral("caseText"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextFormat(Qt::PlainText);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_penaltyList->setObjectName(QStringLiteral("penaltyList"));
    m_evidenceList->setObjectName(QStringLiteral("evidenceList"));
    auto *penaltyCaption = new QLabel(tr("Penalties (§3.2)"), details);
    auto *evidenceCaption = new QLabel(tr("Evidence"), details);
    Theme::makeMuted(penaltyCaption);
    Theme::makeMuted(evidenceCaption);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addStretch(1);
    evidenceButtons->addWidget(m_addEvidenceButton);
    evidenceButtons->addWidget(m_saveEvidenceButton);
    auto *grid = new QGridLayout(details);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_detailTitle, 0, 0, 1, 3);
    grid->addWidget(m_detailText, 1, 0, 3, 1);
    grid->addWidget(penaltyCaption, 1, 1);
    grid->addWidget(evidenceCaption, 1, 2);
    grid->addWidget(m_penaltyList, 2, 1);
    grid->addWidget(m_evidenceList, 2, 2);
    grid->addLayout(evidenceButtons, 3, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("violationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addSpacing(4);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    setTabOrder(m_newButton, m_classifyButton);
    setTabOrder(m_classifyButton, m_penaltyButton);
    setTabOrder(m_penaltyButton, m_closeButton);
    setTabOrder(m_closeButton, m_table);
    setTabOrder(m_table, m_penaltyList);
    setTabOrder(m_penaltyList, m_evidenceList);
    setTabOrder(m_evidenceList, m_addEvidenceButton);
    setTabOrder(m_addEvidenceButton, m_saveEvidenceButton);

    const bool canWrite = m_context.actor.canWrite();
    for (QPushButton *b :
         {m_newButton, m_classifyButton, m_penaltyButton, m_closeButton, m_addEvidenceButton})
        b->setVisible(canWrite);

    connect(m_newButton, &QPushButton::clicked, this, [this] { newViolation(); });
    connect(m_classifyButton, &QPushButton::clicked, this, [this] { classifySelected(); });
    connect(m_penaltyButton, &QPushButton::clicked, this, [this] { penaliseSelected(); });
    connect(m_closeButton, &QPushButton::clicked, this, &ViolationsPage::closeSelected);
    connect(m_addEvidenceButton, &QPushButton::clicked, this, &ViolationsPage::addEvidence);
    connect(m_saveEvidenceButton, &QPushButton::clicked, this, &ViolationsPage::saveEvidence);
    connect(m_evidenceList, &QListWidget::currentRowChanged, this, &ViolationsPage::updateButtons);
    connect(m_evidenceList, &QListWidget::itemDoubleClicked, this, &ViolationsPage::saveEvidence);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ViolationsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ViolationsPage::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
        if (v && v->classification == Classification::Unclassified)
            classifySelected();
    });

    refresh();
    if (!splitter->restoreState(QSettings().value(kSplitterState).toByteArray()))
        splitter->setSizes({360, 220});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterState, splitter->saveState()); });
}

ViolationsPage::~ViolationsPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void ViolationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ViolationsPage::refresh()
{
    const qint64 keep = selectedId();
    if (Status s = m_model->reload(0); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    int open = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        open += m_model->violation(r)->open ? 1 : 0;
    m_countLabel->setText(tr("%n case(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ") +
                          tr("%n open", nullptr, open));
    // A link from elsewhere may have asked for the open or the closed cases only.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const bool isOpen = m_model->violation(r)->open;
        m_table->setRowHidden(r, !m_stateFilter.isEmpty() &&
                                     (m_stateFilter == QLatin1String("open")) != isOpen);
    }
    if (!m_stateFilter.isEmpty())
        m_countLabel->setText(m_countLabel->text() + QStringLiteral(" · ") +
                              (m_stateFilter == QLatin1String("open") ? tr("showing the open ones")
                                                                      : tr("showing the closed ones")));
    m_showAllButton->setVisible(!m_stateFilter.isEmpty());
    if (keep)
        selectViolation(keep);
    showDetails();
}

void ViolationsPage::applyFilter(const QVariantMap &filter)
{
    const QString state = filter.value(QStringLiteral("status")).toString();
    m_stateFilter = (state == QLatin1String("open") || state == QLatin1String("closed")) ? state
                                                                                          : QString();
    refresh();
    if (selectedId() != 0 && !m_table->isRowHidden(m_model->rowOf(selectedId())))
        return;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!m_table->isRowHidden(r)) {
            selectViolation(m_model->violation(r)->id);
            return;
        }
    }
    m_table->clearSelection();
}

qint64 ViolationsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Violation *v = m_model->violation(rows.first().row());
    return v ? v->id : 0;
}

void ViolationsPage::selectViolation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, ViolationListModel::Number));
}

void ViolationsPage::showDetails()
{
    m_penaltyList->clear();
    m_evidenceList->clear();
    const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
    if (!v) {
        m_detailTitle->setText(tr("No case selected"));
        m_detailText->setText(tr("Select a case to see its description, penalties and evidence."));
        // Empty boxes under their captions look broken; say why they are empty.
        addRemark(m_penaltyList, tr("No case selected"));
        addRemark(m_evidenceList, tr("No case selected"));
        updateButtons();
        return;
    }
    m_detailTitle->setText(tr("Case #%1 · %2").arg(v->id).arg(v->agentName));
    QString text =
        tr("Found %1 (%2) · %3 · %4")
            .arg(Dates::format(v->foundOn), ViolationListModel::sourceDisplayName(v->source),
                 v->clause, v->open ? tr("open") : tr("closed"));
    if (v->classification != Classification::Unclassified)
        text += QLatin1Char('\n') + tr("Classified %1 on %2 by %3")
                                        .arg(classificationDisplayName(v->classification),
                                             Dates::format(v->classifiedOn), v->classifiedBy);
    text += QStringLiteral("\n\n") + v->description;
    m_detailText->setText(text);

    ViolationService service(*m_context.database);
    if (Result<QVector<Penalty>> penalties = service.penalties(v->id)) {
        for (const Penalty &p : *penalties) {
            QString line = QStringLiteral("%1 · %2").arg(Dates::format(p.decidedOn),
                                                         penaltyKindDisplayName(p.kind));
            if (p.kind == PenaltyKind::Fine)
                line += QLatin1Char(' ') + p.amount.display();
            if (p.kind == PenaltyKind::Stop)
                line += QLatin1Char(' ') +
                        tr("%1 to %2").arg(Dates::format(p.stopFrom), Dates::format(p.stopUntil));
            if (!p.note.isEmpty())
                line += QStringLiteral(" — ") + p.note;
            m_penaltyList->addItem(line);
        }
    }
    if (m_penaltyList->count() == 0)
        addRemark(m_penaltyList, tr("None"));
    if (Result<QVector<Evidence>> files = service.evidence(v->id)) {
        for (const Evidence &e : *files) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(e.fileName, Format::fileSize(e.size)),
                m_evidenceList);
            item->setData(Qt::UserRole, e.id);
            item->setData(Qt::UserRole + 1, e.fileName);
            item->setToolTip(tr("SHA-256 %1, added %2").arg(e.sha256, Dates::format(e.addedOn)));
        }
    }
    if (m_evidenceList->count() == 0)
        addRemark(m_evidenceList, tr("None"));
    updateButtons();
}

void ViolationsPage::updateButtons()
{
    const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
    const bool canWrite = m_context.actor.canWrite();
    m_classifyButton->setEnabled(canWrite && v &&
                                 v->classification == Classification::Unclassified);
    m_penaltyButton->setEnabled(canWrite && v && v->open);
    m_closeButton->setEnabled(canWrite && v && v->open &&
                              v->classification != Classification::Unclassified);
    m_closeButton->setToolTip(v && v->classification == Classification::Unclassified
                                  ? tr("Classify the case before closing it (§3.9)")
                                  : QString());
    m_addEvidenceButton->setEnabled(canWrite && v);
    QListWidgetItem *item = m_evidenceList->currentItem();
    m_saveEvidenceButton->setEnabled(item && item->data(Qt::UserRole).toLongLong() > 0);
}

void ViolationsPage::done(qint64 id, const QString &message)
{
    refresh();
    selectViolation(id);
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(message);
}

ViolationDialog *ViolationsPage::newViolation()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new ViolationDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Violation v = dialog->created();
        done(v.id, tr("Case #%1 opened against %2 (%3).").arg(v.id).arg(v.agentName, v.clause));
    });
    dialog->open();
    return dialog;
}

ClassifyDialog *ViolationsPage::classifySelected()
{
    const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
    if (!v || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new ClassifyDialog(*m_context.database, m_context.actor, *v, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = v->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] { done(id, dialog->outcome()); });
    dialog->open();
    return dialog;
}

PenaltyDialog *ViolationsPage::penaliseSelected()
{
    const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
    if (!v || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new PenaltyDialog(*m_context.database, m_context.actor, *v, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = v->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] { done(id, dialog->outcome()); });
    dialog->open();
    return dialog;
}

void ViolationsPage::closeSelected()
{
    const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
    if (!v || !m_context.actor.canWrite())
        return;
    const qint64 id = v->id;
    if (!Dialogs::confirm(this, tr("Close Case"),
                          tr("Close case #%1 against %2? A closed case takes no further "
                             "penalties; it stays on record.")
                              .arg(id)
                              .arg(v->agentName),
                          tr("Close Case")))
        return;
    if (Status s = ViolationService(*m_context.database).close(m_context.actor, id); !s) {
        if (m_context.messageBar)
            m_context.messageBar->showError(s.error());
        return;
    }
    done(id, tr("Case #%1 closed.").arg(id));
}

void ViolationsPage::addEvidence()
{
    const Violation *v = m_model->violation(m_model->rowOf(selectedId()));
    if (!v || !m_context.actor.canWrite())
        return;
    const qint64 id = v->id;
    const QString path = Dialogs::openFileName(this, tr("Attach Evidence"),
                                               tr("All files (*);;Images (*.png *.jpg *.jpeg);;"
                                                  "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (m_context.messageBar)
            m_context.messageBar->showError(
                tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    Result<Evidence> e = ViolationService(*m_context.database)
                             .attach(m_context.actor, id, QFileInfo(path).fileName(),
                                     file.readAll(), QDate::currentDate());
    if (!e) {
        if (m_context.messageBar)
            m_context.messageBar->showError(e.error());
        return;
    }
    done(id, tr("%1 attached to case #%2.").arg(e->fileName).arg(id));
}

void ViolationsPage::saveEvidence()
{
    QListWidgetItem *item = m_evidenceList->currentItem();
    if (!item || item->data(Qt::UserRole).toLongLong() <= 0)
        return;
    const qint64 evidenceId = item->data(Qt::UserRole).toLongLong();
    const QString name = item->data(Qt::UserRole + 1).toString();
    const QString path =
        Dialogs::saveFileName(this, tr("Save Evidence As"), name, tr("All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> content = ViolationService(*m_context.database).evidenceContent(evidenceId);
    if (!content) {
        if (m_context.messageBar)
            m_context.messageBar->showError(content.error());
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(*content) != content->size()) {
        if (m_context.messageBar)
            m_context.messageBar->showError(
                tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cd
