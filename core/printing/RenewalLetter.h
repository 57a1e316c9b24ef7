#pragma once

#include "agents/Agent.h"
#include "common/Money.h"
#include "common/Result.h"
#include "numbers/RenewalQuery.h"
#include "printing/DocumentLanguage.h"
#include "settings/Parameters.h"
#include "settings/ProviderProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cd {

class Database;

// What a renewal reminder letter to one agent shows (§2.10, §9.6).
struct RenewalLetterData {
    Provider provider;
    Agent agent;
    QDate date;  // the letter's date; the window starts here
    QDate until; // the window's last day
    QVector<RenewalRow> rows; // in paid-through order
    Money total;
    BusinessParameters parameters;
};

// A reminder letter to an agent listing the numbers of the customers it
// serves whose paid-through date falls within the renewal window. Which
// numbers are due and who serves them comes from RenewalQuery, as for the
// notices (§2.10): a customer taken over by the provider (§2.3) is not the
// agent's to renew.
class RenewalLetter
{
    Q_DECLARE_TR_FUNCTIONS(cd::RenewalLetter)

public:
    explicit RenewalLetter(Database &db) : m_db(db) {}

    // The window reaches as far as the earliest renewal notice (the largest
    // reminder offset, 30 days by default) unless `days` is given (> 0).
    Result<RenewalLetterData> gather(const QString &agentUscc, const QDate &date, int days = 0);
    static Result<QString> compose(const RenewalLetterData &data, DocumentLanguage language);
    Result<QString> html(const QString &agentUscc, const QDate &date, DocumentLanguage language);

    static QString templatePath(DocumentLanguage language);
    static QString documentTitle(const Agent &agent, DocumentLanguage language);

private:
    Database &m_db;
};

} // namespace cd
