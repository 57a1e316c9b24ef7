#include "ProviderProfile.h"

#include "audit/AuditLog.h"
#include "common/Dates.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

namespace cd {

namespace {
Provider trimmed(const Provider &p)
{
    Provider t = p;
    t.name = p.name.trimmed();
    t.licence = p.licence.trimmed();
    t.address = p.address.trimmed();
    t.phone = p.phone.trimmed();
    return t;
}

QString describe(const Provider &p)
{
    return QStringLiteral("name=%1; licence=%2; address=%3; phone=%4")
        .arg(p.name, p.licence, p.address, p.phone);
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}
} // namespace

Result<Provider> ProviderProfile::load()
{
    SqlQuery q(m_db, QStringLiteral("SELECT name, licence, address, phone, updated_at, updated_by"
                                    " FROM provider_profile WHERE id = 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    Provider p;
    if (q.next()) {
        p.name = q.value(0).toString();
        p.licence = q.value(1).toString();
        p.address = q.value(2).toString();
        p.phone = q.value(3).toString();
        p.updatedAt = q.value(4).toString();
        p.updatedBy = q.value(5).toString();
    }
    return p;
}

Result<Provider> ProviderProfile::forPrinting()
{
    Result<Provider> p = load();
    if (!p)
        return p;
    if (!p->isSet()) {
        return Error::rule(
            tr("The provider's name is not set, so the document cannot name its issuer. An "
               "administrator sets it under Settings › Provider, or with \"channeldesk-cli "
               "provider set --name NAME\"."));
    }
    return p;
}

QVector<FieldError> ProviderProfile::validate(const Provider &provider)
{
    const Provider p = trimmed(provider);
    QVector<FieldError> errors;
    auto check = [&errors](const QString &key, const QString &value, int maximum,
                           const QString &tooLong) {
        if (value.size() > maximum)
            errors.append({key, tooLong});
        else if (hasControlCharacters(value))
            errors.append({key, tr("Line breaks and control characters are not allowed here.")});
    };
    if (p.name.isEmpty())
        errors.append({QStringLiteral("name"),
                       tr("The provider's name is required: contracts and letters print it.")});
    check(QStringLiteral("name"), p.name, 200,
          tr("The provider's name is longer than 200 characters."));
    check(QStringLiteral("licence"), p.licence, 100,
          tr("The licence number is longer than 100 characters."));
    check(QStringLiteral("address"), p.address, 300,
          tr("The address is longer than 300 characters."));
    check(QStringLiteral("phone"), p.phone, 50, tr("The phone is longer than 50 characters."));
    return errors;
}

Status ProviderProfile::set(const Actor &actor, const Provider &provider)
{
    if (!actor.isAdmin())
        return Error::permission(tr("Only an administrator may change the provider's profile."));
    if (const QVector<FieldError> errors = validate(provider); !errors.isEmpty())
        return Error::rule(errors.constFirst().message);
    const Provider clean = trimmed(provider);

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Provider> old = load();
    if (!old)
        return old.error();
    if (describe(*old) == describe(clean))
        return {};
    // The row exists from the migration; the upsert keeps a damaged file printable.
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO provider_profile (id, name, licence, address, phone,"
                         " updated_at, updated_by) VALUES (1, :name, :licence, :address, :phone,"
                         " :at, :by) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                         " licence = excluded.licence, address = excluded.address,"
                         " phone = excluded.phone, updated_at = excluded.updated_at,"
                         " updated_by = excluded.updated_by"));
    q.bind(QStringLiteral(":name"), clean.name)
        .bind(QStringLiteral(":licence"), clean.licence)
        .bind(QStringLiteral(":address"), clean.address)
        .bind(QStringLiteral(":phone"), clean.phone)
        .bind(QStringLiteral(":at"), Dates::nowTimestamp())
        .bind(QStringLiteral(":by"), actor.userName);
    if (Status s = q.exec(); !s)
        return s;
    AuditEntry entry;
    entry.action = QStringLiteral("provider.set");
    entry.entity = QStringLiteral("provider");
    entry.oldValue = describe(*old);
    entry.newValue = describe(clean);
    if (Status s = AuditLog::record(m_db, actor, entry); !s)
        return s;
    return tx.commit();
}

} // namespace cd
