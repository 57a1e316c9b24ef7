#pragma once

#include <QString>

#include <optional>

namespace cd {

// Reads a password from standard input: on a terminal after a prompt on
// standard error and without echo; otherwise one line, so scripts can pipe it.
class PasswordPrompt {
public:
    static bool isInteractive();
    // std::nullopt at the end of input.
    static std::optional<QString> read(const QString &prompt);
};

} // namespace cd
