#include "EvaluateCommand.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "pricing/QuarterlyEvaluation.h"
#include "settings/Parameters.h"

namespace cd {

namespace {
const QString kQuarter = QStringLiteral("quarter");

Status checkQuarter(const QCommandLineParser &parser)
{
    Quarter quarter;
    if (!parser.isSet(kQuarter))
        return Error::usage(
            QCoreApplication::translate("cd::EvaluateCommand", "Missing --quarter YYYYQN."));
    if (!Quarter::parse(parser.value(kQuarter), &quarter))
        return Error::usage(
            QCoreApplication::translate(
                "cd::EvaluateCommand", "--quarter needs a quarter written like 2026Q3, not \"%1\".")
                .arg(parser.value(kQuarter)));
    return {};
}

Status checkProposalId(const QCommandLineParser &parser)
{
    bool ok = false;
    const QString text = parser.positionalArguments().value(0);
    if (text.toLongLong(&ok) <= 0 || !ok)
        return Error::usage(
            QCoreApplication::translate("cd::EvaluateCommand",
                                        "PROPOSAL_ID needs the number of a proposal, not \"%1\".")
                .arg(text));
    return {};
}

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}

// One tab-separated line per agent; the header holds fixed keys for scripts.
void printLines(QTextStream &out, const QVector<Performance> &lines)
{
    out << "agent_uscc\tagent_name\ttask\tactivations\tcompletion\ttier\tproposal_id\tstatus\n";
    for (const Performance &p : lines) {
        out << p.agentUscc << '\t' << cell(p.agentName) << '\t'
            << (p.hasTask ? QString::number(p.task) : QString()) << '\t' << p.activations << '\t'
            << (p.hasCompletion ? QStringLiteral("%1%").arg(p.completionPercent) : QString())
            << '\t' << tierKey(p.tier);
        if (p.hasProposal)
            out << QStringLiteral(" → ") << tierKey(p.proposedTier);
        out << '\t' << (p.hasProposal ? QString::number(p.proposalId) : QString()) << '\t'
            << proposalStatusKey(p.status) << '\n';
    }
}
} // namespace

QVector<CliCommand> EvaluateCommand::commands()
{
    const QCommandLineOption quarterOption(
        QStringList{kQuarter}, tr("The calendar quarter, e.g. 2026Q3."), QStringLiteral("YYYYQN"));

    CliCommand evaluate;
    evaluate.words = QStringList{QStringLiteral("evaluate")};
    evaluate.synopsis = QStringLiteral("--quarter 2026Q3");
    evaluate.summary = tr("Compute task completion and store tier proposals for a quarter (§2.4).");
    evaluate.description =
        tr("Completion is the quarter's new activations (a level-1 agent counts its sub-agents' "
           "too) divided by the contract's task. At or above the promotion threshold one tier up "
           "is proposed from the next quarter; a tier never drops here. Prints one line per "
           "agent: code, name, task, activations, completion, tier → proposed tier, proposal "
           "number and status. Running it again recomputes open lines and keeps decided ones. "
           "Decide with \"%1 tier approve PROPOSAL_ID\" or \"%1 tier decline PROPOSAL_ID\".")
            .arg(CliCommand::programName());
    evaluate.options = {quarterOption};
    evaluate.check = &checkQuarter;
    evaluate.run = &EvaluateCommand::evaluate;

    CliCommand proposals;
    proposals.words = QStringList{QStringLiteral("tier"), QStringLiteral("proposals")};
    proposals.synopsis = QStringLiteral("--quarter 2026Q3");
    proposals.summary = tr("Show a quarter's stored evaluation and its proposals, read-only.");
    proposals.options = {quarterOption};
    proposals.check = &checkQuarter;
    proposals.run = &EvaluateCommand::proposals;

    const CliArgument id{QStringLiteral("PROPOSAL_ID"),
                         tr("The proposal's number, as \"evaluate\" prints it."), false};
    CliCommand approve;
    approve.words = QStringList{QStringLiteral("tier"), QStringLiteral("approve")};
    approve.synopsis = QStringLiteral("PROPOSAL_ID");
    approve.summary = tr("Approve a proposed promotion; the tier applies from the next quarter "
                         "(§2.4).");
    approve.arguments = {id};
    approve.check = &checkProposalId;
    approve.run = &EvaluateCommand::approve;

    CliCommand decline;
    decline.words = QStringList{QStringLiteral("tier"), QStringLiteral("decline")};
    decline.synopsis = QStringLiteral("PROPOSAL_ID");
    decline.summary = tr("Decline a proposed promotion (§2.4).");
    decline.arguments = {id};
    decline.check = &checkProposalId;
    decline.run = &EvaluateCommand::decline;

    return {evaluate, proposals, approve, decline};
}

int EvaluateCommand::evaluate(CliContext &context, const QCommandLineParser &parser)
{
    Quarter quarter;
    Quarter::parse(parser.value(kQuarter), &quarter); // checked before
    Result<QVector<Performance>> lines =
        QuarterlyEvaluation(context.database()).evaluate(context.actor(), quarter);
    if (!lines)
        return context.fail(lines.error());
    Result<BusinessParameters> params = Parameters(context.database()).load();
    if (!params)
        return context.fail(params.error());
    int proposed = 0;
    for (const Performance &p : lines.value())
        proposed += p.status == ProposalStatus::Proposed ? 1 : 0;
    QTextStream &out = context.out();
    out << tr("%1 (%2 to %3): %n agent(s) evaluated", nullptr, int(lines->size()))
               .arg(quarter.key(), Dates::format(quarter.first()), Dates::format(quarter.last()))
        << tr("; %n proposal(s) open (threshold %1 %).", nullptr, proposed)
               .arg(params->promotionThresholdPercent)
        << '\n';
    printLines(out, lines.value());
    return 0;
}

int EvaluateCommand::proposals(CliContext &context, const QCommandLineParser &parser)
{
    Quarter quarter;
    Quarter::parse(parser.value(kQuarter), &quarter);
    Result<QVector<Performance>> lines = QuarterlyEvaluation(context.database()).results(quarter);
    if (!lines)
        return context.fail(lines.error());
    printLines(context.out(), lines.value());
    return 0;
}

int EvaluateCommand::approve(CliContext &context, const QCommandLineParser &parser)
{
    return decide(context, parser, true);
}

int EvaluateCommand::decline(CliContext &context, const QCommandLineParser &parser)
{
    return decide(context, parser, false);
}

int EvaluateCommand::decide(CliContext &context, const QCommandLineParser &parser, bool approve)
{
    const qint64 id = parser.positionalArguments().constFirst().toLongLong();
    QuarterlyEvaluation evaluation(context.database());
    const Status s =
        approve ? evaluation.approve(context.actor(), id) : evaluation.decline(context.actor(), id);
    if (!s)
        return context.fail(s.error());
    context.out() << (approve ? tr("Proposal %1 approved: the new tier applies from the first day "
                                   "of the next quarter (§2.4).")
                              : tr("Proposal %1 declined; the agent keeps its tier."))
                         .arg(id)
                  << Qt::endl;
    return 0;
}

} // namespace cd
