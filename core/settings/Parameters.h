#pragma once

#include "common/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// The business parameters of SPEC §3, kept in the database so the GUI and the
// CLI agree. Values are integers, or lists of integers for reminder offsets.
struct ParameterSpec {
    QString key;          // e.g. "grace_days"
    QString defaultValue; // e.g. "15" or "30,15,7"
    int minimum = 0;      // for each integer
    int maximum = 0;
    bool isList = false;
    QString clause;       // the rule it tunes, e.g. "§2.10"
    QString label() const;       // translated
    QString description() const; // translated
};

// Typed snapshot of every parameter, as services read them.
struct BusinessParameters {
    int graceDays = 15;                          // arrears suspension after paid_through + G
    int reclaimDays = 90;                        // reclaim R days after suspension (§2.10)
    int reclaimWarningDays = 7;                  // warning notice before reclaim
    QVector<int> reminderOffsets{30, 15, 7};     // renewal notices before paid_through (§2.10)
    int minMarginPercent = 5;                    // minimum margin m, % of the retail fee
    int promotionThresholdPercent = 120;         // quarterly completion for one tier up (§2.4)
    int reservationLimit = 3;                    // reserved numbers per customer
    int reservationDays = 3;                     // a reservation is released after
    int takeoverWaitDays = 15;                   // §9.6 wait after a reminder
    int trainingDueDays = 30;                    // §2.7
    int premiumMinFeeFen = 600000;               // premium numbers need a plan ≥ this
    int specialMinFeeFen = 300000;               // special numbers need a plan ≥ this
    int followUpFirstDays = 30;                  // first follow-up after activation (§3.9)
    int followUpSupervisedDays = 90;             // follow-up interval for supervised agents
    int spotCheckSkipDays = 90;                  // skip customers checked this recently
    int loginLockAttempts = 5;                   // failed logins before a lock
    int loginLockMinutes = 15;
};

class Parameters
{
    Q_DECLARE_TR_FUNCTIONS(cd::Parameters)

public:
    explicit Parameters(Database &db) : m_db(db) {}

    static const QVector<ParameterSpec> &specs();
    static const ParameterSpec *spec(const QString &key);

    Result<BusinessParameters> load();
    Result<QString> value(const QString &key);

    // Admin only; validated against the spec; audited with the old and new value.
    Status set(const Actor &actor, const QString &key, const QString &value);

    // "" when the value fits the spec, else a translated reason.
    static QString validate(const ParameterSpec &spec, const QString &value);

private:
    Database &m_db;
};

} // namespace cd
