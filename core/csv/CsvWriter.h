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
    // The device must be open for writing; the writer does not own it. The
    // byte order mark goes out with the first row.
    explicit CsvWriter(QIODevice *device);

    void writeRow(const QStringList &cells);

    // The first write error of the device, if any; rows after it are dropped.
    Status status() const { return m_status; }

    // One cell as it goes into the file: formula guard, then quoting.
    static QString encodeCell(const QString &cell);
    // The formula-injection guard alone (§5): a cell starting with = + - @,
    // tab or carriage return gets a leading '. A plain number such as "-500"
    // is left alone: it cannot run, and a prefix would turn it into text.
    static QString guardFormula(const QString &cell);

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device = nullptr;
    bool m_started = false;
    Status m_status;
};

} // namespace cd
