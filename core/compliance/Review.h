#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

// The checks of a customer (SPEC §2 "Review", §3.9): the qualification review
// before activation, follow-up reviews and spot checks of active customers.
enum class ReviewKind { Qualification, FollowUp, SpotCheck };
QString reviewKindKey(ReviewKind kind); // "qualification", "follow_up", "spot_check"
bool reviewKindFromKey(const QString &key, ReviewKind *kind);
QString reviewKindDisplayName(ReviewKind kind);

// §3.9 The documents of a qualification review, keyed as `review attach --kind`.
enum class DocumentKind {
    BusinessLicence,
    LegalRepId,
    ApplicationForm,
    CommitmentLetter,
    HandlerId,
    AuthorisationLetter,
};
QString documentKindKey(DocumentKind kind); // "business_licence", ...
bool documentKindFromKey(const QString &key, DocumentKind *kind);
QString documentKindDisplayName(DocumentKind kind);
QVector<DocumentKind> allDocumentKinds();
QStringList documentKindKeys();

// §3.9 The qualification decision: approved, rejected (reason required), or
// more documents needed (the review stays open).
enum class QualificationDecision { Approve, Reject, MoreDocuments };
QString qualificationDecisionKey(QualificationDecision d); // "approve", "reject", "more"
bool qualificationDecisionFromKey(const QString &key, QualificationDecision *d);

// The result of a follow-up review or a spot check.
enum class CheckOutcome { Pass, Issue, Fraud };
QString checkOutcomeKey(CheckOutcome o); // "pass", "issue", "fraud"
bool checkOutcomeFromKey(const QString &key, CheckOutcome *o);
QString checkOutcomeDisplayName(CheckOutcome o);

struct Review {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerUscc;
    QString customerName;
    QString agentUscc; // the developing agent
    ReviewKind kind = ReviewKind::Qualification;
    QDate openedOn;
    QDate dueOn; // follow-ups: the day it falls due; invalid otherwise
    bool open = true;
    QString
        outcome; // key of the reviews table: approved, rejected, more_documents, pass, issue, fraud
    QString reason;
    QDate decidedOn;
    QString decidedBy;
    qint64 planId = 0; // spot checks: the plan that drew the customer
};

// A document on file for a customer; its bytes are read with documentContent().
struct CustomerDocument {
    qint64 id = 0;
    qint64 customerId = 0;
    DocumentKind kind = DocumentKind::BusinessLicence;
    QString fileName;
    QString sha256; // lower-case hex of the stored bytes
    qint64 size = 0;
    QDate addedOn;
    QString addedBy;
};

// One line of a customer's checklist: a required document and whether one is on file.
struct ChecklistItem {
    DocumentKind kind = DocumentKind::BusinessLicence;
    bool present = false;
    int documents = 0; // how many files of this kind are on file
};

} // namespace cd
