#pragma once

#include <QDate>
#include <QString>

namespace cd {

enum class Qualification { Pending, Approved, Rejected, MoreDocuments };
QString qualificationKey(Qualification q);
bool qualificationFromKey(const QString &key, Qualification *q);
QString qualificationDisplayName(Qualification q);

struct CustomerInput {
    QString name;
    QString uscc;
    QString agentUscc;   // the developing agent
    QString legalRep;
    QString contact;
    QString phone;
    QString industry;
    QString qualification; // key; empty for pending
    QString handlerName;   // who signs for the customer; empty when the legal representative does
};

// An enterprise using 400 numbers (SPEC §2 "Customer").
struct Customer {
    qint64 id = 0;
    QString name;
    QString uscc;
    QString legalRep;
    QString contact;
    QString phone;
    QString industry;
    qint64 agentId = 0;       // the developing agent, kept after a takeover
    QString agentUscc;
    QString agentName;
    QDate takenOverOn;        // valid once the provider serves the customer
    Qualification qualification = Qualification::Pending;
    QString handlerName;      // empty: the legal representative handles the customer's business

    // §3.9 A handler other than the legal representative needs an ID and an
    // authorisation letter on file.
    bool handlerIsNotLegalRep() const
    {
        const QString handler = handlerName.trimmed();
        return !handler.isEmpty() && handler != legalRep.trimmed();
    }

    // §2.3/§9.6 The service owner: the developing agent, or the provider after a takeover.
    bool servedByProvider() const { return takenOverOn.isValid(); }
};

} // namespace cd
