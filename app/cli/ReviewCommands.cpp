#include "ReviewCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "compliance/FollowUpService.h"
#include "compliance/ReviewService.h"
#include "compliance/SpotCheckService.h"
#include "customers/CustomerService.h"
#include "reports/ReviewsReport.h"

#include <QFile>
#include <QFileInfo>

#include <limits>

namespace cd {

namespace {
const QString kKind = QStringLiteral("kind");
const QString kReason = QStringLiteral("reason");
const QString kDate = QStringLiteral("date");
const QString kNote = QStringLiteral("note");
const QString kSize = QStringLiteral("size");
const QString kSeed = QStringLiteral("seed");

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}

Status checkDate(const QCommandLineParser &parser)
{
    if (parser.isSet(kDate) && !Dates::parse(parser.value(kDate)).isValid())
        return Error::usage(
            QCoreApplication::translate("cd::ReviewCommands",
                                        "--date needs a date written YYYY-MM-DD, not \"%1\".")
                .arg(parser.value(kDate)));
    return {};
}

QDate dateOrToday(const QCommandLineParser &parser)
{
    return parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
}

QCommandLineOption dateOption(const QString &description)
{
    return QCommandLineOption(QStringList{kDate}, description, QStringLiteral("YYYY-MM-DD"));
}

QStringList decisionKeys()
{
    QStringList keys;
    for (QualificationDecision d : {QualificationDecision::Approve, QualificationDecision::Reject,
                                    QualificationDecision::MoreDocuments})
        keys << qualificationDecisionKey(d);
    return keys;
}

QStringList outcomeKeys()
{
    QStringList keys;
    for (CheckOutcome o : {CheckOutcome::Pass, CheckOutcome::Issue, CheckOutcome::Fraud})
        keys << checkOutcomeKey(o);
    return keys;
}

QStringList reviewKindKeys()
{
    QStringList keys;
    for (ReviewKind k : {ReviewKind::Qualification, ReviewKind::FollowUp, ReviewKind::SpotCheck})
        keys << reviewKindKey(k);
    return keys;
}
} // namespace

