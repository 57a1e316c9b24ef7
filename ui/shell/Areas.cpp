#include "Areas.h"

namespace cd {

QVector<Area> Areas::all()
{
    return {Area::Dashboard,  Area::Agents,    Area::Contracts, Area::Prices,
            Area::Customers,  Area::Reviews,   Area::Numbers,   Area::Payments,
            Area::Violations, Area::Incidents, Area::Training,  Area::Notices,
            Area::Reports,    Area::AuditLog,  Area::Settings,  Area::Users};
}

bool Areas::isVisibleTo(Area area, const Actor &actor)
{
    // Business parameters and accounts are administrator matters (SPEC §2 "User").
    if (area == Area::Settings || area == Area::Users)
        return actor.isAdmin();
    return true;
}

QVector<Area> Areas::visibleTo(const Actor &actor)
{
    QVector<Area> areas;
    for (Area a : all()) {
        if (isVisibleTo(a, actor))
            areas.append(a);
    }
    return areas;
}

QString Areas::key(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return QStringLiteral("dashboard");
    case Area::Agents:
        return QStringLiteral("agents");
    case Area::Contracts:
        return QStringLiteral("contracts");
    case Area::Prices:
        return QStringLiteral("prices");
    case Area::Customers:
        return QStringLiteral("customers");
    case Area::Reviews:
        return QStringLiteral("reviews");
    case Area::Numbers:
        return QStringLiteral("numbers");
    case Area::Payments:
        return QStringLiteral("payments");
    case Area::Violations:
        return QStringLiteral("violations");
    case Area::Incidents:
        return QStringLiteral("incidents");
    case Area::Training:
        return QStringLiteral("training");
    case Area::Notices:
        return QStringLiteral("notices");
    case Area::Reports:
        return QStringLiteral("reports");
    case Area::AuditLog:
        return QStringLiteral("audit_log");
    case Area::Settings:
        return QStringLiteral("settings");
    case Area::Users:
        return QStringLiteral("users");
    }
    return {};
}

bool Areas::fromKey(const QString &key, Area *area)
{
    for (Area a : all()) {
        if (Areas::key(a) == key) {
            *area = a;
            return true;
        }
    }
    return false;
}

QString Areas::title(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("Dashboard");
    case Area::Agents:
        return tr("Agents");
    case Area::Contracts:
        return tr("Contracts");
    case Area::Prices:
        return tr("Plans & prices");
    case Area::Customers:
        return tr("Customers");
    case Area::Reviews:
        return tr("Reviews");
    case Area::Numbers:
        return tr("Numbers");
    case Area::Payments:
        return tr("Payments");
    case Area::Violations:
        return tr("Violations");
    case Area::Incidents:
        return tr("Incidents");
    case Area::Training:
        return tr("Training");
    case Area::Notices:
        return tr("Notices");
    case Area::Reports:
        return tr("Reports");
    case Area::AuditLog:
        return tr("Audit log");
    case Area::Settings:
        return tr("Settings");
    case Area::Users:
        return tr("Users");
    }
    return {};
}

QString Areas::description(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("The state of this database at a glance.");
    case Area::Agents:
        return tr("Level-1 and level-2 agents with their credit codes, status, price tier and "
                  "contacts.");
    case Area::Contracts:
        return tr("Annual cooperation contracts with their quarterly tasks, renewals and "
                  "terminations.");
    case Area::Prices:
        return tr("Yearly plans and the agent price of every plan for each tier and level, with "
                  "their history.");
    case Area::Customers:
        return tr("Enterprises using 400 numbers, the agent that developed each one and who "
                  "serves it.");
    case Area::Reviews:
        return tr("Qualification reviews before activation, follow-up reviews and spot checks.");
    case Area::Numbers:
        return tr("The number pool with reservations, activations, suspensions and reclaims.");
    case Area::Payments:
        return tr("First-year and renewal payments and the paid-through date of every number.");
    case Area::Violations:
        return tr("Agent violations, their classification and the penalties imposed.");
    case Area::Incidents:
        return tr("Platform outages and maintenance windows and how agents were told of them.");
    case Area::Training:
        return tr("Training sessions, the agents that attended and the agents still overdue.");
    case Area::Notices:
        return tr("Renewal, suspension, reclaim and maintenance notices owed to agents and "
                  "customers.");
    case Area::Reports:
        return tr("Exports of agents, numbers, renewals, performance and more as CSV files.");
    case Area::AuditLog:
        return tr("Every change made in this database: who, when, old and new values, and the "
                  "clause it rests on.");
    case Area::Settings:
        return tr("The business parameters that tune the rules: grace periods, reminders, "
                  "margins and limits.");
    case Area::Users:
        return tr("The accounts that may sign in to this database and their roles.");
    }
    return {};
}

AreaGroup Areas::group(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return AreaGroup::Overview;
    case Area::Agents:
    case Area::Contracts:
    case Area::Prices:
        return AreaGroup::Channel;
    case Area::Customers:
    case Area::Reviews:
    case Area::Numbers:
    case Area::Payments:
        return AreaGroup::Customers;
    case Area::Violations:
    case Area::Incidents:
    case Area::Training:
    case Area::Notices:
        return AreaGroup::Compliance;
    case Area::Reports:
    case Area::AuditLog:
    case Area::Settings:
    case Area::Users:
        return AreaGroup::Administration;
    }
    return AreaGroup::Overview;
}

QString Areas::groupTitle(AreaGroup group)
{
    switch (group) {
    case AreaGroup::Overview:
        return tr("Overview");
    case AreaGroup::Channel:
        return tr("Channel");
    case AreaGroup::Customers:
        return tr("Customers & numbers");
    case AreaGroup::Compliance:
        return tr("Service & compliance");
    case AreaGroup::Administration:
        return tr("Administration");
    }
    return {};
}

Icons::Glyph Areas::glyph(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return Icons::Glyph::Dashboard;
    case Area::Agents:
        return Icons::Glyph::Agents;
    case Area::Contracts:
        return Icons::Glyph::Contracts;
    case Area::Prices:
        return Icons::Glyph::Prices;
    case Area::Customers:
        return Icons::Glyph::Customers;
    case Area::Reviews:
        return Icons::Glyph::Reviews;
    case Area::Numbers:
        return Icons::Glyph::Numbers;
    case Area::Payments:
        return Icons::Glyph::Payments;
    case Area::Violations:
        return Icons::Glyph::Violations;
    case Area::Incidents:
        return Icons::Glyph::Incidents;
    case Area::Training:
        return Icons::Glyph::Training;
    case Area::Notices:
        return Icons::Glyph::Notices;
    case Area::Reports:
        return Icons::Glyph::Reports;
    case Area::AuditLog:
        return Icons::Glyph::AuditLog;
    case Area::Settings:
        return Icons::Glyph::Settings;
    case Area::Users:
        return Icons::Glyph::Users;
    }
    return Icons::Glyph::Dashboard;
}

} // namespace cd
