#include "YuanText.h"

#include <utility>

namespace cd::YuanText {

bool parse(const QString &text, Money *out)
{
    return Money::parseYuan(text, out);
}

QString edit(Money amount)
{
    return amount.yuan();
}

} // namespace cd::YuanText
