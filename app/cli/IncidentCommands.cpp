#include "IncidentCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "incidents/Incident.h"
#include "incidents/IncidentService.h"
#include "reports/IncidentsReport.h"

namespace cd {

namespace {
const QString kKind = QStringLiteral("kind");
const QString kTitle = QStringLiteral("title");
const QString kCause = QStringLiteral("cause");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");
const QString kNoticed = QStringLiteral("noticed");
const QString kChannel = QStringLiteral("channel");
const QString kAgent = QStringLiteral("agent");
const QString kDescription = QStringLiteral("description");
const QString kIncident = QStringLiteral("incident");
const QString kCustomer = QStringLiteral("customer");
const QString kDate = QStringLiteral("date");

Status requireOptions(const QCommandLineParser &parser, const QStringList &options)
{
    for (const QString &option : options) {
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
            return Error::usage(IncidentCommands::tr("Missing --%1.").arg(option));
    }
    return {};
}

Status checkTimestamp(const QCommandLineParser &parser, const QString &option, bool required)
{
    if (!parser.isSet(option)) {
        if (required)
            return Error::usage(
                IncidentCommands::tr("Missing --%1 YYYY-MM-DDTHH:MM:SSZ.").arg(option));
        return {};
    }
    if (!parseUtcTimestamp(parser.value(option)).isValid()) {
        return Error::usage(
            IncidentCommands::tr("--%1 needs a UTC time written YYYY-MM-DDTHH:MM:SSZ, not \"%2\".")
                .arg(option, parser.value(option)));
    }
    return {};
}

Status checkId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::usage(
            IncidentCommands::tr("%1 must be a record number, not \"%2\".").arg(what, text));
    return {};
}

QStringList kindKeys()
{
    return {incidentKindKey(IncidentKind::Maintenance), incidentKindKey(IncidentKind::Outage)};
}

QStringList causeKeys()
{
    QStringList keys;
    for (IncidentCause c : {IncidentCause::Platform, IncidentCause::Carrier, IncidentCause::Attack,
                            IncidentCause::Other})
        keys << incidentCauseKey(c);
    return keys;
}

QStringList channelKeys()
{
    QStringList keys;
    for (NoticeChannel c :
         {NoticeChannel::Letter, NoticeChannel::Fax, NoticeChannel::Phone, NoticeChannel::Email})
        keys << noticeChannelKey(c);
    return keys;
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

QVector<CliCommand> IncidentCommands::commands()
{
    CliCommand add;
    add.words = QStringList{QStringLiteral("incident"), QStringLiteral("add")};
    add.synopsis =
        QStringLiteral("--kind maintenance|outage --title T --cause %1 --start TS [--end TS] "
                       "[--noticed TS --channel %2] [--agent USCC ...] [--description T]")
            .arg(causeKeys().join(QLatin1Char('|')), channelKeys().join(QLatin1Char('|')));
    add.summary = tr("Record planned maintenance or an outage (§2.8); prints its number.");
    add.description =
        tr("Times are UTC, written YYYY-MM-DDTHH:MM:SSZ. Maintenance needs its end, the time "
           "agents were told and the channel, and writes a maintenance notice to each affected "
           "agent; a notice less than 24 hours ahead is flagged late. Without --agent every "
           "agent is affected. An outage without --end goes on until \"incident close\".");
    add.options = {
        QCommandLineOption(QStringList{kKind}, tr("maintenance or outage."),
                           QStringLiteral("KIND")),
        QCommandLineOption(QStringList{kTitle}, tr("A short title."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kCause},
                           tr("What caused it: %1.").arg(causeKeys().join(QStringLiteral(", "))),
                           QStringLiteral("CAUSE")),
        QCommandLineOption(QStringList{kStart}, tr("When it started (UTC)."), QStringLiteral("TS")),
        QCommandLineOption(QStringList{kEnd}, tr("When it ended or is planned to end (UTC)."),
                           QStringLiteral("TS")),
        QCommandLineOption(QStringList{kNoticed}, tr("When agents were told (UTC)."),
                           QStringLiteral("TS")),
        QCommandLineOption(
            QStringList{kChannel},
            tr("How agents were told: %1.").arg(channelKeys().join(QStringLiteral(", "))),
            QStringLiteral("CHANNEL")),
        QCommandLineOption(QStringList{kAgent},
                           tr("The code of an affected agent; may be repeated."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kDescription}, tr("What happened."), QStringLiteral("TEXT")),
    };
    add.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = requireOptions(parser, {kKind, kTitle, kCause}); !s)
            return s;
        IncidentKind kind;
        if (!incidentKindFromKey(parser.value(kKind), &kind)) {
            return Error::usage(
                tr("Unknown incident kind \"%1\": use %2.")
                    .arg(parser.value(kKind), kindKeys().join(QStringLiteral(", "))));
        }
        IncidentCause cause;
        if (!incidentCauseFromKey(parser.value(kCause), &cause)) {
            return Error::usage(
                tr("Unknown cause \"%1\": use %2.")
                    .arg(parser.value(kCause), causeKeys().join(QStringLiteral(", "))));
        }
        NoticeChannel channel;
        if (parser.isSet(kChannel) && !noticeChannelFromKey(parser.value(kChannel), &channel)) {
            return Error::usage(
                tr("Unknown channel \"%1\": use %2.")
                    .arg(parser.value(kChannel), channelKeys().join(QStringLiteral(", "))));
        }
        for (const QString &option : {kStart, kEnd, kNoticed}) {
            if (Status s = checkTimestamp(parser, option, option == kStart); !s)
                return s;
        }
        return {};
    };
    add.run = &IncidentCommands::incidentAdd;

