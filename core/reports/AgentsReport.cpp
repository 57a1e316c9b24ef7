#include "AgentsReport.h"

#include "agents/AgentService.h"
#include "pricing/Tier.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlError>

namespace cd {

QString AgentsReport::name() const
{
    return QStringLiteral("agents");
}

QString AgentsReport::title() const
{
    return tr("Agents");
}

QVector<ReportColumn> AgentsReport::columns() const
{
    return {
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("uscc"), tr("Unified social credit code")},
        {QStringLiteral("level"), tr("Level")},
        {QStringLiteral("parent_uscc"), tr("Parent agent's code")},
        {QStringLiteral("status"), tr("Status"), PersonalDataKind::None, KeyKind::AgentStatus},
        {QStringLiteral("tier"), tr("Tier"), PersonalDataKind::None, KeyKind::Tier},
        {QStringLiteral("legal_rep"), tr("Legal representative")},
        {QStringLiteral("contact"), tr("Contact person")},
        {QStringLiteral("phone"), tr("Phone"), PersonalDataKind::Phone},
        {QStringLiteral("email"), tr("Email"), PersonalDataKind::Email},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("region"), tr("Region")},
        {QStringLiteral("portal_account"), tr("Portal account")},
    };
}

Status AgentsReport::run(Database &db, const ReportOptions &options, const RowSink &sink) const
{
    SqlQuery q(db, QStringLiteral("SELECT a.id, a.name, a.uscc, a.level, p.uscc, a.status,"
                                  " a.legal_rep, a.contact, a.phone, a.email, a.address, a.region,"
                                  " a.portal_account, a.tier"
                                  " FROM agents a LEFT JOIN agents p ON p.id = a.parent_id"
                                  " ORDER BY a.level, a.name, a.uscc"));
    if (Status s = q.exec(); !s)
        return s;
    AgentService agents(db);
    const QDate date = options.effectiveDate();
    constexpr int kColumns = 13;
    while (q.next()) {
        // §2.4 The tier in force on the date, decided in one place; an agent
        // without tier history buys at its recorded tier.
        const Result<Tier> tier = agents.tierOn(q.value(0).toLongLong(), date);
        if (!tier && tier.error().kind != ErrorKind::NotFound)
            return tier.error();
        QStringList cells;
        cells.reserve(kColumns);
        for (int i = 1; i <= 5; ++i)
            cells << q.value(i).toString();
        cells << (tier ? tierKey(*tier) : q.value(13).toString());
        for (int i = 6; i <= 12; ++i)
            cells << q.value(i).toString();
        if (!sink(cells))
            break;
    }
    if (const QSqlError error = q.raw().lastError(); error.isValid())
        return db.errorFor(error, name());
    q.finish();
    return {};
}

} // namespace cd
