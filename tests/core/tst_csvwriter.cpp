#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "csv/PersonalData.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using cd::CsvWriter;

static QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

static QStringList cells(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void bomAndLineEnds();
    void encodeCell_data();
    void encodeCell();
    void loneEmptyCell();
    void roundTrip();
    void writeError();
    void longCodesPlainByDefault();
    void longCodesForExcel();
    void longCodesReadBack();
    void maskPhone_data();
    void maskPhone();
    void maskEmail_data();
    void maskEmail();
    void maskIdNumber_data();
    void maskIdNumber();
};

void TestCsvWriter::bomAndLineEnds()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(buffer.data().isEmpty()); // nothing before the first row
    writer.writeRow(cells({"name", "qty"}));
    writer.writeRow(cells({"张三", "1"}));
    QVERIFY(writer.status().ok());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFname,qty\r\n\xE5\xBC\xA0\xE4\xB8\x89,1\r\n"));
}

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << u("abc") << u("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Chinese") << u("北京市") << u("北京市");
    QTest::newRow("comma") << u("Acme, Ltd.") << u("\"Acme, Ltd.\"");
    QTest::newRow("quote") << u("5\" disk") << u("\"5\"\" disk\"");
    QTest::newRow("LF") << u("a\nb") << u("\"a\nb\"");
    QTest::newRow("CRLF inside") << u("a\r\nb") << u("\"a\r\nb\"");
    QTest::newRow("spaces kept unquoted") << u(" a ") << u(" a ");
    QTest::newRow("=") << u("=SUM(A1:A9)") << u("'=SUM(A1:A9)");
    QTest::newRow("= with comma") << u("=HYPERLINK(\"http://x\",\"y\")")
                                  << u("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("+") << u("+86 138 1234 5678") << u("'+86 138 1234 5678");
    QTest::newRow("-") << u("-2+3+cmd|' /C calc'!A0") << u("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("@") << u("@SUM(1,2)") << u("\"'@SUM(1,2)\"");
    QTest::newRow("tab") << u("\t=1") << u("'\t=1");
    QTest::newRow("CR") << u("\r=1") << u("\"'\r=1\"");
    QTest::newRow("minus alone") << u("-") << u("'-");
    QTest::newRow("negative number stays a number") << u("-500") << u("-500");
    QTest::newRow("negative decimal") << u("-12.50") << u("-12.50");
    QTest::newRow("not quite a number") << u("-1.") << u("'-1.");
    QTest::newRow("plus number is guarded") << u("+500") << u("'+500");
    QTest::newRow("= later in the cell") << u("a=b") << u("a=b");
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeCell(cell), encoded);

    // Through writeRow too: the same text between the BOM and the CRLF.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow({cell, u("x")});
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF") + (encoded + u(",x\r\n")).toUtf8());
}

// A row of one empty cell must not become an empty line, which readers skip.
void TestCsvWriter::loneEmptyCell()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow({u("note")});
    writer.writeRow({QString()});
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFnote\r\n\"\"\r\n"));
}

// What the writer writes, the reader reads back (guarded cells keep their ').
void TestCsvWriter::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("out.csv"));
    const QVector<QStringList> rows{
        cells({"Acme, Ltd.", "say \"hi\"", "two\nlines"}),
        cells({"张三", "", "-500"}),
        cells({"=1+1", "@x", " padded "}),
    };
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        writer.writeRow(cells({"a", "b", "c"}));
        for (const QStringList &row : rows)
            writer.writeRow(row);
        QVERIFY(writer.status().ok());
    }
    auto opened = cd::CsvReader::open(path, {{u("a"), true}, {u("b"), true}, {u("c"), true}});
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    cd::CsvRow row;
    QVector<QStringList> read;
    while (true) {
        const cd::Result<bool> r = opened.value()->next(&row);
        QVERIFY(r.ok());
        if (!*r)
            break;
        read << row.values();
    }
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0), rows.at(0));
    QCOMPARE(read.at(1), rows.at(1));
    QCOMPARE(read.at(2), cells({"'=1+1", "'@x", " padded "}));
}

void TestCsvWriter::writeError()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.status().ok());
    writer.writeRow(cells({"a"}));
    QVERIFY(!writer.status().ok());
    QVERIFY(!writer.status().error().message.isEmpty());
    writer.writeRow(cells({"b"}));
    QVERIFY(!writer.status().ok());
    QVERIFY(buffer.data().isEmpty());
}

// Scripts and the importers get the digits as they are unless asked.
void TestCsvWriter::longCodesPlainByDefault()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow(cells({"121200004013590816", "4001234567"}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "121200004013590816,4001234567\r\n"));
}

