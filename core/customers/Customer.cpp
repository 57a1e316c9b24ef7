#include "Customer.h"

#include <QCoreApplication>

namespace cd {

QString qualificationKey(Qualification q)
{
    switch (q) {
    case Qualification::Pending:
        return QStringLiteral("pending");
    case Qualification::Approved:
        return QStringLiteral("approved");
    case Qualification::Rejected:
        return QStringLiteral("rejected");
    case Qualification::MoreDocuments:
        return QStringLiteral("more_documents");
    }
    return {};
}

bool qualificationFromKey(const QString &key, Qualification *q)
{
    for (Qualification x : {Qualification::Pending, Qualification::Approved, Qualification::Rejected,
                            Qualification::MoreDocuments}) {
        if (qualificationKey(x) == key) {
            *q = x;
            return true;
        }
    }
    return false;
}

QString qualificationDisplayName(Qualification q)
{
    switch (q) {
    case Qualification::Pending:
        return QCoreApplication::translate("cd::Qualification", "Pending review");
    case Qualification::Approved:
        return QCoreApplication::translate("cd::Qualification", "Approved");
    case Qualification::Rejected:
        return QCoreApplication::translate("cd::Qualification", "Rejected");
    case Qualification::MoreDocuments:
        return QCoreApplication::translate("cd::Qualification", "More documents needed");
    }
    return {};
}

} // namespace cd
