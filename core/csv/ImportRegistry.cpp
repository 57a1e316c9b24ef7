#include "ImportRegistry.h"

#include <QMap>

#include <utility>

namespace cd {

namespace {

QMap<QString, ImportRegistry::Factory> &factories()
{
    static QMap<QString, ImportRegistry::Factory> map;
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
    registerBuiltInImporters();
}

} // namespace

void ImportRegistry::add(const QString &kind, Factory factory)
{
    ensureBuiltIns();
    factories().insert(kind, std::move(factory));
}

std::unique_ptr<RowImporter> ImportRegistry::create(const QString &kind)
{
    ensureBuiltIns();
    const auto it = factories().constFind(kind);
    if (it == factories().constEnd() || !*it)
        return nullptr;
    return (*it)();
}

QStringList ImportRegistry::kinds()
{
    ensureBuiltIns();
    return factories().keys(); // QMap keeps them sorted
}

} // namespace cd
