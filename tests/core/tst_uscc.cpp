#include "agents/Uscc.h"

#include <QTest>

using cd::ErrorKind;
using cd::Uscc;
using Category = cd::Uscc::Category;

Q_DECLARE_METATYPE(cd::Uscc::Category)

// Real codes below were published by their holders or in public records (invoices,
// procurement notices, foundation pages, AIGC content-producer labels, the
// python-stdnum test corpus), and each was checked with an independent script before
// it went in; codes that failed that check were dropped, not corrected. Codes marked
// "constructed" were made for a category that no verifiable published code covered:
// their check characters also come from the independent script, not from Uscc.
class TestUscc : public QObject {
    Q_OBJECT

private slots:
    void parsesRealCodes_data();
    void parsesRealCodes();
    void decodesEveryCategory_data();
    void decodesEveryCategory();
    void normalises_data();
    void normalises();
    void remainderZeroGivesDigitZero();
    void checkCharacterRefusesMalformedInput_data();
    void checkCharacterRefusesMalformedInput();
    void refuses_data();
    void refuses();
    void isIndividualBusiness_data();
    void isIndividualBusiness();
    void agentEligibility();
    void parseAgentCodeCitesClause_data();
    void parseAgentCodeCitesClause();
    void nullCode();
    void equality();
};

void TestUscc::parsesRealCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<Category>("category");

    const Category enterprise = Category::Enterprise;
    // Market regulation: enterprises.
    QTest::newRow("SPEC example") << QStringLiteral("91350100M000100Y43") << enterprise;
    QTest::newRow("Shenzhen Tencent Computer Systems")
        << QStringLiteral("91440300708461136T") << enterprise;
    QTest::newRow("Tencent Technology (Shenzhen)")
        << QStringLiteral("9144030071526726XG") << enterprise;
    QTest::newRow("Huawei Technologies") << QStringLiteral("914403001922038216") << enterprise;
    QTest::newRow("Beijing Baidu Netcom") << QStringLiteral("91110000802100433B") << enterprise;
    QTest::newRow("Alibaba (China) Network Technology")
        << QStringLiteral("91330100716105852F") << enterprise;
    QTest::newRow("Xiaomi") << QStringLiteral("91110108551385082Q") << enterprise;
    QTest::newRow("BYD") << QStringLiteral("91440300192317458F") << enterprise;
    QTest::newRow("ZTE") << QStringLiteral("9144030027939873X7") << enterprise;
    QTest::newRow("SAIC Motor") << QStringLiteral("91310000132260250X") << enterprise;
    QTest::newRow("NIO Holding") << QStringLiteral("91340111MA2RAD3M4R") << enterprise;
    QTest::newRow("Doubao content producer (ByteDance)")
        << QStringLiteral("91110102MACQD9K640") << enterprise;
    QTest::newRow("Jimeng content producer (ByteDance)")
        << QStringLiteral("9144030008867405X2") << enterprise;
    QTest::newRow("Kling content producer (Kuaishou)")
        << QStringLiteral("91110108335469089C") << enterprise;
    QTest::newRow("Qwen content producer (Alibaba)")
        << QStringLiteral("91440101MA9Y9T4H7A") << enterprise;
    QTest::newRow("LiblibAI content producer")
        << QStringLiteral("91110105MACJ6K1C8A") << enterprise;
    QTest::newRow("Beijing Yoshinoya Fast Food (invoice)")
        << QStringLiteral("911100006000650192") << enterprise;
    QTest::newRow("Tianjin hotel seller (invoice)")
        << QStringLiteral("9112011656269768XB") << enterprise;
    QTest::newRow("Didi Wuhan branch (invoice)")
        << QStringLiteral("91420100MA4KUWB2XE") << enterprise;
    QTest::newRow("Shenyang trading seller (invoice)")
        << QStringLiteral("91210111594113968E") << enterprise;
    QTest::newRow("stdnum: Beijing") << QStringLiteral("91110000600037341L") << enterprise;
    QTest::newRow("stdnum: Lanzhou, letter in organisation code, check 0")
        << QStringLiteral("91620105L015101280") << enterprise;
    QTest::newRow("stdnum: Huaibei") << QStringLiteral("91340600MA2PBMA74B") << enterprise;
    // Market regulation: individual businesses.
    QTest::newRow("Ningbo electronics shop (invoice)")
        << QStringLiteral("92330203MA7ETU5T10") << Category::IndividualBusiness;
    QTest::newRow("stdnum: Huaibei shop")
        << QStringLiteral("92340602MA2PBMEM24") << Category::IndividualBusiness;
    QTest::newRow("stdnum: Suixi shop")
        << QStringLiteral("92340621MA2UK3PJXE") << Category::IndividualBusiness;
    // Staffing authority: public institutions and organs.
    const Category institution = Category::PublicInstitution;
    QTest::newRow("Tsinghua University") << QStringLiteral("12100000400000624D") << institution;
    QTest::newRow("Zhejiang University") << QStringLiteral("12100000470095016Q") << institution;
    QTest::newRow("Fudan University") << QStringLiteral("12100000425006117P") << institution;
    QTest::newRow("CAS Institute of Computing Technology")
        << QStringLiteral("12100000400012342E") << institution;
    QTest::newRow("Xihua University") << QStringLiteral("12510000450717578Y") << institution;
    QTest::newRow("Xiangtan University, check 0")
        << QStringLiteral("124300004448750350") << institution;
    QTest::newRow("First Hospital of China Medical University")
        << QStringLiteral("12210000410581610Y") << institution;
    QTest::newRow("Tsinghua Shenzhen graduate school")
        << QStringLiteral("12440300455752807L") << institution;
    QTest::newRow("stdnum: Tianjin institution")
        << QStringLiteral("121200004013590816") << institution;
    QTest::newRow("Jinzhong culture and tourism bureau")
        << QStringLiteral("11140800558745220K") << Category::StateOrgan;
    QTest::newRow("Beijing justice bureau")
        << QStringLiteral("11110000000029209E") << Category::StateOrgan;
    // Civil affairs.
    QTest::newRow("Yangpu social organisation")
        << QStringLiteral("51310110501144395U") << Category::SocialOrganisation;
    QTest::newRow("China Social Welfare Foundation")
        << QStringLiteral("53100000500019795A") << Category::Foundation;
}

