#pragma once

#include "widgets/PageContext.h"
#include "widgets/PageInterfaces.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace cd {

class QualificationPanel;
class ReviewListModel;
class SpotCheckPanel;

// The Reviews area (§3.9): the queue of open qualification reviews, oldest
// first with their age in days, beside the selected customer's checklist,
// documents and decision; and a tab for spot checks and follow-up reviews.
//
// FilterablePage keys:
//   "kind"    "qualification" (default) or "checks": the tab shown
//   "ageMin", "ageMax"  days: selects the oldest open qualification review of
//             that age (the queue is oldest first, so the bucket starts there)
class ReviewQueuePage : public QWidget, public FilterablePage, public RefreshablePage
{
    Q_OBJECT

public:
    explicit ReviewQueuePage(const PageContext &context, QWidget *parent = nullptr);
    ~ReviewQueuePage() override;

    ReviewListModel *queue() const { return m_queue; }
    QualificationPanel *qualificationPanel() const { return m_panel; }
    SpotCheckPanel *spotCheckPanel() const { return m_checks; }
    QTabWidget *tabs() const { return m_tabs; }

    void refresh();
    void refreshFromDatabase() override { refresh(); }
    void applyFilter(const QVariantMap &filter) override;
    // Selects the customer's review in the queue and shows it; false when none is open.
    bool selectCustomer(const QString &uscc);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();

    PageContext m_context;
    ReviewListModel *m_queue;
    QTabWidget *m_tabs;
    QTableView *m_queueTable;
    QLabel *m_countLabel;
    QualificationPanel *m_panel;
    SpotCheckPanel *m_checks;
    bool m_shownOnce = false;
};

} // namespace cd
