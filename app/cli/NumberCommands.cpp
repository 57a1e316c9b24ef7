#include "NumberCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "customers/CustomerService.h"
#include "numbers/Grade.h"
#include "numbers/NumberHistory.h"
#include "numbers/NumberService.h"
#include "numbers/PaymentService.h"

namespace cd {

namespace {
const QString kCustomer = QStringLiteral("customer");
const QString kPlan = QStringLiteral("plan");
const QString kDate = QStringLiteral("date");
const QString kMonths = QStringLiteral("months");
const QString kDestination = QStringLiteral("destination");
const QString kStatus = QStringLiteral("status");
const QString kGrade = QStringLiteral("grade");
const QString kDigits = QStringLiteral("digits");
const QString kLimit = QStringLiteral("limit");

constexpr int kDefaultLimit = 100;
constexpr int kPage = 2000;       // keyset page of `number list`
constexpr int kRecentEvents = 10; // status changes `number show` prints

Status checkDate(const QCommandLineParser &parser, const QString &option, bool required)
{
    if (!parser.isSet(option)) {
        if (required)
            return Error::usage(
                QCoreApplication::translate("cd::NumberCommands", "Missing --%1 YYYY-MM-DD.")
                    .arg(option));
        return {};
    }
    if (!Dates::parse(parser.value(option)).isValid())
        return Error::usage(
            QCoreApplication::translate("cd::NumberCommands",
                                        "--%1 needs a date written YYYY-MM-DD, not \"%2\".")
                .arg(option, parser.value(option)));
    return {};
}

Status checkRequired(const QCommandLineParser &parser, const QString &option, const QString &what)
{
    if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("cd::NumberCommands", "Missing --%1 %2.")
                                .arg(option, what));
    return {};
}

// The date of an optional --date, else today.
QDate dateOrToday(const QCommandLineParser &parser)
{
    return parser.isSet(kDate) ? Dates::parse(parser.value(kDate)) : QDate::currentDate();
}

QStringList statusKeys()
{
    QStringList keys;
    for (NumberStatus s :
         {NumberStatus::Available, NumberStatus::Reserved, NumberStatus::Active,
          NumberStatus::Suspended, NumberStatus::Reclaimed, NumberStatus::Cancelled})
        keys << numberStatusKey(s);
    return keys;
}

QStringList gradeKeys()
{
    return {gradeKey(Grade::Premium), gradeKey(Grade::Special), gradeKey(Grade::Normal)};
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

QVector<CliCommand> NumberCommands::commands()
{
    const CliArgument numberArgument{QStringLiteral("NUMBER"),
                                     tr("The 400 number, ten digits (separators allowed)."), false};

    CliCommand activate;
    activate.words = QStringList{QStringLiteral("number"), QStringLiteral("activate")};
    activate.synopsis = QStringLiteral(
        "NUMBER --customer USCC --plan CODE --date D --months M [--destination PHONE ...]");
    activate.summary = tr("Activate a number for a customer; prints its paid-through date.");
    activate.description =
        tr("paid_through = D + M months - 1 day. Refused unless the customer passed "
           "qualification review (§3.9), its agent has an active contract (§9.2), is not "
           "terminated (§9.6) and not stopped by a penalty (§3.2), and the plan's annual fee "
           "meets the number's grade. The number must be available or reserved for the "
           "customer.");
    activate.arguments = {numberArgument};
    activate.options = {
        QCommandLineOption(QStringList{kCustomer}, tr("The customer's code."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kPlan}, tr("The plan's code."), QStringLiteral("CODE")),
        QCommandLineOption(QStringList{kDate}, tr("The activation day."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kMonths}, tr("The months paid in advance, 1 to 120."),
                           QStringLiteral("M")),
        QCommandLineOption(QStringList{kDestination}, tr("A destination phone; repeat for more."),
                           QStringLiteral("PHONE")),
    };
    activate.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkRequired(parser, kCustomer, QStringLiteral("USCC")); !s)
            return s;
        if (Status s = checkRequired(parser, kPlan, QStringLiteral("CODE")); !s)
            return s;
        if (Status s = checkDate(parser, kDate, true); !s)
            return s;
        if (Status s = checkRequired(parser, kMonths, QStringLiteral("M")); !s)
            return s;
        bool ok = false;
        const int months = parser.value(kMonths).trimmed().toInt(&ok);
        if (!ok || months < 1 || months > 120)
            return Error::usage(tr("--months needs a whole number of months from 1 to 120, not "
                                   "\"%1\".")
                                    .arg(parser.value(kMonths)));
        return {};
    };
    activate.run = &NumberCommands::activate;

