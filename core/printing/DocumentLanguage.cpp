#include "DocumentLanguage.h"

#include "common/Localization.h"

#include <QLocale>

namespace cd {

QString documentLanguageKey(DocumentLanguage language)
{
    return language == DocumentLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool documentLanguageFromKey(const QString &key, DocumentLanguage *language)
{
    const QString k = key.trimmed();
    if (k == QLatin1String("zh_CN") || k == QLatin1String("zh")) {
        *language = DocumentLanguage::Chinese;
        return true;
    }
    if (k == QLatin1String("en")) {
        *language = DocumentLanguage::English;
        return true;
    }
    return false;
}

QStringList documentLanguageKeys()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

DocumentLanguage documentLanguageOfUi()
{
    return Localization::current().startsWith(QLatin1String("zh")) ? DocumentLanguage::Chinese
                                                                   : DocumentLanguage::English;
}

namespace DocumentText {

QString date(const QDate &d, DocumentLanguage language)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (language == DocumentLanguage::Chinese)
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(d, QStringLiteral("d MMMM yyyy"));
}

QString money(Money amount)
{
    return amount.display();
}

QString tier(Tier t, DocumentLanguage language)
{
    const bool zh = language == DocumentLanguage::Chinese;
    switch (t) {
    case Tier::Standard:
        return zh ? QStringLiteral("标准") : QStringLiteral("Standard");
    case Tier::Silver:
        return zh ? QStringLiteral("银牌") : QStringLiteral("Silver");
    case Tier::Gold:
        return zh ? QStringLiteral("金牌") : QStringLiteral("Gold");
    case Tier::Diamond:
        return zh ? QStringLiteral("钻石") : QStringLiteral("Diamond");
    }
    return tierKey(t);
}

QString level(int level, DocumentLanguage language)
{
    if (language == DocumentLanguage::Chinese)
        return level == 2 ? QStringLiteral("二级代理") : QStringLiteral("一级代理");
    return level == 2 ? QStringLiteral("Level-2 agent") : QStringLiteral("Level-1 agent");
}

QString carrier(const QString &key, DocumentLanguage language)
{
    const bool zh = language == DocumentLanguage::Chinese;
    if (key == QLatin1String("telecom"))
        return zh ? QStringLiteral("中国电信") : QStringLiteral("China Telecom");
    if (key == QLatin1String("unicom"))
        return zh ? QStringLiteral("中国联通") : QStringLiteral("China Unicom");
    if (key == QLatin1String("mobile"))
        return zh ? QStringLiteral("中国移动") : QStringLiteral("China Mobile");
    return key;
}

QString pageFormat(DocumentLanguage language)
{
    return language == DocumentLanguage::Chinese ? QStringLiteral("第 %1 页，共 %2 页")
                                                 : QStringLiteral("Page %1 of %2");
}

QString escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return out;
}

} // namespace DocumentText
} // namespace cd
