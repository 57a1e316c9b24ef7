#include "PriceCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"

namespace cd {

namespace {
const QString kPlan = QStringLiteral("plan");
const QString kTier = QStringLiteral("tier");
const QString kLevel = QStringLiteral("level");
const QString kFen = QStringLiteral("fen");
const QString kFrom = QStringLiteral("from");
const QString kReason = QStringLiteral("reason");
const QString kRef = QStringLiteral("ref");
const QString kPercent = QStringLiteral("percent");
const QString kAmount = QStringLiteral("amount");
const QString kDate = QStringLiteral("date");
const QString kAll = QStringLiteral("all");

Status checkDate(const QCommandLineParser &parser, const QString &option, bool required)
{
    if (!parser.isSet(option)) {
        if (required)
            return Error::usage(
                QCoreApplication::translate("cd::PriceCommands", "Missing --%1 YYYY-MM-DD.")
                    .arg(option));
        return {};
    }
    if (!Dates::parse(parser.value(option)).isValid())
        return Error::usage(
            QCoreApplication::translate("cd::PriceCommands",
                                        "--%1 needs a date written YYYY-MM-DD, not \"%2\".")
                .arg(option, parser.value(option)));
    return {};
}

Status checkRequired(const QCommandLineParser &parser, const QString &option, const QString &what)
{
    if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
        return Error::usage(
            QCoreApplication::translate("cd::PriceCommands", "Missing --%1 %2.").arg(option, what));
    return {};
}

// "2.5" or "2.5%" → 250 basis points.
bool percentOf(const QString &text, int *basisPoints)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    return PriceService::parsePercent(t, basisPoints);
}

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}
} // namespace

