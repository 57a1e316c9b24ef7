#include "CsvReader.h"

#include "CsvWriter.h"

#include <QSet>

#include <algorithm>
#include <cstring>
#include <utility>

namespace cd {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;
constexpr int kShownKeyLength = 40; // a garbage header must not flood the message

// Streaming UTF-8 check (RFC 3629): no overlong forms, no surrogates,
// nothing above U+10FFFF; a sequence may span chunks.
class Utf8Check
{
public:
    bool feed(const char *data, qint64 size)
    {
        for (qint64 i = 0; i < size; ++i) {
            const auto b = static_cast<unsigned char>(data[i]);
            if (m_need == 0) {
                if (b < 0x80)
                    continue;
                m_low = 0x80;
                m_high = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    m_need = 1;
                } else if (b == 0xE0) {
                    m_need = 2;
                    m_low = 0xA0;
                } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
                    m_need = 2;
                } else if (b == 0xED) {
                    m_need = 2;
                    m_high = 0x9F;
                } else if (b == 0xF0) {
                    m_need = 3;
                    m_low = 0x90;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    m_need = 3;
                } else if (b == 0xF4) {
                    m_need = 3;
                    m_high = 0x8F;
                } else {
                    return false;
                }
            } else {
                if (b < m_low || b > m_high)
                    return false;
                m_low = 0x80;
                m_high = 0xBF;
                --m_need;
            }
        }
        return true;
    }
    bool complete() const { return m_need == 0; }

private:
    int m_need = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
};

QString shownKey(const QString &key)
{
    if (key.size() <= kShownKeyLength)
        return key;
    return key.left(kShownKeyLength) + QStringLiteral("…");
}

} // namespace

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path,
                                                   const QVector<CsvColumn> &columns)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_fileName = path;
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            tr("%1: cannot open the file: %2").arg(path, reader->m_file.errorString()));
    }
    if (Status detected = reader->detectEncoding(); !detected)
        return detected.error();
    if (Status header = reader->checkHeader(columns); !header)
        return header.error();
    return {std::move(reader)};
}

QString CsvReader::where(int line) const
{
    return QStringLiteral("%1:%2").arg(m_fileName, QString::number(line));
}

// One pass over the bytes: refuse what is not CSV text, then pick UTF-8 when
// every byte is valid UTF-8, else GB18030 (SPEC §5).
Status CsvReader::detectEncoding()
{
    Utf8Check utf8;
    bool validUtf8 = true;
    bool first = true;
    qint64 dataBytes = 0;
    int line = 1;
    for (;;) {
        const QByteArray chunk = m_file.read(kChunkSize);
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                return Error::badInput(
                    tr("%1: cannot read the file: %2").arg(m_fileName, m_file.errorString()));
            break;
        }
        const char *data = chunk.constData();
        qint64 size = chunk.size();
        if (first) {
            first = false;
            if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
                return Error::badInput(
                    tr("%1: the file is UTF-16 text; save it as \"CSV UTF-8\" and try again")
                        .arg(m_fileName));
            }
            if (chunk.startsWith("\xEF\xBB\xBF")) {
                m_dataStart = 3;
                data += 3;
                size -= 3;
            }
        }
        dataBytes += size;
        if (const void *zero = std::memchr(data, 0, static_cast<size_t>(size))) {
            const auto offset = static_cast<const char *>(zero) - data;
            line += static_cast<int>(std::count(data, data + offset, '\n'));
            return Error::badInput(
                tr("%1: the file holds binary data, not CSV text").arg(where(line)));
        }
        line += static_cast<int>(std::count(data, data + size, '\n'));
        if (validUtf8)
            validUtf8 = utf8.feed(data, size);
    }
    if (dataBytes == 0)
        return Error::badInput(tr("%1: the file is empty").arg(m_fileName));
    validUtf8 = validUtf8 && utf8.complete();

    if (validUtf8) {
        m_encoding = QStringLiteral("UTF-8");
        m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8);
    } else {
        m_encoding = QStringLiteral("GB18030");
        m_decoder = std::make_unique<QStringDecoder>("GB18030");
        if (!m_decoder->isValid()) {
            return Error::badInput(
                tr("%1: the file is not UTF-8, and this build cannot read GB18030; save it "
                   "as \"CSV UTF-8\" and try again")
                    .arg(m_fileName));
        }
    }
    if (!m_file.seek(m_dataStart)) {
        return Error::badInput(
            tr("%1: cannot read the file: %2").arg(m_fileName, m_file.errorString()));
    }
    return {};
}

Status CsvReader::checkHeader(const QVector<CsvColumn> &columns)
{
    QStringList fields;
    int line = 0;
    const Result<bool> read = readRecord(&fields, &line);
    if (!read)
        return read.error();
    if (!*read)
        return Error::badInput(tr("%1: the file is empty").arg(m_fileName));

    QHash<QString, QString> known; // lower-case key → the column's own key
    QStringList expected;
    for (const CsvColumn &column : columns) {
        known.insert(column.key.toLower(), column.key);
        expected.append(column.key);
    }

    QStringList problems;
    auto index = std::make_shared<CsvRow::ColumnIndex>();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed();
        m_header.append(name);
        const auto it = known.constFind(name.toLower());
        if (name.isEmpty()) {
            problems.append(tr("%1: column %2 of the header has no name")
                                .arg(where(line), QString::number(i + 1)));
        } else if (it == known.constEnd()) {
            problems.append(
                tr("%1: unknown column \"%2\"; expected: %3")
                    .arg(where(line), shownKey(name), expected.join(QStringLiteral(", "))));
        } else if (index->contains(*it)) {
            problems.append(tr("%1: column \"%2\" appears more than once").arg(where(line), *it));
        } else {
            index->insert(*it, i);
        }
    }
    for (const CsvColumn &column : columns) {
        if (column.required && !index->contains(column.key)) {
            problems.append(tr("%1: missing required column \"%2\"").arg(where(line), column.key));
        }
    }
    if (!problems.isEmpty())
        return Error::badInput(problems.first(), problems.mid(1));
    m_index = std::move(index);
    return {};
}

