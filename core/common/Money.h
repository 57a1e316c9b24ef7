#pragma once

#include <QString>
#include <QtGlobal>

namespace cd {

// An amount of money in integer fen (分). Never a float (SPEC §2).
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    constexpr qint64 fen() const { return m_fen; }

    // "¥1,234.50" (a minus sign before the symbol for negative amounts).
    QString display() const;
    // "1234.50": yuan with two decimals, no grouping, for documents and CSV.
    QString yuan() const;
    // Parses a whole number of fen ("123450"); false on anything else.
    static bool parseFen(const QString &text, Money *out);
    // Parses yuan as people type them ("1,234.5", "¥1200", full-width digits)
    // exactly to the fen, without floating point; at most two decimals.
    static bool parseYuan(const QString &text, Money *out);

    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_fen != b.m_fen; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_fen < b.m_fen; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_fen <= b.m_fen; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_fen > b.m_fen; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_fen >= b.m_fen; }
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_fen + b.m_fen); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_fen - b.m_fen); }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace cd
