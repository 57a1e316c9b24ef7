#include "AgentService.h"

#include "agents/Uscc.h"
#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "common/Phone.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"
#include "users/PasswordHasher.h"

#include <QRegularExpression>

namespace cd {

namespace {
const QString kAgentSelect = QStringLiteral(
    "SELECT a.id, a.name, a.uscc, a.level, a.parent_id, p.uscc, p.name, a.legal_rep, a.contact,"
    " a.phone, a.email, a.address, a.region, a.status,"
    // The tier in force today: a promotion approved for next quarter shows then.
    " COALESCE((SELECT t.tier FROM agent_tiers t WHERE t.agent_id = a.id AND t.effective_from <= :today"
    "  ORDER BY t.effective_from DESC, t.id DESC LIMIT 1), a.tier),"
    " a.portal_account, a.created_at"
    " FROM agents a LEFT JOIN agents p ON p.id = a.parent_id");

Agent agentFrom(SqlQuery &q)
{
    Agent a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.uscc = q.value(2).toString();
    a.level = q.value(3).toInt();
    a.parentId = q.value(4).toLongLong();
    a.parentUscc = q.value(5).toString();
    a.parentName = q.value(6).toString();
    a.legalRep = q.value(7).toString();
    a.contact = q.value(8).toString();
    a.phone = q.value(9).toString();
    a.email = q.value(10).toString();
    a.address = q.value(11).toString();
    a.region = q.value(12).toString();
    agentStatusFromKey(q.value(13).toString(), &a.status);
    tierFromKey(q.value(14).toString(), &a.tier);
    a.portalAccount = q.value(15).toString();
    a.createdAt = q.value(16).toString();
    return a;
}

QString clauseTagged(const QString &message, const QString &clause)
{
    return clause.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, clause);
}

bool validEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

QString describe(const AgentInput &in)
{
    return QStringLiteral("name=%1; level=%2; parent=%3; tier=%4")
        .arg(in.name.trimmed())
        .arg(in.level)
        .arg(in.parentUscc.isEmpty() ? QStringLiteral("-") : Uscc::normalise(in.parentUscc),
             in.tier.isEmpty() ? QStringLiteral("standard") : in.tier);
}
} // namespace

Error AgentService::toError(const QVector<FieldError> &errors)
{
    if (errors.isEmpty())
        return Error::rule(tr("The agent is not valid."));
    // Messages already carry their clause (e.g. "(§1.1)"); keep the first whole.
    Error e = Error::rule(errors.first().message);
    for (int i = 1; i < errors.size(); ++i)
        e.details << errors.at(i).message;
    static const QRegularExpression clause(QStringLiteral("\\((§\\d+\\.\\d+)\\)$"));
    const auto m = clause.match(e.message);
    if (m.hasMatch()) {
        e.clause = m.captured(1);
        e.message = e.message.left(m.capturedStart()).trimmed();
    }
    return e;
}

QVector<FieldError> AgentService::validateEdit(const AgentInput &in)
{
    QVector<FieldError> errors;
    const QString name = in.name.trimmed();
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), tr("The agent's name is required.")});
    else if (name.size() > 200)
        errors.append({QStringLiteral("name"), tr("The agent's name is longer than 200 characters.")});
    if (!in.phone.trimmed().isEmpty() && !Phone::isValid(in.phone))
        errors.append({QStringLiteral("phone"),
                       tr("\"%1\" is not a Chinese phone number.").arg(in.phone.trimmed())});
    if (!in.email.trimmed().isEmpty() && !validEmail(in.email.trimmed()))
        errors.append({QStringLiteral("email"),
                       tr("\"%1\" is not an email address.").arg(in.email.trimmed())});
    return errors;
}