Result<bool> CsvReader::next(CsvRow *row)
{
    QStringList fields;
    int line = 0;
    const Result<bool> read = readRecord(&fields, &line);
    if (!read || !*read)
        return read;
    if (fields.size() != m_header.size()) {
        return Error::badInput(tr("%1: the row has %2 fields, the header has %3")
                                   .arg(where(line), QString::number(fields.size()),
                                        QString::number(m_header.size())));
    }
    *row = CsvRow(line, m_index, std::move(fields));
    return true;
}

bool CsvReader::fill()
{
    while (!m_eof && !m_fatal) {
        const QByteArray chunk = m_file.read(kChunkSize);
        if (chunk.isEmpty()) {
            m_eof = true;
            if (m_file.error() != QFileDevice::NoError) {
                m_fatal = true;
                m_fatalError = Error::badInput(
                    tr("%1: cannot read the file: %2").arg(m_fileName, m_file.errorString()));
            }
            return false;
        }
        m_buffer = m_decoder->decode(chunk);
        m_pos = 0;
        if (m_decoder->hasError()) {
            // Parse up to the first undecodable character, then stop there so
            // that the error names its line.
            const qsizetype bad = m_buffer.indexOf(QChar::ReplacementCharacter);
            m_buffer.truncate(bad < 0 ? 0 : bad);
            m_eof = true;
            m_badBytes = true;
        }
        if (!m_buffer.isEmpty())
            return true;
    }
    if (m_badBytes && !m_fatal) {
        m_fatal = true;
        m_fatalError = Error::badInput(
            tr("%1: the file is neither UTF-8 nor GB18030 text").arg(where(m_line)));
    }
    return false;
}

bool CsvReader::getChar(QChar *c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_pos++);
    return true;
}

bool CsvReader::peekChar(QChar *c)
{
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_pos);
    return true;
}

Result<bool> CsvReader::readRecord(QStringList *fields, int *startLine)
{
    fields->clear();
    if (m_done)
        return false;

    const QChar quote = QLatin1Char('"');
    const QChar comma = QLatin1Char(',');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');

    QChar c;
    // Lines with no characters are skipped: Excel writes none, and a file
    // commonly ends with one.
    for (;;) {
        if (!getChar(&c)) {
            m_done = true;
            if (m_fatal)
                return m_fatalError;
            return false;
        }
        if (c == lf) {
            ++m_line;
        } else if (c == cr) {
            QChar n;
            if (peekChar(&n) && n == lf)
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }
    *startLine = m_line;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QString field;
    int quoteLine = 0;
    int strayLine = 0; // text after a closing quote: line and field number
    int strayField = 0;
    bool have = true; // c holds the first character already
    for (;;) {
        if (!have && !getChar(&c)) {
            if (m_fatal) {
                m_done = true;
                return m_fatalError;
            }
            if (state == State::Quoted) {
                m_done = true;
                return Error::badInput(
                    tr("%1: a quoted field is not closed").arg(where(quoteLine)));
            }
            fields->append(field);
            break;
        }
        have = false;

        if (state == State::Quoted) {
            if (c == quote) {
                QChar n;
                if (peekChar(&n) && n == quote) {
                    ++m_pos;
                    field.append(quote);
                } else {
                    state = State::AfterQuote;
                }
            } else if (c == cr || c == lf) {
                QChar n;
                if (c == cr && peekChar(&n) && n == lf)
                    ++m_pos;
                ++m_line;
                field.append(lf);
            } else {
                field.append(c);
            }
            continue;
        }
        if (state == State::FieldStart && c == quote) {
            state = State::Quoted;
            quoteLine = m_line;
            continue;
        }
        if (c == comma) {
            fields->append(field);
            field.clear();
            state = State::FieldStart;
            continue;
        }
        if (c == cr || c == lf) {
            QChar n;
            if (c == cr && peekChar(&n) && n == lf)
                ++m_pos;
            ++m_line;
            fields->append(field);
            break;
        }
        if (state == State::AfterQuote && strayLine == 0) {
            strayLine = m_line;
            strayField = static_cast<int>(fields->size()) + 1;
        }
        if (state == State::FieldStart)
            state = State::Unquoted;
        // A quote inside an unquoted field is kept as it is (lenient, as Excel).
        field.append(c);
    }

    if (strayLine != 0) {
        return Error::badInput(tr("%1: field %2 has text after its closing quote")
                                   .arg(where(strayLine), QString::number(strayField)));
    }
    // A long code as an Excel-friendly export writes it (="121200004013590816",
    // see CsvWriter::LongCodes) is read back as its digits.
    for (QString &value : *fields) {
        if (value.size() > 3 && value.startsWith(QLatin1String("=\"")) &&
            value.endsWith(QLatin1Char('"')) &&
            CsvWriter::isLongCode(value.mid(2, value.size() - 3)))
            value = value.mid(2, value.size() - 3);
    }
    return true;
}

} // namespace cd
