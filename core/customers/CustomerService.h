#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "csv/RowImporter.h"
#include "customers/Customer.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

class Database;

struct CustomerFilter {
    QString text;         // name or code contains
    qint64 agentId = 0;   // developing agent
    int servedBy = 0;     // 0 all, 1 still served by the agent, 2 taken over by the provider
};

// Customers (SPEC §2): a valid code (individual businesses allowed, natural
// persons not), a developing agent and a service owner.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(cd::CustomerService)

public:
    explicit CustomerService(Database &db) : m_db(db) {}

    QVector<FieldError> validate(const CustomerInput &input);
    // One transaction with its audit entry. A pending customer gets its
    // qualification review opened on the same day (§3.9, ReviewService).
    Result<Customer> create(const Actor &actor, const CustomerInput &input);
    // Inside the caller's transaction (the import uses it).
    Result<Customer> insert(const Actor &actor, const CustomerInput &input);

    // Problems of the fields update() may change.
    QVector<FieldError> validateEdit(const CustomerInput &input);
    // Changes name, legal representative, contact, phone, industry and handler;
    // the code, the developing agent and the qualification stay (the review owns it).
    Status update(const Actor &actor, const QString &uscc, const CustomerInput &input);

    Result<Customer> find(const QString &uscc);
    Result<Customer> findById(qint64 id);
    Result<QVector<Customer>> list(const CustomerFilter &filter, int limit = 1000);

private:
    Database &m_db;
};

} // namespace cd