QVector<FieldError> AgentService::validate(const AgentInput &in, const QSet<QString> &newParents)
{
    QVector<FieldError> errors = validateEdit(in);

    // §1.1 Only legal entities: a valid code that is not an individual business.
    Result<Uscc> code = Uscc::parse(in.uscc);
    if (!code) {
        errors.append({QStringLiteral("uscc"), clauseTagged(code.error().message, QStringLiteral("§1.1"))});
    } else if (Status eligible = Uscc::checkAgentEligible(*code); !eligible) {
        errors.append({QStringLiteral("uscc"), clauseTagged(eligible.error().message, QStringLiteral("§1.1"))});
    } else {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM agents WHERE uscc = :uscc"));
        q.bind(QStringLiteral(":uscc"), code->code());
        if (Status s = q.exec(); !s)
            errors.append({QStringLiteral("uscc"), s.error().message});
        else if (q.next())
            errors.append({QStringLiteral("uscc"),
                           tr("An agent with the code %1 already exists: %2.")
                               .arg(code->code(), q.value(0).toString())});
    }

    if (in.level != 1 && in.level != 2) {
        errors.append({QStringLiteral("level"), tr("The level must be 1 or 2.")});
    } else if (in.level == 1 && !in.parentUscc.trimmed().isEmpty()) {
        errors.append({QStringLiteral("parent_uscc"),
                       tr("A level-1 agent signs with the provider and has no parent agent.")});
    } else if (in.level == 2) {
        const QString parentCode = Uscc::normalise(in.parentUscc);
        if (parentCode.isEmpty()) {
            errors.append({QStringLiteral("parent_uscc"),
                           tr("A level-2 agent needs its level-1 parent agent's code.")});
        } else {
            SqlQuery q(m_db, QStringLiteral("SELECT level, status, name FROM agents WHERE uscc = :uscc"));
            q.bind(QStringLiteral(":uscc"), parentCode);
            if (Status s = q.exec(); !s) {
                errors.append({QStringLiteral("parent_uscc"), s.error().message});
            } else if (!q.next()) {
                errors.append({QStringLiteral("parent_uscc"),
                               tr("There is no agent with the code %1.").arg(parentCode)});
            } else if (q.value(0).toInt() != 1) {
                errors.append({QStringLiteral("parent_uscc"),
                               tr("%1 is a level-2 agent; sub-agents of a sub-agent are not allowed.")
                                   .arg(q.value(2).toString())});
            } else {
                const QString status = q.value(1).toString();
                const bool usable = status == QLatin1String("active")
                                    || status == QLatin1String("supervised")
                                    || (status == QLatin1String("prospect") && newParents.contains(parentCode));
                if (!usable) {
                    AgentStatus st = AgentStatus::Prospect;
                    agentStatusFromKey(status, &st);
                    errors.append({QStringLiteral("parent_uscc"),
                                   tr("The parent agent %1 is %2; it must be active or supervised.")
                                       .arg(q.value(2).toString(), agentStatusDisplayName(st))});
                }
            }
        }
    }

    Tier tier = Tier::Standard;
    if (!in.tier.trimmed().isEmpty() && !tierFromKey(in.tier, &tier))
        errors.append({QStringLiteral("tier"),
                       tr("\"%1\" is not a tier; use one of %2.")
                           .arg(in.tier.trimmed(), tierKeys().join(QStringLiteral(", ")))});

    const QString account = in.portalAccount.trimmed();
    if (!account.isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE portal_account = :a"));
        q.bind(QStringLiteral(":a"), account);
        Result<QVariant> n = q.scalar();
        if (n && n->toInt() > 0)
            errors.append({QStringLiteral("portal_account"),
                           tr("The portal account name \"%1\" is taken.").arg(account)});
        if (in.portalPassword.size() < 8)
            errors.append({QStringLiteral("portal_password"),
                           tr("A portal account needs a password of at least 8 characters.")});
    }
    return errors;
}

