#include "PageFactory.h"

#include "agents/AgentsPage.h"
#include "audit/AuditLogPage.h"
#include "compliance/TrainingPage.h"
#include "compliance/ViolationsPage.h"
#include "contracts/ContractsPage.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "incidents/IncidentsPage.h"
#include "notices/NoticesPage.h"
#include "numbers/NumbersPage.h"
#include "numbers/RenewalsPage.h"
#include "pricing/PricesPage.h"
#include "reports/ReportsPage.h"
#include "reviews/ReviewQueuePage.h"
#include "settings/SettingsPage.h"
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
        return new SettingsPage(context, parent);
    case Area::Users:
        return new UsersPage(context, parent);
    case Area::Agents:
        return new AgentsPage(context, parent);
    case Area::Contracts:
        return new ContractsPage(context, parent);
    case Area::Violations:
        return new ViolationsPage(context, parent);
    case Area::Training:
        return new TrainingPage(context, parent);
    case Area::Prices:
        return new PricesPage(context, parent);
    case Area::Customers:
        return new CustomersPage(context, parent);
    case Area::Reviews:
        return new ReviewQueuePage(context, parent);
    case Area::Numbers:
        return new NumbersPage(context, parent);
    case Area::Payments:
        return new RenewalsPage(context, parent);
    case Area::Reports:
        return new ReportsPage(context, parent);
    case Area::Incidents:
        return new IncidentsPage(context, parent);
    case Area::Notices:
        return new NoticesPage(context, parent);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace cd
