#include "ReviewService.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "compliance/ViolationService.h"
#include "customers/CustomerService.h"
#include "numbers/NumberService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QHash>

namespace cd {

namespace {
const QString kClause = QStringLiteral("§3.9");

const QString kReviewSelect = QStringLiteral(
    "SELECT r.id, r.customer_id, c.uscc, c.name, a.uscc, r.kind, r.opened_on, r.due_on, r.status,"
    " r.outcome, r.reason, r.decided_on, r.decided_by, r.plan_id"
    " FROM reviews r JOIN customers c ON c.id = r.customer_id JOIN agents a ON a.id = c.agent_id");

Review reviewFrom(SqlQuery &q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.customerUscc = q.value(2).toString();
    r.customerName = q.value(3).toString();
    r.agentUscc = q.value(4).toString();
    reviewKindFromKey(q.value(5).toString(), &r.kind);
    r.openedOn = Dates::parse(q.value(6).toString());
    r.dueOn = Dates::parse(q.value(7).toString());
    r.open = q.value(8).toString() == QLatin1String("open");
    r.outcome = q.value(9).toString();
    r.reason = q.value(10).toString();
    r.decidedOn = Dates::parse(q.value(11).toString());
    r.decidedBy = q.value(12).toString();
    r.planId = q.value(13).toLongLong();
    return r;
}

Status audit(Database &db, const Actor &actor, const QString &action, const QString &customerUscc,
             const QString &oldValue, const QString &newValue)
{
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("customer");
    e.entityId = customerUscc;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.clause = kClause;
    return AuditLog::record(db, actor, e);
}

Qualification qualificationAfter(QualificationDecision d)
{
    switch (d) {
    case QualificationDecision::Approve:
        return Qualification::Approved;
    case QualificationDecision::Reject:
        return Qualification::Rejected;
    case QualificationDecision::MoreDocuments:
        return Qualification::MoreDocuments;
    }
    return Qualification::Pending;
}

QStringList keysOf(const QVector<DocumentKind> &kinds)
{
    QStringList keys;
    for (DocumentKind k : kinds)
        keys << documentKindKey(k);
    return keys;
}
} // namespace

QVector<DocumentKind> ReviewService::requiredDocuments(const QString &legalRep,
                                                       const QString &handlerName)
{
    QVector<DocumentKind> kinds{DocumentKind::BusinessLicence, DocumentKind::LegalRepId,
                                DocumentKind::ApplicationForm, DocumentKind::CommitmentLetter};
    const QString handler = handlerName.trimmed();
    // §3.9 A handler acting for the legal representative brings their own ID and an authorisation
    // letter.
    if (!handler.isEmpty() && handler != legalRep.trimmed())
        kinds << DocumentKind::HandlerId << DocumentKind::AuthorisationLetter;
    return kinds;
}

QVector<DocumentKind> ReviewService::requiredDocuments(const Customer &customer)
{
    return requiredDocuments(customer.legalRep, customer.handlerName);
}

Result<qint64> ReviewService::openQualificationIn(const Actor &actor, qint64 customerId,
                                                  const QDate &date)
{
    Result<Review> open = openQualification(customerId);
    if (open)
        return open->id;
    if (open.error().kind != ErrorKind::NotFound)
        return open.error();
    return openCheckIn(actor, customerId, ReviewKind::Qualification, date, {});
}

Result<qint64> ReviewService::openCheckIn(const Actor &actor, qint64 customerId, ReviewKind kind,
                                          const QDate &openedOn, const QDate &dueOn, qint64 planId)
{
    if (!openedOn.isValid())
        return Error::rule(tr("A review needs the day it opens."), kClause);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO reviews (customer_id, kind, opened_on, due_on, plan_id)"
                              " VALUES (:c, :k, :o, :d, :p) RETURNING id"));
    q.bind(QStringLiteral(":c"), customerId)
        .bind(QStringLiteral(":k"), reviewKindKey(kind))
        .bind(QStringLiteral(":o"), Dates::format(openedOn))
        .bind(QStringLiteral(":d"), dueOn.isValid() ? QVariant(Dates::format(dueOn)) : QVariant())
        .bind(QStringLiteral(":p"), planId > 0 ? QVariant(planId) : QVariant());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    Result<Customer> customer = CustomerService(m_db).findById(customerId);
    if (!customer)
        return customer.error();
    QString value = QStringLiteral("review=%1; kind=%2; opened=%3")
                        .arg(id->toString(), reviewKindKey(kind), Dates::format(openedOn));
    if (dueOn.isValid())
        value += QStringLiteral("; due=%1").arg(Dates::format(dueOn));
    if (planId > 0)
        value += QStringLiteral("; plan=%1").arg(planId);
    if (Status s = audit(m_db, actor, QStringLiteral("review.open"), customer->uscc, {}, value); !s)
        return s.error();
    return id->toLongLong();
}

