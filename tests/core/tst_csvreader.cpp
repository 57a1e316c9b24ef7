#include "csv/CsvReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using cd::CsvColumn;
using cd::CsvReader;
using cd::CsvRow;

// One outcome of reading a file, as text: "LINE|name|qty|note" for a record
// (note "-" when the header has no note column), else the error message with
// the path written as FILE.
using Outcomes = QStringList;

static Outcomes out(std::initializer_list<const char *> items)
{
    Outcomes outcomes;
    for (const char *item : items)
        outcomes << QString::fromUtf8(item);
    return outcomes;
}

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void records_data();
    void records();
    void headerErrors_data();
    void headerErrors();
    void recordErrors_data();
    void recordErrors();

    void severalHeaderProblems();
    void missingFile();
    void directory();
    void binaryGarbage();
    void excelUtf8Fixture();
    void gb18030Fixture();
    void gb18030Generated();
    void chunkBoundaries();
    void bigFile();
    void rowLookup();

private:
    QString write(const QByteArray &bytes);
    Outcomes readAll(const QString &path, const QVector<CsvColumn> &columns);

    QTemporaryDir m_dir;
    int m_files = 0;
    const QVector<CsvColumn> m_columns{{QStringLiteral("name"), true},
                                       {QStringLiteral("qty"), true},
                                       {QStringLiteral("note"), false}};
};

QString TestCsvReader::write(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
    return path;
}

// Opens and reads to the end, stopping after 100 outcomes so that a reader
// that never ends fails the test instead of hanging it.
Outcomes TestCsvReader::readAll(const QString &path, const QVector<CsvColumn> &columns)
{
    Outcomes outcomes;
    auto opened = CsvReader::open(path, columns);
    if (!opened) {
        outcomes << QString(opened.error().message).replace(path, QStringLiteral("FILE"));
        return outcomes;
    }
    CsvReader &reader = *opened.value();
    CsvRow row;
    while (outcomes.size() < 100) {
        const cd::Result<bool> r = reader.next(&row);
        if (!r) {
            outcomes << QString(r.error().message).replace(path, QStringLiteral("FILE"));
            continue;
        }
        if (!*r)
            break;
        QStringList parts{QString::number(row.line()), row.value(QStringLiteral("name")),
                          row.value(QStringLiteral("qty"))};
        parts << (row.has(QStringLiteral("note")) ? row.value(QStringLiteral("note"))
                                                  : QStringLiteral("-"));
        outcomes << parts.join(QLatin1Char('|'));
    }
    return outcomes;
}

void TestCsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Outcomes>("expected");

    QTest::newRow("LF") << QByteArray("name,qty,note\na,1,x\nb,2,y\n")
                        << out({"2|a|1|x", "3|b|2|y"});
    QTest::newRow("CRLF, no final line end")
        << QByteArray("name,qty,note\r\na,1,x\r\nb,2,y") << out({"2|a|1|x", "3|b|2|y"});
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFname,qty\r\na,1\r\n")
                                  << out({"2|a|1|-"});
    QTest::newRow("CR only") << QByteArray("name,qty\ra,1\rb,2\r") << out({"2|a|1|-", "3|b|2|-"});
    QTest::newRow("any order, optional absent")
        << QByteArray("qty,name\n7,seven\n") << out({"2|seven|7|-"});
    QTest::newRow("header case and spaces")
        << QByteArray(" Name , QTY ,Note\na,1,n\n") << out({"2|a|1|n"});
    QTest::newRow("quoted comma and quotes")
        << QByteArray("name,qty,note\n\"Acme, Ltd.\",\"1\",\"say \"\"hi\"\"\"\n")
        << out({"2|Acme, Ltd.|1|say \"hi\""});
    QTest::newRow("embedded LF") << QByteArray("name,qty,note\n\"two\nlines\",1,\"a\n\nb\"\nc,2,\n")
                                 << out({"2|two\nlines|1|a\n\nb", "6|c|2|"});
    QTest::newRow("embedded CRLF read as LF")
        << QByteArray("name,qty,note\r\n\"x\r\ny\",1,z\r\nc,2,\r\n")
        << out({"2|x\ny|1|z", "4|c|2|"});
    QTest::newRow("empty quoted and unquoted fields")
        << QByteArray("name,qty,note\n\"\",,\"\"\n") << out({"2|||"});
    QTest::newRow("raw values keep spaces")
        << QByteArray("name,qty\n a ,\" 1 \"\n") << out({"2| a | 1 |-"});
    QTest::newRow("blank lines skipped, lines still counted")
        << QByteArray("\nname,qty\n\na,1\r\n\r\n\nb,2\n\n\n") << out({"4|a|1|-", "7|b|2|-"});
    QTest::newRow("stray quote inside an unquoted field is kept")
        << QByteArray("name,qty\n5\" disk,1\n") << out({"2|5\" disk|1|-"});
    QTest::newRow("UTF-8 without BOM")
        << QByteArray("name,qty,note\n张三,1,北京\n") << out({"2|张三|1|北京"});
    QTest::newRow("header only") << QByteArray("name,qty\r\n") << Outcomes();
    QTest::newRow("whitespace line is a record")
        << QByteArray("name,qty\n   \na,1\n")
        << out({"FILE:2: the row has 1 fields, the header has 2", "3|a|1|-"});
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Outcomes, expected);
    QCOMPARE(readAll(write(bytes), m_columns), expected);
}

