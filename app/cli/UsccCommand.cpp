#include "UsccCommand.h"

#include "CliContext.h"

#include "agents/Uscc.h"

namespace cd {

QVector<CliCommand> UsccCommand::commands() {
    CliCommand check;
    check.words = QStringList{QStringLiteral("uscc"), QStringLiteral("check")};
    check.synopsis = QStringLiteral("CODE");
    check.summary = tr("Check a unified social credit code; print it normalised if valid.");
    check.description = tr("Exit code 0 when the code is valid, 1 with the reason when not. "
                           "Lower case, spaces and dashes are accepted.");
    check.arguments = {CliArgument{QStringLiteral("CODE"), tr("The 18-character code."), false}};
    check.access = CliAccess::None;
    check.run = &UsccCommand::check;
    return {check};
}

int UsccCommand::check(CliContext &context, const QCommandLineParser &parser) {
    Result<Uscc> uscc = Uscc::parse(parser.positionalArguments().constFirst());
    if (!uscc)
        return context.fail(uscc.error());
    context.out() << uscc->code() << Qt::endl;
    return 0;
}

} // namespace cd
