#include "ComplianceCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "common/Money.h"
#include "compliance/TakeoverService.h"
#include "compliance/TrainingService.h"
#include "compliance/ViolationService.h"

#include <QFile>
#include <QFileInfo>

namespace cd {

namespace {
const QString kDate = QStringLiteral("date");
const QString kTopic = QStringLiteral("topic");
const QString kTrainer = QStringLiteral("trainer");
const QString kAgent = QStringLiteral("agent");
const QString kClause = QStringLiteral("clause");
const QString kDescription = QStringLiteral("description");
const QString kKind = QStringLiteral("kind");
const QString kFineFen = QStringLiteral("fine-fen");
const QString kFrom = QStringLiteral("from");
const QString kUntil = QStringLiteral("until");
const QString kNote = QStringLiteral("note");
const QString kGrounds = QStringLiteral("grounds");
const QString kReason = QStringLiteral("reason");
const QString kCustomer = QStringLiteral("customer");

Status requireOptions(const QCommandLineParser &parser, const QStringList &options)
{
    for (const QString &option : options) {
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty()) {
            return Error::usage(
                QCoreApplication::translate("cd::ComplianceCommands", "Missing --%1.").arg(option));
        }
    }
    return {};
}

Status checkDate(const QCommandLineParser &parser, const QString &option, bool required)
{
    if (!parser.isSet(option)) {
        if (required) {
            return Error::usage(
                QCoreApplication::translate("cd::ComplianceCommands", "Missing --%1 YYYY-MM-DD.")
                    .arg(option));
        }
        return {};
    }
    if (!Dates::parse(parser.value(option)).isValid()) {
        return Error::usage(
            QCoreApplication::translate("cd::ComplianceCommands",
                                        "--%1 needs a date written YYYY-MM-DD, not \"%2\".")
                .arg(option, parser.value(option)));
    }
    return {};
}

// A record id given on the command line: a whole number above 0.
Status checkId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::usage(QCoreApplication::translate("cd::ComplianceCommands",
                                                        "%1 must be a record number, not \"%2\".")
                                .arg(what, text));
    }
    return {};
}

QStringList penaltyKeys()
{
    QStringList keys;
    for (PenaltyKind k : {PenaltyKind::Warning, PenaltyKind::Fine, PenaltyKind::Downgrade,
                          PenaltyKind::Stop, PenaltyKind::Termination})
        keys << penaltyKindKey(k);
    return keys;
}

QStringList groundsKeys()
{
    QStringList keys;
    for (TakeoverGrounds g : {TakeoverGrounds::CannotServe, TakeoverGrounds::AfterReminder,
                              TakeoverGrounds::BreachOfLaw})
        keys << takeoverGroundsKey(g);
    return keys;
}

bool classificationFromKey(const QString &key, Classification *c)
{
    for (Classification k : {Classification::Negligent, Classification::Intentional}) {
        if (classificationKey(k) == key) {
            *c = k;
            return true;
        }
    }
    return false;
}

// "3.2" and "§3.2" name the same clause.
QString clauseText(const QString &text)
{
    const QString t = text.trimmed();
    const QString mark = QStringLiteral("§");
    return t.startsWith(mark) ? t : mark + t;
}

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}

QDate dateOrToday(const QCommandLineParser &parser)
{
    return parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
}
} // namespace

QVector<CliCommand> ComplianceCommands::commands()
{
    return trainingCommands() + violationCommands() + takeoverCommands();
}

// --- training (§2.7) ---------------------------------------------------------

