#include "ViolationService.h"

#include "agents/AgentService.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "contracts/ContractService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>

namespace cd {

QString penaltyKindKey(PenaltyKind kind)
{
    switch (kind) {
    case PenaltyKind::Warning:
        return QStringLiteral("warning");
    case PenaltyKind::Fine:
        return QStringLiteral("fine");
    case PenaltyKind::Downgrade:
        return QStringLiteral("downgrade");
    case PenaltyKind::Stop:
        return QStringLiteral("stop");
    case PenaltyKind::Termination:
        return QStringLiteral("termination");
    }
    return {};
}

bool penaltyKindFromKey(const QString &key, PenaltyKind *kind)
{
    for (PenaltyKind k : {PenaltyKind::Warning, PenaltyKind::Fine, PenaltyKind::Downgrade,
                          PenaltyKind::Stop, PenaltyKind::Termination}) {
        if (penaltyKindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString penaltyKindDisplayName(PenaltyKind kind)
{
    switch (kind) {
    case PenaltyKind::Warning:
        return QCoreApplication::translate("cd::PenaltyKind", "Warning");
    case PenaltyKind::Fine:
        return QCoreApplication::translate("cd::PenaltyKind", "Fine");
    case PenaltyKind::Downgrade:
        return QCoreApplication::translate("cd::PenaltyKind", "One-tier downgrade");
    case PenaltyKind::Stop:
        return QCoreApplication::translate("cd::PenaltyKind", "Stop on new activations");
    case PenaltyKind::Termination:
        return QCoreApplication::translate("cd::PenaltyKind", "Termination");
    }
    return {};
}

QString classificationKey(Classification c)
{
    switch (c) {
    case Classification::Unclassified:
        return QString();
    case Classification::Negligent:
        return QStringLiteral("negligent");
    case Classification::Intentional:
        return QStringLiteral("intentional");
    }
    return {};
}

QString classificationDisplayName(Classification c)
{
    switch (c) {
    case Classification::Unclassified:
        return QCoreApplication::translate("cd::Classification", "Not classified");
    case Classification::Negligent:
        return QCoreApplication::translate("cd::Classification", "Negligent (deceived)");
    case Classification::Intentional:
        return QCoreApplication::translate("cd::Classification", "Intentional");
    }
    return {};
}

namespace {
const QString kViolationSelect = QStringLiteral(
    "SELECT v.id, v.agent_id, a.uscc, a.name, v.found_on, v.clause, v.description, v.source,"
    " v.classification, v.classified_on, v.classified_by, v.status,"
    " (SELECT COUNT(*) FROM violation_evidence e WHERE e.violation_id = v.id)"
    " FROM violations v JOIN agents a ON a.id = v.agent_id");

Violation violationFrom(SqlQuery &q)
{
    Violation v;
    v.id = q.value(0).toLongLong();
    v.agentId = q.value(1).toLongLong();
    v.agentUscc = q.value(2).toString();
    v.agentName = q.value(3).toString();
    v.foundOn = Dates::parse(q.value(4).toString());
    v.clause = q.value(5).toString();
    v.description = q.value(6).toString();
    v.source = q.value(7).toString();
    const QString c = q.value(8).toString();
    v.classification = c == QLatin1String("negligent")     ? Classification::Negligent
                       : c == QLatin1String("intentional") ? Classification::Intentional
                                                           : Classification::Unclassified;
    v.classifiedOn = Dates::parse(q.value(9).toString());
    v.classifiedBy = q.value(10).toString();
    v.open = q.value(11).toString() == QLatin1String("open");
    v.evidenceCount = q.value(12).toInt();
    return v;
}

Status record(Database &db, const Actor &actor, const QString &action, qint64 violationId,
              const QString &oldValue, const QString &newValue, const QString &clause)
{
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("violation");
    e.entityId = QString::number(violationId);
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.clause = clause;
    return AuditLog::record(db, actor, e);
}
} // namespace

Result<Violation> ViolationService::openIn(const Actor &actor, qint64 agentId, const QDate &foundOn,
                                           const QString &clause, const QString &description,
                                           const QString &source)
{
    if (clause != QStringLiteral("§3.2") && clause != QStringLiteral("§3.9"))
        return Error::rule(tr("A violation rests on §3.2 (unlawful or improper operation) or §3.9 "
                              "(fraudulent customers); \"%1\" is neither.")
                               .arg(clause));
    if (description.trimmed().isEmpty())
        return Error::rule(tr("Describe the violation."), clause);
    if (!foundOn.isValid())
        return Error::rule(tr("A violation needs the date it was found."), clause);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO violations (agent_id, found_on, clause, description,"
                                    " source) VALUES (:a, :d, :c, :t, :s) RETURNING id"));
    q.bind(QStringLiteral(":a"), agentId)
        .bind(QStringLiteral(":d"), Dates::format(foundOn))
        .bind(QStringLiteral(":c"), clause)
        .bind(QStringLiteral(":t"), description.trimmed())
        .bind(QStringLiteral(":s"), source);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    Result<Agent> agent = AgentService(m_db).findById(agentId);
    if (!agent)
        return agent.error();
    if (Status s = record(m_db, actor, QStringLiteral("violation.open"), id->toLongLong(), {},
                          QStringLiteral("agent=%1; found=%2; source=%3; %4")
                              .arg(agent->uscc, Dates::format(foundOn), source, description.trimmed()),
                          clause);
        !s)
        return s.error();
    return find(id->toLongLong());
}

Result<Violation> ViolationService::open(const Actor &actor, const QString &agentUscc,
                                         const QDate &foundOn, const QString &clause,
                                         const QString &description, const QString &source)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record violations."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Agent> agent = AgentService(m_db).find(agentUscc);
    if (!agent)
        return agent.error();
    Result<Violation> v = openIn(actor, agent->id, foundOn, clause, description, source);
    if (!v)
        return v;
    if (Status s = tx.commit(); !s)
        return s.error();
    return v;
}

Result<Evidence> ViolationService::attach(const Actor &actor, qint64 violationId,
                                          const QString &fileName, const QByteArray &content,
                                          const QDate &addedOn)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record violations."));
    if (content.isEmpty())
        return Error::rule(tr("The evidence file %1 is empty.").arg(fileName));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Violation> v = find(violationId);
    if (!v)
        return v.error();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    SqlQuery q(m_db, QStringLiteral("INSERT INTO violation_evidence (violation_id, file_name, sha256,"
                                    " content, added_on) VALUES (:v, :f, :h, :c, :d) RETURNING id"));
    q.bind(QStringLiteral(":v"), violationId)
        .bind(QStringLiteral(":f"), fileName)
        .bind(QStringLiteral(":h"), sha)
        .bind(QStringLiteral(":c"), content)
        .bind(QStringLiteral(":d"), Dates::format(addedOn));
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = record(m_db, actor, QStringLiteral("violation.evidence"), violationId, {},
                          QStringLiteral("%1 (%2 bytes, sha256 %3)").arg(fileName).arg(content.size()).arg(sha),
                          v->clause);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Evidence e;
    e.id = id->toLongLong();
    e.fileName = fileName;
    e.sha256 = sha;
    e.size = content.size();
    e.addedOn = addedOn;
    return e;
}

Result<QVector<Evidence>> ViolationService::evidence(qint64 violationId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, file_name, sha256, LENGTH(content), added_on"
                                    " FROM violation_evidence WHERE violation_id = :v ORDER BY id"));
    q.bind(QStringLiteral(":v"), violationId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Evidence> out;
    while (q.next()) {
        Evidence e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.sha256 = q.value(2).toString();
        e.size = q.value(3).toLongLong();
        e.addedOn = Dates::parse(q.value(4).toString());
        out.append(e);
    }
    return out;
}

