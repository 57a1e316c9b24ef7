#include "Uscc.h"

#include "ResidentId.h"

#include <array>

namespace cd {

namespace {

constexpr int kLength = 18;
constexpr int kModulus = 31;

// The 31 characters of the code in value order (GB 32100-2015 table 1): I, O, S, V
// and Z are left out so that they cannot be confused with 1, 0, 5, U and 2.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};

struct AuthorityEntry {
    char code;
    const char *name;
};

// 登记管理部门代码.
constexpr AuthorityEntry kAuthorities[] = {
    {'1', QT_TRANSLATE_NOOP("cd::Uscc", "Staffing authority (organs and public institutions)")},
    {'2', QT_TRANSLATE_NOOP("cd::Uscc", "Foreign affairs")},
    {'3', QT_TRANSLATE_NOOP("cd::Uscc", "Judicial administration")},
    {'4', QT_TRANSLATE_NOOP("cd::Uscc", "Culture")},
    {'5', QT_TRANSLATE_NOOP("cd::Uscc", "Civil affairs")},
    {'6', QT_TRANSLATE_NOOP("cd::Uscc", "Tourism")},
    {'7', QT_TRANSLATE_NOOP("cd::Uscc", "Religious affairs")},
    {'8', QT_TRANSLATE_NOOP("cd::Uscc", "Trade unions")},
    {'9', QT_TRANSLATE_NOOP("cd::Uscc", "Market regulation (industry and commerce)")},
    {'A', QT_TRANSLATE_NOOP("cd::Uscc", "Central Military Commission reform and staffing office")},
    {'N', QT_TRANSLATE_NOOP("cd::Uscc", "Agriculture and rural affairs")},
    {'Y', QT_TRANSLATE_NOOP("cd::Uscc", "Other registration authority")},
};

struct CategoryEntry {
    char authority;
    char category;
    Uscc::Category value;
    const char *name;
};

// 机构类别代码 per registration authority. Pairs not listed here are refused.
constexpr CategoryEntry kCategories[] = {
    {'1', '1', Uscc::Category::StateOrgan, QT_TRANSLATE_NOOP("cd::Uscc", "State organ")},
    {'1', '2', Uscc::Category::PublicInstitution,
     QT_TRANSLATE_NOOP("cd::Uscc", "Public institution")},
    {'1', '3', Uscc::Category::MassOrganisation,
     QT_TRANSLATE_NOOP("cd::Uscc", "Mass organisation staffed by the central staffing office")},
    {'1', '9', Uscc::Category::StaffingOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by the staffing authority")},
    {'2', '1', Uscc::Category::ForeignNewsAgency,
     QT_TRANSLATE_NOOP("cd::Uscc", "Resident foreign news agency")},
    {'2', '9', Uscc::Category::ForeignAffairsOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by foreign affairs")},
    {'3', '1', Uscc::Category::LawFirm, QT_TRANSLATE_NOOP("cd::Uscc", "Law firm")},
    {'3', '2', Uscc::Category::NotaryOffice, QT_TRANSLATE_NOOP("cd::Uscc", "Notary office")},
    {'3', '3', Uscc::Category::GrassrootsLegalService,
     QT_TRANSLATE_NOOP("cd::Uscc", "Grassroots legal service office")},
    {'3', '4', Uscc::Category::ForensicAppraisal,
     QT_TRANSLATE_NOOP("cd::Uscc", "Forensic appraisal institution")},
    {'3', '5', Uscc::Category::ArbitrationCommission,
     QT_TRANSLATE_NOOP("cd::Uscc", "Arbitration commission")},
    {'3', '9', Uscc::Category::JudicialOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by judicial administration")},
    {'4', '1', Uscc::Category::ForeignCulturalCentre,
     QT_TRANSLATE_NOOP("cd::Uscc", "Foreign cultural centre in China")},
    {'4', '9', Uscc::Category::CultureOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by culture")},
    {'5', '1', Uscc::Category::SocialOrganisation,
     QT_TRANSLATE_NOOP("cd::Uscc", "Social organisation")},
    {'5', '2', Uscc::Category::PrivateNonEnterprise,
     QT_TRANSLATE_NOOP("cd::Uscc", "Private non-enterprise unit")},
    {'5', '3', Uscc::Category::Foundation, QT_TRANSLATE_NOOP("cd::Uscc", "Foundation")},
    {'5', '9', Uscc::Category::CivilAffairsOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by civil affairs")},
    {'6', '1', Uscc::Category::ForeignTourismOffice,
     QT_TRANSLATE_NOOP("cd::Uscc", "Resident office of a foreign tourism authority")},
    {'6', '2', Uscc::Category::HkMacaoTaiwanTourismOffice,
     QT_TRANSLATE_NOOP("cd::Uscc",
                       "Resident office of a Hong Kong, Macao or Taiwan tourism authority")},
    {'6', '9', Uscc::Category::TourismOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by tourism")},
    {'7', '1', Uscc::Category::ReligiousVenue, QT_TRANSLATE_NOOP("cd::Uscc", "Religious venue")},
    {'7', '2', Uscc::Category::ReligiousSchool, QT_TRANSLATE_NOOP("cd::Uscc", "Religious school")},
    {'7', '9', Uscc::Category::ReligionOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by religious affairs")},
    {'8', '1', Uscc::Category::GrassrootsTradeUnion,
     QT_TRANSLATE_NOOP("cd::Uscc", "Grassroots trade union")},
    {'8', '9', Uscc::Category::TradeUnionOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other trade union body")},
    {'9', '1', Uscc::Category::Enterprise, QT_TRANSLATE_NOOP("cd::Uscc", "Enterprise")},
    {'9', '2', Uscc::Category::IndividualBusiness,
     QT_TRANSLATE_NOOP("cd::Uscc", "Individual business")},
    {'9', '3', Uscc::Category::FarmersCooperative,
     QT_TRANSLATE_NOOP("cd::Uscc", "Farmers' specialised cooperative")},
    {'A', '1', Uscc::Category::MilitaryInstitution,
     QT_TRANSLATE_NOOP("cd::Uscc", "Military public institution")},
    {'A', '9', Uscc::Category::MilitaryOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by the military staffing office")},
    {'N', '1', Uscc::Category::GroupCollective,
     QT_TRANSLATE_NOOP("cd::Uscc", "Group-level rural collective economic organisation")},
    {'N', '2', Uscc::Category::VillageCollective,
     QT_TRANSLATE_NOOP("cd::Uscc", "Village-level rural collective economic organisation")},
    {'N', '3', Uscc::Category::TownshipCollective,
     QT_TRANSLATE_NOOP("cd::Uscc", "Township-level rural collective economic organisation")},
    {'N', '9', Uscc::Category::AgricultureOther,
     QT_TRANSLATE_NOOP("cd::Uscc", "Other body registered by agriculture")},
    {'Y', '1', Uscc::Category::Other,
     QT_TRANSLATE_NOOP("cd::Uscc", "Organisation registered by another authority")},
};

// The value of a code character, or -1 when it is not one.
int valueOf(char32_t c) {
    for (int i = 0; i < kModulus; ++i) {
        if (char32_t(kAlphabet[i]) == c)
            return i;
    }
    return -1;
}

const AuthorityEntry *findAuthority(QChar code) {
    for (const AuthorityEntry &entry : kAuthorities) {
        if (QLatin1Char(entry.code) == code)
            return &entry;
    }
    return nullptr;
}

const CategoryEntry *findCategory(QChar authority, QChar category) {
    for (const CategoryEntry &entry : kCategories) {
        if (QLatin1Char(entry.authority) == authority && QLatin1Char(entry.category) == category)
            return &entry;
    }
    return nullptr;
}

const CategoryEntry *findCategory(Uscc::Category value) {
    for (const CategoryEntry &entry : kCategories) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

QString quoted(const QString &text) {
    return QStringLiteral("“%1”").arg(text);
}

QString quoted(QChar c) {
    return quoted(QString(c));
}

bool removedBeforeChecking(QChar c) {
    return c.isSpace() || c.category() == QChar::Punctuation_Dash ||
           c.category() == QChar::Other_Format;
}

} // namespace

Uscc::Uscc(const QString &code, Category category)
    : m_code(code)
    , m_category(category) {}

QString Uscc::normalise(const QString &input) {
    const QString compatible = input.normalized(QString::NormalizationForm_KC);
    QString kept;
    kept.reserve(compatible.size());
    for (const QChar c : compatible) {
        if (!removedBeforeChecking(c))
            kept.append(c);
    }
    return kept.toUpper();
}

QChar Uscc::checkCharacter(const QString &first17) {
    if (first17.size() != int(kWeights.size()))
        return {};
    int sum = 0;
    for (int i = 0; i < first17.size(); ++i) {
        const int value = valueOf(first17.at(i).unicode());
        if (value < 0)
            return {};
        sum += value * kWeights[size_t(i)];
    }
    // (31 - sum mod 31) mod 31: a remainder of 0 gives '0', not a 32nd character.
    return QLatin1Char(kAlphabet[(kModulus - sum % kModulus) % kModulus]);
}

Result<Uscc> Uscc::parse(const QString &input) {
    const QString code = normalise(input);
    if (code.isEmpty())
        return Error::rule(tr("No unified social credit code was given."));

    // §1.1: recognised before anything else, so that the reason names the real mistake.
    if (ResidentId::looksLike(code)) {
        return Error::rule(tr("This is a natural person's resident ID number, not an "
                              "organisation's unified social credit code."),
                           QStringLiteral("§1.1"));
    }

    // Counted in code points so that a character outside the BMP counts once.
    const QList<uint> points = code.toUcs4();
    if (points.size() != kLength) {
        QString message = tr("A unified social credit code has 18 characters; this one has %1.")
                              .arg(points.size());
        bool allDigits = true;
        for (const uint p : points)
            allDigits = allDigits && p >= '0' && p <= '9';
        if (allDigits && points.size() == 15) {
            message +=
                QLatin1Char(' ') +
                tr("Fifteen digits may be a business registration number from before the codes "
                   "were unified: ask for the 18-character code on the current licence.");
        }
        return Error::rule(message);
    }

    for (int i = 0; i < points.size(); ++i) {
        const char32_t p = points.at(i);
        if (valueOf(p) >= 0)
            continue;
        const QString shown = QString::fromUcs4(&p, 1);
        const int position = i + 1;
        switch (p) {
        case U'I':
        case U'O':
        case U'S':
        case U'V':
        case U'Z': {
            QString message = tr("Position %1 holds the letter %2, which unified social credit "
                                 "codes never use (I, O, S, V and Z are left out).")
                                  .arg(position)
                                  .arg(quoted(shown));
            const char *meant = p == U'I'   ? "1"
                                : p == U'O' ? "0"
                                : p == U'S' ? "5"
                                : p == U'Z' ? "2"
                                            : nullptr;
            if (meant) {
                message += QLatin1Char(' ') +
                           tr("Did you mean the digit %1?").arg(quoted(QLatin1String(meant)));
            }
            return Error::rule(message);
        }
        default:
            return Error::rule(tr("Position %1 holds %2, which is not allowed: a unified social "
                                  "credit code has only digits and capital letters other than "
                                  "I, O, S, V and Z.")
                                   .arg(position)
                                   .arg(quoted(shown)));
        }
    }

    // From here the code is 18 characters of the alphabet, so QChar indexing is exact.
    const QChar expected = checkCharacter(code.left(17));
    const QChar found = code.at(17);
    if (found != expected) {
        return Error::rule(tr("The check character (position 18) is %1, but the first 17 "
                              "characters give %2: the code has been mistyped.")
                               .arg(quoted(found), quoted(expected)));
    }

    for (int i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit()) {
            return Error::rule(tr("Positions 3 to 8 are the six digits of an administrative "
                                  "division code, but position %1 holds %2.")
                                   .arg(i + 1)
                                   .arg(quoted(code.at(i))));
        }
    }

    const QChar authorityChar = code.at(0);
    const AuthorityEntry *authority = findAuthority(authorityChar);
    if (!authority) {
        return Error::rule(
            tr("%1 (position 1) is not a registration authority code.").arg(quoted(authorityChar)));
    }
    const QChar categoryChar = code.at(1);
    const CategoryEntry *category = findCategory(authorityChar, categoryChar);
    if (!category) {
        return Error::rule(
            tr("Registration authority %1, %2, has no category %3 (position 2).")
                .arg(quoted(authorityChar), tr(authority->name), quoted(categoryChar)));
    }
    return Uscc(code, category->value);
}

Status Uscc::checkAgentEligible(const Uscc &uscc) {
    if (uscc.isNull())
        return Error::rule(tr("An agent needs a unified social credit code."),
                           QStringLiteral("§1.1"));
    if (uscc.isIndividualBusiness()) {
        return Error::rule(tr("An individual business (code beginning with 92) may not be an "
                              "agent: only legal entities may."),
                           QStringLiteral("§1.1"));
    }
    return {};
}

Result<Uscc> Uscc::parseAgentCode(const QString &input) {
    Result<Uscc> parsed = parse(input);
    if (!parsed) {
        Error error = parsed.error();
        error.clause = QStringLiteral("§1.1");
        return error;
    }
    const Status eligible = checkAgentEligible(*parsed);
    if (!eligible)
        return eligible.error();
    return parsed;
}

QChar Uscc::authorityCode() const {
    return isNull() ? QChar() : m_code.at(0);
}

QChar Uscc::categoryCode() const {
    return isNull() ? QChar() : m_code.at(1);
}

QString Uscc::authorityName() const {
    const AuthorityEntry *entry = isNull() ? nullptr : findAuthority(m_code.at(0));
    return entry ? tr(entry->name) : QString();
}

QString Uscc::categoryName() const {
    const CategoryEntry *entry = isNull() ? nullptr : findCategory(m_category);
    return entry ? tr(entry->name) : QString();
}

QString Uscc::regionCode() const {
    return m_code.mid(2, 6);
}

QString Uscc::organisationCode() const {
    return m_code.mid(8, 9);
}

} // namespace cd
