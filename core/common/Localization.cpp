#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cd {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString &currentLanguage()
{
    static QString language;
    return language;
}
} // namespace

QStringList Localization::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Localization::systemLanguage()
{
    const QString forced = qEnvironmentVariable("CHANNELDESK_LANG");
    if (languages().contains(forced))
        return forced;
    // Chinese users are the primary audience; any Chinese locale gets zh_CN.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

QString Localization::languageName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void Localization::install(const QString &language)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/channeldesk_%1.qm").arg(language)))
        installed().push_back(std::move(own));

    // Qt's own strings (standard buttons, file dialogs) in the same language.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().push_back(std::move(qt));

    for (auto &t : installed())
        QCoreApplication::installTranslator(t.get());
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese
                                                                    : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China
                                                                    : QLocale::UnitedStates));
    currentLanguage() = language;
}

QString Localization::current()
{
    return currentLanguage();
}

} // namespace cd
