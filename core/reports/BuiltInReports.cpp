// The reports core provides for SPEC §5 `export`, registered on the
// registry's first use (see ReportRegistry.h). One line per report; later
// issues add theirs.
#include "ReportRegistry.h"

#include "reports/AgentsReport.h"
#include "reports/AuditReport.h"
#include "reports/ContractsReport.h"
#include "reports/CustomersReport.h"
#include "reports/IncidentsReport.h"
#include "reports/NoticesReport.h"
#include "reports/NumbersReport.h"
#include "reports/PerformanceReport.h"
#include "reports/PricesReport.h"
#include "reports/RenewalsReport.h"
#include "reports/ReviewsReport.h"
#include "reports/SuspensionsReport.h"
#include "reports/ViolationsReport.h"

#include <memory>

namespace cd {

void registerBuiltInReports()
{
    ReportRegistry::add(QStringLiteral("agents"), [] { return std::make_unique<AgentsReport>(); });
    ReportRegistry::add(QStringLiteral("contracts"),
                        [] { return std::make_unique<ContractsReport>(); });
    ReportRegistry::add(QStringLiteral("prices"), [] { return std::make_unique<PricesReport>(); });
    ReportRegistry::add(QStringLiteral("performance"),
                        [] { return std::make_unique<PerformanceReport>(); });
    ReportRegistry::add(QStringLiteral("violations"),
                        [] { return std::make_unique<ViolationsReport>(); });
    ReportRegistry::add(QStringLiteral("numbers"), [] { return std::make_unique<NumbersReport>(); });
    ReportRegistry::add(QStringLiteral("renewals"), [] { return std::make_unique<RenewalsReport>(); });
    ReportRegistry::add(QStringLiteral("suspensions"), [] { return std::make_unique<SuspensionsReport>(); });
    ReportRegistry::add(QStringLiteral("notices"), [] { return std::make_unique<NoticesReport>(); });
    ReportRegistry::add(QStringLiteral("customers"), [] { return std::make_unique<CustomersReport>(); });
    ReportRegistry::add(QStringLiteral("reviews"), [] { return std::make_unique<ReviewsReport>(); });
    ReportRegistry::add(QStringLiteral("incidents"), [] { return std::make_unique<IncidentsReport>(); });
    ReportRegistry::add(QStringLiteral("audit"), [] { return std::make_unique<AuditReport>(); });
}

} // namespace cd
