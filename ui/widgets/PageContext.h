#pragma once

#include "common/Actor.h"

namespace cd {

class Database;
class MessageBar;

// What a page of the main window works with: the open database, the signed-in
// user, and the window's message bar for the outcome of its actions.
struct PageContext {
    Database *database = nullptr;
    Actor actor;
    MessageBar *messageBar = nullptr;
};

} // namespace cd
