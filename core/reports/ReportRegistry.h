#pragma once

#include "Report.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {

// The reports `export REPORT` knows (SPEC §4, §5). Built-in reports are
// registered on first use by registerBuiltInReports(), not by static
// initialisers (a linker drops those from a static library). Use from the
// main thread.
class ReportRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Report>()>;

    // Registers (or replaces) the factory of a report.
    static void add(const QString &name, Factory factory);
    // A new report; nullptr when unknown.
    static std::unique_ptr<Report> create(const QString &name);
    // The registered report names, sorted.
    static QStringList names();
};

// Registers the reports core provides (core/reports/BuiltInReports.cpp). The
// registry calls it once, before its first use.
void registerBuiltInReports();

} // namespace cd
