// The reports core provides for SPEC §5 `export`, registered on the
// registry's first use (see ReportRegistry.h). One line per report; later
// issues add theirs.
#include "ReportRegistry.h"

#include "reports/AgentsReport.h"
#include "reports/ContractsReport.h"
#include "reports/PerformanceReport.h"
#include "reports/PricesReport.h"
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
}

} // namespace cd