    CliCommand close;
    close.words = QStringList{QStringLiteral("incident"), QStringLiteral("close")};
    close.synopsis = QStringLiteral("ID --end TS");
    close.summary = tr("Record the end of an ongoing incident (§2.8).");
    close.arguments = {CliArgument{QStringLiteral("ID"), tr("The incident's number."), false}};
    close.options = {
        QCommandLineOption(QStringList{kEnd}, tr("When it ended (UTC)."), QStringLiteral("TS"))};
    close.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkId(parser.positionalArguments().constFirst(), QStringLiteral("ID")); !s)
            return s;
        return checkTimestamp(parser, kEnd, true);
    };
    close.run = &IncidentCommands::incidentClose;

    CliCommand list;
    list.words = QStringList{QStringLiteral("incident"), QStringLiteral("list")};
    list.summary = tr("List platform incidents with their §2.8 flags.");
    list.description = tr("Tab-separated, with the columns of \"export incidents\".");
    list.run = &IncidentCommands::incidentList;

    CliCommand dispute;
    dispute.words = QStringList{QStringLiteral("dispute"), QStringLiteral("add")};
    dispute.synopsis = QStringLiteral("--incident ID --customer USCC --date D --description T");
    dispute.summary = tr("Record a customer's dispute against an incident (§2.8); prints its "
                         "number and whether the provider is liable.");
    dispute.options = {
        QCommandLineOption(QStringList{kIncident}, tr("The incident's number."),
                           QStringLiteral("ID")),
        QCommandLineOption(QStringList{kCustomer}, tr("The customer's code."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kDate}, tr("The day the dispute was raised."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kDescription}, tr("What the customer disputes."),
                           QStringLiteral("TEXT")),
    };
    dispute.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = requireOptions(parser, {kIncident, kCustomer, kDate, kDescription}); !s)
            return s;
        if (Status s = checkId(parser.value(kIncident), QStringLiteral("--incident")); !s)
            return s;
        if (!Dates::parse(parser.value(kDate)).isValid()) {
            return Error::usage(
                tr("--date needs a date written YYYY-MM-DD, not \"%1\".").arg(parser.value(kDate)));
        }
        return {};
    };
    dispute.run = &IncidentCommands::disputeAdd;

    return {add, close, list, dispute};
}

int IncidentCommands::incidentAdd(CliContext &context, const QCommandLineParser &parser)
{
    IncidentInput in;
    incidentKindFromKey(parser.value(kKind), &in.kind);
    incidentCauseFromKey(parser.value(kCause), &in.cause);
    in.title = parser.value(kTitle);
    in.startsAt = parseUtcTimestamp(parser.value(kStart));
    if (parser.isSet(kEnd))
        in.endsAt = parseUtcTimestamp(parser.value(kEnd));
    if (parser.isSet(kNoticed))
        in.noticedAt = parseUtcTimestamp(parser.value(kNoticed));
    if (parser.isSet(kChannel))
        noticeChannelFromKey(parser.value(kChannel), &in.channel);
    in.agentUsccs = parser.values(kAgent);
    in.description = parser.value(kDescription);
    Result<Incident> incident = IncidentService(context.database()).record(context.actor(), in);
    if (!incident)
        return context.fail(incident.error());
    context.out() << incident->id << Qt::endl; // alone, so a script can capture it
    if (IncidentService::lateNotice(incident.value())) {
        context.err() << tr("warning: the agents were told less than 24 hours before the "
                            "maintenance started (§2.8).")
                      << Qt::endl;
    }
    return 0;
}

int IncidentCommands::incidentClose(CliContext &context, const QCommandLineParser &parser)
{
    const qint64 id = parser.positionalArguments().constFirst().toLongLong();
    Result<Incident> incident =
        IncidentService(context.database())
            .close(context.actor(), id, parseUtcTimestamp(parser.value(kEnd)));
    if (!incident)
        return context.fail(incident.error());
    context.out() << (IncidentService::providerLiable(incident.value())
                          ? tr("Incident %1 closed; the provider is liable for the disputes it "
                               "caused (§2.8).")
                          : tr("Incident %1 closed."))
                         .arg(id)
                  << Qt::endl;
    return 0;
}

int IncidentCommands::incidentList(CliContext &context, const QCommandLineParser &)
{
    const IncidentsReport report;
    QStringList keys;
    for (const ReportColumn &column : report.columns())
        keys << column.key;
    QTextStream &out = context.out();
    out << keys.join(QLatin1Char('\t')) << '\n';
    const Status s =
        report.run(context.database(), ReportOptions{}, [&out](const QStringList &cells) {
            QStringList clean;
            clean.reserve(cells.size());
            for (const QString &c : cells)
                clean << cell(c);
            out << clean.join(QLatin1Char('\t')) << '\n';
            return true;
        });
    if (!s)
        return context.fail(s.error());
    return 0;
}

int IncidentCommands::disputeAdd(CliContext &context, const QCommandLineParser &parser)
{
    Result<Dispute> dispute =
        IncidentService(context.database())
            .recordDispute(context.actor(), parser.value(kIncident).toLongLong(),
                           parser.value(kCustomer), Dates::parse(parser.value(kDate)),
                           parser.value(kDescription));
    if (!dispute)
        return context.fail(dispute.error());
    // The number, then the §2.8 flag, tab-separated for a script.
    context.out() << dispute->id << '\t'
                  << (dispute->providerLiable ? QStringLiteral("provider_liable")
                                              : QStringLiteral("not_liable"))
                  << Qt::endl;
    return 0;
}

} // namespace cd
