#include "PlanService.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

namespace cd {

namespace {
const QString kPlanSelect = QStringLiteral(
    "SELECT id, code, name, carrier, annual_fee_fen, included_minutes, per_minute_fen,"
    " carrier_cost_fen, active FROM plans");

Plan planFrom(SqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.carrier = q.value(3).toString();
    p.annualFee = Money::fromFen(q.value(4).toLongLong());
    p.includedMinutes = q.value(5).toInt();
    p.perMinute = Money::fromFen(q.value(6).toLongLong());
    p.carrierCost = Money::fromFen(q.value(7).toLongLong());
    p.active = q.value(8).toInt() != 0;
    return p;
}

bool wholeNumber(const QString &text, qint64 *out, bool allowEmpty = false)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *out = 0;
        return allowEmpty;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{1,15}$"));
    if (!digits.match(t).hasMatch())
        return false;
    *out = t.toLongLong();
    return true;
}
} // namespace

QVector<FieldError> PlanService::validate(const PlanInput &in)
{
    QVector<FieldError> errors;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    const QString code = in.code.trimmed();
    if (!codePattern.match(code).hasMatch()) {
        errors.append({QStringLiteral("code"), tr("\"%1\" is not a plan code: use up to 32 letters, digits, "
                                                   "'-', '_' or '.'.").arg(code)});
    } else {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM plans WHERE code = :c"));
        q.bind(QStringLiteral(":c"), code);
        Result<QVariant> n = q.scalar();
        if (n && n->toInt() > 0)
            errors.append({QStringLiteral("code"), tr("A plan with the code %1 already exists.").arg(code)});
    }
    if (in.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The plan's name is required.")});
    if (!carrierKeys().contains(in.carrier.trimmed()))
        errors.append({QStringLiteral("carrier"), tr("\"%1\" is not a carrier; use telecom, unicom or mobile.")
                                                      .arg(in.carrier.trimmed())});
    qint64 fee = 0, minutes = 0, perMinute = 0, cost = 0;
    if (!wholeNumber(in.annualFeeFen, &fee) || fee <= 0)
        errors.append({QStringLiteral("annual_fee_fen"),
                       tr("\"%1\" is not an annual fee in fen (a whole number above 0).").arg(in.annualFeeFen.trimmed())});
    if (!wholeNumber(in.includedMinutes, &minutes, true))
        errors.append({QStringLiteral("included_minutes"),
                       tr("\"%1\" is not a whole number of minutes.").arg(in.includedMinutes.trimmed())});
    if (!wholeNumber(in.perMinuteFen, &perMinute, true))
        errors.append({QStringLiteral("per_minute_fen"),
                       tr("\"%1\" is not a per-minute rate in fen.").arg(in.perMinuteFen.trimmed())});
    if (!wholeNumber(in.carrierCostFen, &cost))
        errors.append({QStringLiteral("carrier_cost_fen"),
                       tr("\"%1\" is not a carrier cost in fen.").arg(in.carrierCostFen.trimmed())});
    else if (fee > 0 && cost >= fee)
        errors.append({QStringLiteral("carrier_cost_fen"),
                       tr("The carrier cost %1 is not below the annual fee %2; no agent price could fit.")
                           .arg(Money::fromFen(cost).display(), Money::fromFen(fee).display())});
    return errors;
}

Result<Plan> PlanService::insert(const Actor &actor, const PlanInput &in)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change plans and prices."));
    const QVector<FieldError> errors = validate(in);
    if (!errors.isEmpty()) {
        Error e = Error::rule(errors.first().message);
        for (int i = 1; i < errors.size(); ++i)
            e.details << errors.at(i).message;
        return e;
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO plans (code, name, carrier, annual_fee_fen, included_minutes,"
                                    " per_minute_fen, carrier_cost_fen, created_at) VALUES (:code, :name,"
                                    " :carrier, :fee, :minutes, :rate, :cost, :now) RETURNING id"));
    q.bind(QStringLiteral(":code"), in.code.trimmed())
        .bind(QStringLiteral(":name"), in.name.trimmed())
        .bind(QStringLiteral(":carrier"), in.carrier.trimmed())
        .bind(QStringLiteral(":fee"), in.annualFeeFen.trimmed().toLongLong())
        .bind(QStringLiteral(":minutes"), in.includedMinutes.trimmed().toLongLong())
        .bind(QStringLiteral(":rate"), in.perMinuteFen.trimmed().toLongLong())
        .bind(QStringLiteral(":cost"), in.carrierCostFen.trimmed().toLongLong())
        .bind(QStringLiteral(":now"), Dates::nowTimestamp());
    Result<QVariant> id = q.scalar();
    if (!id)
        return id.error();
    AuditEntry e;
    e.action = QStringLiteral("plan.create");
    e.entity = QStringLiteral("plan");
    e.entityId = in.code.trimmed();
    e.newValue = QStringLiteral("name=%1; carrier=%2; fee=%3; minutes=%4; rate=%5; cost=%6")
                     .arg(in.name.trimmed(), in.carrier.trimmed(), in.annualFeeFen.trimmed(),
                          in.includedMinutes.trimmed(), in.perMinuteFen.trimmed(), in.carrierCostFen.trimmed());
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    return findById(id->toLongLong());
}

