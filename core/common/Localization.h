#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace cd {

// Loads the ChannelDesk catalogue and Qt's own for one language ("zh_CN" or
// "en") into the application, replacing the ones installed before.
class Localization
{
public:
    static QStringList languages();                 // {"zh_CN", "en"}
    static QString systemLanguage();                // from the system locale
    static QString languageName(const QString &language); // in its own script
    static void install(const QString &language);
    static QString current();
};

} // namespace cd
