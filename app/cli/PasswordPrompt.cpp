#include "PasswordPrompt.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cd {

namespace {
// One line of standard input as UTF-8 (the console's encoding in Qt 6 on POSIX).
std::optional<QString> readLine() {
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

void showPrompt(const QString &prompt) {
    const QByteArray bytes = prompt.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

#ifdef Q_OS_WIN

bool PasswordPrompt::isInteractive() {
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
}

std::optional<QString> PasswordPrompt::read(const QString &prompt) {
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return readLine();

    // The console reads UTF-16 directly, so Chinese passwords survive any code page.
    showPrompt(prompt);
    SetConsoleMode(input, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT);
    QString password;
    bool ended = true;
    wchar_t buffer[256];
    DWORD count = 0;
    while (ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &count, nullptr) && count > 0) {
        password += QString::fromWCharArray(buffer, int(count));
        if (password.endsWith(QLatin1Char('\n'))) {
            ended = false;
            break;
        }
    }
    SetConsoleMode(input, mode);
    std::fputc('\n', stderr);
    if (ended && password.isEmpty())
        return std::nullopt;
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

#else

bool PasswordPrompt::isInteractive() {
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> PasswordPrompt::read(const QString &prompt) {
    if (!isInteractive())
        return readLine();

    showPrompt(prompt);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= tcflag_t(ECHONL);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::optional<QString> password = readLine();
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    else
        std::fputc('\n', stderr);
    return password;
}

#endif

} // namespace cd
