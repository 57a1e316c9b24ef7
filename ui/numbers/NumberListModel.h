#pragma once

#include "numbers/NumberService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace cd {

class Database;

// The number pool, fetched in pages of kPageSize through NumberService::page
// (keyset paging in number order) as the view scrolls: a million numbers
// never load whole. Filters run in SQL; the total comes from
// NumberService::count. Sorting is by number only, the order of the keyset.
//
// Rows that were scrolled through stay loaded, so they are kept compact
// (about 72 bytes each, with the customer's, agent's and plan's texts shared
// between rows) instead of as cd::Number (over 300 bytes plus a dozen
// strings): a view scrolled to the end of a million numbers stays small.
class NumberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Status,
        Grade,
        Carrier,
        Customer,
        Agent,
        Plan,
        Activated,
        PaidThrough,
        Suspended,
        Reclaimed,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kPageSize = 200;

    explicit NumberListModel(Database &db, QObject *parent = nullptr);

    // Resets to the first page of the filter and counts its matches.
    cd::Status setFilter(const NumberFilter &filter);
    cd::Status reload() { return setFilter(m_filter); }
    const NumberFilter &filter() const { return m_filter; }
    // How many numbers match the filter (not how many are loaded).
    qint64 totalCount() const { return m_total; }

    // The number on a row, nullptr outside the loaded rows. The pointer stays
    // valid until the model changes or kNumberSlots other rows were asked for.
    // Destinations are not loaded (NumberService::find has them).
    const cd::Number *number(int row) const;
    int rowOf(const QString &number) const;
    // Re-reads one loaded number after an action changed it.
    cd::Status refreshNumber(const QString &number);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page could not be read; the view shows it in its message bar.
    void loadFailed(const cd::Error &error);

private:
    // One loaded number. Dates are Julian days (kNoDay for none); customer,
    // agent and plan index the shared tables below, 0 meaning none; carrier
    // and suspension index m_words.
    struct Row {
        qint64 id = 0;
        qint64 reservedFor = 0;
        quint64 number = 0; // the digits as a value, or kTextNumber | index into m_words
        qint32 statusSince = 0;
        qint32 reservedUntil = 0;
        qint32 activatedOn = 0;
        qint32 paidThrough = 0;
        qint32 suspendedOn = 0;
        qint32 reclaimedOn = 0;
        qint32 cancelledOn = 0;
        quint32 customer = 0;
        quint32 agent = 0;
        quint32 plan = 0;
        quint16 carrier = 0;
        quint16 suspension = 0;
        quint8 status = 0;
        quint8 grade = 0;
    };
    struct CustomerText {
        qint64 id = 0;
        QString uscc;
        QString name;
    };
    struct CodeText {
        qint64 id = 0;
        QString code;
    };
    struct Slot {
        int row = -1;
        cd::Number number;
    };
    static constexpr int kNumberSlots = 8;

    Row compact(const cd::Number &n);
    cd::Number expand(const Row &row) const;
    quint16 word(const QString &text);
    QString numberText(const Row &row) const;
    void clearRows();
    void forgetSlots() const;

    Database &m_db;
    NumberFilter m_filter;
    QVector<Row> m_rows;
    QVector<CustomerText> m_customers;
    QHash<qint64, quint32> m_customerIndex;
    QVector<CodeText> m_agents;
    QHash<qint64, quint32> m_agentIndex;
    QVector<CodeText> m_plans;
    QHash<qint64, quint32> m_planIndex;
    QStringList m_words;
    QHash<QString, quint16> m_wordIndex;
    // number() and data() expand a row into one of these, round robin.
    mutable Slot m_slots[kNumberSlots];
    mutable int m_nextSlot = 0;
    qint64 m_total = 0;
    bool m_more = false;
    bool m_changing = false;
};

} // namespace cd
