#pragma once

#include "csv/RowImporter.h"
#include "customers/Customer.h"

#include <QCoreApplication>

namespace cd {

// `import customers` (SPEC §5): one customer per row through CustomerService,
// so its rules (a valid code, individual businesses allowed and natural persons
// refused, a developing agent that exists and is not terminated) are checked
// in the one place that owns them. `qualification` is `pending` (the default,
// which opens the §3.9 review) or `approved` for records moved from an older
// system.
class CustomerImporter : public RowImporter
{
    Q_DECLARE_TR_FUNCTIONS(cd::CustomerImporter)

public:
    QString kind() const override;
    QVector<CsvColumn> columns() const override;
    QVector<FieldError> importRow(Database &db, const Actor &actor, const CsvRow &row) override;

    static CustomerInput inputFrom(const CsvRow &row);
};

} // namespace cd