void TestUscc::parsesRealCodes() {
    QFETCH(QString, code);
    QFETCH(Category, category);

    QCOMPARE(Uscc::checkCharacter(code.left(17)), code.at(17));
    const cd::Result<Uscc> parsed = Uscc::parse(code);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->code(), code);
    QCOMPARE(parsed->category(), category);
    QCOMPARE(parsed->authorityCode(), code.at(0));
    QCOMPARE(parsed->categoryCode(), code.at(1));
    QCOMPARE(parsed->regionCode(), code.mid(2, 6));
    QCOMPARE(parsed->organisationCode(), code.mid(8, 9));
    QVERIFY(!parsed->authorityName().isEmpty());
    QVERIFY(!parsed->categoryName().isEmpty());
}

void TestUscc::decodesEveryCategory_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("authorityName");
    QTest::addColumn<QString>("categoryName");

    const QString staffing = QStringLiteral("Staffing authority (organs and public institutions)");
    const QString market = QStringLiteral("Market regulation (industry and commerce)");
    const QString civil = QStringLiteral("Civil affairs");

    // Real codes.
    QTest::newRow("11 real") << QStringLiteral("11110000000029209E") << Category::StateOrgan
                             << staffing << QStringLiteral("State organ");
    QTest::newRow("12 real") << QStringLiteral("12100000400000624D") << Category::PublicInstitution
                             << staffing << QStringLiteral("Public institution");
    QTest::newRow("51 real") << QStringLiteral("51310110501144395U") << Category::SocialOrganisation
                             << civil << QStringLiteral("Social organisation");
    QTest::newRow("53 real") << QStringLiteral("53100000500019795A") << Category::Foundation
                             << civil << QStringLiteral("Foundation");
    QTest::newRow("91 real") << QStringLiteral("91350100M000100Y43") << Category::Enterprise
                             << market << QStringLiteral("Enterprise");
    QTest::newRow("92 real") << QStringLiteral("92330203MA7ETU5T10") << Category::IndividualBusiness
                             << market << QStringLiteral("Individual business");

    // Constructed: one per remaining row of the table, including the letter-led ones.
    struct Row {
        const char *code;
        Category category;
        const char *authority;
        const char *name;
    };
    const Row rows[] = {
        {"13110105MA01ABC12U", Category::MassOrganisation,
         "Staffing authority (organs and public institutions)",
         "Mass organisation staffed by the central staffing office"},
        {"19110105MA01ABC129", Category::StaffingOther,
         "Staffing authority (organs and public institutions)",
         "Other body registered by the staffing authority"},
        {"21110105MA01ABC121", Category::ForeignNewsAgency, "Foreign affairs",
         "Resident foreign news agency"},
        {"29110105MA01ABC128", Category::ForeignAffairsOther, "Foreign affairs",
         "Other body registered by foreign affairs"},
        {"31110105MA01ABC120", Category::LawFirm, "Judicial administration", "Law firm"},
        {"32110105MA01ABC12W", Category::NotaryOffice, "Judicial administration", "Notary office"},
        {"33110105MA01ABC12R", Category::GrassrootsLegalService, "Judicial administration",
         "Grassroots legal service office"},
        {"34110105MA01ABC12N", Category::ForensicAppraisal, "Judicial administration",
         "Forensic appraisal institution"},
        {"35110105MA01ABC12K", Category::ArbitrationCommission, "Judicial administration",
         "Arbitration commission"},
        {"39110105MA01ABC127", Category::JudicialOther, "Judicial administration",
         "Other body registered by judicial administration"},
        {"41110105MA01ABC12Y", Category::ForeignCulturalCentre, "Culture",
         "Foreign cultural centre in China"},
        {"49110105MA01ABC126", Category::CultureOther, "Culture",
         "Other body registered by culture"},
        {"52110105MA01ABC12T", Category::PrivateNonEnterprise, "Civil affairs",
         "Private non-enterprise unit"},
        {"59110105MA01ABC125", Category::CivilAffairsOther, "Civil affairs",
         "Other body registered by civil affairs"},
        {"61110105MA01ABC12W", Category::ForeignTourismOffice, "Tourism",
         "Resident office of a foreign tourism authority"},
        {"62110105MA01ABC12R", Category::HkMacaoTaiwanTourismOffice, "Tourism",
         "Resident office of a Hong Kong, Macao or Taiwan tourism authority"},
        {"69110105MA01ABC124", Category::TourismOther, "Tourism",
         "Other body registered by tourism"},
        {"71110105MA01ABC12U", Category::ReligiousVenue, "Religious affairs", "Religious venue"},
        {"72110105MA01ABC12Q", Category::ReligiousSchool, "Religious affairs", "Religious school"},
        {"79110105MA01ABC123", Category::ReligionOther, "Religious affairs",
         "Other body registered by religious affairs"},
        {"81110105MA01ABC12T", Category::GrassrootsTradeUnion, "Trade unions",
         "Grassroots trade union"},
        {"89110105MA01ABC122", Category::TradeUnionOther, "Trade unions", "Other trade union body"},
        {"93110105MA01ABC12K", Category::FarmersCooperative,
         "Market regulation (industry and commerce)", "Farmers' specialised cooperative"},
        {"A1110105MA01ABC12Q", Category::MilitaryInstitution,
         "Central Military Commission reform and staffing office", "Military public institution"},
        {"A9110105MA01ABC120", Category::MilitaryOther,
         "Central Military Commission reform and staffing office",
         "Other body registered by the military staffing office"},
        {"N1110105MA01ABC12C", Category::GroupCollective, "Agriculture and rural affairs",
         "Group-level rural collective economic organisation"},
        {"N2110105MA01ABC129", Category::VillageCollective, "Agriculture and rural affairs",
         "Village-level rural collective economic organisation"},
        {"N3110105MA01ABC126", Category::TownshipCollective, "Agriculture and rural affairs",
         "Township-level rural collective economic organisation"},
        {"N9110105MA01ABC12K", Category::AgricultureOther, "Agriculture and rural affairs",
         "Other body registered by agriculture"},
        {"Y1110105MA01ABC124", Category::Other, "Other registration authority",
         "Organisation registered by another authority"},
    };
    for (const Row &row : rows) {
        const QString code = QString::fromLatin1(row.code);
        QTest::newRow(qPrintable(code.left(2) + QStringLiteral(" constructed")))
            << code << row.category << QString::fromUtf8(row.authority)
            << QString::fromUtf8(row.name);
    }
}

