// The importers core provides for SPEC §5, registered on the registry's first
// use (see ImportRegistry.h). One line per file kind; later issues add theirs.
#include "ImportRegistry.h"

#include "agents/AgentImporter.h"
#include "customers/CustomerImporter.h"
#include "numbers/NumberService.h"
#include "numbers/PaymentService.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"

#include <memory>

namespace cd {

void registerBuiltInImporters()
{
    ImportRegistry::add(QStringLiteral("agents"), [] { return std::make_unique<AgentImporter>(); });
    ImportRegistry::add(QStringLiteral("plans"), [] { return std::make_unique<PlanImporter>(); });
    ImportRegistry::add(QStringLiteral("prices"), [] { return std::make_unique<PriceImporter>(); });
    ImportRegistry::add(QStringLiteral("customers"), [] { return std::make_unique<CustomerImporter>(); });
    ImportRegistry::add(QStringLiteral("numbers"), [] { return std::make_unique<NumberImporter>(); });
    ImportRegistry::add(QStringLiteral("payments"), [] { return std::make_unique<PaymentImporter>(); });
}

} // namespace cd
