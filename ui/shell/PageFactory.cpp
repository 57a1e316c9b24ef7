#include "PageFactory.h"

#include "audit/AuditLogPage.h"
#include "dashboard/DashboardPage.h"
#include "settings/ParametersPage.h"
#include "shell/PlaceholderPage.h"
#include "users/UsersPage.h"

namespace cd {

QWidget *PageFactory::create(Area area, const PageContext &context, QWidget *parent)
{
    switch (area) {
    case Area::Dashboard:
        return new DashboardPage(context, parent);
    case Area::AuditLog:
        return new AuditLogPage(context, parent);
    case Area::Settings:
        return new ParametersPage(context, parent);
    case Area::Users:
        return new UsersPage(context, parent);
    case Area::Agents:
    case Area::Contracts:
    case Area::Prices:
    case Area::Customers:
    case Area::Reviews:
    case Area::Numbers:
    case Area::Payments:
    case Area::Violations:
    case Area::Incidents:
    case Area::Training:
    case Area::Notices:
    case Area::Reports:
        break;
    }
    return new PlaceholderPage(area, parent);
}

} // namespace cd