QVector<CliCommand> ComplianceCommands::trainingCommands()
{
    CliCommand add;
    add.words = QStringList{QStringLiteral("training"), QStringLiteral("add")};
    add.synopsis = QStringLiteral("--date D --topic T --trainer N");
    add.summary = tr("Record a platform training session (§2.7); prints its number.");
    add.options = {
        QCommandLineOption(QStringList{kDate}, tr("The day the session was held."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kTopic}, tr("What it covered."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kTrainer}, tr("Who gave it."), QStringLiteral("NAME")),
    };
    add.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkDate(parser, kDate, true); !s)
            return s;
        return requireOptions(parser, {kTopic, kTrainer});
    };
    add.run = &ComplianceCommands::trainingAdd;

    CliCommand attend;
    attend.words = QStringList{QStringLiteral("training"), QStringLiteral("attend")};
    attend.synopsis = QStringLiteral("SESSION_ID AGENT_USCC...");
    attend.summary = tr("Record the agents that attended a training session (§2.7).");
    attend.arguments = {
        CliArgument{QStringLiteral("SESSION_ID"), tr("The session's number."), false},
        CliArgument{QStringLiteral("AGENT_USCC"),
                    tr("The code of an agent that attended; one or "
                       "more."),
                    false, true},
    };
    attend.check = [](const QCommandLineParser &parser) {
        return checkId(parser.positionalArguments().constFirst(), QStringLiteral("SESSION_ID"));
    };
    attend.run = &ComplianceCommands::trainingAttend;

    CliCommand overdue;
    overdue.words = QStringList{QStringLiteral("training"), QStringLiteral("overdue")};
    overdue.synopsis = QStringLiteral("[--date D]");
    overdue.summary =
        tr("List signed agents not trained within the due days of their first contract (§2.7).");
    overdue.description =
        tr("Tab-separated columns: agent_uscc, agent_name, first_contract_start, due_by.");
    overdue.options = {QCommandLineOption(QStringList{kDate}, tr("As of this day (default today)."),
                                          QStringLiteral("YYYY-MM-DD"))};
    overdue.check = [](const QCommandLineParser &parser) {
        return checkDate(parser, kDate, false);
    };
    overdue.run = &ComplianceCommands::trainingOverdue;

    return {add, attend, overdue};
}

int ComplianceCommands::trainingAdd(CliContext &context, const QCommandLineParser &parser)
{
    Result<TrainingSession> session =
        TrainingService(context.database())
            .addSession(context.actor(), Dates::parse(parser.value(kDate)), parser.value(kTopic),
                        parser.value(kTrainer));
    if (!session)
        return context.fail(session.error());
    context.out() << session->id << Qt::endl; // alone, so a script can capture it
    return 0;
}

int ComplianceCommands::trainingAttend(CliContext &context, const QCommandLineParser &parser)
{
    QStringList agents = parser.positionalArguments();
    const qint64 session = agents.takeFirst().toLongLong();
    if (Status s =
            TrainingService(context.database()).recordAttendance(context.actor(), session, agents);
        !s)
        return context.fail(s.error());
    context.out()
        << tr("Recorded %1 agents at training session %2.").arg(agents.size()).arg(session)
        << Qt::endl;
    return 0;
}

int ComplianceCommands::trainingOverdue(CliContext &context, const QCommandLineParser &parser)
{
    Result<QVector<TrainingDue>> due =
        TrainingService(context.database()).untrained(dateOrToday(parser));
    if (!due)
        return context.fail(due.error());
    QTextStream &out = context.out();
    out << "agent_uscc\tagent_name\tfirst_contract_start\tdue_by\n";
    for (const TrainingDue &d : due.value()) {
        out << d.agentUscc << '\t' << cell(d.agentName) << '\t'
            << Dates::format(d.firstContractStart) << '\t' << Dates::format(d.dueBy) << '\n';
    }
    return 0;
}

// --- violations (§3.2, §3.9) ---------------------------------------------------

