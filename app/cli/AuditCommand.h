#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// audit: the newest entries of the audit log, for every role that may sign in.
class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(cd::AuditCommand)

public:
    static QVector<CliCommand> commands();

private:
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
