#pragma once

#include "agents/Agent.h"
#include "common/Money.h"
#include "common/Result.h"
#include "contracts/Contract.h"
#include "printing/DocumentLanguage.h"
#include "settings/Parameters.h"
#include "settings/ProviderProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// One line of the price schedule attached to a contract: an active plan and
// the agent's price for the contract's tier and the agent's level (§2.4).
struct PriceScheduleLine {
    QString planCode;
    QString planName;
    QString carrier; // key
    Money annualFee;
    int includedMinutes = 0;
    Money perMinute;
    bool priced = false; // false: no price of this cell in force on the date
    Money agentPrice;
    QDate effectiveFrom;
};

// Everything a printed contract shows, read from the store in one place.
struct ContractPrintData {
    Provider provider;
    Agent agent;
    Contract contract;
    QDate priceDate; // the schedule is the one in force on this day: the contract's start
    QVector<PriceScheduleLine> prices;
    BusinessParameters parameters;
    QDate printedOn;
};

// A contract as a document: the template of the chosen language filled with
// the parties, term, tier, quarterly tasks, the price schedule in force at
// signing and the clauses (§1.1 … §9.6). Returns HTML; rendering to paper or
// PDF is the print library's job.
class ContractDocument
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractDocument)

public:
    explicit ContractDocument(Database &db) : m_db(db) {}

    // Refused while the provider's name is unset (it is the issuing party).
    Result<ContractPrintData> gather(const QString &number,
                                     const QDate &printedOn = QDate::currentDate());
    static Result<QString> compose(const ContractPrintData &data, DocumentLanguage language);
    Result<QString> html(const QString &number, DocumentLanguage language,
                         const QDate &printedOn = QDate::currentDate());

    static QString templatePath(DocumentLanguage language);
    // "Contract HT-2026-0001", for the PDF title and the page footer.
    static QString documentTitle(const Contract &contract, DocumentLanguage language);

private:
    Database &m_db;
};

} // namespace cd
