#pragma once

#include "common/Money.h"

#include <QString>

namespace cd {

// Amounts typed in yuan, turned into fen exactly: digits only, never a float
// (SPEC §2 "Money"). "1234.5" is 123450 fen.
namespace YuanText {

// Accepts "1234", "1234.5", "1234.50", "1,234.50", "¥1,234.50" (full-width
// digits and ￥ too); false for anything else: a sign, more than two
// decimals, more than twelve whole digits, letters, an empty text.
bool parse(const QString &text, Money *out);
// "1234.50": what an edit shows for an amount, without grouping or symbol.
QString edit(Money amount);

} // namespace YuanText
} // namespace cd
