#pragma once

#include "numbers/Grade.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace cd {

// Number statuses of SPEC §3: available → reserved → active → suspended →
// reclaimed, or cancelled at the customer's request. Never deleted.
enum class NumberStatus { Available, Reserved, Active, Suspended, Reclaimed, Cancelled };
QString numberStatusKey(NumberStatus s);
bool numberStatusFromKey(const QString &key, NumberStatus *s);
QString numberStatusDisplayName(NumberStatus s);

struct Number {
    qint64 id = 0;
    QString number;        // 10 digits starting with 400
    QString carrier;
    Grade grade = Grade::Normal;
    NumberStatus status = NumberStatus::Available;
    QDate statusSince;
    qint64 customerId = 0;
    QString customerUscc;
    QString customerName;
    qint64 agentId = 0;    // the agent that opened it
    QString agentUscc;
    qint64 planId = 0;
    QString planCode;
    QDate reservedUntil;
    qint64 reservedFor = 0;
    QDate activatedOn;
    QDate paidThrough;
    QDate suspendedOn;
    QString suspension;    // "arrears" or "fraud" while suspended
    QDate reclaimedOn;
    QDate cancelledOn;
    QStringList destinations;

    bool blocked() const { return status == NumberStatus::Suspended && suspension == QLatin1String("fraud"); }
};

} // namespace cd
