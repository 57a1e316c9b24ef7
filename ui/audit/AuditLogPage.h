#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cd {

class AuditLogModel;
struct AuditFilter;

// The audit log viewer: filters by user, text and date range (run in SQL),
// the number of matching entries, the entries in pages, and the full entry
// that is selected.
class AuditLogPage : public QWidget, public RefreshablePage
{
    Q_OBJECT

public:
    explicit AuditLogPage(const PageContext &context, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditLogModel *model() const { return m_model; }
    // Reloads user names, count and entries with the current filter.
    void refresh();
    void refreshFromDatabase() override { refresh(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    AuditFilter currentFilter() const;
    void applyFilter();
    void clearFilters();
    void reloadUserNames();
    void updateCount();
    void showDetails();

    PageContext m_context;
    AuditLogModel *m_model;
    QComboBox *m_userCombo;
    QLineEdit *m_searchEdit;
    QDateEdit *m_fromDate;
    QDateEdit *m_toDate;
    QLabel *m_countLabel;
    QTableView *m_table;
    QTextBrowser *m_details;
    QTimer *m_searchTimer;
    bool m_updating = false;
};

} // namespace cd
