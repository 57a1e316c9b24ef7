#include "CustomersReport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString CustomersReport::name() const
{
    return QStringLiteral("customers");
}

QString CustomersReport::title() const
{
    return tr("Customers");
}

QVector<ReportColumn> CustomersReport::columns() const
{
    return {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("uscc"), tr("Unified social credit code")},
        {QStringLiteral("agent_uscc"), tr("Developing agent's code")},
        {QStringLiteral("legal_rep"), tr("Legal representative")},
        {QStringLiteral("contact"), tr("Contact person")},
        {QStringLiteral("phone"), tr("Phone"), PersonalDataKind::Phone},
        {QStringLiteral("industry"), tr("Industry")},
        {QStringLiteral("qualification"), tr("Qualification"), PersonalDataKind::None,
         KeyKind::Qualification},
        {QStringLiteral("service_owner"), tr("Service owner")},
        {QStringLiteral("taken_over_on"), tr("Taken over on")},
        {QStringLiteral("agent_name"), tr("Developing agent")},
        {QStringLiteral("handler_name"), tr("Handler")},
    };
}

Status CustomersReport::run(Database &db, const ReportOptions &, const RowSink &sink) const
{
    SqlQuery q(
        db, QStringLiteral("SELECT c.name, c.uscc, a.uscc, c.legal_rep, c.contact, c.phone,"
                           " c.industry, c.qualification, c.taken_over_on, a.name, c.handler_name"
                           " FROM customers c JOIN agents a ON a.id = c.agent_id"
                           " ORDER BY c.name, c.uscc"));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const QString takenOver = q.value(8).toString();
        QStringList cells;
        cells.reserve(12);
        for (int i = 0; i <= 7; ++i)
            cells << q.value(i).toString();
        // §2.3/§9.6 After a takeover the provider serves; the developing agent stays on record.
        cells << (takenOver.isEmpty() ? q.value(2).toString() : QStringLiteral("provider"));
        cells << takenOver << q.value(9).toString() << q.value(10).toString();
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