QVector<CliCommand> ReviewCommands::commands()
{
    const CliArgument customerArgument{QStringLiteral("CUSTOMER_USCC"), tr("The customer's code."),
                                       false};

    CliCommand attach;
    attach.words = QStringList{QStringLiteral("review"), QStringLiteral("attach")};
    attach.synopsis = QStringLiteral("CUSTOMER_USCC --kind KIND FILE [--date D]");
    attach.summary = tr("Record a qualification document of a customer (§3.9).");
    attach.description = tr("Kinds: %1. The file is stored in the database with its SHA-256. "
                            "handler_id and authorisation_letter are needed when the handler is "
                            "not the legal representative.")
                             .arg(documentKindKeys().join(QStringLiteral(", ")));
    attach.arguments = {customerArgument,
                        CliArgument{QStringLiteral("FILE"), tr("The document file."), false}};
    attach.options = {
        QCommandLineOption(
            QStringList{kKind},
            tr("The document: %1.").arg(documentKindKeys().join(QStringLiteral(", "))),
            QStringLiteral("KIND")),
        dateOption(tr("The day it was received (default today).")),
    };
    attach.check = [](const QCommandLineParser &parser) -> Status {
        if (!parser.isSet(kKind))
            return Error::usage(
                tr("Missing --kind (%1).").arg(documentKindKeys().join(QStringLiteral(", "))));
        DocumentKind kind;
        if (!documentKindFromKey(parser.value(kKind), &kind))
            return Error::usage(
                tr("Unknown document kind \"%1\": use %2.")
                    .arg(parser.value(kKind), documentKindKeys().join(QStringLiteral(", "))));
        return checkDate(parser);
    };
    attach.run = &ReviewCommands::attach;

    CliCommand decide;
    decide.words = QStringList{QStringLiteral("review"), QStringLiteral("decide")};
    decide.synopsis =
        QStringLiteral("CUSTOMER_USCC approve|reject|more [--reason TEXT] [--date D]");
    decide.summary = tr("The qualification decision (§3.9).");
    decide.description = tr("approve needs every document of the checklist; reject needs --reason; "
                            "more asks for more documents and keeps the review open.");
    decide.arguments = {customerArgument, CliArgument{QStringLiteral("DECISION"),
                                                      tr("approve, reject or more."), false}};
    decide.options = {
        QCommandLineOption(QStringList{kReason}, tr("Why; required to reject."),
                           QStringLiteral("TEXT")),
        dateOption(tr("The day of the decision (default today).")),
    };
    decide.check = [](const QCommandLineParser &parser) -> Status {
        QualificationDecision d;
        const QString key = parser.positionalArguments().at(1);
        if (!qualificationDecisionFromKey(key, &d))
            return Error::usage(tr("Unknown decision \"%1\": use %2.")
                                    .arg(key, decisionKeys().join(QStringLiteral(", "))));
        // A rejection without its reason is a wrong command line (§3.9 needs one).
        if (d == QualificationDecision::Reject && parser.value(kReason).trimmed().isEmpty())
            return Error::usage(tr("A rejection needs --reason TEXT (§3.9)."));
        return checkDate(parser);
    };
    decide.run = &ReviewCommands::decide;

    CliCommand list;
    list.words = QStringList{QStringLiteral("review"), QStringLiteral("list")};
    list.synopsis = QStringLiteral("[--kind K] [--date D]");
    list.summary = tr("List open reviews with their age, tab-separated.");
    list.description =
        tr("Columns as in \"export reviews\": customer_uscc, customer_name, agent_uscc, kind, "
           "opened_on, age_days, due_on, missing_documents, review_id, outcome, plan_id.");
    list.options = {
        QCommandLineOption(
            QStringList{kKind},
            tr("Only reviews of this kind: %1.").arg(reviewKindKeys().join(QStringLiteral(", "))),
            QStringLiteral("KIND")),
        dateOption(tr("Ages as of this day (default today).")),
    };
    list.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kKind) && !reviewKindKeys().contains(parser.value(kKind)))
            return Error::usage(
                tr("Unknown review kind \"%1\": use %2.")
                    .arg(parser.value(kKind), reviewKindKeys().join(QStringLiteral(", "))));
        return checkDate(parser);
    };
    list.run = &ReviewCommands::list;

    CliCommand due;
    due.words = QStringList{QStringLiteral("followup"), QStringLiteral("due")};
    due.synopsis = QStringLiteral("[--date D]");
    due.summary =
        tr("List active customers with the day their next follow-up review falls due (§3.9).");
    due.description =
        tr("Columns: customer_uscc, customer_name, agent_uscc, supervised, first_activation, "
           "last_follow_up, due_on, open_review_id.");
    due.options = {dateOption(tr("As of this day (default today)."))};
    due.check = &checkDate;
    due.run = &ReviewCommands::followUpDue;

    CliCommand schedule;
    schedule.words = QStringList{QStringLiteral("followup"), QStringLiteral("schedule")};
    schedule.synopsis = QStringLiteral("[--date D]");
    schedule.summary = tr("Open the follow-up reviews falling due within %1 days (§3.9).")
                           .arg(FollowUpService::kScheduleWindowDays);
    schedule.description =
        tr("Within 30 days of activation, then yearly; every 90 days for customers "
           "of supervised agents (parameters follow_up_first_days and "
           "follow_up_supervised_days). Running it again opens nothing new.");
    schedule.options = {dateOption(tr("As of this day (default today)."))};
    schedule.check = &checkDate;
    schedule.run = &ReviewCommands::followUpSchedule;

    CliCommand plan;
    plan.words = QStringList{QStringLiteral("spotcheck"), QStringLiteral("plan")};
    plan.synopsis = QStringLiteral("--size N [--seed S] [--date D]");
    plan.summary = tr("Draw N active customers for spot checks, weighted by risk (§3.9).");
    plan.description =
        tr("Weight 1, ×3 when the agent is supervised, +1 per violation of the agent in "
           "the last 12 months; customers checked within spot_check_skip_days are "
           "skipped. The same seed on the same data draws the same customers; "
           "without --seed (or with 0) a fresh seed is drawn, printed and recorded.");
    plan.options = {
        QCommandLineOption(QStringList{kSize}, tr("How many customers to draw."),
                           QStringLiteral("N")),
        QCommandLineOption(
            QStringList{kSeed},
            tr("The seed, a whole number from 0 to %1.").arg(std::numeric_limits<qint64>::max()),
            QStringLiteral("S")),
        dateOption(tr("The day of the plan (default today).")),
    };
    plan.check = [](const QCommandLineParser &parser) -> Status {
        bool ok = false;
        if (!parser.isSet(kSize))
            return Error::usage(tr("Missing --size N."));
        const int size = parser.value(kSize).toInt(&ok);
        if (!ok || size <= 0)
            return Error::usage(
                tr("--size needs a whole number above 0, not \"%1\".").arg(parser.value(kSize)));
        if (parser.isSet(kSeed)) {
            const qint64 seed = parser.value(kSeed).toLongLong(&ok);
            if (!ok || seed < 0)
                return Error::usage(tr("--seed needs a whole number from 0 to %1, not \"%2\".")
                                        .arg(std::numeric_limits<qint64>::max())
                                        .arg(parser.value(kSeed)));
        }
        return checkDate(parser);
    };
    plan.run = &ReviewCommands::spotCheckPlan;

    CliCommand record;
    record.words = QStringList{QStringLiteral("check"), QStringLiteral("record")};
    record.synopsis = QStringLiteral("REVIEW_ID pass|issue|fraud [--note T] [--date D]");
    record.summary = tr("Record the result of a follow-up review or a spot check (§3.9).");
    record.description =
        tr("fraud blocks all the customer's numbers at once and opens a violation case "
           "against its developing agent.");
    record.arguments = {CliArgument{QStringLiteral("REVIEW_ID"), tr("The review's number."), false},
                        CliArgument{QStringLiteral("OUTCOME"), tr("pass, issue or fraud."), false}};
    record.options = {
        QCommandLineOption(QStringList{kNote}, tr("What was found."), QStringLiteral("TEXT")),
        dateOption(tr("The day of the check (default today).")),
    };
    record.check = [](const QCommandLineParser &parser) -> Status {
        bool ok = false;
        const QString id = parser.positionalArguments().at(0);
        if (id.toLongLong(&ok) <= 0 || !ok)
            return Error::usage(tr("REVIEW_ID must be a review number, not \"%1\".").arg(id));
        CheckOutcome o;
        const QString key = parser.positionalArguments().at(1);
        if (!checkOutcomeFromKey(key, &o))
            return Error::usage(tr("Unknown outcome \"%1\": use %2.")
                                    .arg(key, outcomeKeys().join(QStringLiteral(", "))));
        return checkDate(parser);
    };
    record.run = &ReviewCommands::checkRecord;

    return {attach, decide, list, due, schedule, plan, record};
}

