// §3.9 Qualification reviews through ReviewService: the checklist (handler
// documents only when the handler is not the legal representative), documents
// stored with their SHA-256, the decision's rules, the audit, and
// `export reviews`.
#include "DomainFixture.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "compliance/ReviewService.h"
#include "customers/CustomerService.h"
#include "reports/ReportRegistry.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace cd;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QVector<DocumentKind> kBasic{DocumentKind::BusinessLicence, DocumentKind::LegalRepId,
                                   DocumentKind::ApplicationForm, DocumentKind::CommitmentLetter};
} // namespace

Q_DECLARE_METATYPE(QVector<cd::DocumentKind>)

class TestReviews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requiredDocuments_data();
    void requiredDocuments();
    void pendingCustomerGetsReviewApprovedDoesNot();
    void approveRefusedListingEachMissing_data();
    void approveRefusedListingEachMissing();
    void handlerDocumentsOnlyWhenHandlerIsNotLegalRep();
    void rejectNeedsReason();
    void moreKeepsReviewOpen();
    void documentStoredWithSha256();
    void emptyDocumentRefused();
    void approvedCustomerNotDecidedAgain();
    void rejectedCustomerReapplies();
    void decisionBeforeOpeningRefused();
    void unknownCustomer();
    void auditorRefused();
    void auditEntriesCiteClause();
    void qualificationReviewIsNotRecordedAsCheck();
    void reviewsReport();

private:
    Customer customer(const QString &name, const QString &legalRep = u("王芳"),
                      const QString &handler = {}, const QString &qualification = {});
    void attach(const Customer &c, const QVector<DocumentKind> &kinds);
    qint64 scalar(const QString &sql, qint64 id = 0);

    std::unique_ptr<cdtest::Domain> d;
    Agent m_agent;
    QDate m_today;
};

void TestReviews::init()
{
    d = std::make_unique<cdtest::Domain>();
    QVERIFY(d->open());
    m_agent = d->agent(u("北京渠道科技有限公司"));
    m_today = QDate::currentDate();
}

void TestReviews::cleanup()
{
    d.reset();
}

Customer TestReviews::customer(const QString &name, const QString &legalRep, const QString &handler,
                               const QString &qualification)
{
    CustomerInput in;
    in.name = name;
    in.uscc = cdtest::makeUscc(QStringLiteral("91"), 5000 + ++d->serial);
    in.agentUscc = m_agent.uscc;
    in.legalRep = legalRep;
    in.handlerName = handler;
    in.qualification = qualification;
    Result<Customer> c = CustomerService(*d->db).create(d->manager, in);
    if (!c)
        qFatal("%s", qPrintable(c.error().text()));
    return *c;
}

void TestReviews::attach(const Customer &c, const QVector<DocumentKind> &kinds)
{
    ReviewService reviews(*d->db);
    for (DocumentKind k : kinds) {
        const QByteArray bytes = "scan of " + documentKindKey(k).toUtf8();
        Result<CustomerDocument> doc =
            reviews.attach(d->manager, c.uscc, k, documentKindKey(k) + u(".pdf"), bytes, m_today);
        QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    }
}

qint64 TestReviews::scalar(const QString &sql, qint64 id)
{
    SqlQuery q(*d->db, sql);
    if (id)
        q.bind(QStringLiteral(":id"), id);
    Result<QVariant> v = q.scalar();
    if (!v)
        qFatal("%s", qPrintable(v.error().text()));
    return v->toLongLong();
}

void TestReviews::requiredDocuments_data()
{
    QTest::addColumn<QString>("legalRep");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<bool>("handlerDocuments");
    QTest::newRow("no handler") << u("王芳") << QString() << false;
    QTest::newRow("the legal rep handles") << u("王芳") << u("王芳") << false;
    QTest::newRow("the legal rep, with spaces") << u("王芳") << u(" 王芳 ") << false;
    QTest::newRow("another person handles") << u("王芳") << u("李娜") << true;
    QTest::newRow("handler, legal rep unknown") << QString() << u("李娜") << true;
}

