#include "PriceService.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "pricing/PlanService.h"
#include "settings/Parameters.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

namespace cd {

bool increaseReasonFromKey(const QString &key, IncreaseReason *reason)
{
    if (key == QLatin1String("carrier"))
        *reason = IncreaseReason::Carrier;
    else if (key == QLatin1String("policy"))
        *reason = IncreaseReason::Policy;
    else if (key.isEmpty())
        *reason = IncreaseReason::None;
    else
        return false;
    return true;
}

QString increaseReasonKey(IncreaseReason reason)
{
    switch (reason) {
    case IncreaseReason::Carrier:
        return QStringLiteral("carrier");
    case IncreaseReason::Policy:
        return QStringLiteral("policy");
    case IncreaseReason::None:
        break;
    }
    return {};
}

namespace {
const QString kSection = QStringLiteral("§2.4");

QString cellKey(const QString &plan, Tier tier, int level)
{
    return QStringLiteral("%1/%2/%3").arg(plan, tierKey(tier)).arg(level);
}

Error chainError(const QString &what, const QVector<ChainBreak> &breaks)
{
    Error e = Error::rule(what, kSection);
    for (const ChainBreak &b : breaks)
        e.details << b.message;
    return e;
}
} // namespace

bool PriceService::parsePercent(const QString &text, int *basisPoints)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int whole = m.captured(1).toInt();
    const QString frac = m.captured(2).leftJustified(2, QLatin1Char('0'));
    const int bp = whole * 100 + frac.toInt();
    if (bp <= 0 || bp >= 10000)
        return false;
    *basisPoints = bp;
    return true;
}

Result<PricePoint> PriceService::priceOn(qint64 planId, Tier tier, int level, const QDate &date)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, price_fen, effective_from, reason, reference, created_by,"
                                    " created_at FROM prices WHERE plan_id = :p AND tier = :t AND level = :l"
                                    " AND effective_from <= :d ORDER BY effective_from DESC, id DESC LIMIT 1"));
    q.bind(QStringLiteral(":p"), planId)
        .bind(QStringLiteral(":t"), tierKey(tier))
        .bind(QStringLiteral(":l"), level)
        .bind(QStringLiteral(":d"), Dates::format(date));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(tr("No %1 price is in force on %2.")
                                   .arg(PriceChain::cellName(tier, level), Dates::format(date)));
    PricePoint p;
    p.id = q.value(0).toLongLong();
    p.tier = tier;
    p.level = level;
    p.price = Money::fromFen(q.value(1).toLongLong());
    p.effectiveFrom = Dates::parse(q.value(2).toString());
    p.reason = q.value(3).toString();
    p.reference = q.value(4).toString();
    p.createdBy = q.value(5).toString();
    p.createdAt = q.value(6).toString();
    return p;
}

Result<PriceMatrix> PriceService::matrixOn(qint64 planId, const QDate &date)
{
    // One query: for each tier and level the newest entry on or before the date.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT p.tier, p.level, p.price_fen, p.effective_from FROM prices p"
                         " WHERE p.plan_id = :p AND p.id = (SELECT x.id FROM prices x"
                         "  WHERE x.plan_id = p.plan_id AND x.tier = p.tier AND x.level = p.level"
                         "  AND x.effective_from <= :d ORDER BY x.effective_from DESC, x.id DESC LIMIT 1)"));
    q.bind(QStringLiteral(":p"), planId).bind(QStringLiteral(":d"), Dates::format(date));
    if (Status s = q.exec(); !s)
        return s.error();
    PriceMatrix m;
    m.date = date;
    while (q.next()) {
        Tier t;
        if (!tierFromKey(q.value(0).toString(), &t))
            continue;
        m.set(t, q.value(1).toInt(), Money::fromFen(q.value(2).toLongLong()),
              Dates::parse(q.value(3).toString()));
    }
    return m;
}

Result<QVector<PricePoint>> PriceService::history(qint64 planId, Tier tier, int level)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, price_fen, effective_from, reason, reference, created_by,"
                                    " created_at FROM prices WHERE plan_id = :p AND tier = :t AND level = :l"
                                    " ORDER BY effective_from DESC, id DESC"));
    q.bind(QStringLiteral(":p"), planId).bind(QStringLiteral(":t"), tierKey(tier)).bind(QStringLiteral(":l"), level);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<PricePoint> out;
    while (q.next()) {
        PricePoint p;
        p.id = q.value(0).toLongLong();
        p.tier = tier;
        p.level = level;
        p.price = Money::fromFen(q.value(1).toLongLong());
        p.effectiveFrom = Dates::parse(q.value(2).toString());
        p.reason = q.value(3).toString();
        p.reference = q.value(4).toString();
        p.createdBy = q.value(5).toString();
        p.createdAt = q.value(6).toString();
        out.append(p);
    }
    return out;
}

