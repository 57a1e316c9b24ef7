#pragma once

#include "common/Actor.h"

#include <QString>
#include <QVariantMap>

#include <functional>

namespace cd {

class Database;
class MessageBar;

// What a page of the main window works with: the open database, the signed-in
// user, and the window's message bar for the outcome of its actions.
struct PageContext {
    Database *database = nullptr;
    Actor actor;
    MessageBar *messageBar = nullptr;
    // Opens another area (by its Areas::key, e.g. "numbers") with a filter the
    // target page understands (see FilterablePage). Unset in tests that build a
    // page alone; check before calling.
    std::function<void(const QString &areaKey, const QVariantMap &filter)> navigate = {};
};

} // namespace cd