void TestCsvReader::headerErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << QStringLiteral("FILE: the file is empty");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF")
                              << QStringLiteral("FILE: the file is empty");
    QTest::newRow("blank lines only")
        << QByteArray("\r\n\n\r\n") << QStringLiteral("FILE: the file is empty");
    QTest::newRow("unknown column")
        << QByteArray("name,qty,colour\na,1,red\n")
        << QStringLiteral("FILE:1: unknown column \"colour\"; expected: name, qty, note");
    QTest::newRow("missing column") << QByteArray("name,note\na,x\n")
                                    << QStringLiteral("FILE:1: missing required column \"qty\"");
    QTest::newRow("duplicate column")
        << QByteArray("name,qty,NAME\n")
        << QStringLiteral("FILE:1: column \"name\" appears more than once");
    QTest::newRow("empty column name")
        << QByteArray("name,,qty\n")
        << QStringLiteral("FILE:1: column 2 of the header has no name");
    QTest::newRow("header after a blank line")
        << QByteArray("\nname,size\n")
        << QStringLiteral("FILE:2: unknown column \"size\"; expected: name, qty, note");
    QTest::newRow("header quote not closed")
        << QByteArray("\"name,qty\na,1\n")
        << QStringLiteral("FILE:1: a quoted field is not closed");
    QTest::newRow("NUL byte") << QByteArray("name,qty\na,1\nb\0c,2\n", 19)
                              << QStringLiteral("FILE:3: the file holds binary data, not CSV text");
    QTest::newRow("UTF-16")
        << QByteArray("\xFF\xFEn\0a\0m\0e\0", 10)
        << QStringLiteral("FILE: the file is UTF-16 text; save it as \"CSV UTF-8\" and try again");
}

void TestCsvReader::headerErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = write(bytes);
    auto opened = CsvReader::open(path, m_columns);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, cd::ErrorKind::BadInput);
    QCOMPARE(QString(opened.error().message).replace(path, QStringLiteral("FILE")), message);
}

void TestCsvReader::recordErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Outcomes>("expected");

    QTest::newRow("more fields than the header")
        << QByteArray("name,qty\na,1,x,y\nb,2\n")
        << out({"FILE:2: the row has 4 fields, the header has 2", "3|b|2|-"});
    QTest::newRow("fewer fields than the header")
        << QByteArray("name,qty,note\r\na,1\r\nb,2,z\r\n")
        << out({"FILE:2: the row has 2 fields, the header has 3", "3|b|2|z"});
    QTest::newRow("ragged row after a multi-line field")
        << QByteArray("name,qty\n\"a\nb\",1\nc\n")
        << out({"2|a\nb|1|-", "FILE:4: the row has 1 fields, the header has 2"});
    QTest::newRow("quote not closed, ends the file")
        << QByteArray("name,qty\na,1\n\"b,2\nc,3\n")
        << out({"2|a|1|-", "FILE:3: a quoted field is not closed"});
    QTest::newRow("text after a closing quote")
        << QByteArray("name,qty\n\"a\"x,1\nb,2\n")
        << out({"FILE:2: field 1 has text after its closing quote", "3|b|2|-"});
    QTest::newRow("undecodable bytes stop at their line")
        << QByteArray("name,qty\na,1\n\xFF\xFF,2\nc,3\n")
        << out({"2|a|1|-", "FILE:3: the file is neither UTF-8 nor GB18030 text"});
}