void TestUscc::decodesEveryCategory() {
    QFETCH(QString, code);
    QFETCH(Category, category);
    QFETCH(QString, authorityName);
    QFETCH(QString, categoryName);

    const cd::Result<Uscc> parsed = Uscc::parse(code);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->category(), category);
    QCOMPARE(parsed->authorityName(), authorityName);
    QCOMPARE(parsed->categoryName(), categoryName);
    QCOMPARE(parsed->regionCode(), code.mid(2, 6));
}

void TestUscc::normalises_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString example = QStringLiteral("91350100M000100Y43");
    QTest::newRow("already normal") << example << example;
    QTest::newRow("lower case") << QStringLiteral("91350100m000100y43") << example;
    QTest::newRow("mixed case letter-led")
        << QStringLiteral("n2110105ma01abc129") << QStringLiteral("N2110105MA01ABC129");
    QTest::newRow("grouped with spaces") << QStringLiteral("91 350100 M000100Y4 3") << example;
    QTest::newRow("surrounding white space")
        << QStringLiteral("  \t91350100M000100Y43\r\n") << example;
    QTest::newRow("no-break space") << QStringLiteral("91350100\u00A0M000100Y43") << example;
    QTest::newRow("full-width digits and letters")
        << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３") << example;
    QTest::newRow("full-width lower case")
        << QStringLiteral("９１３５０１００ｍ０００１００ｙ４３") << example;
    QTest::newRow("ideographic space") << QStringLiteral("91350100\u3000M000100Y43") << example;
    QTest::newRow("hyphens") << QStringLiteral("91-350100-M000100Y4-3") << example;
    QTest::newRow("full-width hyphen") << QStringLiteral("91350100－M000100Y43") << example;
    QTest::newRow("em dash") << QStringLiteral("91350100\u2014M000100Y43") << example;
    QTest::newRow("zero-width space") << QStringLiteral("9135\u200B0100M000100Y43") << example;
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF91350100M000100Y43") << example;
    QTest::newRow("pasted from an invoice")
        << QStringLiteral(" １２１０００００４０００００６２４ｄ ")
        << QStringLiteral("12100000400000624D");
}

