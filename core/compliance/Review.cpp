#include "Review.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd {

QString reviewKindKey(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Qualification:
        return QStringLiteral("qualification");
    case ReviewKind::FollowUp:
        return QStringLiteral("follow_up");
    case ReviewKind::SpotCheck:
        return QStringLiteral("spot_check");
    }
    return {};
}

bool reviewKindFromKey(const QString &key, ReviewKind *kind)
{
    for (ReviewKind k : {ReviewKind::Qualification, ReviewKind::FollowUp, ReviewKind::SpotCheck}) {
        if (reviewKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString reviewKindDisplayName(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Qualification:
        return QCoreApplication::translate("cd::ReviewKind", "Qualification review");
    case ReviewKind::FollowUp:
        return QCoreApplication::translate("cd::ReviewKind", "Follow-up review");
    case ReviewKind::SpotCheck:
        return QCoreApplication::translate("cd::ReviewKind", "Spot check");
    }
    return {};
}

QVector<DocumentKind> allDocumentKinds()
{
    return {DocumentKind::BusinessLicence, DocumentKind::LegalRepId,
            DocumentKind::ApplicationForm, DocumentKind::CommitmentLetter,
            DocumentKind::HandlerId,       DocumentKind::AuthorisationLetter};
}

QString documentKindKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::BusinessLicence:
        return QStringLiteral("business_licence");
    case DocumentKind::LegalRepId:
        return QStringLiteral("legal_rep_id");
    case DocumentKind::ApplicationForm:
        return QStringLiteral("application_form");
    case DocumentKind::CommitmentLetter:
        return QStringLiteral("commitment_letter");
    case DocumentKind::HandlerId:
        return QStringLiteral("handler_id");
    case DocumentKind::AuthorisationLetter:
        return QStringLiteral("authorisation_letter");
    }
    return {};
}

bool documentKindFromKey(const QString &key, DocumentKind *kind)
{
    for (DocumentKind k : allDocumentKinds()) {
        if (documentKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QStringList documentKindKeys()
{
    QStringList keys;
    for (DocumentKind k : allDocumentKinds())
        keys << documentKindKey(k);
    return keys;
}

QString documentKindDisplayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::BusinessLicence:
        return QCoreApplication::translate("cd::DocumentKind", "Business licence");
    case DocumentKind::LegalRepId:
        return QCoreApplication::translate("cd::DocumentKind", "Legal representative's ID");
    case DocumentKind::ApplicationForm:
        return QCoreApplication::translate("cd::DocumentKind", "Application form");
    case DocumentKind::CommitmentLetter:
        return QCoreApplication::translate("cd::DocumentKind", "Commitment letter");
    case DocumentKind::HandlerId:
        return QCoreApplication::translate("cd::DocumentKind", "Handler's ID");
    case DocumentKind::AuthorisationLetter:
        return QCoreApplication::translate("cd::DocumentKind", "Authorisation letter");
    }
    return {};
}

QString qualificationDecisionKey(QualificationDecision d)
{
    switch (d) {
    case QualificationDecision::Approve:
        return QStringLiteral("approve");
    case QualificationDecision::Reject:
        return QStringLiteral("reject");
    case QualificationDecision::MoreDocuments:
        return QStringLiteral("more");
    }
    return {};
}

bool qualificationDecisionFromKey(const QString &key, QualificationDecision *d)
{
    for (QualificationDecision x : {QualificationDecision::Approve, QualificationDecision::Reject,
                                    QualificationDecision::MoreDocuments}) {
        if (qualificationDecisionKey(x) == key) {
            *d = x;
            return true;
        }
    }
    return false;
}

QString checkOutcomeKey(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Pass:
        return QStringLiteral("pass");
    case CheckOutcome::Issue:
        return QStringLiteral("issue");
    case CheckOutcome::Fraud:
        return QStringLiteral("fraud");
    }
    return {};
}

bool checkOutcomeFromKey(const QString &key, CheckOutcome *o)
{
    for (CheckOutcome x : {CheckOutcome::Pass, CheckOutcome::Issue, CheckOutcome::Fraud}) {
        if (checkOutcomeKey(x) == key) {
            *o = x;
            return true;
        }
    }
    return false;
}

QString checkOutcomeDisplayName(CheckOutcome o)
{
    switch (o) {
    case CheckOutcome::Pass:
        return QCoreApplication::translate("cd::CheckOutcome", "Passed");
    case CheckOutcome::Issue:
        return QCoreApplication::translate("cd::CheckOutcome", "Issue found");
    case CheckOutcome::Fraud:
        return QCoreApplication::translate("cd::CheckOutcome", "Fraud found");
    }
    return {};
}

} // namespace cd
