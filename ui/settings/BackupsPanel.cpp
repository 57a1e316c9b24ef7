#include "BackupsPanel.h"

#include "common/Dates.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/Format.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

RestoreRequests *RestoreRequests::instance()
{
    static RestoreRequests requests;
    return &requests;
}

bool RestoreRequests::hasListener() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&RestoreRequests::restoreRequested));
}

BackupsPanel::BackupsPanel(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_enabledCheck(new QCheckBox(this))
    , m_folderEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_keepSpin(new QSpinBox(this))
    , m_hintLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_backupButton(new QPushButton(tr("Back &up now"), this))
    , m_restoreButton(new QPushButton(tr("&Restore…"), this))
    , m_refreshButton(new QPushButton(Icons::glyph(Icons::Glyph::Refresh), tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("backupsPanel"));
    setStyleSheet(Theme::cardStyleSheet());

    auto *header = new PageHeader(
        QString(),
        tr("Copies of the database on this computer: one automatic copy a day and the copies "
           "made here by hand. A restore replaces the current data by a copy."),
        this);
    m_backupButton->setObjectName(QStringLiteral("backupNowButton"));
    m_backupButton->setToolTip(tr("Write a consistent copy of the database into the backup "
                                  "folder now; others can keep working meanwhile."));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setToolTip(tr("Replace the current data by the selected backup, or by a "
                                   "backup file you choose when none is selected."));
    header->addAction(m_backupButton);
    header->addAction(m_restoreButton);

    // The automatic backups of this machine.
    auto *settingsCard = new QFrame(this);
    settingsCard->setObjectName(QStringLiteral("automaticCard"));
    settingsCard->setProperty("card", true);
    auto *settingsTitle = new QLabel(tr("Automatic backups"), settingsCard);
    settingsTitle->setFont(Theme::sectionFont(font()));
    m_enabledCheck->setParent(settingsCard);
    m_enabledCheck->setObjectName(QStringLiteral("automaticCheck"));
    m_enabledCheck->setText(tr("&Back up this database automatically once a day"));
    m_folderEdit->setParent(settingsCard);
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderEdit->setClearButtonEnabled(true);
    m_browseButton->setParent(settingsCard);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_keepSpin->setParent(settingsCard);
    m_keepSpin->setObjectName(QStringLiteral("keepSpin"));
    m_keepSpin->setRange(BackupRotation::kMinimumKeep, BackupRotation::kMaximumKeep);
    m_keepSpin->setAlignment(Qt::AlignRight);
    m_keepSpin->setFixedWidth(90);
    auto *folderLabel = new QLabel(tr("&Folder:"), settingsCard);
    folderLabel->setBuddy(m_folderEdit);
    auto *keepLabel = new QLabel(tr("&Keep:"), settingsCard);
    keepLabel->setBuddy(m_keepSpin);
    auto *keepUnit = new QLabel(tr("newest automatic backups"), settingsCard);
    m_hintLabel->setParent(settingsCard);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    Theme::makeMuted(m_hintLabel);
    m_hintLabel->setText(
        tr("The copy is made shortly after the main window opens, whoever signs in, and at most "
           "once a day. Older automatic backups are deleted at the next daily backup; copies "
           "made by hand and any other file in the folder are never deleted. These settings "
           "belong to this computer. An empty folder means the backups folder beside the "
           "database."));

    auto *folderRow = new QHBoxLayout;
    folderRow->setSpacing(8);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    auto *keepRow = new QHBoxLayout;
    keepRow->setSpacing(8);
    keepRow->addWidget(m_keepSpin);
    keepRow->addWidget(keepUnit);
    keepRow->addStretch(1);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->addWidget(m_enabledCheck, 0, 0, 1, 2);
    grid->addWidget(folderLabel, 1, 0);
    grid->addLayout(folderRow, 1, 1);
    grid->addWidget(keepLabel, 2, 0);
    grid->addLayout(keepRow, 2, 1);
    grid->setColumnStretch(1, 1);
    auto *settingsLayout = new QVBoxLayout(settingsCard);
    settingsLayout->setContentsMargins(20, 16, 20, 16);
    settingsLayout->setSpacing(12);
    settingsLayout->addWidget(settingsTitle);
    settingsLayout->addLayout(grid);
    settingsLayout->addWidget(m_hintLabel);

    // The backups of this database.
    auto *listCard = new QFrame(this);
    listCard->setObjectName(QStringLiteral("listCard"));
    listCard->setProperty("card", true);
    auto *listTitle = new QLabel(
        tr("Backups of %1").arg(QFileInfo(m_context.database->path()).fileName()), listCard);
    listTitle->setFont(Theme::sectionFont(font()));
    m_refreshButton->setParent(listCard);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_roleLabel->setParent(listCard);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setWordWrap(true);
    Theme::makeMuted(m_roleLabel);
    m_roleLabel->setText(tr("Only an administrator may back up by hand or restore: a backup "
                            "holds personal data unmasked (§2.6)."));
    m_roleLabel->setVisible(!m_context.actor.isAdmin());
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(listTitle, 1);
    listHeader->addWidget(m_refreshButton);

    m_model->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Size"), tr("File")});
    m_table->setParent(listCard);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int widths[ColumnCount] = {170, 120, 100, 300};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    auto *listLayout = new QVBoxLayout(listCard);
    listLayout->setContentsMargins(20, 16, 20, 16);
    listLayout->setSpacing(12);
    listLayout->addLayout(listHeader);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_roleLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::Spacing, 0, 0);
    layout->setSpacing(Theme::Spacing + 4);
    layout->addWidget(header);
    layout->addWidget(settingsCard);
    layout->addWidget(listCard, 1);

    setTabOrder(m_backupButton, m_restoreButton);
    setTabOrder(m_restoreButton, m_enabledCheck);
    setTabOrder(m_enabledCheck, m_folderEdit);
    setTabOrder(m_folderEdit, m_browseButton);
    setTabOrder(m_browseButton, m_keepSpin);
    setTabOrder(m_keepSpin, m_refreshButton);
    setTabOrder(m_refreshButton, m_table);

    // Settings apply as they change: there is nothing to audit and nothing to undo.
    connect(m_enabledCheck, &QCheckBox::toggled, this, &BackupsPanel::saveSettings);
    connect(m_keepSpin, &QSpinBox::valueChanged, this, &BackupsPanel::saveSettings);
    connect(m_folderEdit, &QLineEdit::editingFinished, this, [this] {
        saveSettings();
        refresh();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &BackupsPanel::browseFolder);
    connect(m_backupButton, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { restore(); });
    connect(m_refreshButton, &QPushButton::clicked, this, &BackupsPanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPanel::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_restoreButton->isEnabled())
            restore();
    });

    const bool admin = m_context.actor.isAdmin();
    // The machine's settings are changed by whoever administers it.
    settingsCard->setEnabled(admin);
    if (!admin) {
        const QString why = tr("Only an administrator may do this.");
        m_backupButton->setToolTip(why);
        m_restoreButton->setToolTip(why);
    }
    refresh();
}