Result<QByteArray> ViolationService::evidenceContent(qint64 evidenceId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT content FROM violation_evidence WHERE id = :id"));
    q.bind(QStringLiteral(":id"), evidenceId);
    Result<QVariant> v = q.scalar();
    if (!v) {
        if (v.error().kind == ErrorKind::NotFound)
            return Error::notFound(tr("There is no evidence file with the id %1.").arg(evidenceId));
        return v.error();
    }
    return v->toByteArray();
}

Status ViolationService::classify(const Actor &actor, qint64 violationId,
                                  Classification classification, const QDate &date)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record violations."));
    if (classification == Classification::Unclassified)
        return Error::rule(tr("Choose negligent or intentional."), QStringLiteral("§3.9"));
    if (!date.isValid())
        return Error::rule(tr("A classification needs its date."), QStringLiteral("§3.9"));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Violation> v = find(violationId);
    if (!v)
        return v.error();
    if (v->classification != Classification::Unclassified)
        return Error::rule(tr("Violation %1 is already classified as %2.")
                               .arg(violationId)
                               .arg(classificationDisplayName(v->classification)),
                           QStringLiteral("§3.9"));
    SqlQuery q(m_db, QStringLiteral("UPDATE violations SET classification = :c, classified_on = :d,"
                                    " classified_by = :u WHERE id = :id"));
    q.bind(QStringLiteral(":c"), classificationKey(classification))
        .bind(QStringLiteral(":d"), Dates::format(date))
        .bind(QStringLiteral(":u"), actor.userName)
        .bind(QStringLiteral(":id"), violationId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = record(m_db, actor, QStringLiteral("violation.classify"), violationId, {},
                          classificationKey(classification), QStringLiteral("§3.9"));
        !s)
        return s;

    AgentService agents(m_db);
    Result<Agent> agent = agents.findById(v->agentId);
    if (!agent)
        return agent.error();
    if (classification == Classification::Negligent) {
        // §3.9 Deceived, not complicit: supervision, and cooperation goes on.
        if (agent->status == AgentStatus::Active || agent->status == AgentStatus::Prospect) {
            SqlQuery u(m_db, QStringLiteral("UPDATE agents SET status = 'supervised' WHERE id = :id"));
            u.bind(QStringLiteral(":id"), agent->id);
            if (Status s = u.exec(); !s)
                return s;
            AuditEntry e;
            e.action = QStringLiteral("agent.status");
            e.entity = QStringLiteral("agent");
            e.entityId = agent->uscc;
            e.oldValue = agentStatusKey(agent->status);
            e.newValue = QStringLiteral("supervised");
            e.clause = QStringLiteral("§3.9");
            if (Status s = AuditLog::record(m_db, actor, e); !s)
                return s;
        }
    } else {
        // §3.9 Intentional fraud ends the contract.
        ContractService contracts(m_db);
        Result<QVector<Contract>> open = contracts.list({agent->id, QStringLiteral("active"), 0});
        if (!open)
            return open.error();
        if (!open->isEmpty()) {
            if (Status s = contracts.terminateIn(actor, open->first(), TerminationReason::Fraud, date,
                                                 QStringLiteral("violation %1").arg(violationId));
                !s)
                return s;
        } else if (agent->status != AgentStatus::Terminated) {
            SqlQuery u(m_db, QStringLiteral("UPDATE agents SET status = 'terminated' WHERE id = :id"));
            u.bind(QStringLiteral(":id"), agent->id);
            if (Status s = u.exec(); !s)
                return s;
            AuditEntry e;
            e.action = QStringLiteral("agent.status");
            e.entity = QStringLiteral("agent");
            e.entityId = agent->uscc;
            e.oldValue = agentStatusKey(agent->status);
            e.newValue = QStringLiteral("terminated");
            e.clause = QStringLiteral("§3.9");
            if (Status s = AuditLog::record(m_db, actor, e); !s)
                return s;
        }
    }
    return tx.commit();
}