QVector<CliCommand> ComplianceCommands::violationCommands()
{
    const CliArgument idArgument{QStringLiteral("ID"), tr("The violation's number."), false};

    CliCommand open;
    open.words = QStringList{QStringLiteral("violation"), QStringLiteral("open")};
    open.synopsis = QStringLiteral("--agent USCC --clause §3.2|§3.9 --date D --description TEXT");
    open.summary = tr("Open a violation case against an agent; prints its number.");
    open.options = {
        QCommandLineOption(QStringList{kAgent}, tr("The agent's code."), QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kClause},
                           tr("§3.2 (unlawful or improper operation) or §3.9 (fraudulent "
                              "customers)."),
                           QStringLiteral("CLAUSE")),
        QCommandLineOption(QStringList{kDate}, tr("The day it was found."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kDescription}, tr("What happened."), QStringLiteral("TEXT")),
    };
    open.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = requireOptions(parser, {kAgent, kClause, kDescription}); !s)
            return s;
        return checkDate(parser, kDate, true);
    };
    open.run = &ComplianceCommands::violationOpen;

    CliCommand attach;
    attach.words = QStringList{QStringLiteral("violation"), QStringLiteral("attach")};
    attach.synopsis = QStringLiteral("ID FILE");
    attach.summary = tr("Store an evidence file with a violation case.");
    attach.arguments = {idArgument,
                        CliArgument{QStringLiteral("FILE"), tr("The evidence file."), false}};
    attach.check = [](const QCommandLineParser &parser) {
        return checkId(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    };
    attach.run = &ComplianceCommands::violationAttach;

    CliCommand classify;
    classify.words = QStringList{QStringLiteral("violation"), QStringLiteral("classify")};
    classify.synopsis = QStringLiteral("ID negligent|intentional --date D");
    classify.summary = tr("Classify a case (§3.9): negligent puts the agent under supervision, "
                          "intentional terminates its contract.");
    classify.arguments = {idArgument, CliArgument{QStringLiteral("CLASSIFICATION"),
                                                  tr("negligent or intentional."), false}};
    classify.options = {QCommandLineOption(QStringList{kDate}, tr("The day of the decision."),
                                           QStringLiteral("YYYY-MM-DD"))};
    classify.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkId(parser.positionalArguments().constFirst(), QStringLiteral("ID")); !s)
            return s;
        Classification c;
        if (!classificationFromKey(parser.positionalArguments().at(1), &c)) {
            return Error::usage(tr("Unknown classification \"%1\": use negligent or intentional.")
                                    .arg(parser.positionalArguments().at(1)));
        }
        return checkDate(parser, kDate, true);
    };
    classify.run = &ComplianceCommands::violationClassify;

    CliCommand penalise;
    penalise.words = QStringList{QStringLiteral("violation"), QStringLiteral("penalise")};
    penalise.synopsis = QStringLiteral("ID --kind %1 --date D [--fine-fen N] [--from D --until D]")
                            .arg(penaltyKeys().join(QLatin1Char('|')));
    penalise.summary = tr("Impose a §3.2 penalty on the agent of a case.");
    penalise.description =
        tr("A fine needs --fine-fen; a stop on new activations needs --from and --until; a "
           "downgrade lowers the tier by one; termination ends the contract.");
    penalise.arguments = {idArgument};
    penalise.options = {
        QCommandLineOption(QStringList{kKind},
                           tr("The penalty: %1.").arg(penaltyKeys().join(QStringLiteral(", "))),
                           QStringLiteral("KIND")),
        QCommandLineOption(QStringList{kDate}, tr("The day of the decision."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kFineFen}, tr("The fine in fen (1 yuan = 100 fen)."),
                           QStringLiteral("FEN")),
        QCommandLineOption(QStringList{kFrom}, tr("The first day of a stop."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kUntil}, tr("The last day of a stop."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kNote}, tr("A note kept with the penalty."),
                           QStringLiteral("TEXT")),
    };
    penalise.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkId(parser.positionalArguments().constFirst(), QStringLiteral("ID")); !s)
            return s;
        PenaltyKind kind;
        if (!parser.isSet(kKind))
            return Error::usage(
                tr("Missing --kind (%1).").arg(penaltyKeys().join(QStringLiteral(", "))));
        if (!penaltyKindFromKey(parser.value(kKind), &kind)) {
            return Error::usage(
                tr("Unknown penalty \"%1\": use %2.")
                    .arg(parser.value(kKind), penaltyKeys().join(QStringLiteral(", "))));
        }
        Money fine;
        if (parser.isSet(kFineFen) && !Money::parseFen(parser.value(kFineFen), &fine)) {
            return Error::usage(tr("--fine-fen needs a whole number of fen, not \"%1\".")
                                    .arg(parser.value(kFineFen)));
        }
        for (const QString &option : {kDate, kFrom, kUntil}) {
            if (Status s = checkDate(parser, option, option == kDate); !s)
                return s;
        }
        return {};
    };
    penalise.run = &ComplianceCommands::violationPenalise;

    return {open, attach, classify, penalise};
}

