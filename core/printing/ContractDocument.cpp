#include "ContractDocument.h"

#include "agents/AgentService.h"
#include "contracts/ContractService.h"
#include "pricing/PlanService.h"
#include "pricing/PriceService.h"
#include "pricing/QuarterlyEvaluation.h"
#include "printing/DocumentTemplate.h"

#include <algorithm>

namespace cd {

namespace {
using namespace DocumentText;

// A line to fill in by hand where the record has nothing.
QString blankOr(const QString &text)
{
    return text.trimmed().isEmpty()
               ? QStringLiteral("<span class=\"blank\">&#160;&#160;&#160;&#160;&#160;&#160;&#160;"
                                "&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;&#160;"
                                "&#160;&#160;&#160;&#160;&#160;</span>")
               : escape(text.trimmed());
}

QString cell(const QString &html, const QString &cls = {})
{
    return cls.isEmpty() ? QStringLiteral("<td>%1</td>").arg(html)
                         : QStringLiteral("<td class=\"%1\">%2</td>").arg(cls, html);
}

QString taskRows(const Contract &c, DocumentLanguage language)
{
    const bool zh = language == DocumentLanguage::Chinese;
    QString rows;
    for (int q = 0; q < 4; ++q) {
        const Quarter quarter{c.year, q + 1};
        const QDate from = quarter.first();
        const QDate to = quarter.last();
        const QString name = zh ? QStringLiteral("第%1季度").arg(QStringLiteral("一二三四").at(q))
                                : QStringLiteral("Q%1").arg(q + 1);
        rows += QStringLiteral("<tr>") + cell(name) +
                cell(escape(QStringLiteral("%1 – %2").arg(date(from, language), date(to, language)))) +
                cell(QString::number(c.tasks[size_t(q)]), QStringLiteral("num")) +
                QStringLiteral("</tr>\n");
    }
    return rows;
}

QString priceRows(const QVector<PriceScheduleLine> &lines, DocumentLanguage language)
{
    const bool zh = language == DocumentLanguage::Chinese;
    if (lines.isEmpty()) {
        return QStringLiteral("<tr><td colspan=\"7\">%1</td></tr>\n")
            .arg(zh ? QStringLiteral("签约时无在售套餐。")
                    : QStringLiteral("No plan was on offer at signing."));
    }
    QString rows;
    for (const PriceScheduleLine &l : lines) {
        const QString minutes =
            zh ? QStringLiteral("%1 分钟").arg(l.includedMinutes) : QString::number(l.includedMinutes);
        const QString price =
            l.priced ? QStringLiteral("<b>%1</b>").arg(escape(money(l.agentPrice)))
                     : (zh ? QStringLiteral("未定价") : QStringLiteral("not priced"));
        // One line a row, so that no row is cut by a page break.
        rows += QStringLiteral("<tr>") + cell(escape(l.planCode), QStringLiteral("code")) +
                cell(escape(l.planName), QStringLiteral("line")) +
                cell(escape(carrier(l.carrier, language)), QStringLiteral("line")) +
                cell(escape(money(l.annualFee)), QStringLiteral("num")) +
                cell(minutes, QStringLiteral("num")) +
                cell(escape(money(l.perMinute)), QStringLiteral("num")) +
                cell(price, QStringLiteral("num")) + QStringLiteral("</tr>\n");
    }
    return rows;
}

QString offsetsText(const QVector<int> &offsets, DocumentLanguage language)
{
    QStringList parts;
    for (int d : offsets)
        parts << QString::number(d);
    if (language == DocumentLanguage::Chinese)
        return parts.join(QStringLiteral("、"));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString statusNote(const Contract &c, DocumentLanguage language)
{
    const bool zh = language == DocumentLanguage::Chinese;
    switch (c.status) {
    case ContractStatus::Active:
        return {};
    case ContractStatus::Draft:
        return zh ? QStringLiteral("草稿：本合同尚未生效。")
                  : QStringLiteral("Draft: this contract is not yet in force.");
    case ContractStatus::Expired:
        return zh ? QStringLiteral("副本：本合同已于%1期满。").arg(date(c.end, language))
                  : QStringLiteral("Copy: this contract expired on %1.").arg(date(c.end, language));
    case ContractStatus::Terminated:
        return zh ? QStringLiteral("副本：本合同已于%1依%2终止。")
                        .arg(date(c.terminatedOn, language), c.terminationClause)
                  : QStringLiteral("Copy: this contract was terminated on %1 under %2.")
                        .arg(date(c.terminatedOn, language), c.terminationClause);
    }
    return {};
}
} // namespace

QString ContractDocument::templatePath(DocumentLanguage language)
{
    return QStringLiteral(":/templates/contract_%1.html").arg(documentLanguageKey(language));
}

QString ContractDocument::documentTitle(const Contract &contract, DocumentLanguage language)
{
    return language == DocumentLanguage::Chinese
               ? QStringLiteral("400电话业务代理合同 %1").arg(contract.number)
               : QStringLiteral("400 Number Agency Contract %1").arg(contract.number);
}

Result<ContractPrintData> ContractDocument::gather(const QString &number, const QDate &printedOn)
{
    ContractPrintData data;
    data.printedOn = printedOn;
    Result<Provider> provider = ProviderProfile(m_db).forPrinting();
    if (!provider)
        return provider.error();
    data.provider = *provider;
    Result<Contract> contract = ContractService(m_db).find(number.trimmed().toUpper());
    if (!contract)
        return contract.error();
    data.contract = *contract;
    Result<Agent> agent = AgentService(m_db).findById(contract->agentId);
    if (!agent)
        return agent.error();
    data.agent = *agent;
    Result<BusinessParameters> parameters = Parameters(m_db).load();
    if (!parameters)
        return parameters.error();
    data.parameters = *parameters;

    // §2.4 The schedule in force when the contract takes effect, for the tier
    // it was signed at and the agent's level; later changes do not rewrite it.
    data.priceDate = contract->start;
    Result<QVector<Plan>> plans = PlanService(m_db).list(true);
    if (!plans)
        return plans.error();
    PriceService prices(m_db);
    for (const Plan &plan : *plans) {
        PriceScheduleLine line;
        line.planCode = plan.code;
        line.planName = plan.name;
        line.carrier = plan.carrier;
        line.annualFee = plan.annualFee;
        line.includedMinutes = plan.includedMinutes;
        line.perMinute = plan.perMinute;
        Result<PricePoint> p = prices.priceOn(plan.id, contract->tier, agent->level, data.priceDate);
        if (p) {
            line.priced = true;
            line.agentPrice = p->price;
            line.effectiveFrom = p->effectiveFrom;
        } else if (p.error().kind != ErrorKind::NotFound) {
            return p.error();
        }
        data.prices.append(line);
    }
    std::stable_sort(data.prices.begin(), data.prices.end(),
                     [](const PriceScheduleLine &a, const PriceScheduleLine &b) {
                         return a.annualFee < b.annualFee;
                     });
    return data;
}

Result<QString> ContractDocument::compose(const ContractPrintData &data, DocumentLanguage language)
{
    Result<DocumentTemplate> loaded = DocumentTemplate::fromResource(templatePath(language));
    if (!loaded)
        return loaded.error();
    DocumentTemplate t = *loaded;
    const Contract &c = data.contract;
    const Agent &a = data.agent;
    const BusinessParameters &p = data.parameters;
    const bool zh = language == DocumentLanguage::Chinese;

    t.setText(QStringLiteral("title"), documentTitle(c, language));
    t.setText(QStringLiteral("provider_name"), data.provider.name);
    t.setHtml(QStringLiteral("provider_licence"), blankOr(data.provider.licence));
    t.setHtml(QStringLiteral("provider_address"), blankOr(data.provider.address));
    t.setHtml(QStringLiteral("provider_phone"), blankOr(data.provider.phone));

    t.setText(QStringLiteral("agent_name"), a.name);
    t.setText(QStringLiteral("agent_uscc"), a.uscc);
    t.setHtml(QStringLiteral("agent_legal_rep"), blankOr(a.legalRep));
    t.setHtml(QStringLiteral("agent_address"), blankOr(a.address));
    t.setHtml(QStringLiteral("agent_phone"), blankOr(a.phone));
    QString level = DocumentText::level(a.level, language);
    if (a.level == 2 && !a.parentName.isEmpty())
        level += zh ? QStringLiteral("（上级代理：%1）").arg(a.parentName)
                    : QStringLiteral(" (through %1)").arg(a.parentName);
    t.setText(QStringLiteral("agent_level"), level);

    t.setText(QStringLiteral("contract_number"), c.number);
    t.setText(QStringLiteral("contract_year"), QString::number(c.year));
    t.setText(QStringLiteral("term_start"), date(c.start, language));
    t.setText(QStringLiteral("term_end"), date(c.end, language));
    t.setText(QStringLiteral("tier"), DocumentText::tier(c.tier, language));
    const QString note = statusNote(c, language);
    t.setHtml(QStringLiteral("status_note"),
              note.isEmpty() ? QString()
                             : QStringLiteral("<p class=\"note\">%1</p>").arg(escape(note)));

    t.setHtml(QStringLiteral("task_rows"), taskRows(c, language));
    t.setText(QStringLiteral("task_total"),
              QString::number(c.tasks[0] + c.tasks[1] + c.tasks[2] + c.tasks[3]));

    t.setText(QStringLiteral("price_date"), date(data.priceDate, language));
    t.setText(QStringLiteral("price_level"), DocumentText::level(a.level, language));
    t.setHtml(QStringLiteral("price_rows"), priceRows(data.prices, language));

    t.setText(QStringLiteral("promotion_threshold_percent"),
              QString::number(p.promotionThresholdPercent));
    t.setText(QStringLiteral("min_margin_percent"), QString::number(p.minMarginPercent));
    t.setText(QStringLiteral("training_due_days"), QString::number(p.trainingDueDays));
    t.setText(QStringLiteral("reminder_offsets"), offsetsText(p.reminderOffsets, language));
    t.setText(QStringLiteral("grace_days"), QString::number(p.graceDays));
    t.setText(QStringLiteral("reclaim_days"), QString::number(p.reclaimDays));
    t.setText(QStringLiteral("reclaim_warning_days"), QString::number(p.reclaimWarningDays));
    t.setText(QStringLiteral("follow_up_first_days"), QString::number(p.followUpFirstDays));
    t.setText(QStringLiteral("follow_up_supervised_days"),
              QString::number(p.followUpSupervisedDays));
    t.setText(QStringLiteral("takeover_wait_days"), QString::number(p.takeoverWaitDays));
    t.setText(QStringLiteral("printed_on"), date(data.printedOn, language));
    return t.render();
}

Result<QString> ContractDocument::html(const QString &number, DocumentLanguage language,
                                       const QDate &printedOn)
{
    Result<ContractPrintData> data = gather(number, printedOn);
    if (!data)
        return data.error();
    return compose(*data, language);
}

} // namespace cd