Result<Penalty> ViolationService::penalise(const Actor &actor, qint64 violationId, PenaltyKind kind,
                                           const QDate &decidedOn, Money fine, const QDate &stopFrom,
                                           const QDate &stopUntil, const QString &note)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record violations."));
    const QString clause = QStringLiteral("§3.2");
    if (!decidedOn.isValid())
        return Error::rule(tr("A penalty needs the date it was decided."), clause);
    if (kind == PenaltyKind::Fine && fine <= Money())
        return Error::rule(tr("A fine needs a positive amount."), clause);
    if (kind == PenaltyKind::Stop && (!stopFrom.isValid() || !stopUntil.isValid() || stopUntil < stopFrom))
        return Error::rule(tr("A stop on new activations needs a start and an end date, the end not "
                              "before the start."),
                           clause);

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Violation> v = find(violationId);
    if (!v)
        return v.error();
    AgentService agents(m_db);
    Result<Agent> agent = agents.findById(v->agentId);
    if (!agent)
        return agent.error();

    QString detail;
    if (kind == PenaltyKind::Downgrade) {
        // §2.4/§3.2 The only way a tier goes down: one step, from the day it is decided.
        Tier lower;
        if (!tierBelow(agent->tier, &lower))
            return Error::rule(tr("%1 is already at the lowest tier; it cannot be downgraded.")
                                   .arg(agent->name),
                               clause);
        const QDate from = decidedOn;
        SqlQuery t(m_db, QStringLiteral("INSERT INTO agent_tiers (agent_id, tier, effective_from, reason,"
                                        " clause) VALUES (:a, :t, :f, :r, '§3.2')"));
        t.bind(QStringLiteral(":a"), agent->id)
            .bind(QStringLiteral(":t"), tierKey(lower))
            .bind(QStringLiteral(":f"), Dates::format(from))
            .bind(QStringLiteral(":r"), QStringLiteral("penalty for violation %1").arg(violationId));
        if (Status s = t.exec(); !s)
            return s.error();
        SqlQuery u(m_db, QStringLiteral("UPDATE agents SET tier = :t WHERE id = :id"));
        u.bind(QStringLiteral(":t"), tierKey(lower)).bind(QStringLiteral(":id"), agent->id);
        if (Status s = u.exec(); !s)
            return s.error();
        AuditEntry e;
        e.action = QStringLiteral("agent.tier");
        e.entity = QStringLiteral("agent");
        e.entityId = agent->uscc;
        e.oldValue = tierKey(agent->tier);
        e.newValue = QStringLiteral("%1 from %2").arg(tierKey(lower), Dates::format(from));
        e.clause = clause;
        if (Status s = AuditLog::record(m_db, actor, e); !s)
            return s.error();
        detail = QStringLiteral("%1 -> %2").arg(tierKey(agent->tier), tierKey(lower));
    } else if (kind == PenaltyKind::Termination) {
        ContractService contracts(m_db);
        Result<QVector<Contract>> open = contracts.list({agent->id, QStringLiteral("active"), 0});
        if (!open)
            return open.error();
        if (open->isEmpty())
            return Error::rule(tr("%1 has no active contract to terminate.").arg(agent->name), clause);
        if (Status s = contracts.terminateIn(actor, open->first(), TerminationReason::Improper,
                                             decidedOn, QStringLiteral("violation %1").arg(violationId));
            !s)
            return s.error();
    } else if (kind == PenaltyKind::Fine) {
        detail = fine.yuan();
    } else if (kind == PenaltyKind::Stop) {
        detail = QStringLiteral("%1..%2").arg(Dates::format(stopFrom), Dates::format(stopUntil));
    }

    SqlQuery q(m_db, QStringLiteral("INSERT INTO penalties (violation_id, agent_id, kind, amount_fen,"
                                    " decided_on, stop_from, stop_until, note) VALUES (:v, :a, :k,"
                                    " :fen, :d, :from, :until, :note) RETURNING id"));
    q.bind(QStringLiteral(":v"), violationId)
        .bind(QStringLiteral(":a"), agent->id)
        .bind(QStringLiteral(":k"), penaltyKindKey(kind))
        .bind(QStringLiteral(":fen"), kind == PenaltyKind::Fine ? fine.fen() : 0)
        .bind(QStringLiteral(":d"), Dates::format(decidedOn))
        .bind(QStringLiteral(":from"), kind == PenaltyKind::Stop ? QVariant(Dates::format(stopFrom)) : QVariant())
        .bind(QStringLiteral(":until"), kind == PenaltyKind::Stop ? QVariant(Dates::format(stopUntil)) : QVariant())
        .bind(QStringLiteral(":note"), note);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    if (Status s = record(m_db, actor, QStringLiteral("violation.penalty"), violationId, {},
                          QStringLiteral("%1 %2").arg(penaltyKindKey(kind), detail).trimmed(), clause);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Penalty p;
    p.id = id->toLongLong();
    p.violationId = violationId;
    p.kind = kind;
    p.amount = kind == PenaltyKind::Fine ? fine : Money();
    p.decidedOn = decidedOn;
    p.stopFrom = kind == PenaltyKind::Stop ? stopFrom : QDate();
    p.stopUntil = kind == PenaltyKind::Stop ? stopUntil : QDate();
    p.note = note;
    return p;
}

