#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace cd {

// demo [--agents N --customers N --numbers N --seed S] (SPEC §4): fills an
// empty database with DemoGenerator. Admin only.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cd::DemoCommand)

public:
    static QVector<CliCommand> commands();

private:
    static int run(CliContext &context, const QCommandLineParser &parser);
};

} // namespace cd