Result<Agent> AgentService::insert(const Actor &actor, const AgentInput &in,
                                   const QSet<QString> &newParents)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change agents."));
    const QVector<FieldError> errors = validate(in, newParents);
    if (!errors.isEmpty())
        return toError(errors);

    const QString code = Uscc::normalise(in.uscc);
    Tier tier = Tier::Standard;
    if (!in.tier.trimmed().isEmpty())
        tierFromKey(in.tier, &tier);
    QString passwordHash;
    if (!in.portalAccount.trimmed().isEmpty()) {
        passwordHash = PasswordHasher::hash(in.portalPassword); // §2.6
        if (passwordHash.isEmpty())
            return Error::database(tr("The portal password could not be hashed."));
    }
    const QString now = Dates::nowTimestamp();
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO agents (name, uscc, level, parent_id, legal_rep, contact, phone,"
                         " email, address, region, status, tier, portal_account, portal_password_hash,"
                         " created_at) VALUES (:name, :uscc, :level,"
                         " (SELECT id FROM agents WHERE uscc = :parent), :legal_rep, :contact, :phone,"
                         " :email, :address, :region, 'prospect', :tier, :account, :hash, :now)"
                         " RETURNING id"));
    q.bind(QStringLiteral(":name"), in.name.trimmed())
        .bind(QStringLiteral(":uscc"), code)
        .bind(QStringLiteral(":level"), in.level)
        .bind(QStringLiteral(":parent"), in.level == 2 ? Uscc::normalise(in.parentUscc) : QString())
        .bind(QStringLiteral(":legal_rep"), in.legalRep.trimmed())
        .bind(QStringLiteral(":contact"), in.contact.trimmed())
        .bind(QStringLiteral(":phone"), in.phone.trimmed())
        .bind(QStringLiteral(":email"), in.email.trimmed())
        .bind(QStringLiteral(":address"), in.address.trimmed())
        .bind(QStringLiteral(":region"), in.region.trimmed())
        .bind(QStringLiteral(":tier"), tierKey(tier))
        .bind(QStringLiteral(":account"), in.portalAccount.trimmed().isEmpty()
                                              ? QVariant() : QVariant(in.portalAccount.trimmed()))
        .bind(QStringLiteral(":hash"), passwordHash.isEmpty() ? QVariant() : QVariant(passwordHash))
        .bind(QStringLiteral(":now"), now);
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();

    // The starting tier holds for every date until a change takes effect.
    SqlQuery t(m_db, QStringLiteral("INSERT INTO agent_tiers (agent_id, tier, effective_from, reason)"
                                    " VALUES (:id, :tier, '0001-01-01', 'initial')"));
    t.bind(QStringLiteral(":id"), *id).bind(QStringLiteral(":tier"), tierKey(tier));
    if (Status s = t.exec(); !s)
        return s.error();

    AuditEntry entry;
    entry.action = QStringLiteral("agent.create");
    entry.entity = QStringLiteral("agent");
    entry.entityId = code;
    entry.newValue = describe(in);
    entry.clause = QStringLiteral("§1.1");
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s.error();
    return findById(id->toLongLong());
}

Result<Agent> AgentService::create(const Actor &actor, const AgentInput &input)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change agents."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Agent> agent = insert(actor, input);
    if (!agent)
        return agent;
    if (Status s = tx.commit(); !s)
        return s.error();
    return agent;
}

