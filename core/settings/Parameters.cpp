#include "Parameters.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace cd {

const QVector<ParameterSpec> &Parameters::specs()
{
    static const QVector<ParameterSpec> all{
        {QStringLiteral("grace_days"), QStringLiteral("15"), 0, 365, false, QStringLiteral("§2.10")},
        {QStringLiteral("reclaim_days"), QStringLiteral("90"), 1, 3650, false, QStringLiteral("§2.10")},
        {QStringLiteral("reclaim_warning_days"), QStringLiteral("7"), 0, 365, false, QStringLiteral("§2.10")},
        {QStringLiteral("reminder_offsets"), QStringLiteral("30,15,7"), 1, 365, true, QStringLiteral("§2.10")},
        {QStringLiteral("min_margin_percent"), QStringLiteral("5"), 0, 100, false, QStringLiteral("§2.4")},
        {QStringLiteral("promotion_threshold_percent"), QStringLiteral("120"), 1, 1000, false, QStringLiteral("§2.4")},
        {QStringLiteral("reservation_limit"), QStringLiteral("3"), 1, 1000, false, QString()},
        {QStringLiteral("reservation_days"), QStringLiteral("3"), 1, 365, false, QString()},
        {QStringLiteral("takeover_wait_days"), QStringLiteral("15"), 0, 365, false, QStringLiteral("§9.6")},
        {QStringLiteral("training_due_days"), QStringLiteral("30"), 1, 365, false, QStringLiteral("§2.7")},
        {QStringLiteral("premium_min_fee_fen"), QStringLiteral("600000"), 0, 100000000, false, QString()},
        {QStringLiteral("special_min_fee_fen"), QStringLiteral("300000"), 0, 100000000, false, QString()},
        {QStringLiteral("follow_up_first_days"), QStringLiteral("30"), 1, 365, false, QStringLiteral("§3.9")},
        {QStringLiteral("follow_up_supervised_days"), QStringLiteral("90"), 1, 365, false, QStringLiteral("§3.9")},
        {QStringLiteral("spot_check_skip_days"), QStringLiteral("90"), 0, 3650, false, QStringLiteral("§3.9")},
        {QStringLiteral("login_lock_attempts"), QStringLiteral("5"), 1, 100, false, QStringLiteral("§2.6")},
        {QStringLiteral("login_lock_minutes"), QStringLiteral("15"), 1, 1440, false, QStringLiteral("§2.6")},
    };
    return all;
}

QString ParameterSpec::label() const
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("grace_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Grace period after paid-through date (days)")},
        {QStringLiteral("reclaim_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Arrears suspension before reclaim (days)")},
        {QStringLiteral("reclaim_warning_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Reclaim warning before reclaim (days)")},
        {QStringLiteral("reminder_offsets"), QT_TRANSLATE_NOOP("cd::Parameters", "Renewal reminders before paid-through date (days)")},
        {QStringLiteral("min_margin_percent"), QT_TRANSLATE_NOOP("cd::Parameters", "Minimum margin (% of retail fee)")},
        {QStringLiteral("promotion_threshold_percent"), QT_TRANSLATE_NOOP("cd::Parameters", "Quarterly completion for promotion (%)")},
        {QStringLiteral("reservation_limit"), QT_TRANSLATE_NOOP("cd::Parameters", "Reserved numbers per customer")},
        {QStringLiteral("reservation_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Reservation expires after (days)")},
        {QStringLiteral("takeover_wait_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Wait after takeover reminder (days)")},
        {QStringLiteral("training_due_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Training due after first contract (days)")},
        {QStringLiteral("premium_min_fee_fen"), QT_TRANSLATE_NOOP("cd::Parameters", "Minimum annual fee for premium numbers (fen)")},
        {QStringLiteral("special_min_fee_fen"), QT_TRANSLATE_NOOP("cd::Parameters", "Minimum annual fee for special numbers (fen)")},
        {QStringLiteral("follow_up_first_days"), QT_TRANSLATE_NOOP("cd::Parameters", "First follow-up review after activation (days)")},
        {QStringLiteral("follow_up_supervised_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Follow-up interval for supervised agents (days)")},
        {QStringLiteral("spot_check_skip_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Skip customers checked within (days)")},
        {QStringLiteral("login_lock_attempts"), QT_TRANSLATE_NOOP("cd::Parameters", "Failed sign-ins before the account locks")},
        {QStringLiteral("login_lock_minutes"), QT_TRANSLATE_NOOP("cd::Parameters", "Account lock duration (minutes)")},
    };
    const char *text = labels.value(key);
    return text ? QCoreApplication::translate("cd::Parameters", text) : key;
}