QVector<CliCommand> PriceCommands::commands()
{
    CliCommand set;
    set.words = QStringList{QStringLiteral("price"), QStringLiteral("set")};
    set.synopsis = QStringLiteral(
        "--plan CODE --tier T --level L --fen N --from D [--reason carrier|policy --ref TEXT]");
    set.summary = tr("Set one agent price from a date (§2.4).");
    set.description =
        tr("The price in force on a date is the latest entry on or before it; history is kept. "
           "A lower price is always allowed while the plan's chain stays whole. A raise needs "
           "--reason carrier (a carrier price adjustment) or --reason policy (a change of state "
           "policy) and --ref with the document's reference (§2.4). A refused change prints "
           "each broken link of the chain on its own line.");
    set.options = {
        QCommandLineOption(QStringList{kPlan}, tr("The plan's code."), QStringLiteral("CODE")),
        QCommandLineOption(QStringList{kTier},
                           tr("The tier: %1.").arg(tierKeys().join(QStringLiteral(", "))),
                           QStringLiteral("TIER")),
        QCommandLineOption(QStringList{kLevel}, tr("The agent level, 1 or 2."),
                           QStringLiteral("LEVEL")),
        QCommandLineOption(QStringList{kFen}, tr("The new price in fen (12345 is ¥123.45)."),
                           QStringLiteral("FEN")),
        QCommandLineOption(QStringList{kFrom}, tr("The day the price takes effect."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kReason}, tr("Why a price rises: carrier or policy."),
                           QStringLiteral("REASON")),
        QCommandLineOption(QStringList{kRef}, tr("The reference of the document behind a raise."),
                           QStringLiteral("TEXT")),
    };
    set.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkRequired(parser, kPlan, QStringLiteral("CODE")); !s)
            return s;
        if (Status s = checkRequired(parser, kTier, QStringLiteral("TIER")); !s)
            return s;
        Tier tier;
        if (!tierFromKey(parser.value(kTier), &tier))
            return Error::usage(
                tr("Unknown tier \"%1\": use %2.")
                    .arg(parser.value(kTier), tierKeys().join(QStringLiteral(", "))));
        if (parser.value(kLevel) != QLatin1String("1") &&
            parser.value(kLevel) != QLatin1String("2"))
            return Error::usage(tr("--level needs 1 or 2, not \"%1\".").arg(parser.value(kLevel)));
        Money price;
        if (!parser.isSet(kFen) || !Money::parseFen(parser.value(kFen), &price))
            return Error::usage(
                tr("--fen needs a whole number of fen, not \"%1\".").arg(parser.value(kFen)));
        if (Status s = checkDate(parser, kFrom, true); !s)
            return s;
        IncreaseReason reason;
        if (!increaseReasonFromKey(parser.value(kReason), &reason))
            return Error::usage(
                tr("Unknown reason \"%1\": use carrier or policy.").arg(parser.value(kReason)));
        return {};
    };
    set.run = &PriceCommands::set;

    CliCommand cut;
    cut.words = QStringList{QStringLiteral("price"), QStringLiteral("cut")};
    cut.synopsis =
        QStringLiteral("(--percent P | --amount FEN) [--plan CODE] --from D --reason TEXT");
    cut.summary = tr("Cut every agent price of one plan or of all plans from a date (§2.4).");
    cut.description =
        tr("A percentage cut rounds each new price down to the fen, in the agents' favour. "
           "Without --plan every active plan is cut. A cut that would break the chain of any "
           "plan is refused whole, naming each plan and link that breaks; nothing changes.");
    cut.options = {
        QCommandLineOption(QStringList{kPercent}, tr("Cut by this percentage, e.g. 2.5."),
                           QStringLiteral("P")),
        QCommandLineOption(QStringList{kAmount}, tr("Cut by this amount in fen."),
                           QStringLiteral("FEN")),
        QCommandLineOption(QStringList{kPlan}, tr("Only this plan."), QStringLiteral("CODE")),
        QCommandLineOption(QStringList{kFrom}, tr("The day the new prices take effect."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kReason}, tr("Why the prices are cut, for the record."),
                           QStringLiteral("TEXT")),
    };
    cut.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kPercent) == parser.isSet(kAmount))
            return Error::usage(
                tr("Give either --percent P or --amount FEN, not both or neither."));
        int bp = 0;
        if (parser.isSet(kPercent) && !percentOf(parser.value(kPercent), &bp))
            return Error::usage(tr("--percent needs a percentage above 0 and below 100 with at "
                                   "most two decimals, not \"%1\".")
                                    .arg(parser.value(kPercent)));
        Money amount;
        if (parser.isSet(kAmount) &&
            (!Money::parseFen(parser.value(kAmount), &amount) || amount <= Money()))
            return Error::usage(tr("--amount needs a whole number of fen above zero, not \"%1\".")
                                    .arg(parser.value(kAmount)));
        if (Status s = checkDate(parser, kFrom, true); !s)
            return s;
        return checkRequired(parser, kReason, QStringLiteral("TEXT"));
    };
    cut.run = &PriceCommands::cut;

    CliCommand show;
    show.words = QStringList{QStringLiteral("price"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("--plan CODE [--date D]");
    show.summary = tr("Show a plan's agent prices in force on a date, in yuan.");
    show.description =
        tr("One line per tier, standard to diamond, with the level-1 and level-2 price and the "
           "day each took effect; a price not set is shown as \"missing\".");
    show.options = {
        QCommandLineOption(QStringList{kPlan}, tr("The plan's code."), QStringLiteral("CODE")),
        QCommandLineOption(QStringList{kDate}, tr("The date (default today)."),
                           QStringLiteral("YYYY-MM-DD")),
    };
    show.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkRequired(parser, kPlan, QStringLiteral("CODE")); !s)
            return s;
        return checkDate(parser, kDate, false);
    };
    show.run = &PriceCommands::show;

    CliCommand list;
    list.words = QStringList{QStringLiteral("plan"), QStringLiteral("list")};
    list.synopsis = QStringLiteral("[--all]");
    list.summary = tr("List the plans, tab-separated (amounts in fen).");
    list.description = tr("Columns: code, name, carrier, annual_fee_fen, included_minutes, "
                          "per_minute_fen, carrier_cost_fen, active. Without --all only "
                          "active plans.");
    list.options = {QCommandLineOption(QStringList{kAll}, tr("Inactive plans too."))};
    list.run = &PriceCommands::listPlans;

    return {set, cut, show, list};
}