void TestCsvReader::recordErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Outcomes, expected);
    QCOMPARE(readAll(write(bytes), m_columns), expected);
}

void TestCsvReader::severalHeaderProblems()
{
    const QString path = write("colour,name,size\n");
    auto opened = CsvReader::open(path, m_columns);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message,
             path + QStringLiteral(":1: unknown column \"colour\"; expected: name, qty, note"));
    QCOMPARE(opened.error().details,
             QStringList(
                 {path + QStringLiteral(":1: unknown column \"size\"; expected: name, qty, note"),
                  path + QStringLiteral(":1: missing required column \"qty\"")}));
}

void TestCsvReader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-file.csv"));
    auto opened = CsvReader::open(path, m_columns);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, cd::ErrorKind::BadInput);
    QVERIFY2(opened.error().message.startsWith(path + QStringLiteral(": cannot open the file: ")),
             qPrintable(opened.error().message));
}

void TestCsvReader::directory()
{
    auto opened = CsvReader::open(m_dir.path(), m_columns);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, cd::ErrorKind::BadInput);
    QVERIFY2(opened.error().message.startsWith(m_dir.path() + QLatin1Char(':')),
             qPrintable(opened.error().message));
}

// Random bytes must give a clear error naming the file, never a crash or a
// silent success; with NUL bytes taken out they reach the GB18030 decoder.
void TestCsvReader::binaryGarbage()
{
    for (quint32 seed = 1; seed <= 20; ++seed) {
        QRandomGenerator random(seed);
        QByteArray bytes(4096 + int(seed) * 977, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        if (seed % 2 == 0)
            bytes.replace('\0', '\x01');
        const QString path = write(bytes);
        const Outcomes outcomes = readAll(path, m_columns);
        QVERIFY2(!outcomes.isEmpty(), qPrintable(QString::number(seed)));
        QVERIFY2(outcomes.first().startsWith(QStringLiteral("FILE:")),
                 qPrintable(outcomes.first()));
        if (seed % 2 == 1)
            QVERIFY2(outcomes.first().contains(QStringLiteral("binary data")),
                     qPrintable(outcomes.first()));
    }
}

void TestCsvReader::excelUtf8Fixture()
{
    const QString path = QStringLiteral(CHANNELDESK_FIXTURES "/csv/excel_utf8_bom.csv");
    auto opened = CsvReader::open(path, m_columns);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    CsvReader &reader = *opened.value();
    QCOMPARE(reader.encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(reader.header(), out({"name", "qty", "note"}));
    QCOMPARE(readAll(path, m_columns),
             Outcomes({QStringLiteral("2|Acme, Ltd.|3|He said \"hi\""),
                       QStringLiteral("3|张三|12|北京市朝阳区\n建国路 88 号")}));
}

// Made with: printf 'note,name,qty\r\n北京市朝阳区建国路,张三,1\r\n"上海, 浦东",李四,2\r\n'
//            | iconv -f UTF-8 -t GB18030
void TestCsvReader::gb18030Fixture()
{
    const QString path = QStringLiteral(CHANNELDESK_FIXTURES "/csv/excel_gb18030.csv");
    auto opened = CsvReader::open(path, m_columns);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened.value()->encoding(), QStringLiteral("GB18030"));
    QCOMPARE(readAll(path, m_columns), Outcomes({QStringLiteral("2|张三|1|北京市朝阳区建国路"),
                                                 QStringLiteral("3|李四|2|上海, 浦东")}));
}

void TestCsvReader::gb18030Generated()
{
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    // Characters beyond GB2312 (four-byte GB18030) too: 𠀀 and €.
    const QString text =
        QStringLiteral("name,qty,note\r\n王五,1,\"含,逗号\r\n和换行\"\r\n𠀀,2,€\r\n");
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    QCOMPARE(readAll(write(bytes), m_columns),
             Outcomes({QStringLiteral("2|王五|1|含,逗号\n和换行"), QStringLiteral("4|𠀀|2|€")}));
}

// The reader decodes 64 KiB at a time: a CRLF and a multi-byte character
// split between two reads must come out whole, and lines stay exact.
void TestCsvReader::chunkBoundaries()
{
    const int chunk = 64 * 1024;
    {
        QByteArray bytes("name,qty\r\n");                           // 10 bytes
        bytes += QByteArray(chunk - 10 - 3, 'x') + ",1\r\nb,2\r\n"; // CR ends a read
        QCOMPARE(bytes.at(chunk - 1), '\r');
        QCOMPARE(bytes.at(chunk), '\n');
        const Outcomes outcomes = readAll(write(bytes), m_columns);
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes.at(0).startsWith(QStringLiteral("2|xxx")));
        QCOMPARE(outcomes.at(1), QStringLiteral("3|b|2|-"));
    }
    for (int shift = 0; shift < 3; ++shift) {
        // 张 is three bytes in UTF-8: put it across the boundary at each offset.
        QByteArray bytes("\xEF\xBB\xBFname,qty\n");
        bytes += QByteArray(chunk + 3 - bytes.size() - 1 - shift, 'y');
        bytes += QStringLiteral("张,1\n").toUtf8();
        const Outcomes outcomes = readAll(write(bytes), m_columns);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.first().endsWith(QStringLiteral("y张|1|-")));
    }
    {
        // Two-byte GB18030 characters across the boundary.
        QStringEncoder encoder("GB18030");
        QString name;
        for (int i = 0; i < chunk / 2 + 5; ++i)
            name += QStringLiteral("中");
        const QByteArray bytes =
            encoder.encode(QStringLiteral("name,qty\n") + name + QStringLiteral(",1\n国,2\n"));
        const Outcomes outcomes = readAll(write(bytes), m_columns);
        QCOMPARE(outcomes, Outcomes({QStringLiteral("2|") + name + QStringLiteral("|1|-"),
                                     QStringLiteral("3|国|2|-")}));
    }
}