void TestUscc::normalises() {
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(Uscc::normalise(input), expected);
    const cd::Result<Uscc> parsed = Uscc::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->code(), expected);
}

void TestUscc::remainderZeroGivesDigitZero() {
    // Σ value·weight of these 17 is a multiple of 31 (checked by an independent script).
    const QString first17 = QStringLiteral("91110105MA01ABC14");
    QCOMPARE(Uscc::checkCharacter(first17), QLatin1Char('0'));
    QVERIFY(Uscc::parse(first17 + QLatin1Char('0')).ok());

    // Forgetting the outer "mod 31" would point past the alphabet or wrap to its end.
    const cd::Result<Uscc> wrapped = Uscc::parse(first17 + QLatin1Char('Y'));
    QVERIFY(!wrapped.ok());
    QVERIFY2(wrapped.error().message.contains(QStringLiteral("give “0”")),
             qPrintable(wrapped.error().message));

    // Real codes ending in a remainder-0 check character.
    QVERIFY(Uscc::parse(QStringLiteral("124300004448750350")).ok());
    QVERIFY(Uscc::parse(QStringLiteral("91620105L015101280")).ok());
}

void TestUscc::checkCharacterRefusesMalformedInput_data() {
    QTest::addColumn<QString>("first17");
    QTest::newRow("empty") << QString();
    QTest::newRow("16 characters") << QStringLiteral("91350100M000100Y");
    QTest::newRow("18 characters") << QStringLiteral("91350100M000100Y43");
    QTest::newRow("letter I") << QStringLiteral("91350100M000I00Y4");
    QTest::newRow("lower case") << QStringLiteral("91350100m000100y4");
}

