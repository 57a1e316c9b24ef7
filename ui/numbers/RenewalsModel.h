#pragma once

#include "common/Result.h"
#include "dashboard/DashboardQuery.h"
#include "numbers/RenewalQuery.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QVector>

namespace cd {

class Database;

// Renewals as a two-level tree (§2.10): first the numbers overdue in their
// grace period and those suspended for arrears, then one heading per week
// (Monday first) of the next kWeeks weeks whose paid-through date falls in
// it, with its numbers under it in paid-through order. Headings carry their
// count (one indexed COUNT each); their numbers load kPageSize at a time:
// the first page when the view expands a heading (canFetchMore/fetchMore),
// the next ones through loadMore() when the user scrolls to them. (QTreeView
// calls fetchMore on every relayout of an expanded item: offering every page
// through it would load a heading whole.)
class RenewalsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Number, Customer, ServiceOwner, Plan, PaidThrough, Due, AnnualFee, ColumnCount };
    Q_ENUM(Column)
    enum class GroupKind { Overdue, ArrearsSuspended, Week };

    static constexpr int kPageSize = 200;
    static constexpr int kWeeks = DashboardQuery::kRenewalWeeks;

    explicit RenewalsModel(Database &db, QObject *parent = nullptr);

    // Rebuilds the headings as of a date; their numbers load on demand.
    cd::Status reload(const QDate &asOf);
    cd::Status reload() { return reload(m_asOf); }
    QDate asOf() const { return m_asOf; }

    int groupCount() const { return int(m_groups.size()); }
    GroupKind groupKind(int group) const { return m_groups.at(group).kind; }
    // A week heading's Monday; invalid for the other headings.
    QDate groupWeek(int group) const { return m_groups.at(group).week; }
    qint64 groupTotal(int group) const { return m_groups.at(group).total; }
    QString groupTitle(int group) const;
    // All numbers due in the weeks shown, overdue or suspended for arrears.
    qint64 dueTotal() const;
    qint64 overdueTotal() const;
    qint64 arrearsTotal() const;

    bool isGroup(const QModelIndex &index) const;
    const RenewalRow *renewal(const QModelIndex &index) const;
    // The loaded row of a number, or an invalid index.
    QModelIndex indexOfNumber(const QString &number) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Whether a heading has numbers not loaded yet, and loading its next page.
    bool hasMore(const QModelIndex &group) const;
    void loadMore(const QModelIndex &group);

signals:
    void loadFailed(const cd::Error &error);

private:
    struct Group {
        GroupKind kind = GroupKind::Week;
        QDate week;
        RenewalFilter filter;
        qint64 total = 0;
        QVector<RenewalRow> rows;
    };

    Database &m_db;
    QDate m_asOf;
    int m_graceDays = 15;
    int m_reclaimDays = 90;
    QVector<Group> m_groups;
    bool m_changing = false;
};

} // namespace cd
