#pragma once

#include "storage/BackupRotation.h"
#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QObject>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace cd {

// How a page asks the running session to restore a backup. The live database
// must be closed first, which only the owner of the session can do:
// AppController listens and acts when the request comes from its own main
// window. A panel built alone (in a test) finds no listener.
class RestoreRequests : public QObject
{
    Q_OBJECT

public:
    static RestoreRequests *instance();
    bool hasListener() const;

signals:
    // `window` is the main window the request comes from.
    void restoreRequested(QWidget *window, const QString &backupPath);
};

// Settings → Backups: the daily automatic backups of this machine (on/off,
// folder, how many to keep; QSettings through BackupRotation), the list of
// backups of this database, "Back up now" and "Restore…". Backing up by hand
// and restoring are admin only (§2.6: a copy holds personal data unmasked);
// others see the list with those actions disabled.
class BackupsPanel : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, SizeColumn, FileColumn, ColumnCount };

    explicit BackupsPanel(const PageContext &context, QWidget *parent = nullptr);

    // Re-reads the settings and the backup folder.
    void refresh();
    void refreshFromDatabase() override { refresh(); }

    // The folder the list shows and the next backups go to.
    QString folder() const;
    // The files shown, in table order (newest first).
    const QVector<BackupFile> &backups() const { return m_backups; }

    // A manual backup into folder(); false (reported in the bar) on failure.
    bool backUpNow();
    // Restores the selected backup, or one chosen in a file dialog when none
    // is selected: verifies it, asks for confirmation, then hands it to the
    // session. False when nothing was handed over.
    bool restore();

private:
    void saveSettings();
    void browseFolder();
    void updateButtons();
    QString selectedPath() const;
    void showError(const QString &text);

    PageContext m_context;
    QVector<BackupFile> m_backups;
    QCheckBox *m_enabledCheck;
    QLineEdit *m_folderEdit;
    QPushButton *m_browseButton;
    QSpinBox *m_keepSpin;
    QLabel *m_hintLabel;
    QLabel *m_roleLabel;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_backupButton;
    QPushButton *m_restoreButton;
    QPushButton *m_refreshButton;
    bool m_loading = false;
};

} // namespace cd