void TestUscc::checkCharacterRefusesMalformedInput() {
    QFETCH(QString, first17);
    QVERIFY(Uscc::checkCharacter(first17).isNull());
}

void TestUscc::refuses_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("clause");

    const QString none;
    const QString natural = QStringLiteral("§1.1");
    const auto m = [](std::initializer_list<const char *> parts) {
        QStringList list;
        for (const char *part : parts)
            list << QString::fromUtf8(part);
        return list;
    };

    // Nothing there.
    QTest::newRow("empty") << QString() << m({"No unified social credit code"}) << none;
    QTest::newRow("only white space")
        << QStringLiteral(" \t\u3000 ") << m({"No unified social credit code"}) << none;
    QTest::newRow("only hyphens") << QStringLiteral("--") << m({"No unified social credit code"})
                                  << none;

    // Wrong length, said with the length.
    QTest::newRow("17 characters")
        << QStringLiteral("91350100M000100Y4") << m({"18 characters", "has 17"}) << none;
    QTest::newRow("19 characters")
        << QStringLiteral("91350100M000100Y433") << m({"18 characters", "has 19"}) << none;
    QTest::newRow("old 15-digit registration number (BYD)")
        << QStringLiteral("440301103032184") << m({"has 15", "registration number"}) << none;
    QTest::newRow("old organisation code (BYD)")
        << QStringLiteral("19231745-8") << m({"has 9"}) << none;
    QTest::newRow("first-generation 15-digit ID")
        << QStringLiteral("130503670401001") << m({"has 15"}) << none;

    // Characters outside the alphabet, said with the character and its position.
    QTest::newRow("I for 1") << QStringLiteral("91350100M000I00Y43")
                             << m({"Position 13", "letter “I”", "digit “1”"}) << none;
    QTest::newRow("O for 0") << QStringLiteral("91350100MO00100Y43")
                             << m({"Position 10", "letter “O”", "digit “0”"}) << none;
    QTest::newRow("lower-case o") << QStringLiteral("91350100mo00100y43")
                                  << m({"Position 10", "letter “O”"}) << none;
    QTest::newRow("S for 5") << QStringLiteral("913S0100M000100Y43")
                             << m({"Position 4", "letter “S”", "digit “5”"}) << none;
    QTest::newRow("V") << QStringLiteral("91350100M000100V43") << m({"Position 16", "letter “V”"})
                       << none;
    QTest::newRow("Z for 2 as check") << QStringLiteral("91350100M000100Y4Z")
                                      << m({"Position 18", "letter “Z”", "digit “2”"}) << none;
    QTest::newRow("asterisk") << QStringLiteral("91350100*000100Y43") << m({"Position 9", "“*”"})
                              << none;
    QTest::newRow("Chinese character")
        << QStringLiteral("91350100中000100Y43") << m({"Position 9", "“中”"}) << none;
    QTest::newRow("character outside the BMP counts once")
        << QStringLiteral("91350100\U0001F600000100Y43") << m({"Position 9", "“\U0001F600”"})
        << none;

    // Wrong check character, said with both characters.
    QTest::newRow("SPEC example, last digit off")
        << QStringLiteral("91350100M000100Y44") << m({"position 18", "is “4”", "give “3”"}) << none;
    QTest::newRow("Huawei, adjacent digits swapped")
        << QStringLiteral("914403001922032816") << m({"is “6”", "give “A”"}) << none;
    QTest::newRow("Tencent, one digit mistyped")
        << QStringLiteral("91440300708461186T") << m({"is “T”", "give “0”"}) << none;
    QTest::newRow("Tsinghua, adjacent digits swapped")
        << QStringLiteral("12100000400000642D") << m({"is “D”", "give “9”"}) << none;

    // Right check character, but the structure is wrong (all constructed).
    QTest::newRow("letter in the division code, position 3")
        << QStringLiteral("91A10105MA01ABC126")
        << m({"administrative division", "position 3", "“A”"}) << none;
    QTest::newRow("letter in the division code, position 8")
        << QStringLiteral("9111010AMA01ABC122") << m({"position 8", "“A”"}) << none;
    QTest::newRow("authority 0") << QStringLiteral("01110105MA01ABC123")
                                 << m({"“0” (position 1)", "registration authority"}) << none;
    QTest::newRow("authority B") << QStringLiteral("B1110105MA01ABC12P") << m({"“B” (position 1)"})
                                 << none;
    QTest::newRow("authority W") << QStringLiteral("W1110105MA01ABC126") << m({"“W” (position 1)"})
                                 << none;
    QTest::newRow("category 94") << QStringLiteral("94110105MA01ABC12G")
                                 << m({"“4” (position 2)", "authority “9”", "Market regulation"})
                                 << none;
    QTest::newRow("category 99") << QStringLiteral("99110105MA01ABC121")
                                 << m({"“9” (position 2)", "authority “9”"}) << none;
    QTest::newRow("category 90") << QStringLiteral("90110105MA01ABC12W")
                                 << m({"“0” (position 2)", "authority “9”"}) << none;
    QTest::newRow("category 14") << QStringLiteral("14110105MA01ABC12Q")
                                 << m({"“4” (position 2)", "authority “1”", "Staffing authority"})
                                 << none;
    QTest::newRow("category 54") << QStringLiteral("54110105MA01ABC12L")
                                 << m({"“4” (position 2)", "Civil affairs"}) << none;
    QTest::newRow("category 22") << QStringLiteral("22110105MA01ABC12X")
                                 << m({"“2” (position 2)", "Foreign affairs"}) << none;
    QTest::newRow("category A2") << QStringLiteral("A2110105MA01ABC12M")
                                 << m({"“2” (position 2)", "authority “A”"}) << none;
    QTest::newRow("category N4") << QStringLiteral("N4110105MA01ABC123")
                                 << m({"“4” (position 2)", "authority “N”"}) << none;
    QTest::newRow("category Y2") << QStringLiteral("Y2110105MA01ABC121")
                                 << m({"“2” (position 2)", "authority “Y”"}) << none;

    // A natural person's resident ID number (§1.1).
    QTest::newRow("resident ID, check X")
        << QStringLiteral("11010519491231002X") << m({"natural person", "resident ID"}) << natural;
    QTest::newRow("resident ID, lower-case x and spaces")
        << QStringLiteral("110105 19491231 002x") << m({"resident ID"}) << natural;
    QTest::newRow("resident ID, full width")
        << QStringLiteral("３２０１０２１９８５０６１２０００ｘ") << m({"resident ID"}) << natural;
    QTest::newRow("resident ID, born on a leap day")
        << QStringLiteral("440304200002291236") << m({"resident ID"}) << natural;
    QTest::newRow("resident ID that also passes the MOD 31 check")
        << QStringLiteral("120101199001010949") << m({"resident ID"}) << natural;
}

