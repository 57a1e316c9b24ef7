#include "Error.h"

namespace cd {

Error Error::rule(const QString &message, const QString &clause)
{
    return Error{ErrorKind::Rule, message, clause, {}};
}

Error Error::notFound(const QString &message)
{
    return Error{ErrorKind::NotFound, message, {}, {}};
}

Error Error::permission(const QString &message)
{
    return Error{ErrorKind::Permission, message, {}, {}};
}

Error Error::usage(const QString &message)
{
    return Error{ErrorKind::Usage, message, {}, {}};
}

Error Error::badInput(const QString &message, const QStringList &details)
{
    return Error{ErrorKind::BadInput, message, {}, details};
}

Error Error::database(const QString &message)
{
    return Error{ErrorKind::Database, message, {}, {}};
}

QString Error::text() const
{
    if (clause.isEmpty())
        return message;
    return QStringLiteral("%1 (%2)").arg(message, clause);
}

int Error::exitCode() const
{
    switch (kind) {
    case ErrorKind::Rule:
    case ErrorKind::NotFound:
    case ErrorKind::Permission:
        return 1;
    case ErrorKind::Usage:
        return 2;
    case ErrorKind::BadInput:
        return 3;
    case ErrorKind::Database:
        return 4;
    }
    return 1;
}

} // namespace cd
