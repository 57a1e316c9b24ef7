#include "CustomerImporter.h"

#include "customers/CustomerService.h"

namespace cd {

QString CustomerImporter::kind() const
{
    return QStringLiteral("customers");
}

QVector<CsvColumn> CustomerImporter::columns() const
{
    return {
        {QStringLiteral("name"), true},       {QStringLiteral("uscc"), true},
        {QStringLiteral("agent_uscc"), true}, {QStringLiteral("legal_rep"), false},
        {QStringLiteral("contact"), false},   {QStringLiteral("phone"), false},
        {QStringLiteral("industry"), false},  {QStringLiteral("qualification"), false},
    };
}

CustomerInput CustomerImporter::inputFrom(const CsvRow &row)
{
    CustomerInput in;
    in.name = row.value(QStringLiteral("name")).trimmed();
    in.uscc = row.value(QStringLiteral("uscc")).trimmed();
    in.agentUscc = row.value(QStringLiteral("agent_uscc")).trimmed();
    in.legalRep = row.value(QStringLiteral("legal_rep")).trimmed();
    in.contact = row.value(QStringLiteral("contact")).trimmed();
    in.phone = row.value(QStringLiteral("phone")).trimmed();
    in.industry = row.value(QStringLiteral("industry")).trimmed();
    in.qualification = row.value(QStringLiteral("qualification")).trimmed().toLower();
    return in;
}

QVector<FieldError> CustomerImporter::importRow(Database &db, const Actor &actor, const CsvRow &row)
{
    const CustomerInput input = inputFrom(row);
    CustomerService customers(db);
    // Every problem of the row, one per column, before anything is written;
    // a code repeated earlier in the file is seen as a duplicate here.
    const QVector<FieldError> errors = customers.validate(input);
    if (!errors.isEmpty())
        return errors;
    Result<Customer> customer = customers.insert(actor, input);
    if (!customer)
        return {{QString(), customer.error().text()}};
    return {};
}

} // namespace cd