void TestReviews::requiredDocuments()
{
    QFETCH(QString, legalRep);
    QFETCH(QString, handler);
    QFETCH(bool, handlerDocuments);
    QVector<DocumentKind> expected = kBasic;
    if (handlerDocuments)
        expected << DocumentKind::HandlerId << DocumentKind::AuthorisationLetter;
    QCOMPARE(ReviewService::requiredDocuments(legalRep, handler), expected);

    // The checklist of a real customer says the same.
    const Customer c = customer(u("上海测试有限公司"), legalRep, handler);
    Result<QVector<ChecklistItem>> items = ReviewService(*d->db).checklist(c.id);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(items->at(i).kind, expected.at(i));
        QVERIFY(!items->at(i).present);
    }
}

void TestReviews::pendingCustomerGetsReviewApprovedDoesNot()
{
    ReviewService reviews(*d->db);
    const Customer pending = customer(u("甲公司"));
    Result<Review> open = reviews.openQualification(pending.id);
    QVERIFY2(open.ok(), qPrintable(open.error().text()));
    QCOMPARE(open->kind, ReviewKind::Qualification);
    QCOMPARE(open->openedOn, m_today);
    QVERIFY(open->open);

    const Customer moved = customer(u("乙公司"), u("王芳"), {}, u("approved"));
    QCOMPARE(moved.qualification, Qualification::Approved);
    QCOMPARE(reviews.openQualification(moved.id).error().kind, ErrorKind::NotFound);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reviews")), 1);
}

void TestReviews::approveRefusedListingEachMissing_data()
{
    QTest::addColumn<QVector<DocumentKind>>("attached");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("nothing") << QVector<DocumentKind>{}
                             << QStringList{u("business_licence"), u("legal_rep_id"),
                                            u("application_form"), u("commitment_letter")};
    QTest::newRow("licence only") << QVector<DocumentKind>{DocumentKind::BusinessLicence}
                                  << QStringList{u("legal_rep_id"), u("application_form"),
                                                 u("commitment_letter")};
    QTest::newRow("no commitment letter")
        << QVector<DocumentKind>{DocumentKind::BusinessLicence, DocumentKind::LegalRepId,
                                 DocumentKind::ApplicationForm}
        << QStringList{u("commitment_letter")};
    QTest::newRow("handler documents do not replace the form")
        << QVector<DocumentKind>{DocumentKind::BusinessLicence, DocumentKind::LegalRepId,
                                 DocumentKind::CommitmentLetter, DocumentKind::HandlerId}
        << QStringList{u("application_form")};
}

void TestReviews::approveRefusedListingEachMissing()
{
    QFETCH(QVector<DocumentKind>, attached);
    QFETCH(QStringList, missing);
    const Customer c = customer(u("丙公司"));
    attach(c, attached);
    ReviewService reviews(*d->db);
    Result<Review> r =
        reviews.decide(d->manager, c.uscc, QualificationDecision::Approve, {}, m_today);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rule);
    QCOMPARE(r.error().clause, u("§3.9"));
    for (const QString &kind : missing)
        QVERIFY2(r.error().message.contains(kind), qPrintable(r.error().message));
    for (DocumentKind k : attached)
        QVERIFY2(!r.error().message.contains(documentKindKey(k)), qPrintable(r.error().message));

    QStringList listed;
    const Result<QVector<DocumentKind>> stillMissing = reviews.missingDocuments(c.id);
    QVERIFY(stillMissing.ok());
    for (DocumentKind k : stillMissing.value())
        listed << documentKindKey(k);
    QCOMPARE(listed, missing);
    // Nothing changed.
    QCOMPARE(CustomerService(*d->db).find(c.uscc)->qualification, Qualification::Pending);
    QVERIFY(reviews.openQualification(c.id).ok());
}