int ComplianceCommands::violationOpen(CliContext &context, const QCommandLineParser &parser)
{
    Result<Violation> violation =
        ViolationService(context.database())
            .open(context.actor(), parser.value(kAgent), Dates::parse(parser.value(kDate)),
                  clauseText(parser.value(kClause)), parser.value(kDescription));
    if (!violation)
        return context.fail(violation.error());
    context.out() << violation->id << Qt::endl; // alone, so a script can capture it
    return 0;
}

int ComplianceCommands::violationAttach(CliContext &context, const QCommandLineParser &parser)
{
    const qint64 id = parser.positionalArguments().at(0).toLongLong();
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(
            Error::badInput(tr("%1: cannot open the file: %2").arg(path, file.errorString())));
    }
    const QByteArray content = file.readAll();
    Result<Evidence> evidence =
        ViolationService(context.database())
            .attach(context.actor(), id, QFileInfo(path).fileName(), content, QDate::currentDate());
    if (!evidence)
        return context.fail(evidence.error());
    context.out() << tr("Attached %1 (%2 bytes, SHA-256 %3) to violation %4.")
                         .arg(evidence->fileName)
                         .arg(evidence->size)
                         .arg(evidence->sha256)
                         .arg(id)
                  << Qt::endl;
    return 0;
}

int ComplianceCommands::violationClassify(CliContext &context, const QCommandLineParser &parser)
{
    const qint64 id = parser.positionalArguments().at(0).toLongLong();
    Classification classification = Classification::Unclassified;
    classificationFromKey(parser.positionalArguments().at(1), &classification);
    ViolationService violations(context.database());
    if (Status s = violations.classify(context.actor(), id, classification,
                                       Dates::parse(parser.value(kDate)));
        !s)
        return context.fail(s.error());
    context.out() << tr("Violation %1 is classified as %2 (§3.9).")
                         .arg(id)
                         .arg(classificationDisplayName(classification))
                  << Qt::endl;
    return 0;
}

int ComplianceCommands::violationPenalise(CliContext &context, const QCommandLineParser &parser)
{
    const qint64 id = parser.positionalArguments().constFirst().toLongLong();
    PenaltyKind kind = PenaltyKind::Warning;
    penaltyKindFromKey(parser.value(kKind), &kind);
    Money fine;
    if (parser.isSet(kFineFen))
        Money::parseFen(parser.value(kFineFen), &fine);
    Result<Penalty> penalty =
        ViolationService(context.database())
            .penalise(context.actor(), id, kind, Dates::parse(parser.value(kDate)), fine,
                      Dates::parse(parser.value(kFrom)), Dates::parse(parser.value(kUntil)),
                      parser.value(kNote));
    if (!penalty)
        return context.fail(penalty.error());
    context.out() << tr("Penalty %1 on violation %2: %3 (§3.2).")
                         .arg(penalty->id)
                         .arg(id)
                         .arg(penaltyKindDisplayName(penalty->kind))
                  << Qt::endl;
    return 0;
}