int ReviewCommands::attach(CliContext &context, const QCommandLineParser &parser)
{
    const QString uscc = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    DocumentKind kind = DocumentKind::BusinessLicence;
    documentKindFromKey(parser.value(kKind), &kind);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            Error::badInput(tr("%1: cannot open the file: %2").arg(path, file.errorString())));
    const QByteArray content = file.readAll();
    ReviewService reviews(context.database());
    Result<CustomerDocument> doc = reviews.attach(
        context.actor(), uscc, kind, QFileInfo(path).fileName(), content, dateOrToday(parser));
    if (!doc)
        return context.fail(doc.error());
    context.out() << tr("Attached %1 as %2 (%3 bytes, SHA-256 %4).")
                         .arg(doc->fileName, documentKindKey(doc->kind))
                         .arg(doc->size)
                         .arg(doc->sha256)
                  << Qt::endl;
    Result<QVector<DocumentKind>> missing = reviews.missingDocuments(doc->customerId);
    if (!missing)
        return context.fail(missing.error());
    QStringList keys;
    for (DocumentKind k : missing.value())
        keys << documentKindKey(k);
    if (keys.isEmpty())
        context.out() << tr("Every document of the checklist is on file (§3.9).") << Qt::endl;
    else
        context.out() << tr("Still missing (§3.9): %1.").arg(keys.join(QStringLiteral(", ")))
                      << Qt::endl;
    return 0;
}

int ReviewCommands::decide(CliContext &context, const QCommandLineParser &parser)
{
    QualificationDecision decision = QualificationDecision::Approve;
    qualificationDecisionFromKey(parser.positionalArguments().at(1), &decision);
    Result<Review> review = ReviewService(context.database())
                                .decide(context.actor(), parser.positionalArguments().at(0),
                                        decision, parser.value(kReason), dateOrToday(parser));
    if (!review)
        return context.fail(review.error());
    context.out() << tr("%1 (%2): %3 on %4 (§3.9).")
                         .arg(review->customerName, review->customerUscc, review->outcome,
                              Dates::format(review->decidedOn))
                  << Qt::endl;
    return 0;
}

