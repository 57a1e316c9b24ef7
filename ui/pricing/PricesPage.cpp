#include "PricesPage.h"

#include "pricing/EvaluationView.h"
#include "pricing/PlanPricesView.h"
#include "widgets/PageHeader.h"
#include "widgets/Theme.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

PricesPage::PricesPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_plans(new PlanPricesView(context, this))
    , m_evaluation(new EvaluationView(context, this))
{
    setObjectName(QStringLiteral("pricesPage"));
    auto *header = new PageHeader(tr("Plans & Prices"),
                                  tr("Agent prices per tier and level with their history; they "
                                     "stay stable, and a tier moves up only through the "
                                     "quarterly evaluation (§2.4)."),
                                  this);
    m_tabs->setObjectName(QStringLiteral("pricesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_plans, tr("&Plans and Prices"));
    m_tabs->addTab(m_evaluation, tr("&Quarterly Evaluation"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::PageMargin, Theme::PageMargin, Theme::PageMargin,
                               Theme::PageMargin);
    layout->setSpacing(Theme::Spacing);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);

    // Another page (an import, an approval) may have changed what is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_plans->refresh();
        else
            m_evaluation->reload();
    });
}

void PricesPage::showEvaluation()
{
    m_tabs->setCurrentWidget(m_evaluation);
}

void PricesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshFromDatabase();
}

void PricesPage::refreshFromDatabase()
{
    if (m_tabs->currentIndex() == 0)
        m_plans->refresh();
    else
        m_evaluation->reload();
}

} // namespace cd
