#pragma once

#include "common/Money.h"

#include <QString>
#include <QStringList>

namespace cd {

// Carriers of SPEC §1.
QStringList carrierKeys(); // "telecom", "unicom", "mobile"
QString carrierDisplayName(const QString &key);

// A yearly package (SPEC §2 "Plan").
struct Plan {
    qint64 id = 0;
    QString code;
    QString name;
    QString carrier;
    Money annualFee;
    int includedMinutes = 0;
    Money perMinute;
    Money carrierCost;
    bool active = true;
};

struct PlanInput {
    QString code;
    QString name;
    QString carrier;
    QString annualFeeFen;
    QString includedMinutes;
    QString perMinuteFen;
    QString carrierCostFen;
};

} // namespace cd