Result<QVector<ChainBreak>> PriceService::breaksFrom(qint64 planId, const QDate &from)
{
    Result<Plan> plan = PlanService(m_db).findById(planId);
    if (!plan)
        return plan.error();
    Result<BusinessParameters> params = Parameters(m_db).load();
    if (!params)
        return params.error();
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT effective_from FROM prices WHERE plan_id = :p"
                                    " AND effective_from > :d ORDER BY effective_from"));
    q.bind(QStringLiteral(":p"), planId).bind(QStringLiteral(":d"), Dates::format(from));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<QDate> dates{from};
    while (q.next())
        dates.append(Dates::parse(q.value(0).toString()));
    q.finish();
    QVector<ChainBreak> breaks;
    for (const QDate &d : dates) {
        Result<PriceMatrix> m = matrixOn(planId, d);
        if (!m)
            return m.error();
        breaks += PriceChain::check(*plan, *m, params->minMarginPercent);
    }
    return breaks;
}

Result<bool> PriceService::isIncrease(const PriceChange &change)
{
    Result<Plan> plan = PlanService(m_db).find(change.planCode);
    if (!plan)
        return plan.error();
    Result<PricePoint> current = priceOn(plan->id, change.tier, change.level, change.from);
    if (!current)
        return current.error().kind == ErrorKind::NotFound ? Result<bool>(false) : Result<bool>(current.error());
    return change.price > current->price;
}

Status PriceService::insertPrice(const Actor &actor, const PriceChange &c, bool checkChain)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change plans and prices."));
    if (c.level != 1 && c.level != 2)
        return Error::rule(tr("The level must be 1 or 2."), kSection);
    if (c.price <= Money())
        return Error::rule(tr("A price must be above zero."), kSection);
    if (!c.from.isValid())
        return Error::rule(tr("A price needs the date it takes effect."), kSection);
    Result<Plan> plan = PlanService(m_db).find(c.planCode);
    if (!plan)
        return plan.error();

    Result<PricePoint> current = priceOn(plan->id, c.tier, c.level, c.from);
    if (!current && current.error().kind != ErrorKind::NotFound)
        return current.error();
    const bool raise = current.ok() && c.price > current->price;
    // §2.4 Prices stay stable: a raise only for a carrier price adjustment or
    // a change of state policy, with the document that orders it.
    if (raise && (c.reason == IncreaseReason::None || c.reference.trimmed().isEmpty()))
        return Error::rule(tr("%1 of plan %2 would rise from %3 to %4 on %5; a raise needs the reason "
                              "\"carrier\" or \"policy\" and the document's reference.")
                               .arg(PriceChain::cellName(c.tier, c.level), plan->code,
                                    current->price.display(), c.price.display(), Dates::format(c.from)),
                           kSection);

    SqlQuery ins(m_db, QStringLiteral("INSERT INTO prices (plan_id, tier, level, price_fen, effective_from,"
                                      " reason, reference, created_at, created_by) VALUES (:p, :t, :l, :f,"
                                      " :d, :r, :ref, :now, :by)"));
    ins.bind(QStringLiteral(":p"), plan->id)
        .bind(QStringLiteral(":t"), tierKey(c.tier))
        .bind(QStringLiteral(":l"), c.level)
        .bind(QStringLiteral(":f"), c.price.fen())
        .bind(QStringLiteral(":d"), Dates::format(c.from))
        .bind(QStringLiteral(":r"), increaseReasonKey(c.reason))
        .bind(QStringLiteral(":ref"), c.reference.trimmed())
        .bind(QStringLiteral(":now"), Dates::nowTimestamp())
        .bind(QStringLiteral(":by"), actor.userName);
    if (Status s = ins.exec(); !s)
        return s;

    if (checkChain) {
        Result<QVector<ChainBreak>> breaks = breaksFrom(plan->id, c.from);
        if (!breaks)
            return breaks.error();
        if (!breaks->isEmpty())
            return chainError(tr("The change would break the price chain of plan %1.").arg(plan->code), *breaks);
    }

    AuditEntry e;
    e.action = QStringLiteral("price.set");
    e.entity = QStringLiteral("price");
    e.entityId = cellKey(plan->code, c.tier, c.level);
    e.oldValue = current ? QStringLiteral("%1 from %2").arg(current->price.fen()).arg(Dates::format(current->effectiveFrom))
                         : QString();
    e.newValue = QStringLiteral("%1 from %2").arg(c.price.fen()).arg(Dates::format(c.from));
    if (c.reason != IncreaseReason::None || !c.reference.trimmed().isEmpty())
        e.newValue += QStringLiteral("; reason=%1; ref=%2").arg(increaseReasonKey(c.reason), c.reference.trimmed());
    e.clause = kSection;
    return AuditLog::record(m_db, actor, e);
}