Result<CustomerDocument> ReviewService::attach(const Actor &actor, const QString &customerUscc,
                                               DocumentKind kind, const QString &fileName,
                                               const QByteArray &content, const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change customer reviews."));
    if (content.isEmpty())
        return Error::rule(tr("The document %1 is empty.").arg(fileName), kClause);
    if (fileName.trimmed().isEmpty())
        return Error::rule(tr("A document needs its file name."), kClause);
    if (!date.isValid())
        return Error::rule(tr("A document needs the day it was received."), kClause);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Customer> customer = CustomerService(m_db).find(customerUscc);
    if (!customer)
        return customer.error();
    // A document for a customer not yet approved belongs to a review: open one
    // (moved-in records, or a new application after a rejection).
    if (customer->qualification != Qualification::Approved) {
        if (Result<qint64> review = openQualificationIn(actor, customer->id, date); !review)
            return review.error();
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    SqlQuery q(
        m_db, QStringLiteral("INSERT INTO customer_documents (customer_id, kind, file_name, sha256,"
                             " content, added_on, added_by) VALUES (:c, :k, :f, :h, :b, :d, :u)"
                             " RETURNING id"));
    q.bind(QStringLiteral(":c"), customer->id)
        .bind(QStringLiteral(":k"), documentKindKey(kind))
        .bind(QStringLiteral(":f"), fileName.trimmed())
        .bind(QStringLiteral(":h"), sha)
        .bind(QStringLiteral(":b"), content)
        .bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":u"), actor.userName);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = audit(m_db, actor, QStringLiteral("review.document"), customer->uscc, {},
                         QStringLiteral("kind=%1; file=%2; bytes=%3; sha256=%4")
                             .arg(documentKindKey(kind), fileName.trimmed())
                             .arg(content.size())
                             .arg(sha));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    CustomerDocument doc;
    doc.id = id->toLongLong();
    doc.customerId = customer->id;
    doc.kind = kind;
    doc.fileName = fileName.trimmed();
    doc.sha256 = sha;
    doc.size = content.size();
    doc.addedOn = date;
    doc.addedBy = actor.userName;
    return doc;
}

Result<QVector<CustomerDocument>> ReviewService::documents(qint64 customerId)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, customer_id, kind, file_name, sha256, LENGTH(content),"
                              " added_on, added_by FROM customer_documents WHERE customer_id = :c"
                              " ORDER BY id"));
    q.bind(QStringLiteral(":c"), customerId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<CustomerDocument> out;
    while (q.next()) {
        CustomerDocument d;
        d.id = q.value(0).toLongLong();
        d.customerId = q.value(1).toLongLong();
        documentKindFromKey(q.value(2).toString(), &d.kind);
        d.fileName = q.value(3).toString();
        d.sha256 = q.value(4).toString();
        d.size = q.value(5).toLongLong();
        d.addedOn = Dates::parse(q.value(6).toString());
        d.addedBy = q.value(7).toString();
        out.append(d);
    }
    return out;
}

Result<QByteArray> ReviewService::documentContent(qint64 documentId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT content FROM customer_documents WHERE id = :id"));
    q.bind(QStringLiteral(":id"), documentId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(
            tr("There is no customer document with the number %1.").arg(documentId));
    return q.value(0).toByteArray();
}

Result<QVector<ChecklistItem>> ReviewService::checklistFor(const Customer &customer)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT kind, COUNT(*) FROM customer_documents WHERE customer_id = :c"
                              " GROUP BY kind"));
    q.bind(QStringLiteral(":c"), customer.id);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, int> onFile;
    while (q.next())
        onFile.insert(q.value(0).toString(), q.value(1).toInt());
    QVector<ChecklistItem> items;
    for (DocumentKind kind : requiredDocuments(customer)) {
        ChecklistItem item;
        item.kind = kind;
        item.documents = onFile.value(documentKindKey(kind));
        item.present = item.documents > 0;
        items.append(item);
    }
    return items;
}

