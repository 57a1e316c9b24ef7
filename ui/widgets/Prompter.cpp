#include "Prompter.h"

namespace cd {

Prompter::~Prompter() = default;

} // namespace cd
