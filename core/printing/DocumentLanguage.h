#pragma once

#include "common/Money.h"
#include "pricing/Tier.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cd {

// The language of a printed document. It follows the template, not the user
// interface's catalogue, so a manager working in English can hand a Chinese
// contract to an agent; the few words the tables need are kept here in both
// languages for the same reason.
enum class DocumentLanguage { Chinese, English };

QString documentLanguageKey(DocumentLanguage language); // "zh_CN", "en"
bool documentLanguageFromKey(const QString &key, DocumentLanguage *language);
QStringList documentLanguageKeys();
// The language of the running user interface (Localization::current()).
DocumentLanguage documentLanguageOfUi();

namespace DocumentText {

QString date(const QDate &date, DocumentLanguage language); // 2026年1月31日 / 31 January 2026
QString money(Money amount);                                // ¥1,234.50 in either language
QString tier(Tier tier, DocumentLanguage language);
QString level(int level, DocumentLanguage language);
QString carrier(const QString &key, DocumentLanguage language);
// "Page %1 of %2" / "第 %1 页，共 %2 页", for the printed footer.
QString pageFormat(DocumentLanguage language);

// Plain text as HTML: & < > " ' escaped, line breaks kept.
QString escape(const QString &text);

} // namespace DocumentText
} // namespace cd