Result<QVector<ChecklistItem>> ReviewService::checklist(qint64 customerId)
{
    Result<Customer> customer = CustomerService(m_db).findById(customerId);
    if (!customer)
        return customer.error();
    return checklistFor(*customer);
}

Result<QVector<DocumentKind>> ReviewService::missingDocuments(qint64 customerId)
{
    Result<QVector<ChecklistItem>> items = checklist(customerId);
    if (!items)
        return items.error();
    QVector<DocumentKind> missing;
    for (const ChecklistItem &item : items.value()) {
        if (!item.present)
            missing << item.kind;
    }
    return missing;
}

Result<Review> ReviewService::decide(const Actor &actor, const QString &customerUscc,
                                     QualificationDecision decision, const QString &reason,
                                     const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not decide qualification reviews."));
    if (!date.isValid())
        return Error::rule(tr("A decision needs its date."), kClause);
    if (decision == QualificationDecision::Reject && reason.trimmed().isEmpty())
        return Error::rule(tr("A rejection needs a reason."), kClause);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Customer> customer = CustomerService(m_db).find(customerUscc);
    if (!customer)
        return customer.error();
    Result<Review> open = openQualification(customer->id);
    if (!open && open.error().kind != ErrorKind::NotFound)
        return open.error();
    if (!open && customer->qualification == Qualification::Approved)
        return Error::rule(tr("%1 is already approved; there is no qualification review to decide.")
                               .arg(customer->name),
                           kClause);
    qint64 reviewId = open ? open->id : 0;
    if (!open) {
        Result<qint64> opened = openQualificationIn(actor, customer->id, date);
        if (!opened)
            return opened.error();
        reviewId = *opened;
    }
    if (open && date < open->openedOn)
        return Error::rule(
            tr("The review of %1 opened on %2; it cannot be decided on %3.")
                .arg(customer->name, Dates::format(open->openedOn), Dates::format(date)),
            kClause);
    if (decision == QualificationDecision::Approve) {
        // §3.9 Approval needs every document of the checklist.
        Result<QVector<ChecklistItem>> items = checklistFor(*customer);
        if (!items)
            return items.error();
        QVector<DocumentKind> missing;
        for (const ChecklistItem &item : items.value()) {
            if (!item.present)
                missing << item.kind;
        }
        if (!missing.isEmpty())
            return Error::rule(tr("%1 cannot be approved while documents are missing: %2.")
                                   .arg(customer->name, keysOf(missing).join(QStringLiteral(", "))),
                               kClause);
    }
    const Qualification after = qualificationAfter(decision);
    const bool closes = decision != QualificationDecision::MoreDocuments;
    SqlQuery u(m_db, QStringLiteral("UPDATE reviews SET status = :s, outcome = :o, reason = :r,"
                                    " decided_on = :d, decided_by = :u WHERE id = :id"));
    u.bind(QStringLiteral(":s"), closes ? QStringLiteral("closed") : QStringLiteral("open"))
        .bind(QStringLiteral(":o"), qualificationKey(after))
        .bind(QStringLiteral(":r"), reason.trimmed())
        .bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":u"), actor.userName)
        .bind(QStringLiteral(":id"), reviewId);
    if (Status s = u.exec(); !s)
        return s.error();
    SqlQuery c(m_db, QStringLiteral("UPDATE customers SET qualification = :q WHERE id = :id"));
    c.bind(QStringLiteral(":q"), qualificationKey(after)).bind(QStringLiteral(":id"), customer->id);
    if (Status s = c.exec(); !s)
        return s.error();
    QString value = QStringLiteral("qualification=%1; review=%2; decided=%3")
                        .arg(qualificationKey(after))
                        .arg(reviewId)
                        .arg(Dates::format(date));
    if (!reason.trimmed().isEmpty())
        value += QStringLiteral("; reason=%1").arg(reason.trimmed());
    if (Status s =
            audit(m_db, actor, QStringLiteral("review.decide"), customer->uscc,
                  QStringLiteral("qualification=%1").arg(qualificationKey(customer->qualification)),
                  value);
        !s)
        return s.error();
    Result<Review> decided = find(reviewId);
    if (!decided)
        return decided.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return decided;
}