    CliCommand show;
    show.words = QStringList{QStringLiteral("number"), QStringLiteral("show")};
    show.synopsis = QStringLiteral("NUMBER");
    show.summary = tr("Show a number: status, customer, plan, dates, destinations, payments.");
    show.description = tr("One \"key: value\" line per field, then the payments, newest first, "
                          "and the latest status changes with their dates.");
    show.arguments = {numberArgument};
    show.run = &NumberCommands::show;

    CliCommand list;
    list.words = QStringList{QStringLiteral("number"), QStringLiteral("list")};
    list.synopsis = QStringLiteral("[--status S] [--grade G] [--digits D] [--limit N]");
    list.summary = tr("List numbers in number order, tab-separated.");
    list.description =
        tr("Columns: number, carrier, grade, status, customer_uscc, agent_uscc, plan, "
           "activated_on, paid_through. At most %1 lines unless --limit says otherwise; "
           "--limit 0 lists all.")
            .arg(kDefaultLimit);
    list.options = {
        QCommandLineOption(QStringList{kStatus},
                           tr("Only this status: %1.").arg(statusKeys().join(QStringLiteral(", "))),
                           QStringLiteral("S")),
        QCommandLineOption(QStringList{kGrade},
                           tr("Only this grade: %1.").arg(gradeKeys().join(QStringLiteral(", "))),
                           QStringLiteral("G")),
        QCommandLineOption(QStringList{kDigits}, tr("Only numbers containing these digits."),
                           QStringLiteral("D")),
        QCommandLineOption(QStringList{kLimit}, tr("At most this many lines; 0 for all."),
                           QStringLiteral("N")),
    };
    list.check = [](const QCommandLineParser &parser) -> Status {
        if (parser.isSet(kStatus) && !statusKeys().contains(parser.value(kStatus)))
            return Error::usage(
                tr("Unknown status \"%1\": use %2.")
                    .arg(parser.value(kStatus), statusKeys().join(QStringLiteral(", "))));
        if (parser.isSet(kGrade) && !gradeKeys().contains(parser.value(kGrade)))
            return Error::usage(
                tr("Unknown grade \"%1\": use %2.")
                    .arg(parser.value(kGrade), gradeKeys().join(QStringLiteral(", "))));
        if (parser.isSet(kDigits)) {
            const QString digits = parser.value(kDigits).trimmed();
            bool onlyDigits = !digits.isEmpty();
            for (const QChar c : digits)
                onlyDigits = onlyDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            if (!onlyDigits)
                return Error::usage(
                    tr("--digits needs digits only, not \"%1\".").arg(parser.value(kDigits)));
        }
        if (parser.isSet(kLimit)) {
            bool ok = false;
            const int limit = parser.value(kLimit).toInt(&ok);
            if (!ok || limit < 0)
                return Error::usage(tr("--limit needs a whole number, 0 for all, not \"%1\".")
                                        .arg(parser.value(kLimit)));
        }
        return {};
    };
    list.run = &NumberCommands::list;

    CliCommand reserve;
    reserve.words = QStringList{QStringLiteral("number"), QStringLiteral("reserve")};
    reserve.synopsis = QStringLiteral("NUMBER --customer USCC [--date D]");
    reserve.summary = tr("Hold an available number for a customer.");
    reserve.description =
        tr("A customer holds at most reservation_limit numbers at a time; the sweep releases "
           "a reservation after reservation_days (parameters).");
    reserve.arguments = {numberArgument};
    reserve.options = {
        QCommandLineOption(QStringList{kCustomer}, tr("The customer's code."),
                           QStringLiteral("USCC")),
        QCommandLineOption(QStringList{kDate}, tr("The day of the reservation (default today)."),
                           QStringLiteral("YYYY-MM-DD")),
    };
    reserve.check = [](const QCommandLineParser &parser) -> Status {
        if (Status s = checkRequired(parser, kCustomer, QStringLiteral("USCC")); !s)
            return s;
        return checkDate(parser, kDate, false);
    };
    reserve.run = &NumberCommands::reserve;

    CliCommand release;
    release.words = QStringList{QStringLiteral("number"), QStringLiteral("release")};
    release.synopsis = QStringLiteral("NUMBER [--date D]");
    release.summary = tr("Return a reserved number to the pool.");
    release.arguments = {numberArgument};
    release.options = {QCommandLineOption(QStringList{kDate},
                                          tr("The day of the release (default today)."),
                                          QStringLiteral("YYYY-MM-DD"))};
    release.check = [](const QCommandLineParser &parser) -> Status {
        return checkDate(parser, kDate, false);
    };
    release.run = &NumberCommands::release;

