#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One status change of a number with its true date (the number_events table).
struct NumberEvent {
    QDate date;
    QString fromStatus; // status keys
    QString toStatus;
    QString reason;
};

// Read-only: the status history of one number, oldest first.
class NumberHistory
{
public:
    explicit NumberHistory(Database &db) : m_db(db) {}

    Result<QVector<NumberEvent>> events(qint64 numberId);

private:
    Database &m_db;
};

} // namespace cd