void TestReviews::handlerDocumentsOnlyWhenHandlerIsNotLegalRep()
{
    ReviewService reviews(*d->db);
    const Customer self = customer(u("丁公司"), u("王芳"), u("王芳"));
    attach(self, kBasic);
    Result<Review> approved =
        reviews.decide(d->manager, self.uscc, QualificationDecision::Approve, {}, m_today);
    QVERIFY2(approved.ok(), qPrintable(approved.error().text()));

    const Customer other = customer(u("戊公司"), u("王芳"), u("李娜"));
    attach(other, kBasic);
    Result<Review> refused =
        reviews.decide(d->manager, other.uscc, QualificationDecision::Approve, {}, m_today);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u("handler_id")));
    QVERIFY(refused.error().message.contains(u("authorisation_letter")));
    QVERIFY(!refused.error().message.contains(u("business_licence")));
    attach(other, {DocumentKind::HandlerId});
    refused = reviews.decide(d->manager, other.uscc, QualificationDecision::Approve, {}, m_today);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.contains(u("handler_id")));
    QVERIFY(refused.error().message.contains(u("authorisation_letter")));
    attach(other, {DocumentKind::AuthorisationLetter});
    approved = reviews.decide(d->manager, other.uscc, QualificationDecision::Approve, {}, m_today);
    QVERIFY2(approved.ok(), qPrintable(approved.error().text()));
    QCOMPARE(approved->outcome, u("approved"));
    QVERIFY(!approved->open);
    QCOMPARE(CustomerService(*d->db).find(other.uscc)->qualification, Qualification::Approved);

    // A later change of handler changes the checklist of a customer's next review.
    CustomerInput edit;
    edit.name = self.name;
    edit.legalRep = self.legalRep;
    edit.handlerName = u("赵六");
    QVERIFY(CustomerService(*d->db).update(d->manager, self.uscc, edit).ok());
    QCOMPARE(CustomerService(*d->db).find(self.uscc)->handlerName, u("赵六"));
    QCOMPARE(reviews.missingDocuments(self.id)->size(), 2);
}

void TestReviews::rejectNeedsReason()
{
    ReviewService reviews(*d->db);
    const Customer c = customer(u("己公司"));
    for (const QString &reason : {QString(), u("   ")}) {
        Result<Review> r =
            reviews.decide(d->manager, c.uscc, QualificationDecision::Reject, reason, m_today);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Rule);
        QCOMPARE(r.error().clause, u("§3.9"));
    }
    QCOMPARE(CustomerService(*d->db).find(c.uscc)->qualification, Qualification::Pending);

    // A rejection does not need the documents; it closes the review.
    Result<Review> r = reviews.decide(d->manager, c.uscc, QualificationDecision::Reject,
                                      u("营业执照已吊销"), m_today);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QVERIFY(!r->open);
    QCOMPARE(r->outcome, u("rejected"));
    QCOMPARE(r->reason, u("营业执照已吊销"));
    QCOMPARE(r->decidedOn, m_today);
    QCOMPARE(r->decidedBy, d->manager.userName);
    QCOMPARE(CustomerService(*d->db).find(c.uscc)->qualification, Qualification::Rejected);
    QCOMPARE(reviews.openQualification(c.id).error().kind, ErrorKind::NotFound);
}

void TestReviews::moreKeepsReviewOpen()
{
    ReviewService reviews(*d->db);
    const Customer c = customer(u("庚公司"));
    const qint64 reviewId = reviews.openQualification(c.id)->id;
    attach(c, {DocumentKind::BusinessLicence});
    Result<Review> more = reviews.decide(d->manager, c.uscc, QualificationDecision::MoreDocuments,
                                         u("请补充法人身份证"), m_today);
    QVERIFY2(more.ok(), qPrintable(more.error().text()));
    QCOMPARE(more->id, reviewId);
    QVERIFY(more->open);
    QCOMPARE(more->outcome, u("more_documents"));
    QCOMPARE(CustomerService(*d->db).find(c.uscc)->qualification, Qualification::MoreDocuments);
    QCOMPARE(reviews.openQualification(c.id)->id, reviewId);

    attach(c, {DocumentKind::LegalRepId, DocumentKind::ApplicationForm,
               DocumentKind::CommitmentLetter});
    Result<Review> approved =
        reviews.decide(d->manager, c.uscc, QualificationDecision::Approve, {}, m_today);
    QVERIFY2(approved.ok(), qPrintable(approved.error().text()));
    QCOMPARE(approved->id, reviewId); // the same review, now closed
    QVERIFY(!approved->open);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE customer_id = :id"), c.id),
             1);
}

