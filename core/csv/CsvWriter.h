#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace cd {

// Writes CSV exports (SPEC §5): UTF-8 with a byte order mark first, so that
// Excel on a Chinese Windows opens the file right; CRLF line ends; RFC 4180
// quoting; a cell that could run as a spreadsheet formula is defused with a
// leading '.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvWriter)

public:
    // How a long all-digit code (a USCC such as 121200004013590816, a bank
    // account) is written. Excel reads any all-digit cell as a number: from
    // 12 digits on it shows 1.21E+17, and past 15 digits it loses the rest for
    // good. Plain writes the digits as they are — what scripts and our own
    // importers expect, and the default. ExcelText writes ="121200004013590816",
    // which Excel (and LibreOffice with formulas evaluated) shows as the text
    // 121200004013590816; only digits ever go inside, so nothing can run, and
    // CsvReader reads the form back as the bare digits.
    enum class LongCodes { Plain, ExcelText };
    static constexpr int kLongCodeDigits = 12; // Excel's General format shows 11

    // The device must be open for writing; the writer does not own it. The
    // byte order mark goes out with the first row.
    explicit CsvWriter(QIODevice *device);

    void setLongCodes(LongCodes mode) { m_longCodes = mode; }
    LongCodes longCodes() const { return m_longCodes; }

    void writeRow(const QStringList &cells);

    // The first write error of the device, if any; rows after it are dropped.
    Status status() const { return m_status; }

    // One cell as it goes into the file: formula guard, then quoting.
    static QString encodeCell(const QString &cell, LongCodes longCodes = LongCodes::Plain);
    // True for kLongCodeDigits or more ASCII digits and nothing else.
    static bool isLongCode(const QString &cell);
    // The formula-injection guard alone (§5): a cell starting with = + - @,
    // tab or carriage return gets a leading '. A plain number such as "-500"
    // is left alone: it cannot run, and a prefix would turn it into text.
    static QString guardFormula(const QString &cell);

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device = nullptr;
    bool m_started = false;
    LongCodes m_longCodes = LongCodes::Plain;
    Status m_status;
};

} // namespace cd
