#include "AuditCommand.h"

#include "CliContext.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"

namespace cd {

namespace {
const QString kLimit = QStringLiteral("limit");
const QString kBy = QStringLiteral("by");
const QString kSearch = QStringLiteral("search");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100000;

// One entry is one line: tabs and line breaks inside values become spaces.
QString cell(QString value) {
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}
} // namespace

QVector<CliCommand> AuditCommand::commands() {
    CliCommand audit;
    audit.words = QStringList{QStringLiteral("audit")};
    audit.synopsis = QStringLiteral("[--limit N] [--by NAME] [--search TEXT] [--from D] [--to D]");
    audit.summary = tr("Show the newest audit log entries, tab-separated.");
    audit.description =
        tr("Columns: id, at, user, action, entity, entity_id, old_value, new_value, clause. "
           "Newest first.");
    audit.options = {
        QCommandLineOption(QStringList{kLimit},
                           tr("Show at most N entries (default %1).").arg(kDefaultLimit),
                           QStringLiteral("N")),
        QCommandLineOption(QStringList{kBy}, tr("Only the entries made by this user."),
                           QStringLiteral("NAME")),
        QCommandLineOption(QStringList{kSearch},
                           tr("Only the entries whose action, record or values contain TEXT."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kFrom}, tr("Only the entries on or after this UTC date."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kTo}, tr("Only the entries on or before this UTC date."),
                           QStringLiteral("YYYY-MM-DD")),
    };
    audit.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kLimit)) {
            bool ok = false;
            const int limit = parser.value(kLimit).toInt(&ok);
            if (!ok || limit < 1 || limit > kMaxLimit) {
                return Error::usage(tr("--limit needs a whole number from 1 to %1, not \"%2\".")
                                        .arg(kMaxLimit)
                                        .arg(parser.value(kLimit)));
            }
        }
        for (const QString &option : {kFrom, kTo}) {
            if (parser.isSet(option) && !Dates::parse(parser.value(option)).isValid()) {
                return Error::usage(tr("--%1 needs a date written YYYY-MM-DD, not \"%2\".")
                                        .arg(option, parser.value(option)));
            }
        }
        return {};
    };
    audit.run = &AuditCommand::run;
    return {audit};
}

int AuditCommand::run(CliContext &context, const QCommandLineParser &parser) {
    AuditFilter filter;
    filter.userName = parser.value(kBy);
    filter.text = parser.value(kSearch);
    filter.from = Dates::parse(parser.value(kFrom));
    filter.to = Dates::parse(parser.value(kTo));
    const int limit = parser.isSet(kLimit) ? parser.value(kLimit).toInt() : kDefaultLimit;

    Result<QVector<AuditEntry>> entries = AuditLog::page(context.database(), filter, 0, limit);
    if (!entries)
        return context.fail(entries.error());
    QTextStream &out = context.out();
    out << "id\tat\tuser\taction\tentity\tentity_id\told_value\tnew_value\tclause\n";
    for (const AuditEntry &e : entries.value()) {
        out << e.id << '\t' << e.at << '\t' << cell(e.userName) << '\t' << cell(e.action) << '\t'
            << cell(e.entity) << '\t' << cell(e.entityId) << '\t' << cell(e.oldValue) << '\t'
            << cell(e.newValue) << '\t' << e.clause << '\n';
    }
    return 0;
}

} // namespace cd