void TestReviews::documentStoredWithSha256()
{
    const Customer c = customer(u("辛公司"));
    QByteArray bytes("%PDF-1.4\n");
    bytes.append('\0');
    bytes.append(QByteArray(70000, '\xff'));
    bytes.append("\r\nend");
    ReviewService reviews(*d->db);
    Result<CustomerDocument> doc = reviews.attach(d->manager, c.uscc, DocumentKind::BusinessLicence,
                                                  u("营业执照.pdf"), bytes, m_today);
    QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(doc->sha256, expected);
    QCOMPARE(doc->size, qint64(bytes.size()));

    Result<QVector<CustomerDocument>> docs = reviews.documents(c.id);
    QVERIFY(docs.ok());
    QCOMPARE(docs->size(), 1);
    QCOMPARE(docs->first().fileName, u("营业执照.pdf"));
    QCOMPARE(docs->first().kind, DocumentKind::BusinessLicence);
    QCOMPARE(docs->first().sha256, expected);
    QCOMPARE(docs->first().size, qint64(bytes.size()));
    QCOMPARE(docs->first().addedBy, d->manager.userName);
    QCOMPARE(docs->first().addedOn, m_today);

    Result<QByteArray> content = reviews.documentContent(doc->id);
    QVERIFY(content.ok());
    QCOMPARE(content.value(), bytes);
    SqlQuery q(*d->db, QStringLiteral("SELECT sha256 FROM customer_documents WHERE id = :id"));
    q.bind(QStringLiteral(":id"), doc->id);
    QCOMPARE(q.scalar()->toString(), expected);

    QCOMPARE(reviews.documentContent(doc->id + 100).error().kind, ErrorKind::NotFound);
    Result<QVector<ChecklistItem>> items = reviews.checklist(c.id);
    QVERIFY(items->at(0).present);
    QCOMPARE(items->at(0).documents, 1);
    QVERIFY(!items->at(1).present);
}

void TestReviews::emptyDocumentRefused()
{
    const Customer c = customer(u("壬公司"));
    Result<CustomerDocument> doc = ReviewService(*d->db).attach(
        d->manager, c.uscc, DocumentKind::LegalRepId, u("id.jpg"), {}, m_today);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().kind, ErrorKind::Rule);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customer_documents")), 0);
}

void TestReviews::approvedCustomerNotDecidedAgain()
{
    const Customer c = customer(u("癸公司"), u("王芳"), {}, u("approved"));
    Result<Review> r = ReviewService(*d->db).decide(
        d->manager, c.uscc, QualificationDecision::Reject, u("重复"), m_today);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rule);
    QCOMPARE(r.error().clause, u("§3.9"));
    QCOMPARE(CustomerService(*d->db).find(c.uscc)->qualification, Qualification::Approved);
    // Documents of an approved customer are kept without opening a review.
    attach(c, {DocumentKind::BusinessLicence});
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM reviews")), 0);
}

void TestReviews::rejectedCustomerReapplies()
{
    ReviewService reviews(*d->db);
    const Customer c = customer(u("子公司"));
    const qint64 first = reviews.openQualification(c.id)->id;
    QVERIFY(
        reviews.decide(d->manager, c.uscc, QualificationDecision::Reject, u("材料不实"), m_today)
            .ok());
    // A new document after a rejection is a new application: a new review.
    attach(c, kBasic);
    Result<Review> second = reviews.openQualification(c.id);
    QVERIFY(second.ok());
    QVERIFY(second->id != first);
    QVERIFY(reviews.decide(d->manager, c.uscc, QualificationDecision::Approve, {}, m_today).ok());
    QCOMPARE(CustomerService(*d->db).find(c.uscc)->qualification, Qualification::Approved);
}

void TestReviews::decisionBeforeOpeningRefused()
{
    const Customer c = customer(u("丑公司"));
    Result<Review> r = ReviewService(*d->db).decide(
        d->manager, c.uscc, QualificationDecision::Reject, u("太早"), m_today.addDays(-1));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rule);
}

void TestReviews::unknownCustomer()
{
    const QString nobody = cdtest::makeUscc(QStringLiteral("91"), 999999);
    ReviewService reviews(*d->db);
    QCOMPARE(reviews.decide(d->manager, nobody, QualificationDecision::Approve, {}, m_today)
                 .error()
                 .kind,
             ErrorKind::NotFound);
    QCOMPARE(reviews.attach(d->manager, nobody, DocumentKind::LegalRepId, u("a.pdf"), "x", m_today)
                 .error()
                 .kind,
             ErrorKind::NotFound);
}

void TestReviews::auditorRefused()
{
    const Customer c = customer(u("寅公司"));
    ReviewService reviews(*d->db);
    QCOMPARE(reviews.attach(d->auditor, c.uscc, DocumentKind::LegalRepId, u("a.pdf"), "x", m_today)
                 .error()
                 .kind,
             ErrorKind::Permission);
    QCOMPARE(reviews.decide(d->auditor, c.uscc, QualificationDecision::MoreDocuments, {}, m_today)
                 .error()
                 .kind,
             ErrorKind::Permission);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM customer_documents")), 0);
}

