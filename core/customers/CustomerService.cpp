#include "CustomerService.h"

#include "agents/AgentService.h"
#include "agents/Uscc.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "common/Phone.h"
#include "compliance/ReviewService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace cd {

namespace {
const QString kCustomerSelect = QStringLiteral(
    "SELECT c.id, c.name, c.uscc, c.legal_rep, c.contact, c.phone, c.industry, c.agent_id, a.uscc,"
    " a.name, c.taken_over_on, c.qualification, c.handler_name"
    " FROM customers c JOIN agents a ON a.id = c.agent_id");

Customer customerFrom(SqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.uscc = q.value(2).toString();
    c.legalRep = q.value(3).toString();
    c.contact = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.industry = q.value(6).toString();
    c.agentId = q.value(7).toLongLong();
    c.agentUscc = q.value(8).toString();
    c.agentName = q.value(9).toString();
    c.takenOverOn = Dates::parse(q.value(10).toString());
    qualificationFromKey(q.value(11).toString(), &c.qualification);
    c.handlerName = q.value(12).toString();
    return c;
}
} // namespace

QVector<FieldError> CustomerService::validate(const CustomerInput &in)
{
    QVector<FieldError> errors;
    if (in.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The customer's name is required.")});
    // Individual businesses may be customers; natural persons may not (§3.9).
    Result<Uscc> code = Uscc::parse(in.uscc);
    if (!code) {
        errors.append({QStringLiteral("uscc"), code.error().text()});
    } else {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM customers WHERE uscc = :u"));
        q.bind(QStringLiteral(":u"), code->code());
        if (Status s = q.exec(); !s)
            errors.append({QStringLiteral("uscc"), s.error().message});
        else if (q.next())
            errors.append({QStringLiteral("uscc"), tr("A customer with the code %1 already exists: %2.")
                                                       .arg(code->code(), q.value(0).toString())});
    }
    Result<Agent> agent = AgentService(m_db).find(in.agentUscc);
    if (!agent) {
        errors.append({QStringLiteral("agent_uscc"), agent.error().message});
    } else if (agent->status == AgentStatus::Terminated) {
        errors.append({QStringLiteral("agent_uscc"),
                       tr("%1 is terminated and may not bring in new customers (§9.6)").arg(agent->name)});
    }
    if (!in.phone.trimmed().isEmpty() && !Phone::isValid(in.phone))
        errors.append({QStringLiteral("phone"),
                       tr("\"%1\" is not a Chinese phone number.").arg(in.phone.trimmed())});
    Qualification qual = Qualification::Pending;
    if (!in.qualification.trimmed().isEmpty()
        && (!qualificationFromKey(in.qualification.trimmed(), &qual)
            || (qual != Qualification::Pending && qual != Qualification::Approved)))
        errors.append({QStringLiteral("qualification"),
                       tr("\"%1\" is not allowed here; use pending or approved.").arg(in.qualification.trimmed())});
    return errors;
}

Result<Customer> CustomerService::insert(const Actor &actor, const CustomerInput &in)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change customers."));
    const QVector<FieldError> errors = validate(in);
    if (!errors.isEmpty())
        return AgentService::toError(errors);
    Qualification qual = Qualification::Pending;
    qualificationFromKey(in.qualification.trimmed(), &qual);
    const QString code = Uscc::normalise(in.uscc);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO customers (name, uscc, legal_rep, contact, phone, industry,"
                                    " agent_id, qualification, handler_name, created_at) VALUES (:name, :uscc,"
                                    " :rep, :contact, :phone, :industry, (SELECT id FROM agents WHERE uscc = :agent),"
                                    " :qual, :handler, :now) RETURNING id"));
    q.bind(QStringLiteral(":name"), in.name.trimmed())
        .bind(QStringLiteral(":uscc"), code)
        .bind(QStringLiteral(":rep"), in.legalRep.trimmed())
        .bind(QStringLiteral(":contact"), in.contact.trimmed())
        .bind(QStringLiteral(":phone"), in.phone.trimmed())
        .bind(QStringLiteral(":industry"), in.industry.trimmed())
        .bind(QStringLiteral(":agent"), Uscc::normalise(in.agentUscc))
        .bind(QStringLiteral(":qual"), qualificationKey(qual))
        .bind(QStringLiteral(":handler"), in.handlerName.trimmed())
        .bind(QStringLiteral(":now"), Dates::nowTimestamp());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    AuditEntry e;
    e.action = QStringLiteral("customer.create");
    e.entity = QStringLiteral("customer");
    e.entityId = code;
    e.newValue = QStringLiteral("name=%1; agent=%2; qualification=%3")
                     .arg(in.name.trimmed(), Uscc::normalise(in.agentUscc), qualificationKey(qual));
    if (!in.handlerName.trimmed().isEmpty())
        e.newValue += QStringLiteral("; handler=%1").arg(in.handlerName.trimmed());
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    // §3.9 A new customer waits in qualification review from the day it is
    // recorded; records moved in already approved do not.
    if (qual == Qualification::Pending) {
        Result<qint64> review =
            ReviewService(m_db).openQualificationIn(actor, id->toLongLong(), QDate::currentDate());
        if (!review)
            return review.error();
    }
    return findById(id->toLongLong());
}