void TestUscc::refuses() {
    QFETCH(QString, input);
    QFETCH(QStringList, mentions);
    QFETCH(QString, clause);

    const cd::Result<Uscc> parsed = Uscc::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, ErrorKind::Rule);
    QCOMPARE(parsed.error().clause, clause);
    const QString message = parsed.error().message;
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention),
                 qPrintable(message + QStringLiteral(" lacks: ") + mention));
    // The input is never quoted back whole: it may be a person's ID number (§2.6).
    const QString normalised = Uscc::normalise(input);
    if (normalised.size() > 1)
        QVERIFY2(!message.contains(normalised), qPrintable(message));
}

void TestUscc::isIndividualBusiness_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");
    QTest::newRow("92 Ningbo shop") << QStringLiteral("92330203MA7ETU5T10") << true;
    QTest::newRow("92 Huaibei shop") << QStringLiteral("92340602MA2PBMEM24") << true;
    QTest::newRow("92 lower case") << QStringLiteral("92340621ma2uk3pjxe") << true;
    QTest::newRow("91 enterprise") << QStringLiteral("91350100M000100Y43") << false;
    QTest::newRow("93 cooperative") << QStringLiteral("93110105MA01ABC12K") << false;
    QTest::newRow("12 institution") << QStringLiteral("12100000400000624D") << false;
    QTest::newRow("52 private non-enterprise unit")
        << QStringLiteral("52110105MA01ABC12T") << false;
}