void TestReviews::auditEntriesCiteClause()
{
    const Customer c = customer(u("卯公司"));
    attach(c, kBasic);
    QVERIFY(ReviewService(*d->db)
                .decide(d->manager, c.uscc, QualificationDecision::Approve, {}, m_today)
                .ok());
    AuditFilter filter;
    filter.text = c.uscc;
    Result<QVector<AuditEntry>> entries = AuditLog::page(*d->db, filter, 0, 100);
    QVERIFY(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : entries.value()) {
        actions << e.action;
        if (e.action.startsWith(u("review.")))
            QCOMPARE(e.clause, u("§3.9"));
        if (e.action == u("review.decide")) {
            QCOMPARE(e.oldValue, u("qualification=pending"));
            QVERIFY2(e.newValue.startsWith(u("qualification=approved")), qPrintable(e.newValue));
        }
    }
    QCOMPARE(actions.count(u("review.document")), 4);
    QCOMPARE(actions.count(u("review.decide")), 1);
    QCOMPARE(actions.count(u("review.open")), 1);
}

void TestReviews::qualificationReviewIsNotRecordedAsCheck()
{
    const Customer c = customer(u("辰公司"));
    ReviewService reviews(*d->db);
    Result<CheckRecord> r = reviews.record(d->manager, reviews.openQualification(c.id)->id,
                                           CheckOutcome::Pass, {}, m_today);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Rule);
    QCOMPARE(reviews.record(d->manager, 9999, CheckOutcome::Pass, {}, m_today).error().kind,
             ErrorKind::NotFound);
}

void TestReviews::reviewsReport()
{
    ReviewService reviews(*d->db);
    const Customer waiting = customer(u("甲等待公司"), u("王芳"), u("李娜"));
    attach(waiting, {DocumentKind::BusinessLicence, DocumentKind::HandlerId});
    const Customer done = customer(u("乙完成公司"));
    attach(done, kBasic);
    QVERIFY(
        reviews.decide(d->manager, done.uscc, QualificationDecision::Approve, {}, m_today).ok());
    const Customer more = customer(u("丙补充公司"));
    QVERIFY(reviews.decide(d->manager, more.uscc, QualificationDecision::MoreDocuments, {}, m_today)
                .ok());

    std::unique_ptr<Report> report = ReportRegistry::create(u("reviews"));
    QVERIFY(report);
    QStringList keys;
    for (const ReportColumn &c : report->columns())
        keys << c.key;
    QCOMPARE(keys.mid(0, 8),
             (QStringList{u("customer_uscc"), u("customer_name"), u("agent_uscc"), u("kind"),
                          u("opened_on"), u("age_days"), u("due_on"), u("missing_documents")}));
    ReportOptions options;
    options.date = m_today.addDays(12);
    QVector<QStringList> rows;
    QVERIFY(report
                ->run(*d->db, options,
                      [&rows](const QStringList &cells) {
                          rows << cells;
                          return true;
                      })
                .ok());
    QCOMPARE(rows.size(), 2); // the approved one is closed
    const QStringList first = rows.at(0);
    QCOMPARE(first.size(), keys.size());
    QCOMPARE(first.at(0), waiting.uscc);
    QCOMPARE(first.at(1), waiting.name);
    QCOMPARE(first.at(2), m_agent.uscc);
    QCOMPARE(first.at(3), u("qualification"));
    QCOMPARE(first.at(4), Dates::format(m_today));
    QCOMPARE(first.at(5), u("12"));
    QCOMPARE(first.at(6), QString());
    QCOMPARE(first.at(7),
             u("legal_rep_id; application_form; commitment_letter; authorisation_letter"));
    QCOMPARE(first.at(8), QString::number(reviews.openQualification(waiting.id)->id));
    QCOMPARE(rows.at(1).at(0), more.uscc);
    QCOMPARE(rows.at(1).at(9), u("more_documents"));

    // Reviews opened after the report's date are not yet open on it.
    options.date = m_today.addDays(-1);
    int count = 0;
    QVERIFY(report
                ->run(*d->db, options,
                      [&count](const QStringList &) {
                          ++count;
                          return true;
                      })
                .ok());
    QCOMPARE(count, 0);
}

QTEST_GUILESS_MAIN(TestReviews)
#include "tst_reviews.moc"
