#include "LanguageCombo.h"

#include "common/Localization.h"

namespace cd {

LanguageCombo::LanguageCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("languageCombo"));
    for (const QString &language : Localization::languages())
        addItem(Localization::languageName(language), language);
    setLanguage(Localization::current());
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit languageChosen(itemData(index).toString()); });
}

QString LanguageCombo::language() const
{
    return currentData().toString();
}

void LanguageCombo::setLanguage(const QString &language)
{
    const int index = findData(language);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace cd
