#pragma once

#include "CsvColumn.h"
#include "CsvRow.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QVector>

#include <memory>

namespace cd {

// The one CSV parser of the project (SPEC §5): RFC 4180, UTF-8 with or without
// a byte order mark, GB18030 when the bytes are not valid UTF-8 (what Excel on
// a Chinese Windows saves), CRLF, LF or CR line ends, quoted fields holding
// commas, quotes and line breaks.
//
// Streaming: one pass over the bytes decides the encoding, then records are
// decoded and parsed one at a time, so memory stays small for big files.
//
// Lines are physical lines of the file, 1-based; the header is line 1. A line
// with no characters at all is skipped (Excel writes none; a trailing one at
// the end of the file is common). Inside a quoted field every line break
// (CRLF, LF or CR) is read as "\n". A field ="<12 or more digits>" (how an
// Excel-friendly export keeps long codes as text) is read as the digits.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvReader)

public:
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file, decides its encoding, reads the header and checks it
    // against the columns (keys matched case-insensitively, in any order).
    // Unknown, missing required or duplicate columns, an empty file, binary
    // data or an unreadable file give Error::badInput, "FILE:LINE: ...". With
    // several header problems the message holds the first, details the rest.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path,
                                                   const QVector<CsvColumn> &columns);

    // Reads the next record into *row; false at the end of the file. A
    // malformed record (ragged row, text after a closing quote) is an Error
    // naming its line, and the next call goes on with the following record.
    // After an error that ends the file (a quoted field not closed, bytes
    // that cannot be decoded, a read failure) the next call returns false.
    Result<bool> next(CsvRow *row);

    // The path as given to open(); errors start with it.
    QString fileName() const { return m_fileName; }
    // "UTF-8" or "GB18030": how the file was decoded.
    QString encoding() const { return m_encoding; }
    // The header keys as written in the file (trimmed), in file order.
    QStringList header() const { return m_header; }

private:
    CsvReader() = default;

    Status detectEncoding();
    Status checkHeader(const QVector<CsvColumn> &columns);
    // Reads one record's fields, skipping empty lines; false at the end.
    Result<bool> readRecord(QStringList *fields, int *startLine);
    // The next decoded character; false at the end of the file or on a
    // decoding error (then m_fatal is set).
    bool getChar(QChar *c);
    bool peekChar(QChar *c);
    bool fill();
    QString where(int line) const;

    QString m_fileName;
    QFile m_file;
    QString m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
    qint64 m_dataStart = 0; // byte offset after a UTF-8 byte order mark
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_badBytes = false; // the decoder met bytes it cannot read
    int m_line = 1;          // the physical line of the next character
    Error m_fatalError;
    bool m_fatal = false; // m_fatalError is pending
    bool m_done = false;  // nothing more to read after a fatal error
    QStringList m_header;
    std::shared_ptr<const CsvRow::ColumnIndex> m_index;
};

} // namespace cd
