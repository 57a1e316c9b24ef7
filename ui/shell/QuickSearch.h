#pragma once

#include "search/GlobalSearch.h"

#include <QDialog>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace cd {

class Database;

// The quick search of the main window (Ctrl+K, Ctrl+F outside a list): one
// line that finds agents, customers, numbers and contracts from anywhere
// (core's GlobalSearch) and opens the one chosen in its area.
class QuickSearch : public QDialog
{
    Q_OBJECT

public:
    QuickSearch(Database &db, QWidget *parent = nullptr);

    // Where a hit opens: the area key and the filter for its FilterablePage.
    static QString areaKeyFor(const SearchHit &hit);
    static QVariantMap filterFor(const SearchHit &hit);

    // Runs the search now (the field waits a moment after each key).
    void search(const QString &text);

signals:
    void chosen(const QString &areaKey, const QVariantMap &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void choose();

    Database &m_db;
    QLineEdit *m_field;
    QListWidget *m_list;
    QLabel *m_hint;
    QTimer *m_delay;
    QVector<SearchHit> m_hits;
};

} // namespace cd