Result<CheckRecord> ReviewService::record(const Actor &actor, qint64 reviewId, CheckOutcome outcome,
                                          const QString &note, const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record check results."));
    if (!date.isValid())
        return Error::rule(tr("A check result needs its date."), kClause);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Review> review = find(reviewId);
    if (!review)
        return review.error();
    if (review->kind == ReviewKind::Qualification)
        return Error::rule(
            tr("Review %1 is a qualification review; decide it with approve, reject or "
               "more documents.")
                .arg(reviewId),
            kClause);
    if (!review->open)
        return Error::rule(tr("Review %1 is already closed (%2 on %3).")
                               .arg(reviewId)
                               .arg(review->outcome, Dates::format(review->decidedOn)),
                           kClause);
    if (date < review->openedOn)
        return Error::rule(tr("Review %1 opened on %2; its result cannot be dated %3.")
                               .arg(reviewId)
                               .arg(Dates::format(review->openedOn), Dates::format(date)),
                           kClause);
    SqlQuery u(m_db, QStringLiteral(
                         "UPDATE reviews SET status = 'closed', outcome = :o, reason = :r,"
                         " decided_on = :d, decided_by = :u WHERE id = :id AND status = 'open'"));
    u.bind(QStringLiteral(":o"), checkOutcomeKey(outcome))
        .bind(QStringLiteral(":r"), note.trimmed())
        .bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":u"), actor.userName)
        .bind(QStringLiteral(":id"), reviewId);
    if (Status s = u.exec(); !s)
        return s.error();
    QString value = QStringLiteral("review=%1; kind=%2; outcome=%3; decided=%4")
                        .arg(QString::number(reviewId), reviewKindKey(review->kind),
                             checkOutcomeKey(outcome), Dates::format(date));
    if (!note.trimmed().isEmpty())
        value += QStringLiteral("; note=%1").arg(note.trimmed());
    if (Status s =
            audit(m_db, actor, QStringLiteral("review.record"), review->customerUscc, {}, value);
        !s)
        return s.error();

    CheckRecord result;
    if (outcome == CheckOutcome::Fraud) {
        // §3.9 Fraud found by any check: every number of the customer is blocked
        // at once, and the developing agent gets a case for a manager to classify.
        Result<Customer> customer = CustomerService(m_db).findById(review->customerId);
        if (!customer)
            return customer.error();
        const bool spot = review->kind == ReviewKind::SpotCheck;
        const QString found = spot ? tr("Fraud found by spot check %1 of customer %2 (%3).")
                                   : tr("Fraud found by follow-up review %1 of customer %2 (%3).");
        QString description = found.arg(QString::number(reviewId), customer->name, customer->uscc);
        if (!note.trimmed().isEmpty())
            description += QLatin1Char(' ') + note.trimmed();
        Result<int> blocked =
            NumberService(m_db).blockCustomerNumbersIn(actor, customer->id, date, description);
        if (!blocked)
            return blocked.error();
        Result<Violation> violation = ViolationService(m_db).openIn(
            actor, customer->agentId, date, kClause, description,
            spot ? QStringLiteral("spot_check") : QStringLiteral("follow_up"));
        if (!violation)
            return violation.error();
        result.blockedNumbers = *blocked;
        result.violationId = violation->id;
    }
    Result<Review> closed = find(reviewId);
    if (!closed)
        return closed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    result.review = *closed;
    return result;
}

Result<Review> ReviewService::find(qint64 reviewId)
{
    SqlQuery q(m_db, kReviewSelect + QStringLiteral(" WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), reviewId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no review with the number %1.").arg(reviewId));
    return reviewFrom(q);
}

Result<Review> ReviewService::openQualification(qint64 customerId)
{
    SqlQuery q(m_db, kReviewSelect +
                         QStringLiteral(" WHERE r.customer_id = :c AND r.kind = 'qualification'"
                                        " AND r.status = 'open' ORDER BY r.id LIMIT 1"));
    q.bind(QStringLiteral(":c"), customerId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("The customer has no open qualification review."));
    return reviewFrom(q);
}

Result<QVector<Review>> ReviewService::list(const ReviewFilter &filter)
{
    QStringList where;
    if (filter.openOnly)
        where << QStringLiteral("r.status = 'open'");
    if (!filter.anyKind)
        where << QStringLiteral("r.kind = :k");
    if (filter.customerId > 0)
        where << QStringLiteral("r.customer_id = :c");
    QString sql = kReviewSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY r.opened_on, r.id");
    SqlQuery q(m_db, sql);
    if (!filter.anyKind)
        q.bind(QStringLiteral(":k"), reviewKindKey(filter.kind));
    if (filter.customerId > 0)
        q.bind(QStringLiteral(":c"), filter.customerId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Review> out;
    while (q.next())
        out.append(reviewFrom(q));
    return out;
}

} // namespace cd
