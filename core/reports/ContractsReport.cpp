#include "ContractsReport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString ContractsReport::name() const
{
    return QStringLiteral("contracts");
}

QString ContractsReport::title() const
{
    return tr("Contracts");
}

QVector<ReportColumn> ContractsReport::columns() const
{
    return {
        {QStringLiteral("number"), tr("Contract number")},
        {QStringLiteral("agent_uscc"), tr("Agent's code")},
        {QStringLiteral("agent_name"), tr("Agent")},
        {QStringLiteral("year"), tr("Year")},
        {QStringLiteral("start_date"), tr("Start")},
        {QStringLiteral("end_date"), tr("End")},
        {QStringLiteral("tier"), tr("Tier at signing"), PersonalDataKind::None, KeyKind::Tier},
        {QStringLiteral("task_q1"), tr("Task Q1")},
        {QStringLiteral("task_q2"), tr("Task Q2")},
        {QStringLiteral("task_q3"), tr("Task Q3")},
        {QStringLiteral("task_q4"), tr("Task Q4")},
        {QStringLiteral("status"), tr("Status"), PersonalDataKind::None, KeyKind::ContractStatus},
        {QStringLiteral("terminated_on"), tr("Terminated on")},
        {QStringLiteral("termination_reason"), tr("Termination reason"), PersonalDataKind::None,
         KeyKind::TerminationReason},
        {QStringLiteral("termination_clause"), tr("Termination clause")},
    };
}

Status ContractsReport::run(Database &db, const ReportOptions &, const RowSink &sink) const
{
    SqlQuery q(db, QStringLiteral(
                       "SELECT c.number, a.uscc, a.name, c.year, c.start_date, c.end_date, c.tier,"
                       " c.task_q1, c.task_q2, c.task_q3, c.task_q4, c.status, c.terminated_on,"
                       " c.termination_reason, c.termination_clause"
                       " FROM contracts c JOIN agents a ON a.id = c.agent_id"
                       " ORDER BY c.year, c.number"));
    if (Status s = q.exec(); !s)
        return s;
    constexpr int kColumns = 15;
    while (q.next()) {
        QStringList cells;
        cells.reserve(kColumns);
        for (int i = 0; i < kColumns; ++i)
            cells << q.value(i).toString(); // NULL dates and reasons come out empty
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
