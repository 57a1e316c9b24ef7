#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QVector>

namespace cd {

// payment record: a renewal of a number (§2.10) through PaymentService. The
// payment covers the months after the old paid_through, whatever its date;
// an arrears suspension ends, a fraud block stays, a reclaimed number is
// refused.
class PaymentCommands
{
    Q_DECLARE_TR_FUNCTIONS(cd::PaymentCommands)

public:
    static QVector<CliCommand> commands();

private:
    static int record(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
