#pragma once

#include "widgets/PageContext.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cd {

class ReviewListModel;
class SpotCheckDrawModel;

// §3.9 Checks of active customers: the spot-check planner (size, seed, date;
// an empty seed draws a random one, shown after so the draw can be
// repeated), the customers a plan drew, and the open spot checks and
// follow-up reviews with their results: passed, issue found, or fraud
// (confirmed first: it blocks all the customer's numbers at once and opens a
// violation case against its agent).
class SpotCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpotCheckPanel(const PageContext &context, QWidget *parent = nullptr);

    void reload();
    SpotCheckDrawModel *drawModel() const { return m_drawn; }
    ReviewListModel *openChecks() const { return m_open; }

    // Plans with the size, seed and date in the form; false (message) on refusal.
    bool plan();
    // Records the selected open check's result ("pass", "issue", "fraud").
    bool recordSelected(const QString &outcomeKey);
    bool selectCheck(qint64 reviewId);
    // Opens the follow-up reviews due within the scheduling window.
    bool scheduleFollowUps();

signals:
    void changed();

private:
    void updateButtons();

    PageContext m_context;
    SpotCheckDrawModel *m_drawn;
    ReviewListModel *m_open;
    QSpinBox *m_sizeSpin;
    QLineEdit *m_seedEdit;
    QDateEdit *m_dateEdit;
    QPushButton *m_planButton;
    QLabel *m_planSummary;
    QTableView *m_drawnTable;
    QTableView *m_openTable;
    QLineEdit *m_noteEdit;
    QPushButton *m_passButton;
    QPushButton *m_issueButton;
    QPushButton *m_fraudButton;
    QPushButton *m_followUpButton;
};

} // namespace cd
