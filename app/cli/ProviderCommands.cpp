#include "ProviderCommands.h"

#include "CliContext.h"

#include "settings/ProviderProfile.h"

namespace cd {

namespace {
const QString kName = QStringLiteral("name");
const QString kLicence = QStringLiteral("licence");
const QString kAddress = QStringLiteral("address");
const QString kPhone = QStringLiteral("phone");

QString cell(QString value)
{
    for (QChar &c : value) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return value;
}
} // namespace

QVector<CliCommand> ProviderCommands::commands()
{
    CliCommand show;
    show.words = QStringList{QStringLiteral("provider"), QStringLiteral("show")};
    show.summary = tr("Show the provider's profile, one \"key<TAB>value\" line per field.");
    show.description = tr("Keys: name, licence, address, phone, updated_at, updated_by.");
    show.run = &ProviderCommands::show;

    CliCommand set;
    set.words = QStringList{QStringLiteral("provider"), QStringLiteral("set")};
    set.synopsis = QStringLiteral("[--name TEXT] [--licence TEXT] [--address TEXT] [--phone TEXT]");
    set.summary = tr("Change the provider's profile printed on contracts (administrators only).");
    set.description = tr("Fields not given keep their value; an empty value clears a field. The "
                         "name is required for printing.");
    set.options = {
        QCommandLineOption(QStringList{kName}, tr("The provider's registered name."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kLicence},
                           tr("The value-added telecom business licence number."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kAddress}, tr("The registered address."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringList{kPhone}, tr("The phone printed for agents to call."),
                           QStringLiteral("TEXT")),
    };
    set.check = [](const QCommandLineParser &parser) -> Status {
        for (const QString &key : {kName, kLicence, kAddress, kPhone}) {
            if (parser.isSet(key))
                return {};
        }
        return Error::usage(tr("Give at least one of --name, --licence, --address, --phone."));
    };
    set.run = &ProviderCommands::set;

    return {show, set};
}

int ProviderCommands::show(CliContext &context, const QCommandLineParser &)
{
    Result<Provider> p = ProviderProfile(context.database()).load();
    if (!p)
        return context.fail(p.error());
    QTextStream &out = context.out();
    out << "name\t" << cell(p->name) << '\n'
        << "licence\t" << cell(p->licence) << '\n'
        << "address\t" << cell(p->address) << '\n'
        << "phone\t" << cell(p->phone) << '\n'
        << "updated_at\t" << p->updatedAt << '\n'
        << "updated_by\t" << p->updatedBy << '\n';
    return 0;
}

int ProviderCommands::set(CliContext &context, const QCommandLineParser &parser)
{
    ProviderProfile profile(context.database());
    Result<Provider> current = profile.load();
    if (!current)
        return context.fail(current.error());
    Provider p = *current;
    if (parser.isSet(kName))
        p.name = parser.value(kName);
    if (parser.isSet(kLicence))
        p.licence = parser.value(kLicence);
    if (parser.isSet(kAddress))
        p.address = parser.value(kAddress);
    if (parser.isSet(kPhone))
        p.phone = parser.value(kPhone);
    if (Status s = profile.set(context.actor(), p); !s)
        return context.fail(s.error());
    context.out() << tr("The provider's profile is saved.") << Qt::endl;
    return 0;
}

} // namespace cd
