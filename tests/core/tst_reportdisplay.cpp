// How report cells read on screen (ChannelDesk issue 8): the columns of the
// built-in reports that hold keys say which keys, and ReportColumn::displayText
// turns each known key into the translated name every other screen shows;
// empty cells, unknown text and plain columns come back unchanged, so the CSV
// (SPEC §5) never depends on it.
#include "agents/Agent.h"
#include "common/Localization.h"
#include "compliance/Review.h"
#include "compliance/ViolationService.h"
#include "contracts/Contract.h"
#include "customers/Customer.h"
#include "incidents/Incident.h"
#include "numbers/Grade.h"
#include "numbers/NoticeQuery.h"
#include "numbers/Number.h"
#include "pricing/Plan.h"
#include "pricing/Tier.h"
#include "reports/ReportRegistry.h"

#include <QtTest>

#include <map>
#include <utility>

using namespace cd;

namespace {

// Every key of a kind, from the enums' own key functions (not from
// displayText's code). A switch without default: a new KeyKind that this
// test does not know is a compiler warning, an error in CI.
QStringList keysOf(KeyKind kind)
{
    QStringList keys;
    switch (kind) {
    case KeyKind::None:
        break;
    case KeyKind::AgentStatus:
        for (AgentStatus s : {AgentStatus::Prospect, AgentStatus::Active, AgentStatus::Supervised,
                              AgentStatus::Terminated})
            keys << agentStatusKey(s);
        break;
    case KeyKind::ContractStatus:
        for (ContractStatus s : {ContractStatus::Draft, ContractStatus::Active,
                                 ContractStatus::Expired, ContractStatus::Terminated})
            keys << contractStatusKey(s);
        break;
    case KeyKind::TerminationReason:
        for (TerminationReason r : {TerminationReason::Fraud, TerminationReason::Improper,
                                    TerminationReason::Request, TerminationReason::Ceased})
            keys << terminationReasonKey(r);
        break;
    case KeyKind::Tier:
        for (Tier t : {Tier::Standard, Tier::Silver, Tier::Gold, Tier::Diamond})
            keys << tierKey(t);
        break;
    case KeyKind::NumberStatus:
        for (NumberStatus s :
             {NumberStatus::Available, NumberStatus::Reserved, NumberStatus::Active,
              NumberStatus::Suspended, NumberStatus::Reclaimed, NumberStatus::Cancelled})
            keys << numberStatusKey(s);
        break;
    case KeyKind::Grade:
        for (Grade g : {Grade::Normal, Grade::Special, Grade::Premium})
            keys << gradeKey(g);
        break;
    case KeyKind::Carrier:
        keys = carrierKeys();
        break;
    case KeyKind::Qualification:
        for (Qualification q : {Qualification::Pending, Qualification::Approved,
                                Qualification::Rejected, Qualification::MoreDocuments})
            keys << qualificationKey(q);
        break;
    case KeyKind::ReviewKind:
        for (ReviewKind k :
             {ReviewKind::Qualification, ReviewKind::FollowUp, ReviewKind::SpotCheck})
            keys << reviewKindKey(k);
        break;
    case KeyKind::ReviewOutcome:
        // The outcome keys of the reviews table (core/compliance/Review.h).
        for (Qualification q :
             {Qualification::Approved, Qualification::Rejected, Qualification::MoreDocuments})
            keys << qualificationKey(q);
        for (CheckOutcome o : {CheckOutcome::Pass, CheckOutcome::Issue, CheckOutcome::Fraud})
            keys << checkOutcomeKey(o);
        break;
    case KeyKind::DocumentKinds:
        keys = documentKindKeys();
        break;
    case KeyKind::Classification:
        for (Classification c : {Classification::Negligent, Classification::Intentional})
            keys << classificationKey(c);
        break;
    case KeyKind::IncidentKind:
        for (IncidentKind k : {IncidentKind::Maintenance, IncidentKind::Outage})
            keys << incidentKindKey(k);
        break;
    case KeyKind::IncidentCause:
        for (IncidentCause c : {IncidentCause::Platform, IncidentCause::Carrier,
                                IncidentCause::Attack, IncidentCause::Other})
            keys << incidentCauseKey(c);
        break;
    case KeyKind::NoticeChannel:
        // NoticeChannel::None is written as an empty cell, which stays empty.
        for (NoticeChannel c : {NoticeChannel::Letter, NoticeChannel::Fax, NoticeChannel::Phone,
                                NoticeChannel::Email})
            keys << noticeChannelKey(c);
        break;
    case KeyKind::NoticeKind:
        keys = NoticeQuery::kinds();
        break;
    }
    return keys;
}

// The key columns of the built-in reports; every other column is plain text.
const std::map<std::pair<QString, QString>, KeyKind> &keyColumns()
{
    static const std::map<std::pair<QString, QString>, KeyKind> columns{
        {{QStringLiteral("agents"), QStringLiteral("status")}, KeyKind::AgentStatus},
        {{QStringLiteral("agents"), QStringLiteral("tier")}, KeyKind::Tier},
        {{QStringLiteral("contracts"), QStringLiteral("tier")}, KeyKind::Tier},
        {{QStringLiteral("contracts"), QStringLiteral("status")}, KeyKind::ContractStatus},
        {{QStringLiteral("contracts"), QStringLiteral("termination_reason")},
         KeyKind::TerminationReason},
        {{QStringLiteral("prices"), QStringLiteral("tier")}, KeyKind::Tier},
        {{QStringLiteral("performance"), QStringLiteral("tier")}, KeyKind::Tier},
        {{QStringLiteral("performance"), QStringLiteral("proposed_tier")}, KeyKind::Tier},
        {{QStringLiteral("violations"), QStringLiteral("classification")}, KeyKind::Classification},
        {{QStringLiteral("numbers"), QStringLiteral("carrier")}, KeyKind::Carrier},
        {{QStringLiteral("numbers"), QStringLiteral("grade")}, KeyKind::Grade},
        {{QStringLiteral("numbers"), QStringLiteral("status")}, KeyKind::NumberStatus},
        {{QStringLiteral("renewals"), QStringLiteral("status")}, KeyKind::NumberStatus},
        {{QStringLiteral("notices"), QStringLiteral("kind")}, KeyKind::NoticeKind},
        {{QStringLiteral("customers"), QStringLiteral("qualification")}, KeyKind::Qualification},
        {{QStringLiteral("reviews"), QStringLiteral("kind")}, KeyKind::ReviewKind},
        {{QStringLiteral("reviews"), QStringLiteral("missing_documents")}, KeyKind::DocumentKinds},
        {{QStringLiteral("reviews"), QStringLiteral("outcome")}, KeyKind::ReviewOutcome},
        {{QStringLiteral("incidents"), QStringLiteral("kind")}, KeyKind::IncidentKind},
        {{QStringLiteral("incidents"), QStringLiteral("cause")}, KeyKind::IncidentCause},
        {{QStringLiteral("incidents"), QStringLiteral("channel")}, KeyKind::NoticeChannel},
    };
    return columns;
}

ReportColumn columnOf(const QString &report, const QString &key)
{
    const std::unique_ptr<Report> r = ReportRegistry::create(report);
    if (r) {
        for (const ReportColumn &c : r->columns()) {
            if (c.key == key)
                return c;
        }
    }
    return {};
}

} // namespace

class TestReportDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keyColumnsAreDeclared();
    void everyKnownKeyReadsAsItsName();
    void emptyUnknownAndPlainCellsUnchanged();
    void namesAreTheApplicationsOwn();
    void documentListsReadPartByPart();
    void chineseNames();
};

void TestReportDisplay::initTestCase()
{
    Localization::install(QStringLiteral("en"));
}

void TestReportDisplay::cleanupTestCase()
{
    Localization::install(QStringLiteral("en"));
}

void TestReportDisplay::keyColumnsAreDeclared()
{
    int found = 0;
    for (const QString &name : ReportRegistry::names()) {
        const std::unique_ptr<Report> report = ReportRegistry::create(name);
        QVERIFY(report);
        for (const ReportColumn &c : report->columns()) {
            const auto it = keyColumns().find({name, c.key});
            const KeyKind expected = it == keyColumns().end() ? KeyKind::None : it->second;
            QVERIFY2(c.keys == expected, qPrintable(name + QLatin1Char('.') + c.key));
            if (it != keyColumns().end())
                ++found;
        }
    }
    // Every column of the table exists in its report.
    QCOMPARE(found, int(keyColumns().size()));
}

void TestReportDisplay::everyKnownKeyReadsAsItsName()
{
    int checked = 0;
    for (const QString &name : ReportRegistry::names()) {
        for (const ReportColumn &c : ReportRegistry::create(name)->columns()) {
            if (c.keys == KeyKind::None)
                continue;
            const QStringList keys = keysOf(c.keys);
            QVERIFY2(!keys.isEmpty(), qPrintable(name + QLatin1Char('.') + c.key));
            for (const QString &key : keys) {
                const QString text = c.displayText(key);
                const QString where = name + QLatin1Char('.') + c.key + QLatin1Char('=') + key;
                QVERIFY2(!key.isEmpty(), qPrintable(where));
                QVERIFY2(!text.isEmpty(), qPrintable(where));
                QVERIFY2(text != key, qPrintable(where + QStringLiteral(" -> ") + text));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 50);
}

void TestReportDisplay::emptyUnknownAndPlainCellsUnchanged()
{
    const QString unknown = QStringLiteral("no_such_key");
    for (const QString &name : ReportRegistry::names()) {
        for (const ReportColumn &c : ReportRegistry::create(name)->columns()) {
            const QString where = name + QLatin1Char('.') + c.key;
            QVERIFY2(c.displayText(QString()).isEmpty(), qPrintable(where));
            QCOMPARE(c.displayText(unknown), unknown);
            if (c.keys == KeyKind::None) {
                // A plain column shows what it holds, even when it looks like a key.
                QCOMPARE(c.displayText(QStringLiteral("active")), QStringLiteral("active"));
                QCOMPARE(c.displayText(QStringLiteral("gold")), QStringLiteral("gold"));
            }
        }
    }
    // A key of another kind is unknown here: a grade is no tier.
    QCOMPARE(columnOf(QStringLiteral("agents"), QStringLiteral("tier"))
                 .displayText(QStringLiteral("premium")),
             QStringLiteral("premium"));
}

void TestReportDisplay::namesAreTheApplicationsOwn()
{
    const ReportColumn agentStatus = columnOf(QStringLiteral("agents"), QStringLiteral("status"));
    QCOMPARE(agentStatus.displayText(QStringLiteral("supervised")),
             agentStatusDisplayName(AgentStatus::Supervised));
    QCOMPARE(agentStatus.displayText(QStringLiteral("active")), QStringLiteral("Active"));
    const ReportColumn tier = columnOf(QStringLiteral("agents"), QStringLiteral("tier"));
    QCOMPARE(tier.displayText(QStringLiteral("standard")), QStringLiteral("Standard"));
    QCOMPARE(tier.displayText(QStringLiteral("gold")), tierDisplayName(Tier::Gold));
    QCOMPARE(columnOf(QStringLiteral("numbers"), QStringLiteral("status"))
                 .displayText(QStringLiteral("suspended")),
             numberStatusDisplayName(NumberStatus::Suspended));
    QCOMPARE(columnOf(QStringLiteral("numbers"), QStringLiteral("carrier"))
                 .displayText(QStringLiteral("unicom")),
             carrierDisplayName(QStringLiteral("unicom")));
    QCOMPARE(columnOf(QStringLiteral("contracts"), QStringLiteral("termination_reason"))
                 .displayText(QStringLiteral("fraud")),
             terminationReasonDisplayName(TerminationReason::Fraud));
    QCOMPARE(columnOf(QStringLiteral("violations"), QStringLiteral("classification"))
                 .displayText(QStringLiteral("negligent")),
             classificationDisplayName(Classification::Negligent));
    QCOMPARE(columnOf(QStringLiteral("notices"), QStringLiteral("kind"))
                 .displayText(QStringLiteral("reclaim_warning")),
             NoticeQuery::kindDisplayName(QStringLiteral("reclaim_warning")));
    // A review's outcome is a qualification decision or a check's result.
    const ReportColumn outcome = columnOf(QStringLiteral("reviews"), QStringLiteral("outcome"));
    QCOMPARE(outcome.displayText(QStringLiteral("more_documents")),
             qualificationDisplayName(Qualification::MoreDocuments));
    QCOMPARE(outcome.displayText(QStringLiteral("fraud")),
             checkOutcomeDisplayName(CheckOutcome::Fraud));
    QCOMPARE(columnOf(QStringLiteral("incidents"), QStringLiteral("channel"))
                 .displayText(QStringLiteral("fax")),
             noticeChannelDisplayName(NoticeChannel::Fax));
}

void TestReportDisplay::documentListsReadPartByPart()
{
    const ReportColumn missing =
        columnOf(QStringLiteral("reviews"), QStringLiteral("missing_documents"));
    const QString cell = documentKindKey(DocumentKind::BusinessLicence) + QStringLiteral("; ") +
                         documentKindKey(DocumentKind::HandlerId);
    QCOMPARE(missing.displayText(cell), documentKindDisplayName(DocumentKind::BusinessLicence) +
                                            QStringLiteral("; ") +
                                            documentKindDisplayName(DocumentKind::HandlerId));
    // An unknown part stays as it is beside the known ones.
    QCOMPARE(
        missing.displayText(QStringLiteral("odd; ") + documentKindKey(DocumentKind::LegalRepId)),
        QStringLiteral("odd; ") + documentKindDisplayName(DocumentKind::LegalRepId));
}

void TestReportDisplay::chineseNames()
{
    // The names come through the application's translations, as on every screen.
    Localization::install(QStringLiteral("zh_CN"));
    const ReportColumn tier = columnOf(QStringLiteral("agents"), QStringLiteral("tier"));
    const QString gold = tier.displayText(QStringLiteral("gold"));
    Localization::install(QStringLiteral("en"));
    QCOMPARE(gold, QStringLiteral("金牌"));
}

QTEST_GUILESS_MAIN(TestReportDisplay)
#include "tst_reportdisplay.moc"