// --- takeover (§2.3, §9.6) -----------------------------------------------------

QVector<CliCommand> ComplianceCommands::takeoverCommands()
{
    CliCommand remind;
    remind.words = QStringList{QStringLiteral("takeover"), QStringLiteral("remind")};
    remind.synopsis = QStringLiteral("--agent USCC --date D [--note T]");
    remind.summary = tr("Record a reminder to a terminated agent that stopped serving (§9.6); "
                        "prints its number.");
    remind.options = {
        QCommandLineOption(QStringList{kAgent}, tr("The agent's code."), QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kDate}, tr("The day the reminder was sent."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kNote}, tr("What was sent and how."),
                           QStringLiteral("TEXT")),
    };
    remind.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = requireOptions(parser, {kAgent}); !s)
            return s;
        return checkDate(parser, kDate, true);
    };
    remind.run = &ComplianceCommands::takeoverRemind;

    CliCommand run;
    run.words = QStringList{QStringLiteral("takeover"), QStringLiteral("run")};
    run.synopsis = QStringLiteral("--agent USCC --grounds %1 --reason TEXT --date D "
                                  "[--customer USCC ...]")
                       .arg(groundsKeys().join(QLatin1Char('|')));
    run.summary = tr("The provider takes over an agent's customers (§2.3, §9.6).");
    run.description =
        tr("Grounds: cannot_serve (§2.3, at once), after_reminder (§9.6, a terminated agent "
           "after a reminder and the wait), breach_of_law (§9.6, a terminated agent, at once). "
           "Without --customer, every customer the agent still serves.");
    run.options = {
        QCommandLineOption(QStringList{kAgent}, tr("The agent's code."), QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kGrounds},
                           tr("Why: %1.").arg(groundsKeys().join(QStringLiteral(", "))),
                           QStringLiteral("GROUNDS")),
        QCommandLineOption(QStringList{kReason}, tr("The reason on record."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kDate}, tr("The day of the takeover."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kCustomer}, tr("Only this customer; may be repeated."),
                           QStringLiteral("USCC")),
    };
    run.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = requireOptions(parser, {kAgent, kGrounds, kReason}); !s)
            return s;
        TakeoverGrounds grounds;
        if (!takeoverGroundsFromKey(parser.value(kGrounds), &grounds)) {
            return Error::usage(
                tr("Unknown grounds \"%1\": use %2.")
                    .arg(parser.value(kGrounds), groundsKeys().join(QStringLiteral(", "))));
        }
        return checkDate(parser, kDate, true);
    };
    run.run = &ComplianceCommands::takeoverRun;

    return {remind, run};
}

int ComplianceCommands::takeoverRemind(CliContext &context, const QCommandLineParser &parser)
{
    Result<TakeoverReminder> reminder =
        TakeoverService(context.database())
            .remind(context.actor(), parser.value(kAgent), Dates::parse(parser.value(kDate)),
                    parser.value(kNote));
    if (!reminder)
        return context.fail(reminder.error());
    context.out() << reminder->id << Qt::endl; // alone, so a script can capture it
    return 0;
}

int ComplianceCommands::takeoverRun(CliContext &context, const QCommandLineParser &parser)
{
    TakeoverGrounds grounds = TakeoverGrounds::CannotServe;
    takeoverGroundsFromKey(parser.value(kGrounds), &grounds);
    Result<Takeover> takeover =
        TakeoverService(context.database())
            .takeOver(context.actor(), parser.value(kAgent), grounds, parser.value(kReason),
                      Dates::parse(parser.value(kDate)), parser.values(kCustomer));
    if (!takeover)
        return context.fail(takeover.error());
    context.out() << tr("The provider took over %1 customers on %2 (%3).")
                         .arg(takeover->customers)
                         .arg(Dates::format(takeover->takenOn), takeover->clause)
                  << Qt::endl;
    return 0;
}

} // namespace cd