Result<Plan> PlanService::create(const Actor &actor, const PlanInput &input)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change plans and prices."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Result<Plan> p = insert(actor, input);
    if (!p)
        return p;
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Status PlanService::setActive(const Actor &actor, const QString &code, bool active)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change plans and prices."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Plan> p = find(code);
    if (!p)
        return p.error();
    if (p->active == active)
        return {};
    SqlQuery q(m_db, QStringLiteral("UPDATE plans SET active = :a WHERE id = :id"));
    q.bind(QStringLiteral(":a"), active ? 1 : 0).bind(QStringLiteral(":id"), p->id);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry e;
    e.action = active ? QStringLiteral("plan.activate") : QStringLiteral("plan.deactivate");
    e.entity = QStringLiteral("plan");
    e.entityId = p->code;
    e.oldValue = p->active ? QStringLiteral("active") : QStringLiteral("inactive");
    e.newValue = active ? QStringLiteral("active") : QStringLiteral("inactive");
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s;
    return tx.commit();
}

Result<Plan> PlanService::find(const QString &code)
{
    SqlQuery q(m_db, kPlanSelect + QStringLiteral(" WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code.trimmed());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no plan %1.").arg(code.trimmed()));
    return planFrom(q);
}

Result<Plan> PlanService::findById(qint64 id)
{
    SqlQuery q(m_db, kPlanSelect + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("There is no plan with the id %1.").arg(id));
    return planFrom(q);
}

Result<QVector<Plan>> PlanService::list(bool activeOnly)
{
    SqlQuery q(m_db, kPlanSelect + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString())
                         + QStringLiteral(" ORDER BY code"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Plan> out;
    while (q.next())
        out.append(planFrom(q));
    return out;
}

QVector<CsvColumn> PlanImporter::columns() const
{
    return {{QStringLiteral("code"), true},           {QStringLiteral("name"), true},
            {QStringLiteral("carrier"), true},        {QStringLiteral("annual_fee_fen"), true},
            {QStringLiteral("included_minutes"), false}, {QStringLiteral("per_minute_fen"), false},
            {QStringLiteral("carrier_cost_fen"), true}};
}

QVector<FieldError> PlanImporter::importRow(Database &db, const Actor &actor, const CsvRow &row)
{
    PlanInput in;
    in.code = row.value(QStringLiteral("code"));
    in.name = row.value(QStringLiteral("name"));
    in.carrier = row.value(QStringLiteral("carrier"));
    in.annualFeeFen = row.value(QStringLiteral("annual_fee_fen"));
    in.includedMinutes = row.value(QStringLiteral("included_minutes"));
    in.perMinuteFen = row.value(QStringLiteral("per_minute_fen"));
    in.carrierCostFen = row.value(QStringLiteral("carrier_cost_fen"));
    PlanService plans(db);
    QVector<FieldError> errors = plans.validate(in);
    if (!errors.isEmpty())
        return errors;
    Result<Plan> p = plans.insert(actor, in);
    if (!p)
        return {{QString(), p.error().text()}};
    return {};
}

} // namespace cd
