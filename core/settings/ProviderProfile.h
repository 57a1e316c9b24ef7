#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "csv/RowImporter.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// The provider of SPEC §1 (one per database) as its printed documents name it.
struct Provider {
    QString name;
    QString licence; // value-added telecom business licence number
    QString address;
    QString phone;
    QString updatedAt; // UTC ISO 8601; empty until first set
    QString updatedBy;

    bool isSet() const { return !name.trimmed().isEmpty(); }
};

// The provider's profile, kept in the database so the GUI and the CLI print
// the same parties. Anyone signed in reads it; only administrators change it,
// audited in the same transaction.
class ProviderProfile
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProviderProfile)

public:
    explicit ProviderProfile(Database &db) : m_db(db) {}

    Result<Provider> load();
    // The profile for a printed document: refused with where to set it while
    // the name is empty.
    Result<Provider> forPrinting();

    // Admin only; validated; audited with the old and new values.
    Status set(const Actor &actor, const Provider &provider);

    // Problems of each field (keys: name, licence, address, phone), empty when valid.
    static QVector<FieldError> validate(const Provider &provider);

private:
    Database &m_db;
};

} // namespace cd