// Excel turns 12 or more digits into 1.21E+17 (and drops digits past 15):
// the Excel mode writes them as ="…", a text formula with digits only.
void TestCsvWriter::longCodesForExcel()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setLongCodes(CsvWriter::LongCodes::ExcelText);
    writer.writeRow(cells({"121200004013590816", "4001234567", "13812345678", "123456789012",
                           "91110108MA01AAAA1X", "-121200004013590816", "=121200004013590816"}));
    QCOMPARE(buffer.data(),
             QByteArray("\xEF\xBB\xBF"
                        "\"=\"\"121200004013590816\"\"\",4001234567,13812345678,"
                        "\"=\"\"123456789012\"\"\",91110108MA01AAAA1X,-121200004013590816,"
                        "'=121200004013590816\r\n"));
    QVERIFY(CsvWriter::isLongCode(u("123456789012")));
    QVERIFY(!CsvWriter::isLongCode(u("12345678901")));
    QVERIFY(!CsvWriter::isLongCode(u("1234567890１2"))); // a full-width digit is not ASCII
    QVERIFY(!CsvWriter::isLongCode(QString()));
}

// The reader turns the Excel form back into the digits, so an Excel-friendly
// export imports as it is; anything else starting with = stays untouched.
void TestCsvWriter::longCodesReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u("excel.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        writer.setLongCodes(CsvWriter::LongCodes::ExcelText);
        writer.writeRow(cells({"a", "b", "c"}));
        writer.writeRow(cells({"121200004013590816", "400123456789", "x"}));
        QVERIFY(writer.status().ok());
        file.write("\"=\"\"12345\"\"\",=\"abc\",\"=\"\"\"\"\"\r\n");
    }
    auto opened = cd::CsvReader::open(path, {{u("a"), true}, {u("b"), true}, {u("c"), true}});
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    cd::CsvRow row;
    QVERIFY(*opened.value()->next(&row));
    QCOMPARE(row.values(), cells({"121200004013590816", "400123456789", "x"}));
    // Short digits, letters or an empty pair were never written by us: kept.
    QVERIFY(*opened.value()->next(&row));
    QCOMPARE(row.values(), cells({"=\"12345\"", "=\"abc\"", "=\"\""}));
}

void TestCsvWriter::maskPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << u("13812345678") << u("138****5678");
    QTest::newRow("mobile with dashes") << u("138-1234-5678") << u("138-****-5678");
    QTest::newRow("with country code") << u("+86 13812345678") << u("+86 1******5678");
    QTest::newRow("landline with area code") << u("010-62345678") << u("010-****5678");
    QTest::newRow("400 number") << u("4008208888") << u("******8888");
    QTest::newRow("8 digits") << u("62345678") << u("****5678");
    QTest::newRow("7 digits") << u("6234567") << u("*****67");
    QTest::newRow("3 digits") << u("110") << u("**0");
    QTest::newRow("2 digits") << u("12") << u("**");
    QTest::newRow("spaces trimmed") << u(" 13812345678 ") << u("138****5678");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no digits") << u("n/a") << u("n/a");
}

void TestCsvWriter::maskPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(cd::PersonalData::maskPhone(input), masked);
}

void TestCsvWriter::maskEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("usual") << u("zhangsan@example.com") << u("z***@example.com");
    QTest::newRow("two letters") << u("zs@example.com") << u("z***@example.com");
    QTest::newRow("one letter") << u("z@example.com") << u("***@example.com");
    QTest::newRow("empty local") << u("@example.com") << u("***@example.com");
    QTest::newRow("quoted @ in local part") << u("\"a@b\"@example.com") << u("\"***@example.com");
    QTest::newRow("Chinese local part") << u("张三@例子.中国") << u("张***@例子.中国");
    QTest::newRow("no @") << u("zhangsan") << u("z***");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces trimmed") << u("  li@example.com ") << u("l***@example.com");
}

void TestCsvWriter::maskEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(cd::PersonalData::maskEmail(input), masked);
}

void TestCsvWriter::maskIdNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");
    QTest::newRow("18 characters") << u("11010519491231002X") << u("110105********002X");
    QTest::newRow("15 characters (old)") << u("110105491231002") << u("110105*****1002");
    QTest::newRow("passport") << u("E12345678") << u("E*******8");
    QTest::newRow("5 characters") << u("AB123") << u("A***3");
    QTest::newRow("4 characters") << u("1234") << u("****");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces trimmed") << u(" 110105194912310021 ") << u("110105********0021");
}

void TestCsvWriter::maskIdNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(cd::PersonalData::maskIdNumber(input), masked);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