void TestCsvReader::bigFile()
{
    const int rows = 50000;
    QByteArray bytes("\xEF\xBB\xBFname,qty,note\r\n");
    for (int i = 0; i < rows; ++i) {
        bytes += "item " + QByteArray::number(i) + "," + QByteArray::number(i % 97) +
                 (i % 10 == 0 ? ",\"multi\r\nline, quoted\"\r\n" : QByteArray(",plain\r\n"));
    }
    const QString path = write(bytes);
    auto opened = CsvReader::open(path, m_columns);
    QVERIFY(opened.ok());
    CsvRow row;
    int count = 0;
    int line = 1;
    for (;;) {
        const cd::Result<bool> r = opened.value()->next(&row);
        QVERIFY(r.ok());
        if (!*r)
            break;
        ++line;
        QCOMPARE(row.line(), line);
        if (count % 10 == 0) {
            QCOMPARE(row.value(QStringLiteral("note")), QStringLiteral("multi\nline, quoted"));
            ++line;
        }
        ++count;
    }
    QCOMPARE(count, rows);
    QCOMPARE(row.value(QStringLiteral("name")), QStringLiteral("item %1").arg(rows - 1));
}

void TestCsvReader::rowLookup()
{
    const CsvRow row(7, {QStringLiteral("a"), QStringLiteral("b")},
                     {QStringLiteral("1"), QStringLiteral(" 2 ")});
    QCOMPARE(row.line(), 7);
    QCOMPARE(row.value(QStringLiteral("b")), QStringLiteral(" 2 "));
    QVERIFY(row.has(QStringLiteral("a")));
    QVERIFY(!row.has(QStringLiteral("c")));
    QCOMPARE(row.value(QStringLiteral("c")), QString());
    QCOMPARE(CsvRow().value(QStringLiteral("a")), QString());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
