#include "agents/ResidentId.h"

#include <QDate>
#include <QTest>

using cd::ResidentId;

// Expected check characters were computed independently of the code under test
// (ISO 7064 MOD 11-2 by hand and by a separate script); the first is the example
// printed in GB 11643-1999 itself.
class TestResidentId : public QObject {
    Q_OBJECT

private slots:
    void checkCharacter_data();
    void checkCharacter();
    void checkCharacterRefusesMalformedInput_data();
    void checkCharacterRefusesMalformedInput();
    void looksLike_data();
    void looksLike();
    void birthDateMayNotBeInTheFuture();
};

void TestResidentId::checkCharacter_data() {
    QTest::addColumn<QString>("number");
    QTest::newRow("GB 11643 example, check X") << QStringLiteral("11010519491231002X");
    QTest::newRow("textbook example, born 1880") << QStringLiteral("440524188001010014");
    QTest::newRow("leap day 2000-02-29") << QStringLiteral("440304200002291236");
    QTest::newRow("Shanghai 1980") << QStringLiteral("310115198001010016");
    QTest::newRow("Nanjing 1985, check X") << QStringLiteral("32010219850612000X");
    QTest::newRow("Tianjin 1990") << QStringLiteral("120101199001010949");
}

void TestResidentId::checkCharacter() {
    QFETCH(QString, number);
    QCOMPARE(ResidentId::checkCharacter(number.left(17)), number.at(17));
}

void TestResidentId::checkCharacterRefusesMalformedInput_data() {
    QTest::addColumn<QString>("first17");
    QTest::newRow("empty") << QString();
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100");
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021");
    QTest::newRow("a letter") << QStringLiteral("11010519491231A02");
    QTest::newRow("full-width digit") << QStringLiteral("1101051949123100２");
}

void TestResidentId::checkCharacterRefusesMalformedInput() {
    QFETCH(QString, first17);
    QVERIFY(ResidentId::checkCharacter(first17).isNull());
}

void TestResidentId::looksLike_data() {
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("expected");

    QTest::newRow("GB 11643 example") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("leap day") << QStringLiteral("440304200002291236") << true;
    QTest::newRow("check X") << QStringLiteral("32010219850612000X") << true;
    // Also a well-formed USCC (public institution, right MOD 31 check): still a person's.
    QTest::newRow("also passes GB 32100") << QStringLiteral("120101199001010949") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << false;
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X0") << false;
    QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << false;
    QTest::newRow("not normalised: lower-case x") << QStringLiteral("11010519491231002x") << false;
    QTest::newRow("not normalised: spaces") << QStringLiteral("110105 19491231 002X") << false;
    QTest::newRow("30 February") << QStringLiteral("110105199002300028") << false;
    QTest::newRow("13th month") << QStringLiteral("110105199013010026") << false;
    QTest::newRow("born 2099") << QStringLiteral("110105209901010020") << false;
    QTest::newRow("born 1899") << QStringLiteral("110105189912310023") << false;
    QTest::newRow("born 1880, right check") << QStringLiteral("440524188001010014") << false;
    QTest::newRow("province 99") << QStringLiteral("990105199001010022") << false;
    QTest::newRow("province 00") << QStringLiteral("000105199001010023") << false;
    QTest::newRow("USCC with letters") << QStringLiteral("91350100M000100Y43") << false;
    QTest::newRow("all-digit USCC (Huawei)") << QStringLiteral("914403001922038216") << false;
    QTest::newRow("all-digit USCC (Xiangtan University)")
        << QStringLiteral("124300004448750350") << false;
}

void TestResidentId::looksLike() {
    QFETCH(QString, normalised);
    QFETCH(bool, expected);
    QCOMPARE(ResidentId::looksLike(normalised), expected);
}

void TestResidentId::birthDateMayNotBeInTheFuture() {
    // Built around the real date so the boundary is tested whatever day the suite runs.
    const auto numberBornOn = [](const QDate &date) {
        const QString first17 = QStringLiteral("110105") +
                                date.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("123");
        return first17 + ResidentId::checkCharacter(first17);
    };
    const QDate today = QDate::currentDate();
    QVERIFY(ResidentId::looksLike(numberBornOn(today)));
    QVERIFY(!ResidentId::looksLike(numberBornOn(today.addDays(1))));
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