Status AgentService::update(const Actor &actor, const QString &uscc, const AgentInput &in)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change agents."));
    const QVector<FieldError> errors = validateEdit(in);
    if (!errors.isEmpty())
        return toError(errors);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Agent> old = find(uscc);
    if (!old)
        return old.error();
    SqlQuery q(m_db, QStringLiteral("UPDATE agents SET name = :name, legal_rep = :legal_rep,"
                                    " contact = :contact, phone = :phone, email = :email,"
                                    " address = :address, region = :region WHERE id = :id"));
    q.bind(QStringLiteral(":name"), in.name.trimmed())
        .bind(QStringLiteral(":legal_rep"), in.legalRep.trimmed())
        .bind(QStringLiteral(":contact"), in.contact.trimmed())
        .bind(QStringLiteral(":phone"), in.phone.trimmed())
        .bind(QStringLiteral(":email"), in.email.trimmed())
        .bind(QStringLiteral(":address"), in.address.trimmed())
        .bind(QStringLiteral(":region"), in.region.trimmed())
        .bind(QStringLiteral(":id"), old->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("agent.update");
    entry.entity = QStringLiteral("agent");
    entry.entityId = old->uscc;
    entry.oldValue = QStringLiteral("name=%1; legal_rep=%2; contact=%3; address=%4; region=%5")
                         .arg(old->name, old->legalRep, old->contact, old->address, old->region);
    entry.newValue = QStringLiteral("name=%1; legal_rep=%2; contact=%3; address=%4; region=%5")
                         .arg(in.name.trimmed(), in.legalRep.trimmed(), in.contact.trimmed(),
                              in.address.trimmed(), in.region.trimmed());
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

Status AgentService::setPortalPassword(const Actor &actor, const QString &uscc, const QString &password)
{
    if (!actor.canWrite())
        return Error::permission(tr("An auditor may not change agents."));
    if (password.size() < 8)
        return Error::rule(tr("A portal account needs a password of at least 8 characters."),
                           QStringLiteral("§2.6"));
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error::database(tr("The portal password could not be hashed."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Agent> agent = find(uscc);
    if (!agent)
        return agent.error();
    if (agent->portalAccount.isEmpty())
        return Error::rule(tr("%1 has no portal account.").arg(agent->name));
    SqlQuery q(m_db, QStringLiteral("UPDATE agents SET portal_password_hash = :h WHERE id = :id"));
    q.bind(QStringLiteral(":h"), hash).bind(QStringLiteral(":id"), agent->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("agent.portal_password");
    entry.entity = QStringLiteral("agent");
    entry.entityId = agent->uscc;
    entry.newValue = QStringLiteral("portal password changed");
    entry.clause = QStringLiteral("§2.6");
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

Result<Agent> AgentService::find(const QString &uscc)
{
    const QString code = Uscc::normalise(uscc);
    SqlQuery q(m_db, kAgentSelect + QStringLiteral(" WHERE a.uscc = :uscc"));
    q.bind(QStringLiteral(":today"), Dates::format(QDate::currentDate()));
    q.bind(QStringLiteral(":uscc"), code);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no agent with the code %1.").arg(code));
    return agentFrom(q);
}

Result<Agent> AgentService::findById(qint64 id)
{
    SqlQuery q(m_db, kAgentSelect + QStringLiteral(" WHERE a.id = :id"));
    q.bind(QStringLiteral(":today"), Dates::format(QDate::currentDate()));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no agent with the id %1.").arg(id));
    return agentFrom(q);
}

Result<QVector<Agent>> AgentService::list(const AgentFilter &filter)
{
    QStringList where;
    if (!filter.text.trimmed().isEmpty())
        where << QStringLiteral("(a.name LIKE :text ESCAPE '\\' OR a.uscc LIKE :text ESCAPE '\\'"
                                " OR a.contact LIKE :text ESCAPE '\\' OR a.region LIKE :text ESCAPE '\\')");
    if (!filter.status.isEmpty())
        where << QStringLiteral("a.status = :status");
    if (filter.level != 0)
        where << QStringLiteral("a.level = :level");
    if (filter.parentId != 0)
        where << QStringLiteral("a.parent_id = :parent");
    QString sql = kAgentSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.level, a.name");
    SqlQuery q(m_db, sql);
    q.bind(QStringLiteral(":today"), Dates::format(QDate::currentDate()));
    if (!filter.text.trimmed().isEmpty())
        q.bind(QStringLiteral(":text"), SqlQuery::likeContaining(filter.text.trimmed()));
    if (!filter.status.isEmpty())
        q.bind(QStringLiteral(":status"), filter.status);
    if (filter.level != 0)
        q.bind(QStringLiteral(":level"), filter.level);
    if (filter.parentId != 0)
        q.bind(QStringLiteral(":parent"), filter.parentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Agent> agents;
    while (q.next())
        agents.append(agentFrom(q));
    return agents;
}

Result<Tier> AgentService::tierOn(qint64 agentId, const QDate &date)
{
    // The tier in force on the date; before the first recorded change the
    // agent's starting tier holds (README, "Downgrades"), and an agent with no
    // history at all has the tier on its record.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT tier FROM ("
                         " SELECT tier, 0 AS rank, effective_from, id FROM agent_tiers"
                         "  WHERE agent_id = :id AND effective_from <= :date"
                         " UNION ALL"
                         " SELECT * FROM (SELECT tier, 1, effective_from, id FROM agent_tiers"
                         "  WHERE agent_id = :id ORDER BY effective_from, id LIMIT 1)"
                         " UNION ALL"
                         " SELECT tier, 2, '', 0 FROM agents WHERE id = :id)"
                         " ORDER BY rank, effective_from DESC, id DESC LIMIT 1"));
    q.bind(QStringLiteral(":id"), agentId).bind(QStringLiteral(":date"), Dates::format(date));
    Result<QVariant> v = q.scalar();
    if (!v) {
        if (v.error().kind == ErrorKind::NotFound)
            return Error::notFound(tr("There is no agent with the id %1.").arg(agentId));
        return v.error();
    }
    Tier tier = Tier::Standard;
    tierFromKey(v->toString(), &tier);
    return tier;
}

} // namespace cd