QString BackupsPanel::folder() const
{
    BackupRotation::Settings settings;
    settings.folder = m_folderEdit->text();
    return BackupRotation::folderFor(settings, m_context.database->path());
}

void BackupsPanel::refresh()
{
    m_loading = true;
    const BackupRotation::Settings settings = BackupRotation::load(QSettings());
    m_enabledCheck->setChecked(settings.enabled);
    m_folderEdit->setText(QDir::toNativeSeparators(settings.folder));
    m_folderEdit->setPlaceholderText(
        QDir::toNativeSeparators(BackupRotation::defaultFolder(m_context.database->path())));
    m_keepSpin->setValue(settings.keep);
    m_loading = false;

    const QString previous = selectedPath();
    m_backups = BackupRotation::list(folder(), m_context.database->path());
    m_model->removeRows(0, m_model->rowCount());
    int reselect = -1;
    for (const BackupFile &file : m_backups) {
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c)
            row << new QStandardItem;
        row[DateColumn]->setText(file.automatic
                                     ? Dates::format(file.taken.date())
                                     : file.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        row[KindColumn]->setText(file.automatic ? tr("Automatic") : tr("By hand"));
        row[SizeColumn]->setText(Format::fileSize(file.size));
        row[SizeColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[FileColumn]->setText(file.fileName);
        row[FileColumn]->setToolTip(QDir::toNativeSeparators(file.path));
        row[DateColumn]->setData(file.path, Qt::UserRole);
        if (file.path == previous)
            reselect = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (reselect >= 0)
        m_table->selectRow(reselect);
    updateButtons();
}

void BackupsPanel::saveSettings()
{
    if (m_loading || !m_context.actor.isAdmin())
        return;
    BackupRotation::Settings settings;
    settings.enabled = m_enabledCheck->isChecked();
    settings.folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    settings.keep = m_keepSpin->value();
    QSettings store;
    BackupRotation::save(store, settings);
}

void BackupsPanel::browseFolder()
{
    // Prompter has no folder question yet; a folder choice needs no test answer.
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), folder(),
                                                             QFileDialog::ShowDirsOnly);
    if (chosen.isEmpty())
        return;
    m_folderEdit->setText(QDir::toNativeSeparators(chosen));
    saveSettings();
    refresh();
}

