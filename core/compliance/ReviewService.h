#pragma once

#include "common/Actor.h"
#include "common/Result.h"
#include "compliance/Review.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace cd {

class Database;
struct Customer;

struct ReviewFilter {
    bool openOnly = true;
    bool anyKind = true;
    ReviewKind kind = ReviewKind::Qualification; // when !anyKind
    qint64 customerId = 0;                       // 0: every customer
};

// What recording a check did: the closed review and, for fraud, the numbers
// blocked and the violation case opened against the developing agent.
struct CheckRecord {
    Review review;
    int blockedNumbers = 0;
    qint64 violationId = 0; // 0 unless fraud was found
};

// §3.9 Qualification reviews (documents, checklist, decision) and the result
// of follow-up reviews and spot checks, with fraud's consequences.
//
// A customer recorded as `pending` gets its qualification review opened on the
// day it is created (CustomerService calls openQualificationIn). A customer
// without an open review (moved in, or rejected before) gets one on its next
// document or decision, unless it is approved.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReviewService)

public:
    explicit ReviewService(Database &db)
        : m_db(db)
    {
    }

    // §3.9 The documents a customer's qualification needs: business licence,
    // legal representative's ID, application form and commitment letter; plus
    // the handler's ID and an authorisation letter when the handler is not
    // the legal representative.
    static QVector<DocumentKind> requiredDocuments(const Customer &customer);
    static QVector<DocumentKind> requiredDocuments(const QString &legalRep,
                                                   const QString &handlerName);

    // Stores the file's bytes with their SHA-256 (one transaction, audited).
    Result<CustomerDocument> attach(const Actor &actor, const QString &customerUscc,
                                    DocumentKind kind, const QString &fileName,
                                    const QByteArray &content, const QDate &date);
    Result<QVector<CustomerDocument>> documents(qint64 customerId);
    Result<QByteArray> documentContent(qint64 documentId);

    // Each required document and whether one is on file, in checklist order.
    Result<QVector<ChecklistItem>> checklist(qint64 customerId);
    Result<QVector<DocumentKind>> missingDocuments(qint64 customerId);

    // §3.9 The qualification decision on `date`. Approval is refused while a
    // required document is missing (the error names each missing kind);
    // rejection needs a reason; "more documents" keeps the review open.
    // Sets customers.qualification; one transaction, audited with §3.9.
    Result<Review> decide(const Actor &actor, const QString &customerUscc,
                          QualificationDecision decision, const QString &reason, const QDate &date);

    // §3.9 The result of a follow-up review or a spot check. Fraud blocks all
    // the customer's numbers at once and opens a violation case for its
    // developing agent, in the same transaction.
    Result<CheckRecord> record(const Actor &actor, qint64 reviewId, CheckOutcome outcome,
                               const QString &note, const QDate &date);

    Result<Review> find(qint64 reviewId);
    // The customer's open qualification review; NotFound when there is none.
    Result<Review> openQualification(qint64 customerId);
    // Oldest first.
    Result<QVector<Review>> list(const ReviewFilter &filter);

    // Inside the caller's transaction: the customer's open qualification
    // review, opened on `date` when there is none. Returns its id.
    Result<qint64> openQualificationIn(const Actor &actor, qint64 customerId, const QDate &date);
    // Inside the caller's transaction: opens a follow-up review or a spot check.
    Result<qint64> openCheckIn(const Actor &actor, qint64 customerId, ReviewKind kind,
                               const QDate &openedOn, const QDate &dueOn, qint64 planId = 0);

private:
    Result<QVector<ChecklistItem>> checklistFor(const Customer &customer);

    Database &m_db;
};

} // namespace cd