int ReviewCommands::list(CliContext &context, const QCommandLineParser &parser)
{
    // The same rows as `export reviews`, so the checklist is decided in one place.
    ReviewsReport report;
    ReportOptions options;
    options.date = dateOrToday(parser);
    const QString kind = parser.value(kKind);
    QTextStream &out = context.out();
    QStringList header;
    for (const ReportColumn &c : report.columns())
        header << c.key;
    out << header.join(QLatin1Char('\t')) << '\n';
    Status s = report.run(context.database(), options, [&out, &kind](const QStringList &cells) {
        if (!kind.isEmpty() && cells.at(3) != kind)
            return true;
        QStringList clean;
        for (const QString &c : cells)
            clean << cell(c);
        out << clean.join(QLatin1Char('\t')) << '\n';
        return true;
    });
    if (!s)
        return context.fail(s.error());
    return 0;
}

int ReviewCommands::followUpDue(CliContext &context, const QCommandLineParser &parser)
{
    Result<QVector<FollowUpDue>> due = FollowUpService(context.database()).due(dateOrToday(parser));
    if (!due)
        return context.fail(due.error());
    QTextStream &out = context.out();
    out << "customer_uscc\tcustomer_name\tagent_uscc\tsupervised\tfirst_activation\tlast_follow_"
           "up\tdue_on\t"
           "open_review_id\n";
    for (const FollowUpDue &d : due.value()) {
        out << d.customerUscc << '\t' << cell(d.customerName) << '\t' << d.agentUscc << '\t'
            << (d.supervised ? "yes" : "no") << '\t' << Dates::format(d.firstActivation) << '\t'
            << Dates::format(d.lastFollowUp) << '\t' << Dates::format(d.dueOn) << '\t'
            << (d.openReviewId ? QString::number(d.openReviewId) : QString()) << '\n';
    }
    return 0;
}

int ReviewCommands::followUpSchedule(CliContext &context, const QCommandLineParser &parser)
{
    Result<QVector<FollowUpDue>> opened =
        FollowUpService(context.database()).schedule(context.actor(), dateOrToday(parser));
    if (!opened)
        return context.fail(opened.error());
    QTextStream &out = context.out();
    out << tr("Opened %1 follow-up reviews (§3.9).").arg(opened->size()) << '\n';
    for (const FollowUpDue &d : opened.value())
        out << d.openReviewId << '\t' << d.customerUscc << '\t' << cell(d.customerName) << '\t'
            << Dates::format(d.dueOn) << '\n';
    return 0;
}

int ReviewCommands::spotCheckPlan(CliContext &context, const QCommandLineParser &parser)
{
    const qint64 seed = parser.isSet(kSeed) ? parser.value(kSeed).toLongLong() : 0;
    Result<SpotCheckPlan> plan =
        SpotCheckService(context.database())
            .plan(context.actor(), parser.value(kSize).toInt(), dateOrToday(parser), seed);
    if (!plan)
        return context.fail(plan.error());
    // "seed: S" on a line of its own, so a script can repeat the draw.
    QTextStream &out = context.out();
    out << "plan: " << plan->id << '\n' << "seed: " << plan->seed << '\n';
    out << tr("Drew %1 of %2 customers on %3 (§3.9).")
               .arg(plan->drawn.size())
               .arg(plan->size)
               .arg(Dates::format(plan->plannedOn))
        << '\n';
    out << "review_id\tcustomer_uscc\tcustomer_name\tagent_uscc\tweight\n";
    for (const SpotCheckDraw &d : plan->drawn)
        out << d.reviewId << '\t' << d.customer.customerUscc << '\t'
            << cell(d.customer.customerName) << '\t' << d.customer.agentUscc << '\t'
            << d.customer.weight << '\n';
    return 0;
}

int ReviewCommands::checkRecord(CliContext &context, const QCommandLineParser &parser)
{
    const qint64 id = parser.positionalArguments().at(0).toLongLong();
    CheckOutcome outcome = CheckOutcome::Pass;
    checkOutcomeFromKey(parser.positionalArguments().at(1), &outcome);
    Result<CheckRecord> done =
        ReviewService(context.database())
            .record(context.actor(), id, outcome, parser.value(kNote), dateOrToday(parser));
    if (!done)
        return context.fail(done.error());
    QTextStream &out = context.out();
    out << tr("Review %1 of %2 (%3): %4 on %5.")
               .arg(id)
               .arg(done->review.customerName, done->review.customerUscc, checkOutcomeKey(outcome),
                    Dates::format(done->review.decidedOn))
        << '\n';
    if (outcome == CheckOutcome::Fraud)
        out << tr("Blocked %1 numbers; opened violation %2 against %3 (§3.9).")
                   .arg(done->blockedNumbers)
                   .arg(done->violationId)
                   .arg(done->review.agentUscc)
            << '\n';
    return 0;
}

} // namespace cd