QString BackupsPanel::selectedPath() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(DateColumn);
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void BackupsPanel::updateButtons()
{
    const bool admin = m_context.actor.isAdmin();
    m_backupButton->setEnabled(admin);
    m_restoreButton->setEnabled(admin);
}

void BackupsPanel::showError(const QString &text)
{
    if (m_context.messageBar)
        m_context.messageBar->showError(text);
}

bool BackupsPanel::backUpNow()
{
    // Admin only: core refuses others (Backup::backup, §2.6).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> written = BackupRotation::backupNow(*m_context.database, m_context.actor,
                                                        folder(), QDateTime::currentDateTime());
    QApplication::restoreOverrideCursor();
    if (!written) {
        if (m_context.messageBar)
            m_context.messageBar->showError(written.error());
        return false;
    }
    refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, DateColumn).data(Qt::UserRole).toString() == *written)
            m_table->selectRow(row);
    }
    if (m_context.messageBar) {
        m_context.messageBar->showSuccess(
            tr("Backup written to %1.").arg(QDir::toNativeSeparators(*written)));
    }
    return true;
}

bool BackupsPanel::restore()
{
    if (!m_context.actor.isAdmin()) {
        showError(tr("Only an administrator may restore a backup."));
        return false;
    }
    QString path = selectedPath();
    if (path.isEmpty()) {
        path = Dialogs::openFileName(this, tr("Restore Backup"),
                                     tr("ChannelDesk backups (*.sqlite);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    // Refuse a file that cannot be restored before asking anything.
    Result<int> checked = Backup::verify(path);
    if (!checked) {
        if (m_context.messageBar)
            m_context.messageBar->showError(checked.error());
        return false;
    }
    const QFileInfo info(path);
    const QString when = info.lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const bool confirmed = Dialogs::confirm(
        this, tr("Restore Backup"),
        tr("Replace the current data by the backup %1 (saved %2)?\n\n"
           "Everything entered since that backup is lost from the working database. The current "
           "database is kept aside as a file beside it. ChannelDesk closes this window and "
           "everyone signs in again.")
            .arg(QDir::toNativeSeparators(path), when),
        tr("Replace Current Data"));
    if (!confirmed)
        return false;
    RestoreRequests *requests = RestoreRequests::instance();
    if (!requests->hasListener()) {
        showError(tr("Restoring needs the database closed, which this window cannot do; use "
                     "channeldesk-cli restore instead."));
        return false;
    }
    emit requests->restoreRequested(window(), QFileInfo(path).absoluteFilePath());
    return true;
}

} // namespace cd
