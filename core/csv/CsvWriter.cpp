#include "CsvWriter.h"

namespace cd {

namespace {

// An optional minus, digits, an optional fraction: a number, not a formula.
bool isPlainNumber(const QString &cell)
{
    qsizetype i = cell.startsWith(QLatin1Char('-')) ? 1 : 0;
    qsizetype digits = 0;
    bool point = false;
    for (; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
        } else if (c == QLatin1Char('.') && !point && digits > 0) {
            point = true;
        } else {
            return false;
        }
    }
    return digits > 0 && !cell.endsWith(QLatin1Char('.'));
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

QString CsvWriter::guardFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        break;
    default:
        return cell;
    }
    if (isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell; // §5 formula injection
}

bool CsvWriter::isLongCode(const QString &cell)
{
    if (cell.size() < kLongCodeDigits)
        return false;
    for (const QChar c : cell) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString CsvWriter::encodeCell(const QString &cell, LongCodes longCodes)
{
    if (longCodes == LongCodes::ExcelText && isLongCode(cell)) {
        // ="digits", quoted for RFC 4180: "=""digits""". Digits only, so the
        // formula guard has nothing to defuse.
        return QLatin1String("\"=\"\"") + cell + QLatin1String("\"\"\"");
    }
    const QString guarded = guardFormula(cell);
    bool quote = false;
    for (const QChar c : guarded) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return guarded;
    QString quoted = guarded;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_status.ok())
        return;
    QString line;
    if (cells.size() == 1 && cells.first().isEmpty()) {
        // An empty line would be skipped by readers; a lone empty cell is "".
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line.append(QLatin1Char(','));
            line.append(encodeCell(cells.at(i), m_longCodes));
        }
    }
    line.append(QLatin1String("\r\n"));

    QByteArray bytes;
    if (!m_started) {
        m_started = true;
        bytes = QByteArrayLiteral("\xEF\xBB\xBF"); // §5 byte order mark for Excel
    }
    bytes.append(line.toUtf8());
    write(bytes);
}

void CsvWriter::write(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_status = Error::badInput(tr("cannot write the file: it is not open for writing"));
        return;
    }
    if (m_device->write(bytes) != bytes.size())
        m_status = Error::badInput(tr("cannot write the file: %1").arg(m_device->errorString()));
}

} // namespace cd