    CliCommand cancel;
    cancel.words = QStringList{QStringLiteral("number"), QStringLiteral("cancel")};
    cancel.synopsis = QStringLiteral("NUMBER --date D");
    cancel.summary = tr("Cancel a number in service at the customer's request.");
    cancel.description = tr("The number is kept, with status cancelled; it is never deleted.");
    cancel.arguments = {numberArgument};
    cancel.options = {QCommandLineOption(QStringList{kDate}, tr("The day of the cancellation."),
                                         QStringLiteral("YYYY-MM-DD"))};
    cancel.check = [](const QCommandLineParser &parser) -> Status {
        return checkDate(parser, kDate, true);
    };
    cancel.run = &NumberCommands::cancel;

    CliCommand destinations;
    destinations.words = QStringList{QStringLiteral("number"), QStringLiteral("destinations")};
    destinations.synopsis = QStringLiteral("NUMBER PHONE...");
    destinations.summary = tr("Replace the destination phones of a number in service.");
    destinations.arguments = {
        numberArgument,
        CliArgument{QStringLiteral("PHONE"),
                    tr("A Chinese mobile or landline number, in the order calls try them."), false,
                    true}};
    destinations.run = &NumberCommands::destinations;

    return {activate, show, list, reserve, release, cancel, destinations};
}

int NumberCommands::activate(CliContext &context, const QCommandLineParser &parser)
{
    Activation a;
    a.number = parser.positionalArguments().constFirst();
    a.customerUscc = parser.value(kCustomer).trimmed();
    a.planCode = parser.value(kPlan).trimmed();
    a.date = Dates::parse(parser.value(kDate));
    a.months = parser.value(kMonths).trimmed().toInt(); // checked before
    a.destinations = parser.values(kDestination);
    Result<Number> n = NumberService(context.database()).activate(context.actor(), a);
    if (!n)
        return context.fail(n.error());
    context.out()
        << tr("%1 is active, paid through %2.").arg(n->number, Dates::format(n->paidThrough))
        << Qt::endl;
    return 0;
}

int NumberCommands::show(CliContext &context, const QCommandLineParser &parser)
{
    Database &db = context.database();
    Result<Number> number = NumberService(db).find(parser.positionalArguments().constFirst());
    if (!number)
        return context.fail(number.error());
    const Number &n = number.value();
    QString reservedFor;
    if (n.reservedFor) {
        Result<Customer> c = CustomerService(db).findById(n.reservedFor);
        if (!c)
            return context.fail(c.error());
        reservedFor = QStringLiteral("%1 (%2)").arg(c->name, c->uscc);
    }
    Result<QVector<Payment>> payments = PaymentService(db).ofNumber(n.number);
    if (!payments)
        return context.fail(payments.error());
    Result<QVector<NumberEvent>> events = NumberHistory(db).events(n.id);
    if (!events)
        return context.fail(events.error());

    // Field keys as in the numbers report, so a script can pick a line.
    QTextStream &out = context.out();
    const auto field = [&out](const char *key, const QString &value) {
        out << key << ": " << value << '\n';
    };
    field("number", n.number);
    field("carrier", n.carrier);
    field("grade", gradeKey(n.grade));
    field("status", numberStatusKey(n.status));
    field("status_since", Dates::format(n.statusSince));
    field("customer", n.customerUscc.isEmpty()
                          ? QString()
                          : QStringLiteral("%1 (%2)").arg(n.customerName, n.customerUscc));
    field("agent_uscc", n.agentUscc);
    field("plan", n.planCode);
    if (n.status == NumberStatus::Reserved) {
        field("reserved_for", reservedFor);
        field("reserved_until", Dates::format(n.reservedUntil));
    }
    field("activated_on", Dates::format(n.activatedOn));
    field("paid_through", Dates::format(n.paidThrough));
    field("suspended_on", Dates::format(n.suspendedOn));
    field("suspension", n.suspension);
    field("reclaimed_on", Dates::format(n.reclaimedOn));
    field("cancelled_on", Dates::format(n.cancelledOn));
    field("destinations", n.destinations.join(QStringLiteral(", ")));

    out << '\n' << tr("Payments: %1").arg(payments->size()) << '\n';
    // Newest first; the payer is the service owner's code, or "provider" (a
    // fixed key, as in the renewals report) after a takeover.
    for (const Payment &p : payments.value()) {
        out << "  " << Dates::format(p.paidOn) << '\t' << p.amount.display() << '\t' << p.months
            << '\t' << Dates::format(p.periodFrom) << ".." << Dates::format(p.periodTo) << '\t'
            << (p.payerUscc.isEmpty() ? QStringLiteral("provider") : p.payerUscc) << '\n';
    }
    // The latest status changes, oldest of them first, each on its true date.
    out << '\n'
        << tr("Recent events: %1 of %2")
               .arg(qMin(int(events->size()), kRecentEvents))
               .arg(events->size())
        << '\n';
    for (qsizetype i = qMax(qsizetype(0), events->size() - kRecentEvents); i < events->size();
         ++i) {
        const NumberEvent &e = events->at(i);
        out << "  " << Dates::format(e.date) << '\t' << e.fromStatus << " -> " << e.toStatus << '\t'
            << cell(e.reason) << '\n';
    }
    return 0;
}