QString ParameterSpec::description() const
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("grace_days"), QT_TRANSLATE_NOOP("cd::Parameters", "An unpaid number stays active this many days after its paid-through date, then is suspended for arrears.")},
        {QStringLiteral("reclaim_days"), QT_TRANSLATE_NOOP("cd::Parameters", "The carrier reclaims a number this many days after its arrears suspension.")},
        {QStringLiteral("reclaim_warning_days"), QT_TRANSLATE_NOOP("cd::Parameters", "A reclaim warning goes to the service owner this many days before the reclaim.")},
        {QStringLiteral("reminder_offsets"), QT_TRANSLATE_NOOP("cd::Parameters", "Renewal notices go to the service owner this many days before the paid-through date; separate several with commas.")},
        {QStringLiteral("min_margin_percent"), QT_TRANSLATE_NOOP("cd::Parameters", "Every price chain keeps at least this margin above carrier cost and below the retail fee.")},
        {QStringLiteral("promotion_threshold_percent"), QT_TRANSLATE_NOOP("cd::Parameters", "An agent completing at least this share of its quarterly task is proposed for one tier up.")},
        {QStringLiteral("reservation_limit"), QT_TRANSLATE_NOOP("cd::Parameters", "How many numbers one customer may hold reserved at a time.")},
        {QStringLiteral("reservation_days"), QT_TRANSLATE_NOOP("cd::Parameters", "A reserved number returns to the pool after this many days.")},
        {QStringLiteral("takeover_wait_days"), QT_TRANSLATE_NOOP("cd::Parameters", "A terminated agent's customers may be taken over this many days after a reminder without correction.")},
        {QStringLiteral("training_due_days"), QT_TRANSLATE_NOOP("cd::Parameters", "An agent not trained within this many days of its first contract is listed as overdue.")},
        {QStringLiteral("premium_min_fee_fen"), QT_TRANSLATE_NOOP("cd::Parameters", "Premium numbers (last four digits the same) need a plan with at least this annual fee.")},
        {QStringLiteral("special_min_fee_fen"), QT_TRANSLATE_NOOP("cd::Parameters", "Special numbers (AABB, ABAB, ABCD or AAA endings) need a plan with at least this annual fee.")},
        {QStringLiteral("follow_up_first_days"), QT_TRANSLATE_NOOP("cd::Parameters", "The first follow-up review is due this many days after activation, then yearly.")},
        {QStringLiteral("follow_up_supervised_days"), QT_TRANSLATE_NOOP("cd::Parameters", "Customers of supervised agents get a follow-up review this often.")},
        {QStringLiteral("spot_check_skip_days"), QT_TRANSLATE_NOOP("cd::Parameters", "A spot-check draw skips customers checked within this many days.")},
        {QStringLiteral("login_lock_attempts"), QT_TRANSLATE_NOOP("cd::Parameters", "After this many wrong passwords in a row the account is locked for a while.")},
        {QStringLiteral("login_lock_minutes"), QT_TRANSLATE_NOOP("cd::Parameters", "How long a locked account stays locked.")},
    };
    const char *text = texts.value(key);
    return text ? QCoreApplication::translate("cd::Parameters", text) : QString();
}