int PriceCommands::set(CliContext &context, const QCommandLineParser &parser)
{
    PriceChange change;
    change.planCode = parser.value(kPlan).trimmed();
    tierFromKey(parser.value(kTier), &change.tier); // checked before
    change.level = parser.value(kLevel).toInt();
    Money::parseFen(parser.value(kFen), &change.price);
    change.from = Dates::parse(parser.value(kFrom));
    increaseReasonFromKey(parser.value(kReason), &change.reason);
    change.reference = parser.value(kRef);
    if (Status s = PriceService(context.database()).setPrice(context.actor(), change); !s)
        return context.fail(s.error());
    context.out() << tr("%1 of plan %2 is %3 from %4.")
                         .arg(PriceChain::cellName(change.tier, change.level), change.planCode,
                              change.price.display(), Dates::format(change.from))
                  << Qt::endl;
    return 0;
}

int PriceCommands::cut(CliContext &context, const QCommandLineParser &parser)
{
    CutRequest request;
    if (parser.isSet(kPercent))
        percentOf(parser.value(kPercent), &request.percentBasisPoints);
    if (parser.isSet(kAmount)) {
        Money amount;
        Money::parseFen(parser.value(kAmount), &amount);
        request.amountFen = amount.fen();
    }
    request.planCode = parser.value(kPlan).trimmed();
    request.from = Dates::parse(parser.value(kFrom));
    request.reason = parser.value(kReason).trimmed();
    Result<CutPreview> done = PriceService(context.database()).applyCut(context.actor(), request);
    if (!done)
        return context.fail(done.error());
    QTextStream &out = context.out();
    out << tr("Cut %n price(s) from %1.", nullptr, int(done->lines.size()))
               .arg(Dates::format(request.from))
        << '\n';
    out << "plan\ttier\tlevel\tbefore_fen\tafter_fen\n";
    for (const CutLine &line : done->lines)
        out << line.planCode << '\t' << tierKey(line.tier) << '\t' << line.level << '\t'
            << line.before.fen() << '\t' << line.after.fen() << '\n';
    return 0;
}

int PriceCommands::show(CliContext &context, const QCommandLineParser &parser)
{
    const QDate date =
        parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
    Result<Plan> plan = PlanService(context.database()).find(parser.value(kPlan).trimmed());
    if (!plan)
        return context.fail(plan.error());
    Result<PriceMatrix> matrix = PriceService(context.database()).matrixOn(plan->id, date);
    if (!matrix)
        return context.fail(matrix.error());
    QTextStream &out = context.out();
    out << tr("%1 %2: agent prices in force on %3, in yuan.")
               .arg(plan->code, cell(plan->name), Dates::format(date))
        << '\n';
    out << "tier\tlevel_1\tlevel_1_from\tlevel_2\tlevel_2_from\n";
    const QString missing = tr("missing");
    for (int t = 0; t < 4; ++t) {
        out << tierKey(Tier(t));
        for (int level = 1; level <= 2; ++level) {
            if (matrix->present(Tier(t), level))
                out << '\t' << matrix->at(Tier(t), level).yuan() << '\t'
                    << Dates::format(matrix->from[t][level - 1]);
            else
                out << '\t' << missing << '\t';
        }
        out << '\n';
    }
    if (const int n = matrix->missing(); n > 0)
        out << tr("%n price(s) missing: every plan needs a price for each tier at both levels.",
                  nullptr, n)
            << '\n';
    return 0;
}

int PriceCommands::listPlans(CliContext &context, const QCommandLineParser &parser)
{
    Result<QVector<Plan>> plans = PlanService(context.database()).list(!parser.isSet(kAll));
    if (!plans)
        return context.fail(plans.error());
    QTextStream &out = context.out();
    out << "code\tname\tcarrier\tannual_fee_fen\tincluded_minutes\tper_minute_fen\t"
           "carrier_cost_fen\tactive\n";
    for (const Plan &p : plans.value()) {
        out << p.code << '\t' << cell(p.name) << '\t' << p.carrier << '\t' << p.annualFee.fen()
            << '\t' << p.includedMinutes << '\t' << p.perMinute.fen() << '\t' << p.carrierCost.fen()
            << '\t' << (p.active ? 1 : 0) << '\n';
    }
    return 0;
}

} // namespace cd
