#include "ReportRegistry.h"

#include <QMap>

#include <utility>

namespace cd {

namespace {

QMap<QString, ReportRegistry::Factory> &factories()
{
    static QMap<QString, ReportRegistry::Factory> map;
    return map;
}

// Lazily, on the first call of any registry function. The flag is set before
// the built-ins register, so their add() calls do not come back here.
void ensureBuiltIns()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    registerBuiltInReports();
}

} // namespace

void ReportRegistry::add(const QString &name, Factory factory)
{
    ensureBuiltIns();
    factories().insert(name, std::move(factory));
}

std::unique_ptr<Report> ReportRegistry::create(const QString &name)
{
    ensureBuiltIns();
    const auto it = factories().constFind(name);
    if (it == factories().constEnd() || !*it)
        return nullptr;
    return (*it)();
}

QStringList ReportRegistry::names()
{
    ensureBuiltIns();
    return factories().keys(); // QMap keeps them sorted
}

} // namespace cd