void TestUscc::isIndividualBusiness() {
    QFETCH(QString, code);
    QFETCH(bool, expected);
    const cd::Result<Uscc> parsed = Uscc::parse(code);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->isIndividualBusiness(), expected);
    QCOMPARE(Uscc::checkAgentEligible(*parsed).ok(), !expected);
}

void TestUscc::agentEligibility() {
    const cd::Result<Uscc> shop = Uscc::parse(QStringLiteral("92330203MA7ETU5T10"));
    QVERIFY(shop.ok());
    const cd::Status refused = Uscc::checkAgentEligible(*shop);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Rule);
    QCOMPARE(refused.error().clause, QStringLiteral("§1.1"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("individual business")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("may not be an agent")));

    const cd::Status missing = Uscc::checkAgentEligible(Uscc());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().clause, QStringLiteral("§1.1"));

    QVERIFY(Uscc::checkAgentEligible(*Uscc::parse(QStringLiteral("91440300708461136T"))).ok());
    QVERIFY(Uscc::checkAgentEligible(*Uscc::parse(QStringLiteral("53100000500019795A"))).ok());
}

void TestUscc::parseAgentCodeCitesClause_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mention");
    QTest::newRow("missing") << QString() << QStringLiteral("No unified social credit code");
    QTest::newRow("mistyped") << QStringLiteral("91350100M000100Y44") << QStringLiteral("give “3”");
    QTest::newRow("unknown category")
        << QStringLiteral("94110105MA01ABC12G") << QStringLiteral("position 2");
    QTest::newRow("resident ID") << QStringLiteral("11010519491231002X")
                                 << QStringLiteral("resident ID");
    QTest::newRow("individual business")
        << QStringLiteral("92330203ma7etu5t10") << QStringLiteral("individual business");
}

void TestUscc::parseAgentCodeCitesClause() {
    QFETCH(QString, input);
    QFETCH(QString, mention);
    const cd::Result<Uscc> parsed = Uscc::parseAgentCode(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().clause, QStringLiteral("§1.1"));
    QVERIFY2(parsed.error().message.contains(mention), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().text().endsWith(QStringLiteral("(§1.1)")));
}

void TestUscc::nullCode() {
    const Uscc none;
    QVERIFY(none.isNull());
    QVERIFY(none.code().isEmpty());
    QVERIFY(none.authorityCode().isNull());
    QVERIFY(none.categoryCode().isNull());
    QVERIFY(none.authorityName().isEmpty());
    QVERIFY(none.categoryName().isEmpty());
    QVERIFY(!none.isIndividualBusiness());
    QVERIFY(none.regionCode().isEmpty());

    const cd::Result<Uscc> agent = Uscc::parseAgentCode(QStringLiteral(" 91350100m000100y43 "));
    QVERIFY(agent.ok());
    QVERIFY(!agent->isNull());
}

void TestUscc::equality() {
    const Uscc a = *Uscc::parse(QStringLiteral("91350100m000100y43"));
    const Uscc b = *Uscc::parse(QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３"));
    const Uscc c = *Uscc::parse(QStringLiteral("914403001922038216"));
    QVERIFY(a == b);
    QVERIFY(a != c);
    QVERIFY(a != Uscc());
}

QTEST_GUILESS_MAIN(TestUscc)
#include "tst_uscc.moc"
