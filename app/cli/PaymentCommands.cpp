#include "PaymentCommands.h"

#include "CliContext.h"

#include "common/Dates.h"
#include "common/Money.h"
#include "numbers/NumberService.h"
#include "numbers/PaymentService.h"

namespace cd {

namespace {
const QString kFen = QStringLiteral("fen");
const QString kDate = QStringLiteral("date");
const QString kMonths = QStringLiteral("months");
} // namespace

QVector<CliCommand> PaymentCommands::commands()
{
    CliCommand record;
    record.words = QStringList{QStringLiteral("payment"), QStringLiteral("record")};
    record.synopsis = QStringLiteral("NUMBER --fen N --date D --months M");
    record.summary = tr("Record a renewal payment; prints the period it covers (§2.10).");
    record.description =
        tr("M months cover the calendar months after the old paid_through, not after the "
           "payment date. A number suspended for arrears is active again from the payment "
           "date; a number blocked for fraud stays blocked (§3.9); a reclaimed number takes no "
           "payment (§2.10).");
    record.arguments = {CliArgument{QStringLiteral("NUMBER"), tr("The 400 number."), false}};
    record.options = {
        QCommandLineOption(QStringList{kFen}, tr("The amount in fen (12345 is ¥123.45)."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringList{kDate}, tr("The payment date."),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringList{kMonths}, tr("The months paid, 1 to 120."),
                           QStringLiteral("M")),
    };
    record.check = [](const QCommandLineParser &parser) -> Status {
        Money amount;
        if (!parser.isSet(kFen))
            return Error::usage(tr("Missing --fen N."));
        if (!Money::parseFen(parser.value(kFen), &amount) || amount <= Money())
            return Error::usage(tr("--fen needs a whole number of fen above zero, not \"%1\".")
                                    .arg(parser.value(kFen)));
        if (!parser.isSet(kDate))
            return Error::usage(tr("Missing --date YYYY-MM-DD."));
        if (!Dates::parse(parser.value(kDate)).isValid())
            return Error::usage(
                tr("--date needs a date written YYYY-MM-DD, not \"%1\".").arg(parser.value(kDate)));
        if (!parser.isSet(kMonths))
            return Error::usage(tr("Missing --months M."));
        bool ok = false;
        const int months = parser.value(kMonths).trimmed().toInt(&ok);
        if (!ok || months < 1 || months > 120)
            return Error::usage(tr("--months needs a whole number of months from 1 to 120, not "
                                   "\"%1\".")
                                    .arg(parser.value(kMonths)));
        return {};
    };
    record.run = &PaymentCommands::record;
    return {record};
}

int PaymentCommands::record(CliContext &context, const QCommandLineParser &parser)
{
    const QString number = parser.positionalArguments().constFirst();
    Money amount;
    Money::parseFen(parser.value(kFen), &amount); // checked before
    const QDate paidOn = Dates::parse(parser.value(kDate));
    const int months = parser.value(kMonths).trimmed().toInt();

    Result<Payment> payment =
        PaymentService(context.database()).record(context.actor(), number, amount, paidOn, months);
    if (!payment)
        return context.fail(payment.error());
    Result<Number> n = NumberService(context.database()).find(payment->number);
    if (!n)
        return context.fail(n.error());

    QTextStream &out = context.out();
    out << tr("Recorded %1 for %2: %3 to %4.")
               .arg(payment->amount.display(), payment->number, Dates::format(payment->periodFrom),
                    Dates::format(payment->periodTo))
        << '\n';
    out << tr("%1 is paid through %2; status %3.")
               .arg(n->number, Dates::format(n->paidThrough), numberStatusKey(n->status))
        << '\n';
    if (n->blocked())
        out << tr("The number stays blocked for fraud; a payment does not lift a block (§3.9).")
            << '\n';
    return 0;
}

} // namespace cd