Status ViolationService::close(const Actor &actor, qint64 violationId)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not record violations."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Violation> v = find(violationId);
    if (!v)
        return v.error();
    if (!v->open)
        return {};
    if (v->classification == Classification::Unclassified)
        return Error::rule(tr("Classify violation %1 before closing it.").arg(violationId), v->clause);
    SqlQuery q(m_db, QStringLiteral("UPDATE violations SET status = 'closed' WHERE id = :id"));
    q.bind(QStringLiteral(":id"), violationId);
    if (Status s = q.exec(); !s)
        return s;
    if (Status s = record(m_db, actor, QStringLiteral("violation.close"), violationId,
                          QStringLiteral("open"), QStringLiteral("closed"), v->clause);
        !s)
        return s;
    return tx.commit();
}

Result<Violation> ViolationService::find(qint64 id)
{
    SqlQuery q(m_db, kViolationSelect + QStringLiteral(" WHERE v.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no violation %1.").arg(id));
    return violationFrom(q);
}

Result<QVector<Violation>> ViolationService::list(qint64 agentId, bool openOnly)
{
    QStringList where;
    if (agentId)
        where << QStringLiteral("v.agent_id = :a");
    if (openOnly)
        where << QStringLiteral("v.status = 'open'");
    QString sql = kViolationSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY v.found_on DESC, v.id DESC");
    SqlQuery q(m_db, sql);
    if (agentId)
        q.bind(QStringLiteral(":a"), agentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Violation> out;
    while (q.next())
        out.append(violationFrom(q));
    return out;
}

Result<QVector<Penalty>> ViolationService::penalties(qint64 violationId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, kind, amount_fen, decided_on, stop_from, stop_until, note"
                                    " FROM penalties WHERE violation_id = :v ORDER BY id"));
    q.bind(QStringLiteral(":v"), violationId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Penalty> out;
    while (q.next()) {
        Penalty p;
        p.id = q.value(0).toLongLong();
        p.violationId = violationId;
        penaltyKindFromKey(q.value(1).toString(), &p.kind);
        p.amount = Money::fromFen(q.value(2).toLongLong());
        p.decidedOn = Dates::parse(q.value(3).toString());
        p.stopFrom = Dates::parse(q.value(4).toString());
        p.stopUntil = Dates::parse(q.value(5).toString());
        p.note = q.value(6).toString();
        out.append(p);
    }
    return out;
}

Result<int> ViolationService::countInYearBefore(qint64 agentId, const QDate &date)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM violations WHERE agent_id = :a"
                                    " AND found_on > :from AND found_on <= :to"));
    q.bind(QStringLiteral(":a"), agentId)
        .bind(QStringLiteral(":from"), Dates::format(date.addMonths(-12)))
        .bind(QStringLiteral(":to"), Dates::format(date));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace cd
