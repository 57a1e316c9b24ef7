#include "IncidentsPage.h"

#include "agents/ListTable.h"
#include "common/Dates.h"
#include "incidents/CloseIncidentDialog.h"
#include "incidents/DisputeDialog.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentFlagDelegate.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentService.h"
#include "agents/StatusBadge.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

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
const QString kHeaderState = QStringLiteral("ui/incidents/header");
const QString kSplitterState = QStringLiteral("ui/incidents/splitter");
} // namespace

IncidentsPage::IncidentsPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new IncidentListModel(*context.database, this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_detailTitle(new QLabel(this))
    , m_detailText(new QLabel(this))
    , m_disputeList(new QListWidget(this))
    , m_recordButton(new QPushButton(Icons::glyph(Icons::Glyph::Add), tr("&Record Incident…"), this))
    , m_closeButton(new QPushButton(tr("C&lose Incident…"), this))
    , m_disputeButton(new QPushButton(tr("Record &Dispute…"), this))
{
    setObjectName(QStringLiteral("incidentsPage"));

    auto *header = new PageHeader(tr("Incidents"),
                                  tr("Planned maintenance and outages of the platform, the "
                                     "notice agents got, and the customer disputes they caused "
                                     "(§2.8)."),
                                  this);
    m_recordButton->setObjectName(QStringLiteral("recordIncidentButton"));
    m_recordButton->setShortcut(QKeySequence::New);
    header->addAction(m_recordButton);
    m_closeButton->setObjectName(QStringLiteral("closeIncidentButton"));
    m_disputeButton->setObjectName(QStringLiteral("recordDisputeButton"));

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    Theme::makeMuted(m_countLabel);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(m_closeButton);
    actions->addWidget(m_disputeButton);

    m_table->setObjectName(QStringLiteral("incidentsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(IncidentListModel::Flags, new IncidentFlagDelegate(m_table));
    // Fits a 1280-pixel window; the flags column stretches.
    ListTable::setUp(m_table, {180, 130, 120, 125, 125, 170, 55, 65, 190}, kHeaderState);
    ListTable::addRowAction(m_table, m_closeButton);
    ListTable::addRowAction(m_table, m_disputeButton);
    ListTable::addEmptyState(m_table, tr("No incidents on record."));

    auto *details = new QFrame(this);
    details->setObjectName(QStringLiteral("incidentDetails"));
    details->setProperty("card", true);
    details->setStyleSheet(Theme::cardStyleSheet());
    m_detailTitle->setObjectName(QStringLiteral("incidentTitle"));
    m_detailTitle->setFont(Theme::sectionFont(font()));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailText->setObjectName(QStringLiteral("incidentText"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextFormat(Qt::PlainText);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_disputeList->setObjectName(QStringLiteral("disputeList"));
    auto *disputeCaption = new QLabel(tr("Customer disputes"), details);
    Theme::makeMuted(disputeCaption);
    auto *grid = new QGridLayout(details);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_detailTitle, 0, 0, 1, 2);
    grid->addWidget(m_detailText, 1, 0, 2, 1);
    grid->addWidget(disputeCaption, 1, 1);
    grid->addWidget(m_disputeList, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("incidentsSplitter"));
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

    setTabOrder(m_recordButton, m_closeButton);
    setTabOrder(m_closeButton, m_disputeButton);
    setTabOrder(m_disputeButton, m_table);
    setTabOrder(m_table, m_disputeList);

    if (!m_context.actor.canWrite()) {
        const QString readOnly = tr("An auditor reads incidents but may not record or change them.");
        for (QPushButton *b : {m_recordButton, m_closeButton, m_disputeButton})
            b->setToolTip(readOnly);
    }

    connect(m_recordButton, &QPushButton::clicked, this, [this] { recordIncident(); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { closeSelected(); });
    connect(m_disputeButton, &QPushButton::clicked, this, [this] { recordDispute(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentsPage::showDetails);

    refresh();
    if (!splitter->restoreState(QSettings().value(kSplitterState).toByteArray()))
        splitter->setSizes({360, 220});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(kSplitterState, splitter->saveState()); });
}

IncidentsPage::~IncidentsPage()
{
    ListTable::saveState(m_table, kHeaderState);
}

void IncidentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void IncidentsPage::refreshFromDatabase()
{
    refresh();
}

void IncidentsPage::refresh()
{
    const qint64 keep = selectedId();
    if (Status s = m_model->reload(); !s && m_context.messageBar)
        m_context.messageBar->showError(s.error());
    int ongoing = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ongoing += m_model->incident(r)->ongoing() ? 1 : 0;
    m_countLabel->setText(tr("%n incident(s)", nullptr, m_model->rowCount()) +
                          QStringLiteral(" · ") + tr("%n ongoing", nullptr, ongoing));
    if (keep)
        selectIncident(keep);
    showDetails();
}

qint64 IncidentsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const Incident *i = m_model->incident(rows.first().row());
    return i ? i->id : 0;
}

void IncidentsPage::selectIncident(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, IncidentListModel::Title));
}

void IncidentsPage::showDetails()
{
    m_disputeList->clear();
    const int row = m_model->rowOf(selectedId());
    const Incident *i = m_model->incident(row);
    if (!i) {
        m_detailTitle->setText(tr("No incident selected"));
        m_detailText->setText(tr("Select an incident to see the agents it affects and the "
                                 "disputes raised against it."));
        updateButtons();
        return;
    }
    m_detailTitle->setText(tr("Incident #%1 · %2").arg(i->id).arg(i->title));
    QStringList lines;
    lines << tr("%1, caused by %2: %3 to %4")
                 .arg(incidentKindDisplayName(i->kind), incidentCauseDisplayName(i->cause),
                      IncidentListModel::displayTime(i->startsAt),
                      i->ongoing() ? tr("ongoing") : IncidentListModel::displayTime(i->endsAt));
    lines << (i->noticedAt.isValid()
                  ? tr("Agents told %1 by %2.")
                        .arg(IncidentListModel::displayTime(i->noticedAt),
                             noticeChannelDisplayName(i->channel))
                  : tr("Agents were not told."));
    if (m_model->lateNotice(row))
        lines << tr("Late notice: announced less than 24 hours before the start (§2.8).");
    if (m_model->providerLiable(row))
        lines << tr("Provider-liable: the platform's own failure lasted more than 48 hours (§2.8).");
    lines << (i->allAgents() ? tr("Affects every active agent.")
                             : tr("Affects: %1").arg(i->agentUsccs.join(QStringLiteral(", "))));
    lines << tr("Recorded by %1.").arg(i->createdBy);
    if (!i->description.isEmpty())
        lines << QString() << i->description;
    m_detailText->setText(lines.join(QLatin1Char('\n')));

    if (Result<QVector<Dispute>> disputes = IncidentService(*m_context.database).disputes(i->id)) {
        for (const Dispute &d : *disputes) {
            QString line = QStringLiteral("%1 · %2 — %3")
                               .arg(Dates::format(d.raisedOn), d.customerName, d.description);
            auto *item = new QListWidgetItem(m_disputeList);
            if (d.providerLiable) {
                line = tr("[Provider-liable] %1").arg(line);
                item->setForeground(StatusBadge::textColor(StatusBadge::Tone::Negative));
            }
            item->setText(line);
            item->setToolTip(tr("%1 (%2)").arg(d.customerName, d.customerUscc));
            item->setData(Qt::UserRole, d.providerLiable);
        }
    } else if (m_context.messageBar) {
        m_context.messageBar->showError(disputes.error());
    }
    if (m_disputeList->count() == 0) {
        auto *none = new QListWidgetItem(tr("None"), m_disputeList);
        none->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void IncidentsPage::updateButtons()
{
    const Incident *i = m_model->incident(m_model->rowOf(selectedId()));
    const bool canWrite = m_context.actor.canWrite();
    m_recordButton->setEnabled(canWrite);
    m_closeButton->setEnabled(canWrite && i && i->ongoing());
    m_disputeButton->setEnabled(canWrite && i);
}

void IncidentsPage::done(qint64 id, const QString &message)
{
    refresh();
    selectIncident(id);
    if (m_context.messageBar)
        m_context.messageBar->showSuccess(message);
}

IncidentDialog *IncidentsPage::recordIncident()
{
    if (!m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new IncidentDialog(*m_context.database, m_context.actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Incident &i = dialog->recorded();
        QString message = tr("Incident #%1 recorded: %2.").arg(i.id).arg(i.title);
        if (IncidentService::lateNotice(i))
            message += QLatin1Char(' ') + tr("Its notice came late (§2.8).");
        done(i.id, message);
    });
    dialog->open();
    return dialog;
}

CloseIncidentDialog *IncidentsPage::closeSelected()
{
    const Incident *i = m_model->incident(m_model->rowOf(selectedId()));
    if (!i || !i->ongoing() || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new CloseIncidentDialog(*m_context.database, m_context.actor, *i, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Incident &c = dialog->closed();
        QString message = tr("Incident #%1 closed.").arg(c.id);
        if (IncidentService::providerLiable(c))
            message += QLatin1Char(' ') + tr("The provider is liable (§2.8).");
        done(c.id, message);
    });
    dialog->open();
    return dialog;
}

DisputeDialog *IncidentsPage::recordDispute()
{
    const Incident *i = m_model->incident(m_model->rowOf(selectedId()));
    if (!i || !m_context.actor.canWrite())
        return nullptr;
    auto *dialog = new DisputeDialog(*m_context.database, m_context.actor, *i, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = i->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const Dispute &d = dialog->recorded();
        done(id, d.providerLiable
                     ? tr("Dispute of %1 recorded against incident #%2: provider-liable (§2.8).")
                           .arg(d.customerName)
                           .arg(id)
                     : tr("Dispute of %1 recorded against incident #%2.").arg(d.customerName).arg(id));
    });
    dialog->open();
    return dialog;
}

} // namespace cd
