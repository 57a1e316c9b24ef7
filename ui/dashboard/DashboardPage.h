#pragma once

#include "widgets/PageContext.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cd {

class ElidingLabel;
class StatCard;

// The first page: real figures about the open database and the signed-in
// user, and the latest entries of the audit log. Refreshed whenever shown.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(const PageContext &context, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    PageContext m_context;
    StatCard *m_userCard;
    StatCard *m_usersCard;
    StatCard *m_auditCard;
    StatCard *m_schemaCard;
    ElidingLabel *m_databasePath;
    QLabel *m_databaseDetail;
    QTreeWidget *m_recent;
};

} // namespace cd