int NumberCommands::list(CliContext &context, const QCommandLineParser &parser)
{
    NumberFilter filter;
    filter.status = parser.value(kStatus);
    filter.grade = parser.value(kGrade);
    filter.digits = parser.value(kDigits).trimmed();
    const int limit = parser.isSet(kLimit) ? parser.value(kLimit).toInt() : kDefaultLimit;

    NumberService numbers(context.database());
    QTextStream &out = context.out();
    out << "number\tcarrier\tgrade\tstatus\tcustomer_uscc\tagent_uscc\tplan\tactivated_on\t"
           "paid_through\n";
    // Keyset pages: a million numbers never sit in memory at once. One more
    // than asked tells whether the list was cut.
    int printed = 0;
    bool more = false;
    QString after;
    while (true) {
        const int want = limit == 0 ? kPage : qMin(kPage, limit - printed + 1);
        Result<QVector<Number>> page = numbers.page(filter, after, want);
        if (!page)
            return context.fail(page.error());
        for (const Number &n : page.value()) {
            if (limit != 0 && printed == limit) {
                more = true;
                break;
            }
            out << n.number << '\t' << n.carrier << '\t' << gradeKey(n.grade) << '\t'
                << numberStatusKey(n.status) << '\t' << n.customerUscc << '\t' << n.agentUscc
                << '\t' << n.planCode << '\t' << Dates::format(n.activatedOn) << '\t'
                << Dates::format(n.paidThrough) << '\n';
            ++printed;
        }
        if (more || page->size() < want)
            break;
        after = page->constLast().number;
    }
    out.flush();
    if (more)
        context.err() << tr("Only the first %n number(s) are listed; use --limit N, or --limit 0 "
                            "for all.",
                            nullptr, limit)
                      << Qt::endl;
    return 0;
}

int NumberCommands::reserve(CliContext &context, const QCommandLineParser &parser)
{
    NumberService numbers(context.database());
    const QString number = parser.positionalArguments().constFirst();
    if (Status s = numbers.reserve(context.actor(), number, parser.value(kCustomer).trimmed(),
                                   dateOrToday(parser));
        !s)
        return context.fail(s.error());
    Result<Number> n = numbers.find(number);
    if (!n)
        return context.fail(n.error());
    context.out() << tr("%1 is reserved until %2.").arg(n->number, Dates::format(n->reservedUntil))
                  << Qt::endl;
    return 0;
}

int NumberCommands::release(CliContext &context, const QCommandLineParser &parser)
{
    const QString number = parser.positionalArguments().constFirst();
    if (Status s =
            NumberService(context.database()).release(context.actor(), number, dateOrToday(parser));
        !s)
        return context.fail(s.error());
    context.out() << tr("%1 is available again.").arg(normaliseNumber(number)) << Qt::endl;
    return 0;
}

int NumberCommands::cancel(CliContext &context, const QCommandLineParser &parser)
{
    const QString number = parser.positionalArguments().constFirst();
    const QDate date = Dates::parse(parser.value(kDate));
    if (Status s = NumberService(context.database()).cancel(context.actor(), number, date); !s)
        return context.fail(s.error());
    context.out()
        << tr("%1 is cancelled from %2.").arg(normaliseNumber(number), Dates::format(date))
        << Qt::endl;
    return 0;
}

int NumberCommands::destinations(CliContext &context, const QCommandLineParser &parser)
{
    QStringList phones = parser.positionalArguments();
    const QString number = phones.takeFirst();
    NumberService numbers(context.database());
    if (Status s = numbers.setDestinations(context.actor(), number, phones); !s)
        return context.fail(s.error());
    Result<Number> n = numbers.find(number);
    if (!n)
        return context.fail(n.error());
    context.out() << tr("%1 rings %2.").arg(n->number, n->destinations.join(QStringLiteral(", ")))
                  << Qt::endl;
    return 0;
}

} // namespace cd