const ParameterSpec *Parameters::spec(const QString &key)
{
    for (const ParameterSpec &s : specs()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString Parameters::validate(const ParameterSpec &spec, const QString &value)
{
    const QStringList parts = spec.isList
                                  ? value.split(QLatin1Char(','), Qt::KeepEmptyParts)
                                  : QStringList{value};
    for (const QString &raw : parts) {
        bool ok = false;
        const QString part = raw.trimmed();
        const int v = part.toInt(&ok);
        if (!ok) {
            return tr("%1: \"%2\" is not a whole number.").arg(spec.label(), part);
        }
        if (v < spec.minimum || v > spec.maximum) {
            return tr("%1: %2 is outside the allowed range %3 to %4.")
                .arg(spec.label())
                .arg(v)
                .arg(spec.minimum)
                .arg(spec.maximum);
        }
    }
    return {};
}

namespace {
QString normalised(const ParameterSpec &spec, const QString &value)
{
    if (!spec.isList)
        return QString::number(value.trimmed().toInt());
    QStringList parts;
    for (const QString &p : value.split(QLatin1Char(',')))
        parts << QString::number(p.trimmed().toInt());
    return parts.join(QLatin1Char(','));
}

Result<QHash<QString, QString>> storedValues(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT key, value FROM parameters"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}
} // namespace

Result<QString> Parameters::value(const QString &key)
{
    const ParameterSpec *s = spec(key);
    if (!s)
        return Error::notFound(tr("There is no parameter \"%1\".").arg(key));
    Result<QHash<QString, QString>> stored = storedValues(m_db);
    if (!stored)
        return stored.error();
    return stored->value(key, s->defaultValue);
}

Result<BusinessParameters> Parameters::load()
{
    Result<QHash<QString, QString>> stored = storedValues(m_db);
    if (!stored)
        return stored.error();
    auto intOf = [&](const char *key) {
        const ParameterSpec *s = spec(QLatin1String(key));
        const QString v = stored->value(s->key, s->defaultValue);
        return validate(*s, v).isEmpty() ? v.toInt() : s->defaultValue.toInt();
    };
    BusinessParameters p;
    p.graceDays = intOf("grace_days");
    p.reclaimDays = intOf("reclaim_days");
    p.reclaimWarningDays = intOf("reclaim_warning_days");
    {
        const ParameterSpec *s = spec(QStringLiteral("reminder_offsets"));
        QString v = stored->value(s->key, s->defaultValue);
        if (!validate(*s, v).isEmpty())
            v = s->defaultValue;
        p.reminderOffsets.clear();
        for (const QString &part : v.split(QLatin1Char(',')))
            p.reminderOffsets.append(part.trimmed().toInt());
    }
    p.minMarginPercent = intOf("min_margin_percent");
    p.promotionThresholdPercent = intOf("promotion_threshold_percent");
    p.reservationLimit = intOf("reservation_limit");
    p.reservationDays = intOf("reservation_days");
    p.takeoverWaitDays = intOf("takeover_wait_days");
    p.trainingDueDays = intOf("training_due_days");
    p.premiumMinFeeFen = intOf("premium_min_fee_fen");
    p.specialMinFeeFen = intOf("special_min_fee_fen");
    p.followUpFirstDays = intOf("follow_up_first_days");
    p.followUpSupervisedDays = intOf("follow_up_supervised_days");
    p.spotCheckSkipDays = intOf("spot_check_skip_days");
    p.loginLockAttempts = intOf("login_lock_attempts");
    p.loginLockMinutes = intOf("login_lock_minutes");
    return p;
}

Status Parameters::set(const Actor &actor, const QString &key, const QString &value)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change business parameters."));
    const ParameterSpec *s = spec(key);
    if (!s)
        return Error::notFound(tr("There is no parameter \"%1\".").arg(key));
    if (const QString e = validate(*s, value); !e.isEmpty())
        return Error::rule(e, s->clause);
    const QString clean = normalised(*s, value);

    WriteTransaction tx(m_db);
    if (Status st = tx.begin(); !st)
        return st;
    Result<QString> old = this->value(key);
    if (!old)
        return old.error();
    if (*old == clean)
        return {};
    SqlQuery q(m_db, QStringLiteral("INSERT INTO parameters (key, value) VALUES (:key, :value)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), clean);
    if (Status st = q.exec(); !st)
        return st;
    AuditEntry entry;
    entry.action = QStringLiteral("parameter.set");
    entry.entity = QStringLiteral("parameter");
    entry.entityId = key;
    entry.oldValue = *old;
    entry.newValue = clean;
    entry.clause = s->clause;
    if (Status st = AuditLog::record(m_db, actor, entry); !st)
        return st;
    return tx.commit();
}

} // namespace cd
