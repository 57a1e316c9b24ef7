#pragma once

#include "common/Result.h"

namespace cd {

class Database;

// A write transaction opened with BEGIN IMMEDIATE, so that a writer waits for
// another within the busy timeout instead of failing later with
// SQLITE_BUSY_SNAPSHOT (Qt's transaction() sends a deferred BEGIN).
// Rolls back on destruction unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool active() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace cd