Result<Customer> CustomerService::create(const Actor &actor, const CustomerInput &input)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change customers."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Customer> c = insert(actor, input);
    if (!c)
        return c;
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

QVector<FieldError> CustomerService::validateEdit(const CustomerInput &in)
{
    QVector<FieldError> errors;
    if (in.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The customer's name is required.")});
    if (!in.phone.trimmed().isEmpty() && !Phone::isValid(in.phone))
        errors.append({QStringLiteral("phone"),
                       tr("\"%1\" is not a Chinese phone number.").arg(in.phone.trimmed())});
    return errors;
}

Status CustomerService::update(const Actor &actor, const QString &uscc, const CustomerInput &in)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change customers."));
    const QVector<FieldError> errors = validateEdit(in);
    if (!errors.isEmpty())
        return AgentService::toError(errors);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Customer> old = find(uscc);
    if (!old)
        return old.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE customers SET name = :name, legal_rep = :rep, contact = :contact,"
                                    " phone = :phone, industry = :industry, handler_name = :handler"
                                    " WHERE id = :id"));
    q.bind(QStringLiteral(":name"), in.name.trimmed())
        .bind(QStringLiteral(":rep"), in.legalRep.trimmed())
        .bind(QStringLiteral(":contact"), in.contact.trimmed())
        .bind(QStringLiteral(":phone"), in.phone.trimmed())
        .bind(QStringLiteral(":industry"), in.industry.trimmed())
        .bind(QStringLiteral(":handler"), in.handlerName.trimmed())
        .bind(QStringLiteral(":id"), old->id);
    if (Status s = q.exec(); !s)
        return s;
    // The audit keeps what changed; phones are personal data and stay out of it (§2.6).
    const auto describe = [](const QString &name, const QString &rep, const QString &contact,
                             const QString &industry, const QString &handler) {
        return QStringLiteral("name=%1; legal_rep=%2; contact=%3; industry=%4; handler=%5")
            .arg(name, rep, contact, industry, handler);
    };
    AuditEntry e;
    e.action = QStringLiteral("customer.update");
    e.entity = QStringLiteral("customer");
    e.entityId = old->uscc;
    e.oldValue = describe(old->name, old->legalRep, old->contact, old->industry, old->handlerName);
    e.newValue = describe(in.name.trimmed(), in.legalRep.trimmed(), in.contact.trimmed(),
                          in.industry.trimmed(), in.handlerName.trimmed());
    if (old->phone != in.phone.trimmed())
        e.newValue += QStringLiteral("; phone changed");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s;
    return tx.commit();
}

Result<Customer> CustomerService::find(const QString &uscc)
{
    const QString code = Uscc::normalise(uscc);
    SqlQuery q(m_db, kCustomerSelect + QStringLiteral(" WHERE c.uscc = :u"));
    q.bind(QStringLiteral(":u"), code);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no customer with the code %1.").arg(code));
    return customerFrom(q);
}

Result<Customer> CustomerService::findById(qint64 id)
{
    SqlQuery q(m_db, kCustomerSelect + QStringLiteral(" WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no customer with the id %1.").arg(id));
    return customerFrom(q);
}

Result<QVector<Customer>> CustomerService::list(const CustomerFilter &filter, int limit)
{
    QStringList where;
    if (!filter.text.trimmed().isEmpty())
        where << QStringLiteral("(c.name LIKE :t ESCAPE '\\' OR c.uscc LIKE :t ESCAPE '\\')");
    if (filter.agentId)
        where << QStringLiteral("c.agent_id = :a");
    if (filter.servedBy == 1)
        where << QStringLiteral("c.taken_over_on IS NULL");
    else if (filter.servedBy == 2)
        where << QStringLiteral("c.taken_over_on IS NOT NULL");
    QString sql = kCustomerSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.name LIMIT :limit");
    SqlQuery q(m_db, sql);
    if (!filter.text.trimmed().isEmpty())
        q.bind(QStringLiteral(":t"), SqlQuery::likeContaining(filter.text.trimmed()));
    if (filter.agentId)
        q.bind(QStringLiteral(":a"), filter.agentId);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Customer> out;
    while (q.next())
        out.append(customerFrom(q));
    return out;
}

} // namespace cd
