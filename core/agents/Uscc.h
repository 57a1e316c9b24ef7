#pragma once

#include "common/Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

namespace cd {

// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
// 0-9 and A-Z without I, O, S, V and Z.
//   position 1      registration authority (登记管理部门代码)
//   position 2      category within that authority (机构类别代码)
//   positions 3–8   administrative division of the registering office (GB/T 2260)
//   positions 9–17  organisation code (主体标识码, GB 11714)
//   position 18     check character over the first 17
// Only parse() makes a non-null value, so a Uscc in hand is always a valid code.
class Uscc {
    Q_DECLARE_TR_FUNCTIONS(cd::Uscc)

public:
    // The authority + category pairs of the GB 32100-2015 code table, with the
    // authorities added since (A: CMC staffing office, N: agriculture). The comment
    // gives the first two characters.
    enum class Category {
        StateOrgan,             // 11 机关
        PublicInstitution,      // 12 事业单位
        MassOrganisation,       // 13 中央编办直接管理机构编制的群众团体
        StaffingOther,          // 19 机构编制: 其他
        ForeignNewsAgency,      // 21 外国常驻新闻机构
        ForeignAffairsOther,    // 29 外交: 其他
        LawFirm,                // 31 律师执业机构
        NotaryOffice,           // 32 公证处
        GrassrootsLegalService, // 33 基层法律服务所
        ForensicAppraisal,      // 34 司法鉴定机构
        ArbitrationCommission,  // 35 仲裁委员会
        JudicialOther,          // 39 司法行政: 其他
        ForeignCulturalCentre,  // 41 外国在华文化中心
        CultureOther,           // 49 文化: 其他
        SocialOrganisation,     // 51 社会团体
        PrivateNonEnterprise,   // 52 民办非企业单位 (社会服务机构)
        Foundation,             // 53 基金会
        CivilAffairsOther,      // 59 民政: 其他
        ForeignTourismOffice,   // 61 外国旅游部门常驻代表机构
        HkMacaoTaiwanTourismOffice, // 62 港澳台地区旅游部门常驻内地（大陆）代表机构
        TourismOther,               // 69 旅游: 其他
        ReligiousVenue,             // 71 宗教活动场所
        ReligiousSchool,            // 72 宗教院校
        ReligionOther,              // 79 宗教: 其他
        GrassrootsTradeUnion,       // 81 基层工会
        TradeUnionOther,            // 89 工会: 其他
        Enterprise,                 // 91 企业
        IndividualBusiness,         // 92 个体工商户
        FarmersCooperative,         // 93 农民专业合作社
        MilitaryInstitution,        // A1 军队事业单位
        MilitaryOther,              // A9 中央军委改革和编制办公室: 其他
        GroupCollective,            // N1 组级集体经济组织
        VillageCollective,          // N2 村级集体经济组织
        TownshipCollective,         // N3 乡镇级集体经济组织
        AgricultureOther,           // N9 农业: 其他
        Other,                      // Y1 其他登记管理部门 (no finer categories)
    };

    // A null code: holds nothing, isNull() is true. For members filled in later.
    Uscc() = default;

    // Normalises, then validates. Every refusal is Error::rule with a translated
    // reason naming what is wrong (length, character and position, authority or
    // category, expected and found check character). An 18-character resident ID
    // number is recognised first and refused as a natural person's (§1.1). The input
    // is never quoted back whole: it may be a person's ID number (§2.6).
    static Result<Uscc> parse(const QString &input);

    // What parse() checks: Unicode NFKC (full-width "９１ＡＢ" becomes "91AB", the
    // ideographic space a space), then every white space, dash (-, －, —, …) and
    // invisible format character (zero-width space, BOM) removed, then upper case.
    // Dashes go because codes are written grouped ("91-110000-600037341L") and old
    // organisation codes carried one ("60003734-1").
    static QString normalise(const QString &input);

    // The MOD 31 check character over 17 characters of the code alphabet; a
    // remainder of 0 gives '0'. A null QChar when first17 is not 17 such characters.
    static QChar checkCharacter(const QString &first17);

    // §1.1: an agent must be a legal entity, so neither a null code nor an individual
    // business (92) may be one. Refusals carry the clause.
    static Status checkAgentEligible(const Uscc &uscc);
    // parse() then checkAgentEligible(), for the agent service: every refusal,
    // including a malformed code, carries §1.1.
    static Result<Uscc> parseAgentCode(const QString &input);

    bool isNull() const { return m_code.isEmpty(); }
    QString code() const { return m_code; } // the normalised 18 characters
    QChar authorityCode() const;            // position 1
    QChar categoryCode() const;             // position 2
    Category category() const { return m_category; }
    QString authorityName() const; // translated, e.g. "Market regulation (industry and commerce)"
    QString categoryName() const;  // translated, e.g. "Enterprise", "Individual business"
    bool isIndividualBusiness() const {
        return !isNull() && m_category == Category::IndividualBusiness;
    }
    QString regionCode() const;       // positions 3–8 (GB/T 2260 division code)
    QString organisationCode() const; // positions 9–17 (GB 11714)

    friend bool operator==(const Uscc &a, const Uscc &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Uscc &a, const Uscc &b) { return a.m_code != b.m_code; }

private:
    Uscc(const QString &code, Category category);

    QString m_code;
    Category m_category = Category::Other;
};

} // namespace cd