Status PriceService::setPrice(const Actor &actor, const PriceChange &change)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change plans and prices."));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = insertPrice(actor, change, true); !s)
        return s;
    return tx.commit();
}

Result<CutPreview> PriceService::runCut(const Actor &actor, const CutRequest &r, bool commit)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change plans and prices."));
    const bool byPercent = r.percentBasisPoints > 0;
    const bool byAmount = r.amountFen > 0;
    if (byPercent == byAmount)
        return Error::rule(tr("A cut is either by percent or by amount, above zero."), kSection);
    if (byPercent && r.percentBasisPoints >= 10000)
        return Error::rule(tr("A cut must be below 100 %."), kSection);
    if (!r.from.isValid())
        return Error::rule(tr("A cut needs the date it takes effect."), kSection);
    if (commit && r.reason.trimmed().isEmpty())
        return Error::rule(tr("A cut needs its reason on record."), kSection);

    QVector<Plan> plans;
    PlanService planService(m_db);
    if (!r.planCode.trimmed().isEmpty()) {
        Result<Plan> p = planService.find(r.planCode);
        if (!p)
            return p.error();
        plans.append(*p);
    } else {
        Result<QVector<Plan>> all = planService.list(true);
        if (!all)
            return all.error();
        plans = *all;
    }

    // Written inside a transaction, checked on every date, then kept or rolled back.
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CutPreview preview;
    for (const Plan &plan : plans) {
        Result<PriceMatrix> before = matrixOn(plan.id, r.from);
        if (!before)
            return before.error();
        bool any = false;
        for (int t = 0; t < 4; ++t) {
            for (int level = 1; level <= 2; ++level) {
                if (!before->present(Tier(t), level))
                    continue;
                const qint64 old = before->at(Tier(t), level).fen();
                // Rounded in the agent's favour: down to the fen.
                const qint64 cut = byPercent ? old * (10000 - r.percentBasisPoints) / 10000 : old - r.amountFen;
                preview.lines.append({plan.code, Tier(t), level, Money::fromFen(old), Money::fromFen(cut)});
                any = true;
                if (cut <= 0) {
                    preview.breaks.append({plan.code, r.from,
                                           tr("Plan %1: %2 %3 would fall to %4.")
                                               .arg(plan.code, PriceChain::cellName(Tier(t), level),
                                                    Money::fromFen(old).display(), Money::fromFen(cut).display())});
                    continue;
                }
                SqlQuery ins(m_db, QStringLiteral(
                                       "INSERT INTO prices (plan_id, tier, level, price_fen, effective_from,"
                                       " reason, reference, created_at, created_by) VALUES (:p, :t, :l, :f,"
                                       " :d, 'cut', :ref, :now, :by)"));
                ins.bind(QStringLiteral(":p"), plan.id)
                    .bind(QStringLiteral(":t"), tierKey(Tier(t)))
                    .bind(QStringLiteral(":l"), level)
                    .bind(QStringLiteral(":f"), cut)
                    .bind(QStringLiteral(":d"), Dates::format(r.from))
                    .bind(QStringLiteral(":ref"), r.reason.trimmed())
                    .bind(QStringLiteral(":now"), Dates::nowTimestamp())
                    .bind(QStringLiteral(":by"), actor.userName);
                if (Status s = ins.exec(); !s)
                    return s.error();
            }
        }
        if (!any)
            continue;
        Result<QVector<ChainBreak>> breaks = breaksFrom(plan.id, r.from);
        if (!breaks)
            return breaks.error();
        preview.breaks += *breaks;
    }
    for (const ChainBreak &b : preview.breaks) {
        if (!preview.brokenPlans.contains(b.planCode))
            preview.brokenPlans.append(b.planCode);
    }
    if (!commit) {
        tx.rollback();
        return preview;
    }
    if (preview.lines.isEmpty())
        return Error::rule(tr("No agent price is in force on %1 to cut.").arg(Dates::format(r.from)), kSection);
    if (!preview.ok()) {
        // §2.4 All or nothing: one broken chain refuses the whole cut.
        return chainError(tr("The cut would break the price chain of %1; nothing was changed.")
                              .arg(preview.brokenPlans.join(QStringLiteral(", "))),
                          preview.breaks);
    }
    AuditEntry e;
    e.action = QStringLiteral("price.cut");
    e.entity = QStringLiteral("price");
    e.entityId = r.planCode.trimmed().isEmpty() ? QStringLiteral("*") : r.planCode.trimmed();
    e.newValue = QStringLiteral("%1 from %2; %3 prices; reason=%4")
                     .arg(byPercent ? QStringLiteral("-%1%").arg(r.percentBasisPoints / 100.0)
                                    : QStringLiteral("-%1 fen").arg(r.amountFen))
                     .arg(Dates::format(r.from))
                     .arg(preview.lines.size())
                     .arg(r.reason.trimmed());
    e.clause = kSection;
    if (Status s = AuditLog::record(m_db, actor, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return preview;
}

Result<CutPreview> PriceService::previewCut(const Actor &actor, const CutRequest &request)
{
    return runCut(actor, request, false);
}

Result<CutPreview> PriceService::applyCut(const Actor &actor, const CutRequest &request)
{
    return runCut(actor, request, true);
}

QVector<CsvColumn> PriceImporter::columns() const
{
    return {{QStringLiteral("plan"), true}, {QStringLiteral("tier"), true}, {QStringLiteral("level"), true},
            {QStringLiteral("price_fen"), true}, {QStringLiteral("effective_from"), true}};
}

QVector<FieldError> PriceImporter::importRow(Database &db, const Actor &actor, const CsvRow &row)
{
    QVector<FieldError> errors;
    PriceChange c;
    c.planCode = row.value(QStringLiteral("plan")).trimmed();
    Result<Plan> plan = PlanService(db).find(c.planCode);
    if (!plan)
        errors.append({QStringLiteral("plan"), plan.error().message});
    if (!tierFromKey(row.value(QStringLiteral("tier")), &c.tier))
        errors.append({QStringLiteral("tier"), PriceService::tr("\"%1\" is not a tier; use one of %2.")
                                                   .arg(row.value(QStringLiteral("tier")).trimmed(),
                                                        tierKeys().join(QStringLiteral(", ")))});
    const QString level = row.value(QStringLiteral("level")).trimmed();
    if (level != QLatin1String("1") && level != QLatin1String("2"))
        errors.append({QStringLiteral("level"), PriceService::tr("The level must be 1 or 2.")});
    c.level = level.toInt();
    Money price;
    if (!Money::parseFen(row.value(QStringLiteral("price_fen")), &price) || price <= Money())
        errors.append({QStringLiteral("price_fen"), PriceService::tr("\"%1\" is not a price in fen above zero.")
                                                        .arg(row.value(QStringLiteral("price_fen")).trimmed())});
    c.price = price;
    c.from = Dates::parse(row.value(QStringLiteral("effective_from")).trimmed());
    if (!c.from.isValid())
        errors.append({QStringLiteral("effective_from"), PriceService::tr("\"%1\" is not a date written YYYY-MM-DD.")
                                                             .arg(row.value(QStringLiteral("effective_from")).trimmed())});
    if (!errors.isEmpty())
        return errors;
    // The file carries no reason column: a raise is refused here (§2.4) and
    // must go through `price set` with its reason and reference.
    if (Status s = PriceService(db).insertPrice(actor, c, false); !s)
        return {{QStringLiteral("price_fen"), s.error().text()}};
    const QDate earliest = m_touched.value(plan->id);
    if (!earliest.isValid() || c.from < earliest)
        m_touched.insert(plan->id, c.from);
    return {};
}

QVector<FieldError> PriceImporter::finish(Database &db, const Actor &actor)
{
    Q_UNUSED(actor)
    QVector<FieldError> errors;
    PriceService prices(db);
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        Result<QVector<ChainBreak>> breaks = prices.breaksFrom(it.key(), it.value());
        if (!breaks) {
            errors.append({QString(), breaks.error().text()});
            continue;
        }
        for (const ChainBreak &b : *breaks)
            errors.append({QString(), QStringLiteral("%1 (§2.4)").arg(b.message)});
    }
    return errors;
}

} // namespace cd
