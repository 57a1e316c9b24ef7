#pragma once

#include "RowImporter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cd {

// The file kinds the `import KIND FILE` command knows (SPEC §4). The built-in
// kinds are registered on first use by registerBuiltInImporters(), not by
// static initialisers (a linker drops those from a static library). Use from
// the main thread.
class ImportRegistry
{
public:
    using Factory = std::function<std::unique_ptr<RowImporter>()>;

    // Registers (or replaces) the factory of a kind.
    static void add(const QString &kind, Factory factory);
    // A new importer of the kind; nullptr when unknown.
    static std::unique_ptr<RowImporter> create(const QString &kind);
    // The registered kinds, sorted.
    static QStringList kinds();
};

// Registers the importers of SPEC §5 that core provides (core/csv/BuiltIns.cpp).
// The registry calls it once, before its first use; a kind added later with
// the same name replaces the built-in one.
void registerBuiltInImporters();

} // namespace cd
