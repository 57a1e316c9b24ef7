#include "RenewalLetter.h"

#include "agents/AgentService.h"
#include "printing/DocumentTemplate.h"

#include <algorithm>

namespace cd {

namespace {
using namespace DocumentText;

QString letterRows(const RenewalLetterData &data, DocumentLanguage language)
{
    const bool zh = language == DocumentLanguage::Chinese;
    if (data.rows.isEmpty()) {
        return QStringLiteral("<tr><td colspan=\"6\" class=\"empty\">%1</td></tr>\n")
            .arg(zh ? QStringLiteral("本期间内没有到期的号码。")
                    : QStringLiteral("No number falls due in this period."));
    }
    QString rows;
    int i = 0;
    for (const RenewalRow &r : data.rows) {
        // One line a row, so that no row is cut by a page break.
        rows += QStringLiteral("<tr><td class=\"num\">%1</td><td class=\"line\">%2</td>"
                               "<td>%3</td><td class=\"line\">%4</td><td class=\"line\">%5</td>"
                               "<td class=\"num\">%6</td></tr>\n")
                    .arg(++i)
                    .arg(escape(r.number), escape(r.customerName), escape(r.planCode),
                         escape(date(r.paidThrough, language)), escape(money(r.annualFee)));
    }
    return rows;
}
} // namespace

QString RenewalLetter::templatePath(DocumentLanguage language)
{
    return QStringLiteral(":/templates/renewal_letter_%1.html").arg(documentLanguageKey(language));
}

QString RenewalLetter::documentTitle(const Agent &agent, DocumentLanguage language)
{
    return language == DocumentLanguage::Chinese
               ? QStringLiteral("续费提醒函 %1").arg(agent.name)
               : QStringLiteral("Renewal reminder %1").arg(agent.name);
}

Result<RenewalLetterData> RenewalLetter::gather(const QString &agentUscc, const QDate &date,
                                                int days)
{
    RenewalLetterData data;
    Result<Provider> provider = ProviderProfile(m_db).forPrinting();
    if (!provider)
        return provider.error();
    data.provider = *provider;
    Result<Agent> agent = AgentService(m_db).find(agentUscc.trimmed().toUpper());
    if (!agent)
        return agent.error();
    data.agent = *agent;
    Result<BusinessParameters> parameters = Parameters(m_db).load();
    if (!parameters)
        return parameters.error();
    data.parameters = *parameters;
    if (days <= 0) {
        days = 30;
        if (!parameters->reminderOffsets.isEmpty())
            days = *std::max_element(parameters->reminderOffsets.cbegin(),
                                     parameters->reminderOffsets.cend());
    }
    data.date = date;
    data.until = date.addDays(days);

    // §2.10/§9.6 Due numbers and their service owner as the notices see them;
    // only the agent's own are read, a page at a time.
    RenewalQuery query(m_db);
    RenewalFilter filter;
    filter.bucket = RenewalBucket::Due;
    filter.from = data.date;
    filter.to = data.until;
    filter.ownerAgentId = data.agent.id;
    QDate afterDate;
    QString afterNumber;
    const int pageSize = 500;
    for (;;) {
        Result<QVector<RenewalRow>> page = query.page(filter, afterDate, afterNumber, pageSize);
        if (!page)
            return page.error();
        for (const RenewalRow &r : *page) {
            data.rows.append(r);
            data.total = data.total + r.annualFee;
        }
        if (page->size() < pageSize)
            break;
        afterDate = page->constLast().paidThrough;
        afterNumber = page->constLast().number;
    }
    return data;
}

Result<QString> RenewalLetter::compose(const RenewalLetterData &data, DocumentLanguage language)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::fromResource(templatePath(language));
    if (!loaded)
        return loaded.error();
    DocumentTemplate t = *loaded;
    const BusinessParameters &p = data.parameters;
    t.setText(QStringLiteral("title"), documentTitle(data.agent, language));
    t.setText(QStringLiteral("provider_name"), data.provider.name);
    // The letterhead's second line: what the profile holds, nothing empty.
    QStringList details;
    for (const QString &part : {data.provider.address, data.provider.phone})
        if (!part.trimmed().isEmpty())
            details << part.trimmed();
    if (!data.provider.licence.trimmed().isEmpty())
        details << (language == DocumentLanguage::Chinese ? QStringLiteral("许可证：%1")
                                                          : QStringLiteral("Licence %1"))
                       .arg(data.provider.licence.trimmed());
    t.setText(QStringLiteral("provider_details"),
              details.join(language == DocumentLanguage::Chinese ? QStringLiteral("　")
                                                                 : QStringLiteral(" · ")));
    t.setText(QStringLiteral("agent_name"), data.agent.name);
    t.setText(QStringLiteral("agent_uscc"), data.agent.uscc);
    t.setText(QStringLiteral("letter_date"), date(data.date, language));
    t.setText(QStringLiteral("period_start"), date(data.date, language));
    t.setText(QStringLiteral("period_end"), date(data.until, language));
    t.setText(QStringLiteral("count"), QString::number(data.rows.size()));
    t.setText(QStringLiteral("total"), money(data.total));
    t.setHtml(QStringLiteral("rows"), letterRows(data, language));
    t.setText(QStringLiteral("grace_days"), QString::number(p.graceDays));
    t.setText(QStringLiteral("reclaim_days"), QString::number(p.reclaimDays));
    return t.render();
}

Result<QString> RenewalLetter::html(const QString &agentUscc, const QDate &date,
                                    DocumentLanguage language)
{
    Result<RenewalLetterData> data = gather(agentUscc, date);
    if (!data)
        return data.error();
    return compose(*data, language);
}

} // namespace cd
