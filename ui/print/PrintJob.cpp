#include "PrintJob.h"

#include "common/Dates.h"
#include "printing/ContractDocument.h"
#include "printing/RenewalLetter.h"

namespace cd {

Result<PrintJob> PrintJob::contract(Database &db, const QString &number, DocumentLanguage language)
{
    Result<ContractPrintData> data = ContractDocument(db).gather(number);
    if (!data)
        return data.error();
    Result<QString> html = ContractDocument::compose(*data, language);
    if (!html)
        return html.error();
    PrintJob job;
    job.html = *html;
    job.decoration.title = ContractDocument::documentTitle(data->contract, language);
    job.decoration.pageFormat = DocumentText::pageFormat(language);
    job.suggestedFileName = data->contract.number + QStringLiteral(".pdf");
    return job;
}

Result<PrintJob> PrintJob::renewalLetter(Database &db, const QString &agentUscc, const QDate &date,
                                         DocumentLanguage language)
{
    Result<RenewalLetterData> data = RenewalLetter(db).gather(agentUscc, date);
    if (!data)
        return data.error();
    Result<QString> html = RenewalLetter::compose(*data, language);
    if (!html)
        return html.error();
    PrintJob job;
    job.html = *html;
    job.decoration.title = RenewalLetter::documentTitle(data->agent, language);
    job.decoration.pageFormat = DocumentText::pageFormat(language);
    job.suggestedFileName =
        QStringLiteral("renewals-%1-%2.pdf").arg(data->agent.uscc, Dates::format(date));
    job.rows = int(data->rows.size());
    return job;
}

} // namespace cd
