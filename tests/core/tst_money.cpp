// Money in fen: display, and parsing what people type, exactly and without floats.

#include "common/Money.h"

#include <QTest>

using namespace cd;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void display()
    {
        QCOMPARE(Money::fromFen(123450).display(), QStringLiteral("¥1,234.50"));
        QCOMPARE(Money::fromFen(5).display(), QStringLiteral("¥0.05"));
        QCOMPARE(Money::fromFen(-100000000).display(), QStringLiteral("-¥1,000,000.00"));
        QCOMPARE(Money::fromFen(123405).yuan(), QStringLiteral("1234.05"));
    }

    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << QStringLiteral("5000") << true << qint64(500000);
        QTest::newRow("one decimal") << QStringLiteral("1234.5") << true << qint64(123450);
        QTest::newRow("two decimals") << QStringLiteral("1250.05") << true << qint64(125005);
        QTest::newRow("grouped") << QStringLiteral("1,200.50") << true << qint64(120050);
        QTest::newRow("yen sign") << QStringLiteral("¥1200") << true << qint64(120000);
        QTest::newRow("full width") << QStringLiteral("１２００．５") << true << qint64(120050);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("trailing point") << QStringLiteral("12.") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
        QTest::newRow("point in group") << QStringLiteral("1,2.3,4") << false << qint64(0);
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        Money m = Money::fromFen(-1);
        QCOMPARE(Money::parseYuan(text, &m), ok);
        if (ok)
            QCOMPARE(m.fen(), fen);
    }

    void parseFen()
    {
        Money m;
        QVERIFY(Money::parseFen(QStringLiteral(" 123450 "), &m));
        QCOMPARE(m.fen(), 123450);
        QVERIFY(!Money::parseFen(QStringLiteral("12.5"), &m));
        QVERIFY(!Money::parseFen(QStringLiteral("１２"), &m));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
