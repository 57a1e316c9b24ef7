#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One thing the quick search (Ctrl+K) found.
struct SearchHit {
    enum class Kind { Agent, Customer, Number, Contract };
    Kind kind = Kind::Agent;
    QString key;      // what identifies it: USCC, 400 number, contract number
    QString title;    // what the user reads first: a name, the number
    QString subtitle; // the code of an agent or customer (with its agent), a number's customer
    QString status;   // the record's status key (agent, number or contract status)
};

// Finds agents, customers, numbers and contracts from one line of text, the
// way a channel manager types it: part of a name (中文 or Latin), the start of
// a USCC, digits of a 400 number, a contract number. Each kind is limited, so
// one search stays a handful of indexed or bounded queries however large the
// database.
class GlobalSearch
{
    Q_DECLARE_TR_FUNCTIONS(cd::GlobalSearch)

public:
    explicit GlobalSearch(Database &db) : m_db(db) {}

    // Up to `perKind` hits of each kind, agents first, then customers,
    // numbers and contracts; exact matches of a code or number come first in
    // their kind. Text shorter than two characters finds nothing.
    Result<QVector<SearchHit>> find(const QString &text, int perKind = 6);

    static QString kindName(SearchHit::Kind kind); // translated, e.g. "Agent"

private:
    Database &m_db;
};

} // namespace cd
